/** Functions over dynamic (JSON) values: parsing, bags, arrays. */
import type { Call, FunctionHandler } from './call';
import { asDynamic, asString } from './coerce';
import type { SqlExpr } from '../context';
import { jsonKind } from './json-kind';

const dyn = (sql: string): SqlExpr => ({ sql, type: 'dynamic' });

/** `parse_json`: text that is JSON becomes that value, other text stays a string; '' is null. */
export function parseJsonSql(e: SqlExpr): string {
  if (e.type === 'dynamic') return e.sql;
  if (e.type !== 'string') return asDynamic(e);
  // TRY_CAST parses once (NULL when the text is not JSON); json_valid() then CAST parsed twice.
  return `CASE WHEN ${e.sql} IS NULL OR ${e.sql} = '' THEN NULL ELSE coalesce(TRY_CAST(${e.sql} AS JSON), to_json(${e.sql})) END`;
}

const parseJson: FunctionHandler = (c) => dyn(parseJsonSql(c.arg(0)));

/** Elements of a dynamic array as a DuckDB list of JSON. */
export function jsonList(sql: string): string {
  return `CASE WHEN ${jsonKind(sql)} = '[' THEN json_extract(${sql}, '$[*]') ELSE []::JSON[] END`;
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
  bag_keys: (c) => dyn(`CASE WHEN json_type(${arrayOf(c, 0)}) = 'OBJECT' THEN to_json(json_keys(${arrayOf(c, 0)})) END`),
  pack: pack,
  bag_pack: pack,
  pack_dictionary: pack,
  pack_array: (c) => dyn(`to_json([${c.args.map((_, i) => asDynamic(c.arg(i))).join(', ')}]::JSON[])`),
  array_concat: (c) => dyn(`to_json(flatten([${c.args.map((_, i) => jsonList(arrayOf(c, i))).join(', ')}]))`),
  set_union: (c) => dyn(`to_json(${distinctInOrder(`flatten([${c.args.map((_, i) => jsonList(arrayOf(c, i))).join(', ')}])`)})`),
  set_intersect: (c) => dyn(`to_json(list_filter(${distinctInOrder(jsonList(arrayOf(c, 0)))}, x -> ${c.args.slice(1).map((_, i) => `list_contains(${jsonList(arrayOf(c, i + 1))}, x)`).join(' AND ')}))`),
  set_difference: (c) => dyn(`to_json(list_filter(${distinctInOrder(jsonList(arrayOf(c, 0)))}, x -> ${c.args.slice(1).map((_, i) => `NOT list_contains(${jsonList(arrayOf(c, i + 1))}, x)`).join(' AND ')}))`),
  set_has_element: (c) => ({ sql: `list_contains(json_extract_string(${arrayOf(c, 0)}, '$[*]'), ${asString(c.arg(1))})`, type: 'bool' }),
  array_sort_asc: (c) => arraySort(c, 'ASC'),
  array_sort_desc: (c) => arraySort(c, 'DESC'),
  array_index_of: arrayIndexOf,
  array_slice: arraySlice,
  array_sum: (c) => ({ sql: `list_sum(list_transform(json_extract_string(${arrayOf(c, 0)}, '$[*]'), x -> TRY_CAST(x AS DOUBLE)))`, type: 'real' }),
  array_reverse: (c) => dyn(`to_json(list_reverse(${jsonList(arrayOf(c, 0))}))`),
  // The first bag that has a key wins: merge right to left.
  bag_merge: (c) => dyn(`json_merge_patch(${c.args.map((_, i) => `CASE WHEN json_type(${arrayOf(c, i)}) = 'OBJECT' THEN ${arrayOf(c, i)} ELSE '{}'::JSON END`).reverse().join(', ')})`),
  bag_has_key: (c) => {
    const key = c.literalString(1);
    if (key !== undefined && /\[\s*\d/.test(key)) return c.fail('array indexing in the key (the page: not supported)');
    if (key === undefined || /^\$|[.[\]]/.test(key)) {
      // A JSONPath (or computed) key: the TypeScript UDF walks the path.
      return { sql: `coalesce(kql_bag_has_key(coalesce(CAST(${arrayOf(c, 0)} AS VARCHAR), 'null'), ${c.str(1)}), false)`, type: 'bool' };
    }
    return { sql: `coalesce(json_type(${arrayOf(c, 0)}) = 'OBJECT' AND list_contains(json_keys(${arrayOf(c, 0)}), ${c.ctx.param(key, 'VARCHAR')}), false)`, type: 'bool' };
  },
  zip: (c) => {
    const lists = c.args.map((_, i) => jsonList(arrayOf(c, i)));
    const n = `greatest(${lists.map((l) => `len(${l})`).join(', ')})`;
    return dyn(`to_json(list_transform(range(1, ${n} + 1), i -> [${lists.map((l) => `coalesce(${l}[i], 'null'::JSON)`).join(', ')}]))`);
  },
};

/**
 * `array_index_of(a, value [, start [, length [, occurrence]]])` (array-index-of-function.md): a
 * negative start counts from the end, length -1 is unlimited; null when occurrence < 0 or
 * length < -1, -1 when not found.
 */
function arrayIndexOf(c: Call): SqlExpr {
  const items = `json_extract_string(${arrayOf(c, 0)}, '$[*]')`;
  const value = asString(c.arg(1));
  if (c.count <= 2) return { sql: `CAST(coalesce(list_position(${items}, ${value}), 0) - 1 AS BIGINT)`, type: 'long' };
  const num = (i: number, dflt: string) => (c.count > i ? `CAST(${c.arg(i).sql} AS BIGINT)` : dflt);
  const start = num(2, '0');
  const length = num(3, '-1');
  const occurrence = num(4, '1');
  const from = `(CASE WHEN ${start} < 0 THEN greatest(len(_l) + ${start}, 0) ELSE ${start} END)`;
  const hits = `list_filter(range(0, len(_l)), _i -> _l[_i + 1] = ${value} AND _i >= ${from} AND (${length} = -1 OR _i < ${from} + ${length}))`;
  const body = `CASE WHEN ${occurrence} < 0 OR ${length} < -1 THEN NULL ELSE coalesce(${hits}[${occurrence}], -1) END`;
  return { sql: `CAST(list_transform([${items}], _l -> ${body})[1] AS BIGINT)`, type: 'long' };
}

/** Distinct elements in order of first appearance (DuckDB's list_distinct does not keep order). */
function distinctInOrder(list: string): string {
  return `list_filter(${list}, (x, i) -> list_position(${list}, x) = i)`;
}

/** A JSON element as a sort key: numbers by value, strings by text; JSON null as SQL NULL. */
const SORT_KEY = `CASE WHEN json_type(x) = 'NULL' THEN NULL ELSE {'n': TRY_CAST(json_extract_string(x, '$') AS DOUBLE), 's': json_extract_string(x, '$'), 'j': x} END`;

/** The arrays of an array_sort_* call and its nulls_last flag (a trailing bool, literal). */
function sortArgs(c: Call): { arrays: number; nullsLast: boolean } {
  const flag = c.count >= 2 && c.arg(c.count - 1).type === 'bool';
  const text = flag ? c.args[c.count - 1]!.source.trim().toLowerCase() : 'true';
  if (text !== 'true' && text !== 'false') return c.fail('nulls_last must be a literal true or false');
  return { arrays: flag ? c.count - 1 : c.count, nullsLast: text === 'true' };
}

/**
 * `array_sort_*(a1, a2, …)` (array-sort-asc-function.md): a1 sorted, the others reordered to
 * match; an array whose length differs from a1's is null.
 */
export function sortedArrays(c: Call, dir: 'ASC' | 'DESC'): SqlExpr[] {
  const { arrays, nullsLast } = sortArgs(c);
  const first = jsonList(arrayOf(c, 0));
  const grade = `list_grade_up(list_transform(${first}, x -> ${SORT_KEY}), '${dir}', '${nullsLast ? 'NULLS LAST' : 'NULLS FIRST'}')`;
  return Array.from({ length: arrays }, (_, i) => {
    const l = jsonList(arrayOf(c, i));
    return dyn(`CASE WHEN len(${l}) = len(${first}) THEN to_json(list_transform(${grade}, _g -> coalesce(${l}[_g], 'null'::JSON))) END`);
  });
}

/** `array_sort_asc/desc(a [, nulls_last])`: nulls last unless the last argument is false; several arrays give an array of the sorted arrays. */
function arraySort(c: Call, dir: 'ASC' | 'DESC'): SqlExpr {
  const { arrays, nullsLast: last } = sortArgs(c);
  if (arrays > 1) return dyn(`to_json([${sortedArrays(c, dir).map((e) => e.sql).join(', ')}])`);
  const nullsLast = last ? 'true' : 'false';
  const sorted = `list_sort(list_transform(${jsonList(arrayOf(c, 0))}, x -> ${SORT_KEY}), '${dir}', '${nullsLast === 'true' ? 'NULLS LAST' : 'NULLS FIRST'}')`;
  return dyn(`to_json(list_transform(${sorted}, y -> coalesce(y.j, 'null'::JSON)))`);
}

/** `array_slice(a, start, end)`: both ends inclusive; negative indexes count from the end. */
function arraySlice(c: Call): SqlExpr {
  const list = jsonList(arrayOf(c, 0));
  const at = (i: number) => `(CASE WHEN CAST(${c.arg(i).sql} AS BIGINT) < 0 THEN len(${list}) + CAST(${c.arg(i).sql} AS BIGINT) ELSE CAST(${c.arg(i).sql} AS BIGINT) END)`;
  return dyn(`to_json(list_slice(${list}, ${at(1)} + 1, ${at(2)} + 1))`);
}
