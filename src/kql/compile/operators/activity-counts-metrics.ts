/**
 * `evaluate activity_counts_metrics(IdColumn, TimelineColumn, Start, End, Window)`
 * (activity-counts-metrics-plugin.md): per window from Start to End (step Window), the records
 * (`count`), distinct ids (`dcount`), ids not seen in an earlier window since Start
 * (`new_dcount`) and distinct ids from Start through the window (`aggregated_dcount`).
 *
 * Only what the page's example pins down runs: datetime timeline, Start and End, a timespan
 * window, no cohort or dimensions. A record outside Start..End, or a window without records (the
 * page does not say whether it is a zero row or no row), stops the query with a refusal (EA104).
 */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { columnArg, constantArg } from './plugin-args';
import { RUNTIME_REFUSAL } from '../runtime-refusal';

export function activityCountsMetrics(op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  const args = call.get('ArgumentList')?.list('Expressions') ?? [];
  if (args.length !== 5) return ctx.fail('unsupportedArgument', call, 'activity_counts_metrics(id, timeline, start, end, window) without cohort or dimensions');
  const column = (a: Syn) => columnArg(a, rel, ctx, 'activity_counts_metrics');
  const id = column(args[0]!);
  const time = column(args[1]!);
  if (time.type !== 'datetime') return ctx.fail('unsupportedArgument', args[1]!, 'activity_counts_metrics(): a datetime timeline');
  const scalar = (a: Syn, type: string) => constantArg(a, [type], ctx, 'activity_counts_metrics');
  const start = scalar(args[2]!, 'datetime');
  const end = scalar(args[3]!, 'datetime');
  const window = scalar(args[4]!, 'timespan');
  const out = op.columns();
  const names = ['count', 'dcount', 'new_dcount', 'aggregated_dcount'];
  if (out.length !== 5 || out[0]!.type !== 'datetime' || out.slice(1).some((o, i) => o.name !== names[i] || o.type !== 'long')) return ctx.fail('schemaMismatch', op, 'activity_counts_metrics(): timeline, count, dcount, new_dcount, aggregated_dcount');
  const refusal = (why: string) => ctx.param(`${RUNTIME_REFUSAL}activity_counts_metrics(): ${why}`, 'VARCHAR');
  const p = `SELECT epoch_us(${start}) AS s, epoch_us(${end}) AS e, ${window} AS b`;
  const pOk = `SELECT * FROM (${p}) AS p0 WHERE CASE WHEN s IS NULL OR e IS NULL OR b IS NULL OR b <= 0 OR e < s THEN error(${refusal('start, end and a positive window')}) ELSE true END`;
  const recs = `SELECT t.${id.ref} AS id, (epoch_us(t.${time.ref}) - p.s) // p.b AS idx FROM (${rel.sql}) AS t, params AS p WHERE CASE WHEN t.${time.ref} IS NULL OR epoch_us(t.${time.ref}) < p.s OR epoch_us(t.${time.ref}) > p.e THEN error(${refusal('a record outside start .. end (the page does not say how it counts)')}) ELSE true END`;
  const bins = `SELECT unnest(range(0, (p.e - p.s) // p.b + 1)) AS i, p.s, p.b FROM params AS p`;
  const firstSeen = `SELECT id, min(idx) AS first FROM recs GROUP BY id`;
  const counted = `SELECT w.i, any_value(w.s) AS s, any_value(w.b) AS b, count(r.idx) AS cnt, count(DISTINCT r.id) AS dc,
    (SELECT count(*) FROM firsts AS f WHERE f.first = w.i) AS nd, (SELECT count(*) FROM firsts AS f WHERE f.first <= w.i) AS ad
    FROM bins AS w LEFT JOIN recs AS r ON r.idx = w.i GROUP BY w.i`;
  const refs = out.map(() => ctx.fresh());
  const sql = `WITH params AS (${pOk}), recs AS (${recs}), firsts AS (${firstSeen}), bins AS (${bins}) SELECT make_timestamp(s + i * b) AS ${refs[0]}, cnt AS ${refs[1]}, dc AS ${refs[2]}, nd AS ${refs[3]}, ad AS ${refs[4]} FROM (${counted}) AS c WHERE CASE WHEN cnt = 0 THEN error(${refusal('a window without records (the page does not say whether it is a zero row or no row)')}) ELSE true END`;
  return { sql, columns: out.map((o, i) => ({ name: o.name, type: o.type, ref: refs[i]! })) };
}
