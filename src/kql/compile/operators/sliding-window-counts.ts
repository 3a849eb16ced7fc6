/**
 * `evaluate sliding_window_counts(IdColumn, TimelineColumn, Start, End, LookbackWindow, Bin)`
 * (sliding-window-counts-plugin.md): for each bin from Start to End (step Bin, Start's bin first),
 * the count of records and distinct count of ids whose bin lies in the lookback window ending at
 * that bin (LookbackWindow / Bin bins: 3d over 1d bins counts the bin and the two before).
 *
 * Only what the page's example pins down runs: datetime timeline, Start and End; timespan
 * LookbackWindow and Bin with the window a positive multiple of the bin; no dimensions. A record
 * outside Start..End, or a bin whose window holds no records (the page does not say whether it
 * is a zero row or no row), stops the query with a refusal (EA104). Counts are exact. The page
 * names the last column `dcount` where Kusto.Language says `Dcount`, so the plugin must be the
 * query's last operator.
 */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { columnArg, constantArg } from './plugin-args';
import { RUNTIME_REFUSAL } from '../runtime-refusal';

export function slidingWindowCounts(op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  const args = call.get('ArgumentList')?.list('Expressions') ?? [];
  if (args.length !== 6) return ctx.fail('unsupportedArgument', call, 'sliding_window_counts(id, timeline, start, end, lookback, bin) without dimensions');
  const column = (a: Syn) => columnArg(a, rel, ctx, 'sliding_window_counts');
  const id = column(args[0]!);
  const time = column(args[1]!);
  if (time.type !== 'datetime') return ctx.fail('unsupportedArgument', args[1]!, 'sliding_window_counts(): a datetime timeline');
  const scalar = (a: Syn, type: string) => constantArg(a, [type], ctx, 'sliding_window_counts');
  const start = scalar(args[2]!, 'datetime');
  const end = scalar(args[3]!, 'datetime');
  const lookback = scalar(args[4]!, 'timespan');
  const bin = scalar(args[5]!, 'timespan');
  const out = op.columns();
  if (out.length !== 3 || out[0]!.type !== 'datetime' || out[1]!.type !== 'long' || out[2]!.type !== 'long') return ctx.fail('schemaMismatch', op, 'sliding_window_counts(): timeline, count, dcount');
  const refusal = (why: string) => ctx.param(`${RUNTIME_REFUSAL}sliding_window_counts(): ${why}`, 'VARCHAR');
  const p = `SELECT epoch_us(${start}) AS s, epoch_us(${end}) AS e, ${lookback} AS lb, ${bin} AS b`;
  const pOk = `SELECT * FROM (${p}) AS p0 WHERE CASE WHEN s IS NULL OR e IS NULL OR b IS NULL OR lb IS NULL OR b <= 0 OR lb <= 0 OR lb % b <> 0 OR e < s THEN error(${refusal('start, end, a positive bin and a lookback window that is a multiple of it')}) ELSE true END`;
  const rows = `SELECT t.${id.ref} AS id, (epoch_us(t.${time.ref}) - p.s) // p.b AS idx FROM (${rel.sql}) AS t, params AS p WHERE CASE WHEN t.${time.ref} IS NULL OR epoch_us(t.${time.ref}) < p.s OR epoch_us(t.${time.ref}) > p.e THEN error(${refusal('a record outside start .. end (the page does not say how it counts)')}) ELSE true END`;
  const bins = `SELECT unnest(range(0, (p.e - p.s) // p.b + 1)) AS i, p.s, p.b, p.lb FROM params AS p`;
  const counted = `SELECT w.i, any_value(w.s) AS s, any_value(w.b) AS b, count(r.idx) AS cnt, count(DISTINCT r.id) AS dc FROM bins AS w LEFT JOIN recs AS r ON r.idx BETWEEN w.i - w.lb // w.b + 1 AND w.i GROUP BY w.i`;
  const refs = out.map(() => ctx.fresh());
  const sql = `WITH params AS (${pOk}), recs AS (${rows}), bins AS (${bins}) SELECT make_timestamp(s + i * b) AS ${refs[0]}, cnt AS ${refs[1]}, dc AS ${refs[2]} FROM (${counted}) AS c WHERE CASE WHEN cnt = 0 THEN error(${refusal('a bin whose window holds no records (the page does not say whether it is a zero row or no row)')}) ELSE true END`;
  // Kusto.Language names the last column Dcount; the page's output shows dcount (the page wins).
  // Operators after the plugin would see the binder's name, so the plugin must be the last one.
  if (ctx.finalOperator !== op.start) return ctx.fail('unsupportedOperator', op, 'operators after evaluate sliding_window_counts() (its dcount column is named differently by Kusto.Language)');
  const names = [out[0]!.name, out[1]!.name, 'dcount'];
  return { sql, columns: out.map((o, i) => ({ name: names[i]!, type: o.type, ref: refs[i]! })) };
}
