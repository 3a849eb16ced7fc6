/** Row-wise and ordering operators: where, extend, project*, sort, top, take, distinct, count. */
import type { Column, CompileContext, Relation, RowScope } from '../context';
import { passThrough, selectColumns } from '../context';
import type { Syn } from '../../language/syntax';
import { compileExpr } from '../expr/expressions';
import { asBool, coerce } from '../expr/coerce';
import type { OperatorHandler } from './types';

export function requireInput(input: Relation | undefined, op: Syn, ctx: CompileContext): Relation {
  if (!input) return ctx.fail('unsupportedOperator', op, `${op.kind} needs an input table`);
  return input;
}

export const where: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const cond = compileExpr(op.get('Condition')!, { columns: rel.columns }, ctx);
  return { sql: `SELECT * FROM (${rel.sql}) AS t WHERE ${asBool(cond)}`, columns: rel.columns };
};

/** Name of an unnamed projected expression, from the binder's output columns. */
function declaredName(expr: Syn): string | undefined {
  if (expr.kind === 'SimpleNamedExpression') return expr.get('Name')!.simpleName;
  if (expr.kind === 'NameReference') return expr.simpleName;
  return undefined;
}

/**
 * Compiles `name = expr` items left to right; later items see earlier ones (inlined).
 * Returns the new columns in order, with their SQL.
 */
function compileAssignments(items: readonly Syn[], rel: Relation, out: readonly { name: string; type: Column['type'] }[], ctx: CompileContext, project: boolean) {
  const inputNames = new Set(rel.columns.map((c) => c.name));
  const unnamed = out.filter((c) => project || !inputNames.has(c.name)).map((c) => c.name);
  let visible: Column[] = [...rel.columns];
  const results: { name: string; sql: string; type: Column['type']; ref?: string }[] = [];
  let unnamedIndex = 0;
  for (const item of items) {
    if (item.kind === 'CompoundNamedExpression') ctx.fail('unsupportedExpression', item, '(a, b) = ... assignments');
    const expr = item.kind === 'SimpleNamedExpression' ? item.get('Expression')! : item;
    let name = declaredName(item);
    if (name === undefined) {
      name = project ? out[results.length]?.name : unnamed[unnamedIndex];
      unnamedIndex += 1;
    }
    if (name === undefined) return ctx.fail('schemaMismatch', item);
    const bound = out.find((c) => c.name === name);
    const scope: RowScope = { columns: visible };
    const e = compileExpr(expr, scope, ctx);
    const type = bound?.type ?? e.type;
    const sql = coerce(e, type);
    const passthrough = rel.columns.find((c) => c.ref === sql && c.name === name);
    results.push({ name, sql, type, ref: passthrough?.ref });
    visible = [...visible.filter((c) => c.name !== name), { name, type, ref: `(${sql})` }];
  }
  return results;
}

export const extend: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const added = compileAssignments(op.list('Expressions'), rel, op.columns(), ctx, false);
  const addedNames = new Set(added.map((a) => a.name));
  const items = [
    ...rel.columns.map((c) => {
      const replaced = added.find((a) => a.name === c.name);
      return replaced ?? { sql: c.ref, name: c.name, type: c.type, ref: c.ref };
    }),
    ...added.filter((a) => !rel.columns.some((c) => c.name === a.name)),
  ];
  void addedNames;
  return selectColumns(rel, items, ctx);
};

export const project: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const items = compileAssignments(op.list('Expressions'), rel, op.columns(), ctx, true);
  return selectColumns(rel, items, ctx);
};

/** project-away / project-keep / project-reorder / project-rename: the binder's output by name. */
export const projectByName: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const renames = new Map<string, string>();
  if (op.kind === 'ProjectRenameOperator') {
    for (const e of op.list('Expressions')) {
      if (e.kind === 'SimpleNamedExpression') renames.set(e.get('Name')!.simpleName, e.get('Expression')!.simpleName);
    }
  }
  const items = op.columns().map((c) => {
    const from = renames.get(c.name) ?? c.name;
    const col = rel.columns.find((x) => x.name === from);
    if (!col) return ctx.fail('schemaMismatch', op, c.name);
    return { sql: col.ref, name: c.name, type: col.type, ref: col.ref };
  });
  return selectColumns(rel, items, ctx);
};

/** ORDER BY items for `sort`/`top`: KQL defaults to descending, nulls last (first when ascending). */
export function orderBy(exprs: readonly Syn[], scope: RowScope, ctx: CompileContext): string {
  return exprs
    .map((item) => {
      const expr = item.kind === 'OrderedExpression' ? item.get('Expression')! : item;
      const ordering = item.kind === 'OrderedExpression' ? item.get('Ordering') : undefined;
      const dir = ordering?.token('AscOrDescKeyword')?.toLowerCase() === 'asc' ? 'ASC' : 'DESC';
      const nullsKw = ordering?.get('NullsClause')?.token('FirstOrLastKeyword')?.toLowerCase();
      const nulls = nullsKw ? nullsKw.toUpperCase() : dir === 'ASC' ? 'FIRST' : 'LAST';
      const e = compileExpr(expr, scope, ctx);
      const sql = e.type === 'dynamic' ? `CAST(${e.sql} AS VARCHAR)` : e.sql;
      return `${sql} ${dir} NULLS ${nulls}`;
    })
    .join(', ');
}

export const sort: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  return { sql: `SELECT * FROM (${rel.sql}) AS t ORDER BY ${orderBy(op.list('Expressions'), { columns: rel.columns }, ctx)}`, columns: rel.columns };
};

function limitSql(node: Syn, ctx: CompileContext): string {
  const e = compileExpr(node, { columns: [] }, ctx);
  return `CAST(${e.sql} AS BIGINT)`;
}

export const top: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const order = orderBy([op.get('ByExpression')!], { columns: rel.columns }, ctx);
  return { sql: `SELECT * FROM (${rel.sql}) AS t ORDER BY ${order} LIMIT ${limitSql(op.get('Expression')!, ctx)}`, columns: rel.columns };
};

export const take: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  return { sql: `SELECT * FROM (${rel.sql}) AS t LIMIT ${limitSql(op.get('Expression')!, ctx)}`, columns: rel.columns };
};

export const distinct: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const exprs = op.list('Expressions');
  if (exprs.length === 1 && exprs[0]!.kind === 'StarExpression') {
    return { sql: `SELECT DISTINCT * FROM (${rel.sql}) AS t`, columns: rel.columns };
  }
  const items = compileAssignments(exprs, rel, op.columns(), ctx, true);
  const r = selectColumns(rel, items, ctx);
  return { sql: r.sql.replace(/^SELECT /, 'SELECT DISTINCT '), columns: r.columns };
};

export const count: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const name = op.columns()[0]?.name ?? 'Count';
  const ref = ctx.fresh();
  return { sql: `SELECT count(*) AS ${ref} FROM (${rel.sql}) AS t`, columns: [{ name, type: 'long', ref }] };
};

/** `render`: no rows change; the chart kind is kept as a hint for the card. */
export const render: OperatorHandler = (op, input, ctx) => {
  ctx.render = op.token('ChartType') ?? 'table';
  return requireInput(input, op, ctx);
};

/** Operators that change nothing here (`serialize`, `as`). */
export const identity: OperatorHandler = (op, input, ctx) => requireInput(input, op, ctx);

export { passThrough };
