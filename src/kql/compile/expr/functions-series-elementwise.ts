/**
 * Element-wise series functions (series-*-function pages): unary maths over a numeric array,
 * binary arithmetic and comparisons between two arrays (or an array and a number), and the
 * reductions series_sum / series_product / series_magnitude / series_dot_product /
 * series_cosine_similarity / series_pearson_correlation / series_stats_dynamic.
 *
 * Kusto's rules kept: a non-numeric element, or an element missing because the arrays differ in
 * length, gives null; a number argument is used against every element; results are doubles
 * (values compare equal to Kusto's, e.g. [5,4,5] is [5.0,4.0,5.0]); the stats' variance and
 * stdev are the sample ones (n - 1), as series_stats documents (variance 812.457 over 15 values).
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { asBool, asDynamic, asNumber } from './coerce';
import { isLiteralNode, literalOf } from '../../language/literals';
import { isNumeric } from '../../language/kql-types';
import { jsonKind } from './json-kind';

/** A dynamic array as DOUBLE[] (non-numbers read as NULL; a non-array as the empty list). */
export function seriesDoubles(c: Call, i: number): string {
  const a = asDynamic(c.arg(i));
  return `list_transform(CASE WHEN ${jsonKind(a)} = '[' THEN json_extract(${a}, '$[*]') ELSE []::JSON[] END, v -> CASE WHEN json_type(v) IN ('BIGINT', 'UBIGINT', 'DOUBLE') THEN CAST(v AS DOUBLE) END)`;
}

/** One operand: an array (indexed per element) or a number used for every element. */
interface Operand {
  readonly list?: string;
  readonly scalar?: string;
}

function operand(c: Call, i: number): Operand {
  const e = c.arg(i);
  if (isNumeric(e.type)) return { scalar: asNumber(e) };
  return { list: seriesDoubles(c, i) };
}

/** `let x = value in body`: a one-element list mapped through a lambda. */
const letIn = (name: string, value: string, body: string): string => `list_transform([${value}], ${name} -> ${body})[1]`;

const json = (listSql: string): SqlExpr => ({ sql: `to_json(${listSql})`, type: 'dynamic' });

function unary(fn: (x: string) => string): FunctionHandler {
  return (c) => json(`list_transform(${seriesDoubles(c, 0)}, x -> ${fn('x')})`);
}

/** `op(a[i], b[i])` over the longer operand's length (a missing element is null). */
function binaryList(c: Call, fn: (a: string, b: string) => string): string {
  const a = operand(c, 0);
  const b = operand(c, 1);
  const lens = [a.list ? 'len(_p.a)' : undefined, b.list ? 'len(_p.b)' : undefined].filter((x): x is string => !!x);
  const n = lens.length === 0 ? '1' : lens.length === 1 ? lens[0]! : `greatest(${lens.join(', ')})`;
  const ea = a.list ? '_p.a[_i]' : `(${a.scalar})`;
  const eb = b.list ? '_p.b[_i]' : `(${b.scalar})`;
  const pair = `struct_pack(a := ${a.list ?? '[]::DOUBLE[]'}, b := ${b.list ?? '[]::DOUBLE[]'})`;
  return letIn('_p', pair, `list_transform(range(1, ${n} + 1), _i -> ${fn(ea, eb)})`);
}

function binary(fn: (a: string, b: string) => string): FunctionHandler {
  return (c) => json(binaryList(c, fn));
}

/** NULL when any element is not a number: Kusto's reductions give null for such series. */
const allNumbers = (l: string): string => `list_bool_and(list_transform(${l}, v -> v IS NOT NULL))`;

function reduce(body: (l: string) => string): FunctionHandler {
  return (c) => ({ sql: letIn('_l', seriesDoubles(c, 0), `CASE WHEN len(_l) > 0 AND ${allNumbers('_l')} THEN ${body('_l')} END`), type: 'real' });
}

const dot = (a: string, b: string): string => `list_sum(list_transform(range(1, len(${a}) + 1), _i -> ${a}[_i] * ${b}[_i]))`;

function pairReduce(body: (a: string, b: string) => string): FunctionHandler {
  return (c) => {
    const b = operand(c, 1);
    const bl = b.list ?? `list_transform(range(1, len(_x) + 1), _i -> CAST(${b.scalar} AS DOUBLE))`;
    const sql = letIn('_x', seriesDoubles(c, 0), letIn('_y', bl, `CASE WHEN len(_x) = len(_y) AND len(_x) > 0 AND ${allNumbers('_x')} AND ${allNumbers('_y')} THEN ${body('_x', '_y')} END`));
    return { sql, type: 'real' };
  };
}

const magnitude = (l: string): string => `sqrt(list_sum(list_transform(${l}, v -> v * v)))`;

function pearson(x: string, y: string): string {
  const mx = `list_avg(${x})`;
  const my = `list_avg(${y})`;
  const cov = `list_sum(list_transform(range(1, len(${x}) + 1), _i -> (${x}[_i] - ${mx}) * (${y}[_i] - ${my})))`;
  const vx = `list_sum(list_transform(${x}, v -> (v - ${mx}) * (v - ${mx})))`;
  const vy = `list_sum(list_transform(${y}, v -> (v - ${my}) * (v - ${my})))`;
  return `(${cov}) / sqrt((${vx}) * (${vy}))`;
}

