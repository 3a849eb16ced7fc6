/** More dynamic-array and bag functions (array-*-function.md, bag-*-function.md), and pack_all. */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { asDynamic, asNumber } from './coerce';
import { jsonList } from './functions-dynamic';
import { dynamicJson } from '../../language/literals';

const dyn = (sql: string): SqlExpr => ({ sql, type: 'dynamic' });
const list = (c: Call, i: number): string => jsonList(asDynamic(c.arg(i)));
const NULL_JSON = `'null'::JSON`;

/** Element `i` (1-based) of an array argument, or the scalar argument itself. */
function elementOr(c: Call, i: number, at: string): string {
  const a = c.arg(i);
  return a.type === 'dynamic' ? `coalesce(${list(c, i)}[${at}], ${NULL_JSON})` : asDynamic(a);
}

/** A JSON element as a condition: true, or a non-zero number; anything else is null. */
const condition = (x: string): string => `CASE json_type(${x}) WHEN 'BOOLEAN' THEN TRY_CAST(json_extract_string(${x}, '$') AS BOOLEAN) WHEN 'BIGINT' THEN TRY_CAST(json_extract_string(${x}, '$') AS DOUBLE) <> 0 WHEN 'UBIGINT' THEN TRY_CAST(json_extract_string(${x}, '$') AS DOUBLE) <> 0 WHEN 'DOUBLE' THEN TRY_CAST(json_extract_string(${x}, '$') AS DOUBLE) <> 0 END`;

function arrayIff(c: Call): SqlExpr {
  const conds = list(c, 0);
  const pick = `CASE ${condition('x')} WHEN true THEN ${elementOr(c, 1, 'i')} WHEN false THEN ${elementOr(c, 2, 'i')} ELSE ${NULL_JSON} END`;
  return dyn(`to_json(list_transform(${conds}, (x, i) -> ${pick}))`);
}

/** `array_shift_left(a, n [, fill])`; a negative n shifts the other way. Right shift is n negated. */
function shift(direction: 1 | -1) {
  return (c: Call): SqlExpr => {
    const a = list(c, 0);
    const n = `(${direction} * ${asNumber(c.arg(1), 'long')})`;
    const fill = c.count > 2 ? asDynamic(c.arg(2)) : NULL_JSON;
    return dyn(`to_json(list_transform(range(1, len(${a}) + 1), i -> CASE WHEN i + ${n} BETWEEN 1 AND len(${a}) THEN ${a}[i + ${n}] ELSE ${fill} END))`);
  };
}

function rotate(direction: 1 | -1) {
  return (c: Call): SqlExpr => {
    const a = list(c, 0);
    const n = `(${direction} * ${asNumber(c.arg(1), 'long')})`;
    return dyn(`to_json(list_transform(range(0, len(${a})), i -> ${a}[((i + ${n}) % len(${a}) + len(${a})) % len(${a}) + 1]))`);
  };
}

/** Top-level key names only (a JSONPath such as `$.a.b` is refused). */
function plainKeys(c: Call, i: number): string {
  const node = c.args[i]!;
  if (node.kind !== 'DynamicExpression') return c.fail('the keys must be a literal array');
  const keys = dynamicJson(node);
  if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string' || /^\$|[.[\]]/.test(k))) return c.fail('keys must be top-level names, not JSONPath');
  return `${asDynamic(c.arg(i))}`;
}

