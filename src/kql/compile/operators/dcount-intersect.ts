/**
 * `evaluate dcount_intersect(hll_1, hll_2 [, hll_3, …])` (dcount-intersect-plugin.md): for N hll
 * values (2..16), one row of N longs s0 … s(N-1), the distinct counts of S1, S1 ∩ S2, …,
 * S1 ∩ … ∩ SN, after the input's columns (Kusto.Language's schema). Our hll values are exact (the distinct values as a JSON array, see
 * aggregates-weighted.ts), so the counts are exact; a null hll counts as the empty set, as in
 * dcount_hll. The page shows a one-row input only and does not say what happens with several
 * rows or none, so any input but one row stops the query with a refusal (EA104).
 */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { compileExpr } from '../expr/expressions';
import { RUNTIME_REFUSAL } from '../runtime-refusal';

export function dcountIntersect(op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  const args = call.get('ArgumentList')?.list('Expressions') ?? [];
  if (args.length < 2 || args.length > 16) return ctx.fail('unsupportedArgument', call, 'dcount_intersect(hll_1, hll_2 [, …]): 2 to 16 hll values');
  const sets = args.map((a) => {
    const e = compileExpr(a, { columns: rel.columns }, ctx);
    if (e.type !== 'dynamic') return ctx.fail('unsupportedArgument', a, 'dcount_intersect(): hll values');
    return e.sql;
  });
  const out = op.columns();
  // Kusto.Language's schema: the input's columns, then s0 … s(N-1).
  const kept = rel.columns.length;
  const tail = out.slice(kept);
  if (out.length !== kept + sets.length || out.slice(0, kept).some((o, i) => o.name !== rel.columns[i]!.name) || tail.some((o, i) => o.name !== `s${i}` || o.type !== 'long')) {
    return ctx.fail('schemaMismatch', op, 'dcount_intersect(): input columns, then s0 … s(N-1)');
  }
  const picked = sets.map(() => ctx.fresh());
  const cols = rel.columns.map((c) => `${c.ref}`);
  const inner = `SELECT ${cols.map((c) => `${c}, `).join('')}${sets.map((s, i) => `coalesce(CAST(${s} AS JSON[]), []::JSON[]) AS ${picked[i]}`).join(', ')} FROM (${rel.sql}) AS t`;
  const refs = tail.map(() => ctx.fresh());
  let acc = picked[0]!;
  const counts = picked.map((p, i) => {
    if (i > 0) acc = `list_intersect(${acc}, ${p})`;
    return `CAST(len(list_distinct(${acc})) AS BIGINT) AS ${refs[i]}`;
  });
  const refusal = ctx.param(`${RUNTIME_REFUSAL}dcount_intersect(): the page shows one input row of hll values; other row counts are not described`, 'VARCHAR');
  // The count comes from a one-row aggregate joined to the rows, so an empty input is refused too.
  const checked = `SELECT h.* FROM (SELECT count(*) AS "#n" FROM (${rel.sql}) AS c) AS k LEFT JOIN (${inner}) AS h ON true WHERE CASE WHEN k."#n" <> 1 THEN error(${refusal}) ELSE true END`;
  const sql = `SELECT ${cols.map((c) => `${c}, `).join('')}${counts.join(', ')} FROM (${checked}) AS h`;
  return { sql, columns: [...rel.columns, ...tail.map((o, i) => ({ name: o.name, type: o.type, ref: refs[i]! }))] };
}
