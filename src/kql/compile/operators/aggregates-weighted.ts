/**
 * Weighted percentiles and the dcount / percentile intermediate results (`hll`, `tdigest`).
 *
 * Percentiles follow Kusto's nearest-rank definition: the smallest value whose cumulative weight
 * reaches p % of the total weight (percentiles-aggregation-function.md, "percentilesw"; the
 * docs' latency buckets 10×8, 20×6, 30×3, 40×1 give 20, 20, 40 for 50, 75, 99.9).
 *
 * `hll()` and `tdigest()` here are exact, not sketches: an hll value is the JSON array of the
 * distinct values, a tdigest the JSON array of `{"v": value, "w": weight}`. `dcount_hll`,
 * `percentile_tdigest`, `rank_tdigest` and the merges over them are therefore exact (Kusto's are
 * estimates that agree on the documentation's small examples). The values themselves differ from
 * Kusto's sketch bytes, which the docs never show.
 */
import type { SqlExpr } from '../context';
import { DUCKDB_TYPE, isNumeric } from '../../language/kql-types';
import type { KqlType } from '../../language/kql-types';
import { literalOf } from '../../language/literals';
import { compileExpr } from '../expr/expressions';
import { asBool, asNumber } from '../expr/coerce';
import type { AggregateCall, AggregateParts } from './aggregates';
import { RUNTIME_REFUSAL } from '../runtime-refusal';

/**
 * Entries an exact hll / tdigest may hold: make_list's documented maximum (1,048,576). More would
 * send a huge value to the process where Kusto's sketch stays small, so the query is refused
 * (EA104 at run time) instead of truncating the value.
 */
export const SKETCH_MAX = 1_048_576;

/** `to_json(list)`, or a run-time refusal when the list is longer than {@link SKETCH_MAX}. */
function capped(list: string, fn: string, ctx: AggregateCall['ctx']): string {
  const msg = ctx.param(`${RUNTIME_REFUSAL}${fn}() over more than ${SKETCH_MAX} entries (exact here, not a sketch)`, 'VARCHAR');
  return `CASE WHEN len(${list}) > ${SKETCH_MAX} THEN error(${msg}) ELSE to_json(${list}) END`;
}

type AggHandler = (a: AggregateCall) => AggregateParts;

const argOf = (a: AggregateCall, i: number): SqlExpr => {
  const node = a.args[i];
  if (!node) return a.ctx.fail('unsupportedArgument', a.node, `argument ${i + 1} missing`);
  return compileExpr(node, a.scope, a.ctx);
};

/** JSON type of the `{"v", "w"}` list a tdigest holds. */
export const TDIGEST_JSON = `'[{"v":"DOUBLE","w":"DOUBLE"}]'`;

/**
 * SQL for the nearest-rank weighted percentile `p` (0–100) of `list`, a list of structs
 * `{v, w}` sorted by `v`: the first `v` whose running weight reaches p % of the total.
 */
export function weightedPercentileSql(list: string, p: string, valueType: string): string {
  const total = `list_sum(list_transform(${list}, e_ -> e_.w))`;
  const step = `(acc_, e_) -> struct_pack(c := acc_.c + e_.w, a := CASE WHEN acc_.a IS NULL AND acc_.c + e_.w >= (${p}) / 100.0 * ${total} THEN e_.v ELSE acc_.a END)`;
  return `list_reduce(${list}, ${step}, struct_pack(c := CAST(0 AS DOUBLE), a := CAST(NULL AS ${valueType}))).a`;
}

/** The percentile arguments of a call from index `from`: numbers, or one literal dynamic array. */
function percentileArgs(a: AggregateCall, from: number): string[] {
  const rest = a.args.slice(from);
  if (rest.length === 1 && rest[0]!.type === 'dynamic') {
    const lit = literalOf(rest[0]!);
    const values = lit.kind === 'dynamic' ? (JSON.parse(lit.json) as unknown) : undefined;
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'number')) return a.ctx.fail('unsupportedArgument', a.node, 'the percentiles must be numbers or a literal array of numbers');
    return values.map((v) => a.ctx.param(v, 'DOUBLE'));
  }
  if (rest.length === 0) return a.ctx.fail('unsupportedArgument', a.node, 'no percentile given');
  return rest.map((_, i) => asNumber(argOf(a, from + i)));
}

