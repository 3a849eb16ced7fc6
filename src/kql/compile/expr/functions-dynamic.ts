/** Functions over dynamic (JSON) values: parsing, bags, arrays. */
import type { Call, FunctionHandler } from './call';
import { asDynamic, asString } from './coerce';
import type { SqlExpr } from '../context';

const dyn = (sql: string): SqlExpr => ({ sql, type: 'dynamic' });

/** `parse_json`: text that is JSON becomes that value, other text stays a string; '' is null. */
export function parseJsonSql(e: SqlExpr): string {
  if (e.type === 'dynamic') return e.sql;
  if (e.type !== 'string') return asDynamic(e);
  return `CASE WHEN ${e.sql} IS NULL OR ${e.sql} = '' THEN NULL WHEN json_valid(${e.sql}) THEN CAST(${e.sql} AS JSON) ELSE to_json(${e.sql}) END`;
}

const parseJson: FunctionHandler = (c) => dyn(parseJsonSql(c.arg(0)));

/** Elements of a dynamic array as a DuckDB list of JSON. */
export function jsonList(sql: string): string {
  return `CASE WHEN json_type(${sql}) = 'ARRAY' THEN json_extract(${sql}, '$[*]') ELSE []::JSON[] END`;
}

function pack(c: Call): SqlExpr {
  const parts: string[] = [];
  for (let i = 0; i + 1 < c.count; i += 2) parts.push(`${c.str(i)}, ${asDynamic(c.arg(i + 1))}`);
  return dyn(parts.length ? `json_object(${parts.join(', ')})` : `'{}'::JSON`);
}

const arrayOf = (c: Call, i: number): string => asDynamic(c.arg(i));

export const DYNAMIC_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  parse_json: parseJson,
  parsejson: parseJson,
  todynamic: parseJson,
  toobject: parseJson,
  extractjson: (c) => ({ sql: `coalesce(json_extract_string(${c.str(1)}, ${c.str(0)}), '')`, type: 'string' }),
  extract_json: (c) => ({ sql: `coalesce(json_extract_string(${c.str(1)}, ${c.str(0)}), '')`, type: 'string' }),
  array_length: (c) => ({ sql: `CASE WHEN json_type(${arrayOf(c, 0)}) = 'ARRAY' THEN CAST(json_array_length(${arrayOf(c, 0)}) AS BIGINT) END`, type: 'long' }),
  arraylength: (c) => ({ sql: `CASE WHEN json_type(${arrayOf(c, 0)}) = 'ARRAY' THEN CAST(json_array_length(${arrayOf(c, 0)}) AS BIGINT) END`, type: 'long' }),
  bag_keys: (c) => dyn(`to_json(json_keys(${arrayOf(c, 0)}))`),
  pack: pack,
  bag_pack: pack,
  pack_dictionary: pack,
  pack_array: (c) => dyn(`to_json([${c.args.map((_, i) => asDynamic(c.arg(i))).join(', ')}]::JSON[])`),
  array_concat: (c) => dyn(`to_json(flatten([${c.args.map((_, i) => jsonList(arrayOf(c, i))).join(', ')}]))`),
  set_union: (c) => dyn(`to_json(list_distinct(flatten([${c.args.map((_, i) => jsonList(arrayOf(c, i))).join(', ')}])))`),
  set_intersect: (c) => dyn(`to_json(list_intersect(${jsonList(arrayOf(c, 0))}, ${jsonList(arrayOf(c, 1))}))`),
  set_difference: (c) => dyn(`to_json(list_filter(list_distinct(${jsonList(arrayOf(c, 0))}), x -> NOT list_contains(${jsonList(arrayOf(c, 1))}, x)))`),
  set_has_element: (c) => ({ sql: `list_contains(json_extract_string(${arrayOf(c, 0)}, '$[*]'), ${asString(c.arg(1))})`, type: 'bool' }),
  array_sort_asc: (c) => dyn(`to_json(list_sort(${jsonList(arrayOf(c, 0))}))`),
  array_sort_desc: (c) => dyn(`to_json(list_reverse_sort(${jsonList(arrayOf(c, 0))}))`),
  array_index_of: (c) => ({ sql: `CAST(coalesce(list_position(json_extract_string(${arrayOf(c, 0)}, '$[*]'), ${asString(c.arg(1))}), 0) - 1 AS BIGINT)`, type: 'long' }),
  array_slice: (c) => dyn(`to_json(list_slice(${jsonList(arrayOf(c, 0))}, CAST(${c.arg(1).sql} AS BIGINT) + 1, CAST(${c.arg(2).sql} AS BIGINT) + 1))`),
  array_sum: (c) => ({ sql: `list_sum(list_transform(json_extract_string(${arrayOf(c, 0)}, '$[*]'), x -> TRY_CAST(x AS DOUBLE)))`, type: 'real' }),
  array_reverse: (c) => dyn(`to_json(list_reverse(${jsonList(arrayOf(c, 0))}))`),
  bag_merge: (c) => dyn(`json_merge_patch(${c.args.map((_, i) => arrayOf(c, i)).join(', ')})`),
  bag_has_key: (c) => ({ sql: `json_exists(${arrayOf(c, 0)}, '$."' || ${c.str(1)} || '"')`, type: 'bool' }),
  zip: (c) => dyn(`to_json(list_zip(${c.args.map((_, i) => jsonList(arrayOf(c, i))).join(', ')}))`),
};