/** series_stats_dynamic's bag: min, min_idx, max, max_idx, avg, stdev, variance, sum, len (0-based indexes). */
export function seriesStatsStruct(l: string): string {
  const nums = `list_filter(${l}, v -> v IS NOT NULL)`;
  const variance = `CASE WHEN len(_n) > 1 THEN list_sum(list_transform(_n, v -> (v - list_avg(_n)) * (v - list_avg(_n)))) / (len(_n) - 1) ELSE 0.0 END`;
  const body = `struct_pack(min := list_min(_n), min_idx := list_position(${l}, list_min(_n)) - 1, max := list_max(_n), max_idx := list_position(${l}, list_max(_n)) - 1, avg := list_avg(_n), stdev := sqrt(${variance}), variance := ${variance}, sum := list_sum(_n), len := len(${l}))`;
  return letIn('_n', nums, body);
}

/** A dynamic array's elements as JSON[], a JSON null where the element is missing or null. */
function elements(c: Call, i: number): string {
  const a = asDynamic(c.arg(i));
  return `list_transform(CASE WHEN ${jsonKind(a)} = '[' THEN json_extract(${a}, '$[*]') ELSE []::JSON[] END, v -> CASE WHEN json_type(v) = 'NULL' THEN NULL ELSE v END)`;
}

/**
 * series_fill_forward / series_fill_backward: each null takes the nearest earlier (later)
 * non-null element; nulls with none stay null. Only the default missing-value placeholder
 * (null) is supported: another placeholder is refused.
 */
function fillNearest(forward: boolean): FunctionHandler {
  return (c) => {
    if (c.count > 1) c.fail('a missing_value_placeholder other than null');
    const pick = forward ? 'list_last(list_filter(list_slice(_e, 1, _i), v -> v IS NOT NULL))' : 'list_first(list_filter(list_slice(_e, _i, len(_e)), v -> v IS NOT NULL))';
    return json(letIn('_e', elements(c, 0), `list_transform(range(1, len(_e) + 1), _i -> coalesce(_e[_i], ${pick}))`));
  };
}

function fillConst(c: Call): SqlExpr {
  if (c.count > 2) c.fail('a missing_value_placeholder other than null');
  const value = asDynamic(c.arg(1));
  return json(`list_transform(${elements(c, 0)}, v -> coalesce(v, ${value}))`);
}

/**
 * series_fill_linear(series [, placeholder [, fill_edges [, constant_value]]]): the UDF of
 * udf/series-fill-linear.ts; only the default placeholder (null) is supported.
 */
function fillLinear(c: Call): SqlExpr {
  const placeholder = c.args[1];
  if (placeholder && !(isLiteralNode(placeholder) && literalOf(placeholder).kind === 'null')) c.fail('a missing_value_placeholder other than null');
  const edges = c.count > 2 ? asBool(c.arg(2)) : 'true';
  const constant = c.count > 3 ? `coalesce(CAST(to_json(${c.arg(3).sql}) AS VARCHAR), 'null')` : "'0.0'";
  return { sql: `CAST(kql_series_fill_linear(CAST(${asDynamic(c.arg(0))} AS VARCHAR), ${edges}, ${constant}) AS JSON)`, type: 'dynamic' };
}

export const SERIES_ELEMENTWISE_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  series_abs: unary((x) => `abs(${x})`),
  series_sign: unary((x) => `sign(${x})`),
  series_ceiling: unary((x) => `ceil(${x})`),
  series_floor: unary((x) => `floor(${x})`),
  series_exp: unary((x) => `exp(${x})`),
  series_log: unary((x) => `CASE WHEN ${x} > 0 THEN ln(${x}) WHEN ${x} = 0 THEN '-inf'::DOUBLE END`),
  series_sin: unary((x) => `sin(${x})`),
  series_cos: unary((x) => `cos(${x})`),
  series_tan: unary((x) => `tan(${x})`),
  series_asin: unary((x) => `CASE WHEN ${x} BETWEEN -1 AND 1 THEN asin(${x}) END`),
  series_acos: unary((x) => `CASE WHEN ${x} BETWEEN -1 AND 1 THEN acos(${x}) END`),
  series_atan: unary((x) => `atan(${x})`),
  series_add: binary((a, b) => `${a} + ${b}`),
  series_subtract: binary((a, b) => `${a} - ${b}`),
  series_multiply: binary((a, b) => `${a} * ${b}`),
  series_divide: binary((a, b) => `${a} / ${b}`),
  series_pow: binary((a, b) => `pow(${a}, ${b})`),
  series_equals: binary((a, b) => `${a} = ${b}`),
  series_not_equals: binary((a, b) => `${a} <> ${b}`),
  series_greater: binary((a, b) => `${a} > ${b}`),
  series_greater_equals: binary((a, b) => `${a} >= ${b}`),
  series_less: binary((a, b) => `${a} < ${b}`),
  series_less_equals: binary((a, b) => `${a} <= ${b}`),
  series_sum: reduce((l) => `list_sum(${l})`),
  series_product: reduce((l) => `list_product(${l})`),
  series_magnitude: reduce(magnitude),
  series_dot_product: pairReduce(dot),
  series_cosine_similarity: pairReduce((a, b) => `${dot(a, b)} / (${magnitude(a)} * ${magnitude(b)})`),
  series_pearson_correlation: pairReduce(pearson),
  series_fill_forward: fillNearest(true),
  series_fill_backward: fillNearest(false),
  series_fill_const: fillConst,
  series_fill_linear: fillLinear,
  series_stats_dynamic: (c) => ({ sql: `to_json(${seriesStatsStruct(seriesDoubles(c, 0))})`, type: 'dynamic' }),
};
