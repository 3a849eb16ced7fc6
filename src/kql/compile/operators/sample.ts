/**
 * `sample n` and `sample-distinct n of c` (sample-operator.md, sample-distinct-operator.md): n rows
 * (values) in an order drawn from one random seed per compiled query, so every reference to the
 * same sampled expression in a query sees the same rows (what `materialize()` and
 * `as hint.materialized=true` promise; without them the docs allow either).
 */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { isLiteralNode, literalOf } from '../../language/literals';
import { compileExpr } from '../expr/expressions';
import { requireInput } from './basic';
import type { OperatorHandler } from './types';

function countSql(node: Syn, ctx: CompileContext): string {
  const lit = isLiteralNode(node) ? literalOf(node) : undefined;
  if (lit && 'value' in lit && typeof lit.value === 'number' && Number.isSafeInteger(lit.value) && lit.value >= 0) return String(lit.value);
  return `CAST(${compileExpr(node, { columns: [] }, ctx).sql} AS BIGINT)`;
}

const seed = (ctx: CompileContext): string => ctx.param(Math.floor(Math.random() * 2 ** 31), 'BIGINT');

export const sample: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const row = rel.columns.length > 0 ? rel.columns.map((c) => c.ref).join(', ') : '1';
  return { sql: `SELECT * FROM (${rel.sql}) AS t ORDER BY hash(${row}, ${seed(ctx)}) LIMIT ${countSql(op.get('Expression')!, ctx)}`, columns: rel.columns };
};

export const sampleDistinct: OperatorHandler = (op, input, ctx) => {
  const rel: Relation = requireInput(input, op, ctx);
  const of = op.get('OfExpression') ?? op.children().find((c) => !c.isToken && c.kind !== 'List' && c !== op.get('Expression') && c.start > op.get('Expression')!.start);
  if (!of) return ctx.fail('unsupportedExpression', op, 'sample-distinct without of');
  const out = op.columns()[0];
  if (!out) return ctx.fail('schemaMismatch', op, 'sample-distinct output');
  const e = compileExpr(of, { columns: rel.columns }, ctx);
  const ref = ctx.fresh();
  return {
    sql: `SELECT ${ref} FROM (SELECT DISTINCT ${e.sql} AS ${ref} FROM (${rel.sql}) AS t) AS d ORDER BY hash(${ref}, ${seed(ctx)}) LIMIT ${countSql(op.get('Expression')!, ctx)}`,
    columns: [{ name: out.name, type: out.type, ref }],
  };
};

/** `as T`: the input, also bound to T for the rest of the query (named-expressions.md). */
export const asOperator: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const name = op.get('Name')?.simpleName;
  if (!name) return rel;
  // as-operator.md: the name is also the one union's `withsource=` column gives the rows.
  const named = { ...rel, sourceName: name };
  ctx.bind(name, { kind: 'table', relation: named });
  return named;
};
