/**
 * `evaluate active_users_count(IdColumn, TimelineColumn, Start, End, LookbackWindow, Period,
 * ActivePeriodsCount, Bin [, dim1, dim2, …])` (active-users-count-plugin.md): an appearance of an
 * id at time t within Start..End is active when the id's appearances in the lookback window
 * before it, the appearance included, fall in at least ActivePeriodsCount distinct periods
 * (`bin(time, Period)`); the output has, per analysis bin (Start + k × Bin) and dimensions, the
 * distinct count of ids with an active appearance in it (`dcount`), and only bins that have one.
 *
 * Readings the page's example pins down: the lookback window is (t − LookbackWindow, t] — with the
 * start included, user B's appearance on 7/8 (6/30, 7/4, 7/8 in an 8-day window) would be active
 * and the page's 2018-07-08 bin would not be missing; appearances before Start count in a window
 * (B's 6/29 and 6/30, as the page says); bins are aligned to Start (2018-07-01, 2018-07-15).
 * A null Start/End or a window, period or bin that is not positive stops the query (EA104).
 */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { columnArg, constantArg } from './plugin-args';
import { RUNTIME_REFUSAL } from '../runtime-refusal';

export function activeUsersCount(op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  const args = call.get('ArgumentList')?.list('Expressions') ?? [];
  if (args.length < 8) return ctx.fail('unsupportedArgument', call, 'active_users_count(id, timeline, start, end, lookback, period, active_periods, bin [, dims])');
  const column = (a: Syn) => columnArg(a, rel, ctx, 'active_users_count');
  const id = column(args[0]!);
  const time = column(args[1]!);
  if (time.type !== 'datetime') return ctx.fail('unsupportedArgument', args[1]!, 'active_users_count(): a datetime timeline');
  const dims = args.slice(8).map(column);
  const scalar = (a: Syn, types: readonly string[]) => constantArg(a, types, ctx, 'active_users_count');
  const start = scalar(args[2]!, ['datetime']);
  const end = scalar(args[3]!, ['datetime']);
  const lookback = scalar(args[4]!, ['timespan']);
  const period = scalar(args[5]!, ['timespan']);
  const needed = scalar(args[6]!, ['long', 'int']);
  const bin = scalar(args[7]!, ['timespan']);
  const out = op.columns();
  if (out.length !== dims.length + 2 || out[0]!.type !== 'datetime' || out[out.length - 1]!.type !== 'long') return ctx.fail('schemaMismatch', op, 'active_users_count(): timeline, dimensions, dcount');
  const refusal = ctx.param(`${RUNTIME_REFUSAL}active_users_count(): start, end and a positive lookback window, period and bin`, 'VARCHAR');
  const p = `SELECT epoch_us(${start}) AS s, epoch_us(${end}) AS e, ${lookback} AS lb, ${period} AS per, CAST(${needed} AS BIGINT) AS n, ${bin} AS b`;
  const pOk = `SELECT * FROM (${p}) AS p0 WHERE CASE WHEN s IS NULL OR e IS NULL OR lb IS NULL OR per IS NULL OR n IS NULL OR b IS NULL OR lb <= 0 OR per <= 0 OR b <= 0 THEN error(${refusal}) ELSE true END`;
  const dimSel = dims.map((d, i) => `, t.${d.ref} AS d${i}`).join('');
  const recs = `SELECT t.${id.ref} AS id, epoch_us(t.${time.ref}) AS tu${dimSel} FROM (${rel.sql}) AS t WHERE t.${id.ref} IS NOT NULL AND t.${time.ref} IS NOT NULL`;
  const dimList = dims.map((_, i) => `, a.d${i}`).join('');
  const dimJoin = dims.map((_, i) => ` AND r.d${i} IS NOT DISTINCT FROM a.d${i}`).join('');
  const apps = `SELECT DISTINCT a.id, a.tu${dimList} FROM recs AS a, params AS p WHERE a.tu BETWEEN p.s AND p.e`;
  const active = `SELECT a.id, a.tu${dimList} FROM apps AS a JOIN recs AS r ON r.id = a.id${dimJoin} AND r.tu <= a.tu, params AS p
    WHERE r.tu > a.tu - p.lb GROUP BY a.id, a.tu${dimList} HAVING count(DISTINCT floor(r.tu / p.per)) >= any_value(p.n)`;
  const refs = out.map(() => ctx.fresh());
  const dimOut = dims.map((_, i) => `, a.d${i} AS ${refs[i + 1]}`).join('');
  const groupDims = dims.map((_, i) => `, a.d${i}`).join('');
  const sql = `WITH params AS (${pOk}), recs AS (${recs}), apps AS (${apps}), act AS (${active})
    SELECT make_timestamp(p.s + ((a.tu - p.s) // p.b) * p.b) AS ${refs[0]}${dimOut}, count(DISTINCT a.id) AS ${refs[refs.length - 1]}
    FROM act AS a, params AS p GROUP BY p.s + ((a.tu - p.s) // p.b) * p.b${groupDims} ORDER BY 1`;
  return { sql, columns: out.map((o, i) => ({ name: o.name, type: o.type, ref: refs[i]! })) };
}
