/**
 * `top-nested [N] of Expr by Aggregation [asc|desc], top-nested …` (top-nested-operator.md):
 * hierarchical aggregation. Level i groups the rows by the keys of levels 1..i, computes the
 * level's aggregation per group and keeps, within each group kept at level i-1, the N groups with
 * the highest (desc, the default) or lowest (asc) value; without N all of them. The result has two
 * columns per level (value, aggregation), in the binder's order.
 *
 * Refused: `with others` (not yet), an aggregation that is not one aggregation call of width one,
 * and — at run time (EA104) — a tie or a null aggregation value at the cut of N, where the page does
 * not say which group Kusto keeps.
 */
import type { CompileContext } from '../context';
import type { Syn } from '../../language/syntax';
import { isLiteralNode, literalOf } from '../../language/literals';
import { compileExpr } from '../expr/expressions';
import { coerce } from '../expr/coerce';
import { AGGREGATES } from './aggregates';
import { requireInput } from './basic';
import { RUNTIME_REFUSAL } from '../runtime-refusal';
import type { OperatorHandler } from './types';

interface Level {
  readonly n: number | undefined;
  readonly key: Syn;
  readonly agg: Syn;
  readonly asc: boolean;
}

function unwrap(node: Syn): Syn {
  let n = node;
  while (n.kind === 'ParenthesizedExpression' || n.kind === 'SimpleNamedExpression') n = n.get('Expression')!;
  return n;
}

function levelOf(clause: Syn, ctx: CompileContext): Level {
  const kids = clause.children();
  const of = kids.findIndex((k) => k.kind === 'OfKeyword');
  const by = kids.findIndex((k) => k.kind === 'ByKeyword');
  if (of < 0 || by < 0) return ctx.fail('unsupportedOperator', clause, 'top-nested clause');
  if (kids.some((k) => k.kind === 'TopNestedWithOthersClause')) return ctx.fail('unsupportedOperator', clause, 'top-nested … with others');
  const before = kids.slice(1, of).filter((k) => !k.isToken);
  let n: number | undefined;
  if (before.length > 0) {
    const v = isLiteralNode(before[0]!) ? literalOf(before[0]!) : undefined;
    if (!v || !('value' in v) || typeof v.value !== 'number' || !Number.isSafeInteger(v.value) || v.value < 1) return ctx.fail('unsupportedArgument', before[0]!, 'top-nested N: a positive literal');
    n = v.value;
  }
  const key = kids.slice(of + 1, by).find((k) => !k.isToken);
  let agg = kids.slice(by + 1).find((k) => !k.isToken);
  if (!key || !agg) return ctx.fail('unsupportedOperator', clause, 'top-nested clause');
  let asc = false;
  if (agg.kind === 'OrderedExpression') {
    const ordering = agg.children().find((k) => k.kind === 'OrderingClause');
    if (ordering?.children().some((t) => t.kind === 'NullsKeyword')) return ctx.fail('unsupportedOperator', ordering, 'top-nested … nulls first/last');
    asc = ordering?.children().some((t) => t.kind === 'AscKeyword') ?? false;
    agg = agg.get('Expression') ?? agg.children().find((k) => !k.isToken && k.kind !== 'OrderingClause')!;
  }
  return { n, key: unwrap(key), agg: unwrap(agg), asc };
}

