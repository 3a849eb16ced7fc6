/**
 * Scalar functions over `hll()` / `tdigest()` results (exact here, see
 * operators/aggregates-weighted.ts): dcount_hll, hll_merge, percentile_tdigest,
 * percentiles_array_tdigest, rank_tdigest, merge_tdigest.
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { DUCKDB_TYPE } from '../../language/kql-types';
import { literalOf } from '../../language/literals';
import { asNumber } from './coerce';
import { TDIGEST_JSON, weightedPercentileSql } from '../operators/aggregates-weighted';

/** The sorted `{v, w}` list of a tdigest argument. */
const digest = (c: Call, i: number): string => `list_sort(from_json(${c.arg(i).sql}, ${TDIGEST_JSON}))`;

/** `hll_merge(h1, h2, …)`: the union of the distinct values (hll-merge-function.md). */
function hllMerge(c: Call): SqlExpr {
  const parts = c.args.map((_, i) => `coalesce(CAST(${c.arg(i).sql} AS JSON[]), [])`);
  return { sql: `to_json(list_distinct(flatten([${parts.join(', ')}])))`, type: 'dynamic' };
}

/** `merge_tdigest(t1, t2, …)`: all the entries (merge-tdigest-function.md). */
function mergeTdigest(c: Call): SqlExpr {
  const parts = c.args.map((_, i) => `coalesce(from_json(${c.arg(i).sql}, ${TDIGEST_JSON}), [])`);
  return { sql: `to_json(flatten([${parts.join(', ')}]))`, type: 'dynamic' };
}

/** `percentile_tdigest(t, p [, typeof(T)])`: nearest-rank, as the percentile() aggregate. */
function percentileTdigest(c: Call): SqlExpr {
  const t = c.type;
  return { sql: `CAST(${weightedPercentileSql(digest(c, 0), asNumber(c.arg(1)), 'DOUBLE')} AS ${DUCKDB_TYPE[t]})`, type: t };
}

/** `percentiles_array_tdigest(t, p1, p2, …)` or `(t, dynamic([p1, …]))`. */
function percentilesArrayTdigest(c: Call): SqlExpr {
  let ps: string[];
  if (c.count === 2 && c.arg(1).type === 'dynamic') {
    const lit = literalOf(c.args[1]!);
    const values = lit.kind === 'dynamic' ? (JSON.parse(lit.json) as unknown) : undefined;
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'number')) return c.fail('the percentiles must be a literal array of numbers');
    ps = values.map((v) => c.ctx.param(v, 'DOUBLE'));
  } else ps = c.args.slice(1).map((_, i) => asNumber(c.arg(i + 1)));
  const d = digest(c, 0);
  return { sql: `to_json([${ps.map((p) => weightedPercentileSql(d, p, 'DOUBLE')).join(', ')}])`, type: 'dynamic' };
}

/** `rank_tdigest(t, v)`: the total weight of the values ≤ v (rank-tdigest-function.md). */
function rankTdigest(c: Call): SqlExpr {
  if (c.arg(1).type === 'dynamic') return c.fail('an array of values');
  const v = asNumber(c.arg(1));
  const t = c.type;
  return { sql: `CAST(coalesce(list_sum(list_transform(list_filter(${digest(c, 0)}, e_ -> e_.v <= ${v}), e_ -> e_.w)), 0) AS ${DUCKDB_TYPE[t]})`, type: t };
}

export const SKETCH_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  dcount_hll: (c) => ({ sql: `coalesce(json_array_length(${c.arg(0).sql}), 0)`, type: 'long' }),
  hll_merge: hllMerge,
  merge_tdigest: mergeTdigest,
  tdigest_merge: mergeTdigest,
  percentile_tdigest: percentileTdigest,
  percentiles_array_tdigest: percentilesArrayTdigest,
  rank_tdigest: rankTdigest,
};