export const ARRAY_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  array_iff: arrayIff,
  array_iif: arrayIff,
  array_shift_left: shift(1),
  array_shift_right: shift(-1),
  array_rotate_left: rotate(1),
  array_rotate_right: rotate(-1),
  bag_zip: (c) => {
    const k = list(c, 0);
    const v = list(c, 1);
    const pairs = `list_filter(list_transform(range(1, len(${k}) + 1), i -> {'k': json_extract_string(${k}[i], '$'), 't': json_type(${k}[i]), 'v': coalesce(${v}[i], ${NULL_JSON})}), p -> p.t = 'VARCHAR')`;
    const bag = `CAST(coalesce(map_from_entries(list_transform(${pairs}, p -> {'key': p.k, 'value': p.v})), MAP {}::MAP(VARCHAR, JSON)) AS JSON)`;
    return dyn(`CASE WHEN json_type(${asDynamic(c.arg(0))}) = 'ARRAY' THEN ${bag} END`);
  },
  bag_remove_keys: (c) => {
    const node = c.args[1];
    const literal = node?.kind === 'DynamicExpression' ? dynamicJson(node) : undefined;
    if (Array.isArray(literal) && literal.some((k) => typeof k === 'string' && /\[\s*\d/.test(k))) return c.fail('array indexing in a key (the page: not supported)');
    if (!Array.isArray(literal) || literal.some((k) => typeof k !== 'string' || /^\$|[.[\]]/.test(k))) {
      // JSONPath or computed keys: the TypeScript UDF walks each path.
      return dyn(`CAST(kql_bag_remove_keys(coalesce(CAST(${asDynamic(c.arg(0))} AS VARCHAR), 'null'), coalesce(CAST(${asDynamic(c.arg(1))} AS VARCHAR), 'null')) AS JSON)`);
    }
    const keys = plainKeys(c, 1);
    const bag = asDynamic(c.arg(0));
    return dyn(`CASE WHEN json_type(${bag}) = 'OBJECT' THEN CAST(coalesce(map_from_entries(list_transform(list_filter(json_keys(${bag}), k -> NOT list_contains(json_extract_string(${keys}, '$[*]'), k)), k -> {'key': k, 'value': json_extract(${bag}, '$."' || k || '"')})), MAP {}::MAP(VARCHAR, JSON)) AS JSON) END`);
  },
  jaccard_index: (c) => {
    const a = `list_distinct(${list(c, 0)})`;
    const b = `list_distinct(${list(c, 1)})`;
    const inter = `len(list_filter(${a}, x -> list_contains(${b}, x)))`;
    return { sql: `CASE WHEN len(${a}) + len(${b}) = 0 THEN NULL ELSE ${inter} / (len(${a}) + len(${b}) - ${inter}) END`, type: 'real' };
  },
  bag_set_key: (c) => {
    const key = c.literalString(1);
    if (key !== undefined && /\[\s*\d/.test(key)) return c.fail('array indexing in the key (the page: not supported)');
    if (key === undefined || /^\$|[.[\]]/.test(key)) {
      const json = (i: number) => `coalesce(CAST(${asDynamic(c.arg(i))} AS VARCHAR), 'null')`;
      return dyn(`CAST(kql_bag_set_key(${json(0)}, ${c.str(1)}, ${json(2)}) AS JSON)`);
    }
    const bag = asDynamic(c.arg(0));
    const k = c.ctx.param(key, 'VARCHAR');
    const kept = `list_transform(list_filter(json_keys(${bag}), x -> x <> ${k}), x -> {'key': x, 'value': json_extract(${bag}, '$."' || x || '"')})`;
    return dyn(`CASE WHEN json_type(${bag}) = 'OBJECT' THEN CAST(map_from_entries(list_append(${kept}, {'key': ${k}, 'value': coalesce(${asDynamic(c.arg(2))}, ${NULL_JSON})})) AS JSON) END`);
  },
  pack_all: (c) => {
    const ignore = c.count > 0 ? c.args[0]!.source.trim().toLowerCase() : 'false';
    if (ignore !== 'true' && ignore !== 'false') return c.fail('ignore_null_empty must be a literal true or false');
    const values = (c.scope.input ?? c.scope.columns).map((col) => {
      const ref = c.scope.qualifier ? `${c.scope.qualifier}.${col.ref}` : col.ref;
      return { name: c.ctx.param(col.name, 'VARCHAR'), value: asDynamic({ sql: ref, type: col.type }) };
    });
    if (ignore === 'true') {
      // pack_all(true): columns whose value is null or an empty string are left out.
      const entries = values.map((v) => `{'key': ${v.name}, 'value': ${v.value}}`);
      const kept = `list_filter([${entries.join(', ')}], e -> e.value IS NOT NULL AND json_type(e.value) <> 'NULL' AND CAST(e.value AS VARCHAR) <> '""')`;
      return dyn(values.length > 0 ? `CAST(coalesce(map_from_entries(${kept}), MAP {}::MAP(VARCHAR, JSON)) AS JSON)` : `'{}'::JSON`);
    }
    return dyn(values.length > 0 ? `json_object(${values.map((v) => `${v.name}, ${v.value}`).join(', ')})` : `'{}'::JSON`);
  },
  bag_pack_columns: (c) => {
    const parts = c.args.map((node, i) => {
      if (node.kind !== 'NameReference') return c.fail('arguments other than column names');
      return `${c.ctx.param(node.simpleName, 'VARCHAR')}, ${asDynamic(c.arg(i))}`;
    });
    return dyn(parts.length > 0 ? `json_object(${parts.join(', ')})` : `'{}'::JSON`);
  },
  string_size: (c) => ({ sql: `CAST(strlen(${c.str(0)}) AS BIGINT)`, type: 'long' }),
  strrep: (c) => {
    const n = asNumber(c.arg(1), 'long');
    const item = c.str(0);
    if (c.count > 2) return { sql: `array_to_string(list_transform(range(${n}), i -> ${item}), ${c.str(2)})`, type: 'string' };
    return { sql: `repeat(${item}, CAST(${n} AS INTEGER))`, type: 'string' };
  },
  base64_encode_tostring: (c) => ({ sql: `to_base64(encode(${c.str(0)}))`, type: 'string' }),
  base64_encodestring: (c) => ({ sql: `to_base64(encode(${c.str(0)}))`, type: 'string' }),
  unicode_codepoints_from_string: (c) => dyn(`to_json(list_transform(string_split(${c.str(0)}, ''), ch -> unicode(ch)))`),
  // Any mix of numbers and arrays of numbers.
  unicode_codepoints_to_string: (c) => {
    const parts = c.args.map((_, i) => (c.arg(i).type === 'dynamic' ? `list_transform(${list(c, i)}, x -> TRY_CAST(json_extract_string(x, '$') AS INTEGER))` : `[CAST(${asNumber(c.arg(i), 'long')} AS INTEGER)]`));
    return { sql: `coalesce(array_to_string(list_transform(flatten([${parts.join(', ')}]), x -> chr(x)), ''), '')`, type: 'string' };
  },
  around: (c) => {
    const v = c.arg(0);
    if (v.type === 'datetime') return { sql: `(abs(epoch_us(${v.sql}) - epoch_us(${c.arg(1).sql})) <= ${c.arg(2).sql})`, type: 'bool' };
    return { sql: `(abs(${asNumber(v)} - ${asNumber(c.arg(1))}) <= ${asNumber(c.arg(2))})`, type: 'bool' };
  },
};