export const topNested: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const clauses: Syn[] = [];
  const collect = (n: Syn): void => {
    for (const c of n.children()) {
      if (c.kind === 'TopNestedClause') clauses.push(c);
      else if (!c.isToken) collect(c);
    }
  };
  collect(op);
  const levels = clauses.map((c) => levelOf(c, ctx));
  const out = op.columns();
  if (out.length !== 2 * levels.length) return ctx.fail('schemaMismatch', op, 'top-nested: two columns per level');
  const scope = { columns: rel.columns };
  const keys = levels.map(() => ctx.fresh());
  const aggs = levels.map(() => ctx.fresh());
  const keyItems = levels.map((l, i) => `${coerce(compileExpr(l.key, scope, ctx), out[2 * i]!.type)} AS ${keys[i]}`);
  const r0 = ctx.fresh();
  const ctes = [`${r0} AS (SELECT *, ${keyItems.join(', ')} FROM (${rel.sql}) AS t)`];
  const same = (a: string, b: string, upto: number) => keys.slice(0, upto).map((k) => `${a}.${k} IS NOT DISTINCT FROM ${b}.${k}`);
  let kept = '';
  levels.forEach((l, i) => {
    const call = l.agg;
    const name = call.kind === 'FunctionCallExpression' ? call.get('Name')!.simpleName : '';
    const handler = AGGREGATES[name];
    if (!handler || ['arg_max', 'arg_min', 'take_any', 'any', 'percentiles', 'percentilesw'].includes(name)) return ctx.fail('unsupportedExpression', call, 'top-nested … by one aggregation call');
    const col = out[2 * i + 1]!;
    const parts = handler({ node: call, args: call.get('ArgumentList')?.list('Expressions') ?? [], scope, ctx, out: [col], byColumns: [] });
    const refs = parts.inner.map(() => ctx.fresh());
    const outer = parts.outer(refs);
    if (outer.length !== 1) return ctx.fail('schemaMismatch', call, 'top-nested aggregation output');
    const level = keys.slice(0, i + 1);
    const grouped = ctx.fresh();
    ctes.push(`${grouped} AS (SELECT ${level.join(', ')}, ${coerce({ sql: outer[0]!, type: col.type }, col.type)} AS ${aggs[i]} FROM (SELECT ${level.join(', ')}, ${parts.inner.map((s, j) => `${s} AS ${refs[j]}`).join(', ')} FROM ${r0} GROUP BY ${level.map((_, j) => j + 1).join(', ')}) AS g)`);
    const parentCols = i === 0 ? '' : `, ${[...keys.slice(0, i).map((k) => `p.${k}`), ...aggs.slice(0, i).map((a) => `p.${a}`)].filter((c) => !keys.slice(0, i).some((k) => c === `p.${k}`)).join(', ')}`;
    const joined = i === 0 ? `SELECT g.* FROM ${grouped} AS g` : `SELECT g.*${parentCols} FROM ${grouped} AS g JOIN ${kept} AS p ON ${same('g', 'p', i).join(' AND ')}`;
    const part = i === 0 ? '' : `PARTITION BY ${keys.slice(0, i).join(', ')} `;
    const win = `${part}ORDER BY ${aggs[i]} ${l.asc ? 'ASC' : 'DESC'} NULLS LAST`;
    const ranked = ctx.fresh();
    ctes.push(`${ranked} AS (SELECT *, row_number() OVER (${win}) AS "#rn", lag(${aggs[i]}) OVER (${win}) AS "#prev", count(*) OVER (${part}) AS "#cnt", count(${aggs[i]}) OVER (${part}) AS "#nonnull" FROM (${joined}) AS j)`);
    const next = ctx.fresh();
    if (l.n === undefined) {
      ctes.push(`${next} AS (SELECT * EXCLUDE ("#rn", "#prev", "#cnt", "#nonnull") FROM ${ranked})`);
    } else {
      const refusal = ctx.param(`${RUNTIME_REFUSAL}top-nested: a tie or a null aggregation value at the cut of ${l.n} (the page does not say which group is kept)`, 'VARCHAR');
      const bad = `("#cnt" > ${l.n} AND (("#rn" = ${l.n + 1} AND ${aggs[i]} IS NOT DISTINCT FROM "#prev") OR "#nonnull" < "#cnt"))`;
      ctes.push(`${next} AS (SELECT * EXCLUDE ("#rn", "#prev", "#cnt", "#nonnull") FROM ${ranked} WHERE CASE WHEN ${bad} THEN error(${refusal}) ELSE "#rn" <= ${l.n} END)`);
    }
    kept = next;
  });
  const refs = out.map(() => ctx.fresh());
  const items = out.map((_, j) => `${j % 2 === 0 ? keys[j / 2] : aggs[(j - 1) / 2]} AS ${refs[j]}`);
  return { sql: `WITH ${ctes.join(', ')} SELECT ${items.join(', ')} FROM ${kept}`, columns: out.map((o, j) => ({ name: o.name, type: o.type, ref: refs[j]! })) };
};
