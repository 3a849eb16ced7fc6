/**
 * `evaluate rolling_percentile(ValueColumn, Percentile, IndexColumn, BinSize, WindowSize [, dim …])`
 * (rolling-percentile-plugin.md): the index binned by BinSize; for each bin (per dimension values)
 * the percentile of the values in that bin and the WindowSize - 1 bins before it, computed like
 * the engine's percentile() (quantile_disc).
 *
 * Only what the page's examples pin down runs: a datetime index, a timespan bin that divides a
 * day (so bins align as bin() does), a literal window size. A null index, or a bin without rows
 * between the first and last bin of a group (the page does not say whether it is a row), stops the
 * query with a refusal (EA104).
 */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { isLiteralNode, literalOf } from '../../language/literals';
import { checkedLiteral } from '../expr/literal-sql';
import { compileExpr } from '../expr/expressions';
import { asNumber } from '../expr/coerce';
import { DUCKDB_TYPE } from '../../language/kql-types';
import { RUNTIME_REFUSAL } from '../runtime-refusal';
import { columnArg } from './plugin-args';

const DAY = 86_400_000_000;

export function rollingPercentile(op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  const args = call.get('ArgumentList')?.list('Expressions') ?? [];
  if (args.length < 5) return ctx.fail('unsupportedArgument', call, 'rolling_percentile(value, percentile, index, bin, window [, dims])');
  const column = (a: Syn) => columnArg(a, rel, ctx, 'rolling_percentile');
  const value = column(args[0]!);
  const index = column(args[2]!);
  if (index.type !== 'datetime') return ctx.fail('unsupportedArgument', args[2]!, 'rolling_percentile(): a datetime index');
  const p = asNumber(compileExpr(args[1]!, { columns: [] }, ctx));
  const binLit = isLiteralNode(args[3]!) ? checkedLiteral(args[3]!, ctx) : undefined;
  if (binLit?.kind !== 'timespan' || binLit.micros <= 0 || DAY % binLit.micros !== 0) return ctx.fail('unsupportedArgument', args[3]!, 'rolling_percentile(): a literal timespan bin that divides a day');
  const winLit = isLiteralNode(args[4]!) ? literalOf(args[4]!) : undefined;
  if (!winLit || !('value' in winLit) || typeof winLit.value !== 'number' || !Number.isSafeInteger(winLit.value) || winLit.value < 1) return ctx.fail('unsupportedArgument', args[4]!, 'rolling_percentile(): a positive literal window size');
  const dims = args.slice(5).map(column);
  const out = op.columns();
  const last = out[out.length - 1]!;
  if (out.length !== dims.length + 2 || out[0]!.type !== 'datetime' || dims.some((d, i) => out[i + 1]!.name !== d.name)) return ctx.fail('schemaMismatch', op, 'rolling_percentile(): index, dimensions, percentile');
  const b = binLit.micros;
  const w = winLit.value;
  const dimRefs = dims.map(() => ctx.fresh());
  const refusal = (why: string) => ctx.param(`${RUNTIME_REFUSAL}rolling_percentile(): ${why}`, 'VARCHAR');
  const dimSel = dims.map((d, i) => `t.${d.ref} AS ${dimRefs[i]}, `).join('');
  const recs = `SELECT ${dimSel}epoch_us(t.${index.ref}) // ${b} AS idx, ${asNumber({ sql: `t.${value.ref}`, type: value.type })} AS v FROM (${rel.sql}) AS t WHERE CASE WHEN t.${index.ref} IS NULL THEN error(${refusal('a null index')}) ELSE true END`;
  const groupDims = dimRefs.join(', ');
  const byDims = dimRefs.length ? ` GROUP BY ${groupDims}` : '';
  const gaps = `SELECT ${dimRefs.map((d) => `${d}, `).join('')}max(idx) - min(idx) + 1 - count(DISTINCT idx) AS gap FROM recs${byDims}`;
  const bins = `SELECT DISTINCT ${dimRefs.map((d) => `${d}, `).join('')}idx FROM recs`;
  const same = dimRefs.map((d) => ` AND r.${d} IS NOT DISTINCT FROM g.${d}`).join('');
  const computed = `SELECT ${dimRefs.map((d) => `g.${d}, `).join('')}g.idx, quantile_disc(r.v, ${p} / 100.0) AS q FROM bins AS g JOIN recs AS r ON r.idx BETWEEN g.idx - ${w - 1} AND g.idx${same} GROUP BY ${[...dimRefs.map((d) => `g.${d}`), 'g.idx'].join(', ')}`;
  const refs = out.map(() => ctx.fresh());
  const checked = `SELECT * FROM computed WHERE CASE WHEN (SELECT max(gap) FROM gaps) > 0 THEN error(${refusal('a bin without rows between the first and the last (the page does not say whether it is a row)')}) ELSE true END`;
  const items = [`make_timestamp(idx * ${b}) AS ${refs[0]}`, ...dimRefs.map((d, i) => `${d} AS ${refs[i + 1]}`), `CAST(q AS ${DUCKDB_TYPE[last.type]}) AS ${refs[refs.length - 1]}`];
  const sql = `WITH recs AS (${recs}), gaps AS (${gaps}), bins AS (${bins}), computed AS (${computed}) SELECT ${items.join(', ')} FROM (${checked}) AS c`;
  return { sql, columns: out.map((o, i) => ({ name: o.name, type: o.type, ref: refs[i]! })) };
}