/** The `{v, w}` list of a group, sorted by value, nulls skipped; `w` defaults to 1. */
function weightedList(a: AggregateCall, weightIndex: number | undefined): { list: string; valueType: KqlType } {
  const x = argOf(a, 0);
  if (!isNumeric(x.type)) return a.ctx.fail('unsupportedArgument', a.node, `${a.node.get('Name')?.simpleName ?? ''}() of a ${x.type} value (numbers only here)`);
  const w = weightIndex === undefined ? 'CAST(1 AS DOUBLE)' : asNumber(argOf(a, weightIndex));
  const cond = weightIndex === undefined ? `${x.sql} IS NOT NULL` : `${x.sql} IS NOT NULL AND ${w} IS NOT NULL`;
  return { list: `list(struct_pack(v := CAST(${x.sql} AS DOUBLE), w := CAST(${w} AS DOUBLE)) ORDER BY ${x.sql}) FILTER (WHERE ${cond})`, valueType: x.type };
}

function percentilesw(asArray: boolean): AggHandler {
  return (a) => {
    const { list } = weightedList(a, 1);
    const ps = percentileArgs(a, 2);
    if (asArray) {
      const t = DUCKDB_TYPE[a.args[0]!.type];
      // percentilesw-aggregation-function.md names the unnamed array column percentile_<x>
      // (Kusto.Language: percentiles_<x>).
      const x = a.args[0]!;
      const names = x.kind === 'NameReference' && a.out[0]?.name === `percentiles_${x.simpleName}` ? [`percentile_${x.simpleName}`] : undefined;
      return { inner: [list], outer: (r) => [`to_json([${ps.map((p) => `CAST(${weightedPercentileSql(r[0]!, p, 'DOUBLE')} AS ${t})`).join(', ')}])`], names };
    }
    return { inner: [list], outer: (r) => ps.map((p, i) => `CAST(${weightedPercentileSql(r[0]!, p, 'DOUBLE')} AS ${DUCKDB_TYPE[a.out[i]?.type ?? 'real']})`) };
  };
}

function percentilesArray(): AggHandler {
  return (a) => {
    const { list } = weightedList(a, undefined);
    const ps = percentileArgs(a, 1);
    const t = DUCKDB_TYPE[a.args[0]!.type];
    return { inner: [list], outer: (r) => [`to_json([${ps.map((p) => `CAST(${weightedPercentileSql(r[0]!, p, 'DOUBLE')} AS ${t})`).join(', ')}])`] };
  };
}

/** `hll(x [, accuracy])`, `hll_if(x, predicate [, accuracy])`: the distinct values, null for no rows. */
function hll(ifIndex?: number): AggHandler {
  return (a) => {
    const x = argOf(a, 0);
    const v = x.type === 'dynamic' ? x.sql : `to_json(${x.sql})`;
    const cond = [`${x.sql} IS NOT NULL`, ...(ifIndex !== undefined ? [asBool(argOf(a, ifIndex))] : [])];
    return { inner: [`list(DISTINCT CAST(${v} AS JSON)) FILTER (WHERE ${cond.join(' AND ')})`], outer: (r) => [capped(r[0]!, 'hll', a.ctx)] };
  };
}

/** `hll_merge(h)` over rows: the union of the distinct values. */
const hllMerge: AggHandler = (a) => {
  const h = argOf(a, 0);
  return { inner: [`list_distinct(flatten(list(CAST(${h.sql} AS JSON[])) FILTER (WHERE ${h.sql} IS NOT NULL)))`], outer: (r) => [capped(r[0]!, 'hll_merge', a.ctx)] };
};

/** `tdigest(x [, weight])`: the `{v, w}` list, null for no rows. */
const tdigest: AggHandler = (a) => {
  const { list } = weightedList(a, a.args.length > 1 ? 1 : undefined);
  return { inner: [list], outer: (r) => [capped(r[0]!, 'tdigest', a.ctx)] };
};

/** `tdigest_merge(t)` / `merge_tdigest(t)` over rows: all the `{v, w}` entries. */
const tdigestMerge: AggHandler = (a) => {
  const t = argOf(a, 0);
  return { inner: [`flatten(list(from_json(${t.sql}, ${TDIGEST_JSON})) FILTER (WHERE ${t.sql} IS NOT NULL))`], outer: (r) => [capped(r[0]!, 'tdigest_merge', a.ctx)] };
};

export const WEIGHTED_AGGREGATES: Readonly<Record<string, AggHandler>> = {
  percentilesw: percentilesw(false),
  percentilew: percentilesw(false),
  percentilesw_array: percentilesw(true),
  percentiles_array: percentilesArray(),
  hll: hll(),
  hll_if: hll(1),
  hll_merge: hllMerge,
  tdigest,
  tdigest_merge: tdigestMerge,
  merge_tdigest: tdigestMerge,
};
