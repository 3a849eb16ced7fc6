/**
 * `mv-apply x [to typeof(T)], ... on (subquery)`: the subquery runs once per input row over
 * that row's expanded elements. Compiled as a LATERAL join: DuckDB decorrelates it.
 */
import type { Relation } from '../context';
import type { KqlType } from '../../language/kql-types';
import type { Syn } from '../../language/syntax';
import { compileExpr } from '../expr/expressions';
import { asDynamic } from '../expr/coerce';
import { compileTabularExpr } from '../tabular-ref';
import { implicitName, requireInput } from './basic';
import { expansionList, extractUnnest, itemIndex, typedElement } from './expand';
import type { OperatorHandler } from './types';

/** Operators that keep every input column and work row by row: the subquery then needs no LATERAL. */
const ROW_WISE = new Set(['FilterOperator', 'ExtendOperator', 'ParseOperator', 'ParseWhereOperator']);

function isRowWise(sub: Syn): boolean {
  if (sub.kind === 'PipeExpression') return isRowWise(sub.get('Expression')!) && ROW_WISE.has(sub.get('Operator')!.kind);
  if (sub.kind === 'ParenthesizedExpression') return isRowWise(sub.get('Expression')!);
  return ROW_WISE.has(sub.kind);
}

export const mvApply: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const sub = op.get('Subquery')!.get('Expression')!;
  const subInputCols: { name: string; type: KqlType; sql: string }[] = [...rel.columns.map((c) => ({ name: c.name, type: c.type, sql: `t.${c.ref}` }))];
  let kind = 'bag';
  let index: string | undefined;
  for (const p of op.list('Parameters')) {
    const name = p.get('Name')?.simpleName.toLowerCase();
    const value = p.get('Expression')?.source ?? '';
    if (name === 'kind' || name === 'bagexpansion') kind = value.toLowerCase();
    else if (name === 'with_itemindex') index = value;
    else return ctx.fail('unsupportedArgument', p, `mv-apply ${name}=`);
  }
  if (kind !== 'bag' && kind !== 'array') return ctx.fail('unsupportedArgument', op, `mv-apply kind=${kind}`);
  if (op.get('RowLimitClause') || op.get('ContextIdClause')) return ctx.fail('unsupportedArgument', op, 'mv-apply limit / id');
  // The lists expanded in parallel (with_itemindex counts over the longest).
  const lists: string[] = [];
  for (const item of op.list('Expressions')) {
    const e = item.get('Expression')!;
    const expr = e.kind === 'SimpleNamedExpression' ? e.get('Expression')! : e;
    const name = implicitName(e) ?? 'Column1';
    const typeName = item.get('ToTypeOf')?.get('TypeOf')?.list('Types')[0]?.source;
    const type = typeName === 'string' || typeName === 'long' || typeName === 'int' || typeName === 'real' || typeName === 'double' || typeName === 'datetime' || typeName === 'bool'
      ? (typeName === 'double' ? 'real' : typeName)
      : 'dynamic';
    const list = expansionList(asDynamic(compileExpr(expr, { columns: rel.columns, qualifier: 't' }, ctx)), kind === 'array');
    lists.push(list);
    const sql = typedElement('unnest(' + list + ')', type);
    const existing = subInputCols.findIndex((c) => c.name === name);
    const col = { name, type: type as KqlType, sql };
    if (existing >= 0) subInputCols[existing] = col;
    else subInputCols.push(col);
  }
  // with_itemindex: "the 0-based array index of the expanded value" (mv-apply-operator.md).
  if (index !== undefined && lists.length > 0) subInputCols.push({ name: index, type: 'long', sql: itemIndex(lists) });
  // The element conversion wraps unnest(); expand first, convert in a second step.
  const rawCols = subInputCols.map((c) => ({ ...c, ref: ctx.fresh() }));
  const unnestParts = rawCols.map((c) => {
    if (!c.sql.includes('unnest(')) return { ...c, inner: c.sql, wrap: (r: string) => r };
    const inner = extractUnnest(c.sql);
    return { ...c, inner, wrap: (r: string) => c.sql.split(inner).join(r) };
  });
  // Row-wise subqueries (where/extend/parse) are mv-expand followed by the subquery: no LATERAL.
  const rowWise = isRowWise(sub);
  const stage1 = `SELECT ${unnestParts.map((c) => `${c.inner} AS ${c.ref}`).join(', ')}${rowWise ? ` FROM (${rel.sql}) AS t` : ''}`;
  const elemRefs = unnestParts.map(() => ctx.fresh());
  const subInput: Relation = {
    sql: `SELECT ${unnestParts.map((c, i) => `${c.wrap(c.ref)} AS ${elemRefs[i]}`).join(', ')} FROM (${stage1}) AS e`,
    columns: unnestParts.map((c, i) => ({ name: c.name, type: c.type, ref: elemRefs[i]! })),
  };
  const saved = ctx.implicitInput;
  ctx.implicitInput = subInput;
  let subRel: Relation;
  try {
    subRel = compileTabularExpr(sub, ctx);
  } finally {
    ctx.implicitInput = saved;
  }
  if (rowWise) {
    const items = op.columns().map((c) => {
      const col = subRel.columns.find((x) => x.name === c.name);
      if (!col) return ctx.fail('schemaMismatch', op, c.name);
      return { name: c.name, type: col.type, ref: ctx.fresh(), src: col.ref };
    });
    return {
      sql: `SELECT ${items.map((c) => `${c.src} AS ${c.ref}`).join(', ')} FROM (${subRel.sql}) AS s`,
      columns: items.map(({ name, type, ref }) => ({ name, type, ref })),
    };
  }
  const columns = op.columns().map((c) => {
    const fromSub = subRel.columns.find((x) => x.name === c.name);
    const col = fromSub ?? rel.columns.find((x) => x.name === c.name);
    if (!col) return ctx.fail('schemaMismatch', op, c.name);
    return { name: c.name, type: col.type, ref: ctx.fresh(), src: `${fromSub ? 's' : 't'}.${col.ref}` };
  });
  return {
    sql: `SELECT ${columns.map((c) => `${c.src} AS ${c.ref}`).join(', ')} FROM (${rel.sql}) AS t, LATERAL (${subRel.sql}) AS s`,
    columns: columns.map(({ name, type, ref }) => ({ name, type, ref })),
  };
};
