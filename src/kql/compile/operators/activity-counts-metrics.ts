/**
 * `evaluate activity_counts_metrics(IdColumn, TimelineColumn, Start, End, Window)`
 * (activity-counts-metrics-plugin.md): per window from Start to End (step Window), the records
 * (`count`), distinct ids (`dcount`), ids not seen in an earlier window since Start
 * (`new_dcount`) and distinct ids from Start through the window (`aggregated_dcount`).
 *
 * Only what the page pins down runs: datetime timeline, Start and End, a timespan window, and
 * dimension columns, which slice every metric ("in the time window and dim(s)"; the binder puts
 * them after the timeline column). A record outside Start..End, or a window without records for a
 * slice that has records in another window (the page does not say whether it is a zero row or no
 * row), stops the query with a refusal (EA104). Without records there is no slice, so no row.
 */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { columnArg, constantArg } from './plugin-args';
import { RUNTIME_REFUSAL } from '../runtime-refusal';

export function activityCountsMetrics(op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  const args = call.get('ArgumentList')?.list('Expressions') ?? [];
  if (args.length < 5) return ctx.fail('unsupportedArgument', call, 'activity_counts_metrics(id, timeline, start, end, window [, dimensions])');
  const column = (a: Syn) => columnArg(a, rel, ctx, 'activity_counts_metrics');
  const id = column(args[0]!);
  const time = column(args[1]!);
  if (time.type !== 'datetime') return ctx.fail('unsupportedArgument', args[1]!, 'activity_counts_metrics(): a datetime timeline');
  const scalar = (a: Syn, type: string) => constantArg(a, [type], ctx, 'activity_counts_metrics');
  const start = scalar(args[2]!, 'datetime');
  const end = scalar(args[3]!, 'datetime');
  const window = scalar(args[4]!, 'timespan');
  const dims = args.slice(5).map(column);
  const out = op.columns();
  const names = ['count', 'dcount', 'new_dcount', 'aggregated_dcount'];
  const k = dims.length;
  if (out.length !== 5 + k || out[0]!.type !== 'datetime' || out.slice(1, 1 + k).some((o, i) => o.name !== dims[i]!.name) || out.slice(1 + k).some((o, i) => o.name !== names[i] || o.type !== 'long')) {
    return ctx.fail('schemaMismatch', op, 'activity_counts_metrics(): timeline, dimensions, count, dcount, new_dcount, aggregated_dcount');
  }
  const refusal = (why: string) => ctx.param(`${RUNTIME_REFUSAL}activity_counts_metrics(): ${why}`, 'VARCHAR');
  const d = dims.map((_, i) => `d${i}`);
  const sameSlice = (a: string, b: string) => d.map((x) => ` AND ${a}.${x} IS NOT DISTINCT FROM ${b}.${x}`).join('');
  const p = `SELECT epoch_us(${start}) AS s, epoch_us(${end}) AS e, ${window} AS b`;
  const pOk = `SELECT * FROM (${p}) AS p0 WHERE CASE WHEN s IS NULL OR e IS NULL OR b IS NULL OR b <= 0 OR e < s THEN error(${refusal('start, end and a positive window')}) ELSE true END`;
  const recs = `SELECT t.${id.ref} AS id, (epoch_us(t.${time.ref}) - p.s) // p.b AS idx${dims.map((c, i) => `, t.${c.ref} AS ${d[i]}`).join('')} FROM (${rel.sql}) AS t, params AS p WHERE CASE WHEN t.${time.ref} IS NULL OR epoch_us(t.${time.ref}) < p.s OR epoch_us(t.${time.ref}) > p.e THEN error(${refusal('a record outside start .. end (the page does not say how it counts)')}) ELSE true END`;
  const firstSeen = `SELECT id${d.map((x) => `, ${x}`).join('')}, min(idx) AS first FROM recs GROUP BY ALL`;
  // Each slice the records have (one, without dimensions), in every window from Start to End.
  const slices = k > 0 ? `SELECT DISTINCT ${d.join(', ')} FROM recs` : 'SELECT 1 AS one';
  const bins = `SELECT unnest(range(0, (p.e - p.s) // p.b + 1)) AS i, p.s, p.b FROM params AS p`;
  const grid = `SELECT w.i, w.s, w.b${d.map((x) => `, z.${x}`).join('')} FROM bins AS w, slices AS z`;
  const counted = `SELECT w.i, any_value(w.s) AS s, any_value(w.b) AS b${d.map((x) => `, w.${x}`).join('')}, count(r.idx) AS cnt, count(DISTINCT r.id) AS dc,
    (SELECT count(*) FROM firsts AS f WHERE f.first = w.i${sameSlice('f', 'w')}) AS nd, (SELECT count(*) FROM firsts AS f WHERE f.first <= w.i${sameSlice('f', 'w')}) AS ad
    FROM grid AS w LEFT JOIN recs AS r ON r.idx = w.i${sameSlice('r', 'w')} GROUP BY w.i${d.map((x) => `, w.${x}`).join('')}`;
  const refs = out.map(() => ctx.fresh());
  const select = [`make_timestamp(s + i * b) AS ${refs[0]}`, ...d.map((x, i) => `${x} AS ${refs[1 + i]}`), ...['cnt', 'dc', 'nd', 'ad'].map((m, i) => `${m} AS ${refs[1 + k + i]}`)];
  const empty = k > 0 ? 'a window without records in a slice that has records in another window' : 'a window without records';
  const sql = `WITH params AS (${pOk}), recs AS (${recs}), firsts AS (${firstSeen}), slices AS (${slices}), bins AS (${bins}), grid AS (${grid}) SELECT ${select.join(', ')} FROM (${counted}) AS c WHERE CASE WHEN cnt = 0 THEN error(${refusal(`${empty} (the page does not say whether it is a zero row or no row)`)}) ELSE true END`;
  return { sql, columns: out.map((o, i) => ({ name: o.name, type: o.type, ref: refs[i]! })) };
}
