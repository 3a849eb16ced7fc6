/**
 * `evaluate rows_near(condition, n [, after])` (rows-near-plugin.md): the rows of the
 * serialized input within n rows before, and n (or `after`) rows after, a row where the condition
 * holds, in input order.
 */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { isLiteralNode, literalOf } from '../../language/literals';
import { compileExpr } from '../expr/expressions';
import { asBool } from '../expr/coerce';

function count(node: Syn | undefined, ctx: CompileContext, at: Syn): number {
  const v = node && isLiteralNode(node) ? literalOf(node) : undefined;
  if (!v || !('value' in v) || typeof v.value !== 'number' || !Number.isSafeInteger(v.value) || v.value < 0) return ctx.fail('unsupportedArgument', at, 'rows_near(): a literal row count');
  return v.value;
}

export function rowsNear(_op: Syn, call: Syn, rel: Relation, ctx: CompileContext): Relation {
  const args = call.get('ArgumentList')?.list('Expressions') ?? [];
  if (!args[0] || args.length > 3) return ctx.fail('unsupportedArgument', call, 'rows_near(condition, n [, after])');
  const cond = asBool(compileExpr(args[0], { columns: rel.columns }, ctx));
  const before = count(args[1], ctx, call);
  const after = args[2] ? count(args[2], ctx, call) : before;
  const hit = ctx.fresh();
  const near = ctx.fresh();
  const cols = rel.columns.map((c) => c.ref).join(', ');
  // A hit at row i keeps rows i - before … i + after: row j is kept when a hit lies in j - after … j + before.
  const marked = `SELECT *, CASE WHEN ${cond} THEN 1 ELSE 0 END AS ${hit} FROM (${rel.sql}) AS t`;
  const windowed = `SELECT *, max(${hit}) OVER (ROWS BETWEEN ${after} PRECEDING AND ${before} FOLLOWING) AS ${near} FROM (${marked}) AS m`;
  return { sql: `SELECT ${cols || '*'} FROM (${windowed}) AS w WHERE ${near} = 1`, columns: rel.columns };
}
