/** Row-wise and ordering operators: where, extend, project*, sort, top, take, distinct, count. */
import type { Column, CompileContext, Relation, RowScope, SqlExpr } from '../context';
import { passThrough, selectColumns } from '../context';
import type { Syn } from '../../language/syntax';
import { member } from '../../language/bridge';
import { compileExpr } from '../expr/expressions';
import { compileTupleCall, isTupleCall } from '../expr/functions';
import { isLiteralNode, literalOf } from '../../language/literals';
import { asBool, coerce } from '../expr/coerce';
import type { OperatorHandler } from './types';
import { hasWindowCalls, inputIsSerialized, withWindowColumns } from './window-functions';

export function requireInput(input: Relation | undefined, op: Syn, ctx: CompileContext): Relation {
  const rel = input ?? ctx.implicitInput;
  if (!rel) return ctx.fail('unsupportedOperator', op, `${op.kind} needs an input table`);
  return rel;
}

export const where: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const iu = rel.innerUnique;
  if (iu && onlyLeftColumns(op.get('Condition')!, rel, iu.left)) return iu.rejoin(where(op, iu.left, ctx));
  const cond = compileExpr(op.get('Condition')!, { columns: rel.columns }, ctx);
  return { sql: `SELECT * FROM (${rel.sql}) AS t WHERE ${asBool(cond)}`, columns: rel.columns };
};

/**
 * True when every column `expr` names is a column of `left` (and of `rel`, the join's output). A
 * condition that names no column (`where true`, a `let` name) keeps or drops every row, so it
 * may go to the left side as well.
 */
function onlyLeftColumns(expr: Syn, rel: Relation, left: Relation): boolean {
  const names: string[] = [];
  const visit = (n: Syn): void => {
    if (n.kind === 'NameReference') names.push(n.simpleName);
    for (const c of n.children()) visit(c);
  };
  visit(expr);
  const cols = names.filter((n) => rel.columns.some((c) => c.name === n));
  return cols.every((n) => left.columns.some((c) => c.name === n));
}

/**
 * Kusto.Language's ResultNameKind.FirstArgument (Kusto.Language.Symbols). OnlyArgument (8) names a
 * call after its argument only when it has one, and its functions (make_datetime, make_timespan)
 * take two or more, so it never applies.
 */
const RESULT_NAME_FIRST_ARGUMENT = 7;

/** The column name KQL gives an unnamed expression: `c`, `tostring(c)` → c; `d.a.b` → d_a_b. */
export function implicitName(expr: Syn): string | undefined {
  switch (expr.kind) {
    case 'SimpleNamedExpression':
      return expr.get('Name')!.simpleName;
    case 'NameReference':
      return expr.simpleName;
    case 'ParenthesizedExpression':
      return implicitName(expr.get('Expression')!);
    case 'FunctionCallExpression': {
      // Only functions Kusto.Language names after their first argument (`tostring(c)` → c);
      // `strlen(c)` is strlen_c and `iff(…)` Column1, which the binder's output names already hold.
      const kind = (member(expr.raw, 'ReferencedSymbol') as { ResultNameKind?: number } | null | undefined)?.ResultNameKind;
      const first = kind === RESULT_NAME_FIRST_ARGUMENT ? expr.get('ArgumentList')?.list('Expressions')[0] : undefined;
      return first ? implicitName(first) : undefined;
    }
    case 'PathExpression':
    case 'ElementExpression': {
      // `d.a` and `d.['a']` are d_a (the selector is a name); `d[0]` d_0 and `d["a b"]` d_a b (the
      // key's value: `d[long(1)]` is d_1); `d[i]` and `d[(-1)]` d_ (a key that is not a literal
      // gives no text), as Kusto.Language names them.
      const base = implicitName(expr.get('Expression')!);
      const sel = expr.get('Selector')!;
      const key = sel.get('Expression') ?? sel;
      const lit = isLiteralNode(key) ? literalOf(key) : undefined;
      const text = sel.simpleName || (lit && 'value' in lit ? String(lit.value) : '');
      return base !== undefined ? `${base}_${text}` : undefined;
    }
    default:
      return undefined;
  }
}

/** The name an unnamed extend item replaces or adds: Kusto's generated name, when the binder's output holds it. */
function declaredName(item: Syn, outNames: ReadonlySet<string>): string | undefined {
  const n = implicitName(item);
  return n !== undefined && outNames.has(n) ? n : undefined;
}

/**
 * Compiles the items of extend / project / distinct left to right. Every item reads the input row: a
 * column made by an earlier item of the same extend/project is not in scope (Kusto.Language refuses
 * its name, KS142), so a name an earlier item replaced still means the input column (`extend x = 1,
 * y = x + 1` over x = 5 gives y = 6). Each column takes the binder's type. project and distinct give
 * one output column per value, in order, under the binder's names, which it makes unique (`project
 * a, tostring(a)`: a and a1). Returns the new columns in order, with their SQL.
 */
function compileAssignments(items: readonly Syn[], rel: Relation, out: readonly { name: string; type: Column['type'] }[], ctx: CompileContext, project: boolean) {
  const scope: RowScope = { columns: rel.columns, input: rel.columns };
  const types = new Map(out.map((c) => [c.name, c.type]));
  const results: { name: string; sql: string; type: Column['type']; ref?: string }[] = [];
  const add = (given: string | undefined, part: SqlExpr, item: Syn): void => {
    const name = project ? out[results.length]?.name : given;
    if (name === undefined) return ctx.fail('schemaMismatch', item);
    const type = types.get(name)!;
    const sql = coerce(part, type);
    const passthrough = rel.columns.find((c) => c.ref === sql && c.name === name);
    results.push({ name, sql, type, ref: passthrough?.ref });
  };
  // extend: a named item takes its name; an unnamed one the name Kusto gives it when that is an
  // output name (an input column it replaces, `extend tostring(a)`), else the next new output name
  // no item names.
  const inputNames = new Set(rel.columns.map((c) => c.name));
  const outNames = new Set(out.map((c) => c.name));
  const explicit = new Set(items.map((i) => declaredName(i, outNames)));
  const free = out.map((c) => c.name).filter((n) => !inputNames.has(n) && !explicit.has(n));
  let unnamedIndex = 0;
  for (const item of items) {
    if (item.kind === 'CompoundNamedExpression') {
      // `(a, b, ...) = f(x)`: the names take f's columns in order (Kusto.Language refuses more names
      // than columns, KS150). Columns left unnamed keep the binder's default names, which follow the
      // named ones.
      const names = item.get('Names')!.list('Names').map((n) => n.simpleName);
      const last = out.findIndex((c) => c.name === names[names.length - 1]);
      compileTupleCall(item.get('Expression')!, scope, ctx).forEach((part, j) => add(names[j] ?? out[last + 1 + j - names.length]?.name, part, item));
      continue;
    }
    // An unnamed `f(x)` returning several columns: they take the binder's names in order.
    if (isTupleCall(item)) for (const part of compileTupleCall(item, scope, ctx)) add(free[unnamedIndex++], part, item);
    else add(declaredName(item, outNames) ?? free[unnamedIndex++], compileExpr(item, scope, ctx), item);
  }
  return results;
}

export const extend: OperatorHandler = (op, input, ctx) => {
  const exprs = op.list('Expressions');
  let rel = requireInput(input, op, ctx);
  const out = op.columns();
  let windowOffsets: number[] = [];
  if (hasWindowCalls(exprs)) {
    // Kusto refuses window functions over a row set that is not serialized: so does the engine.
    if (!inputIsSerialized(op)) return ctx.fail('unsupportedExpression', op, 'a window function (prev, next, row_rank_min, row_window_session) needs a serialized row set (sort, top, serialize or range first)');
    ({ rel, offsets: windowOffsets } = withWindowColumns(exprs, rel, ctx));
  }
  const added = compileAssignments(exprs, rel, out, ctx, false);
  for (const o of windowOffsets) ctx.aggregateRefs.delete(o);
  const items = out.map((c) => {
    const a = [...added].reverse().find((x) => x.name === c.name);
    if (a) return a;
    const col = rel.columns.find((x) => x.name === c.name);
    if (!col) return ctx.fail('schemaMismatch', op, c.name);
    return { sql: col.ref, name: c.name, type: col.type, ref: col.ref };
  });
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
  // Only project-rename has `new = old` items (the others list names and wildcards).
  const renames = new Map<string, string>();
  for (const e of op.list('Expressions')) {
    if (e.kind === 'SimpleNamedExpression') renames.set(e.get('Name')!.simpleName, e.get('Expression')!.simpleName);
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
      const ordering = item.get('Ordering');
      const dir = ordering?.token('AscOrDescKeyword') === 'asc' ? 'ASC' : 'DESC';
      // KQL's keywords are lower case (`nulls FIRST` does not parse).
      const nullsKw = ordering?.get('NullsClause')?.token('FirstOrLastKeyword');
      const nulls = nullsKw === undefined ? (dir === 'ASC' ? 'FIRST' : 'LAST') : nullsKw === 'first' ? 'FIRST' : 'LAST';
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

/**
 * Row counts of take/top. A literal count is inlined as a validated integer (DuckDB needs a
 * constant LIMIT inside correlated subqueries); anything else stays a parameter expression. A
 * negative count is refused by DuckDB either way ("LIMIT/OFFSET cannot be negative").
 */
function limitSql(node: Syn, ctx: CompileContext): string {
  const lit = isLiteralNode(node) ? literalOf(node) : undefined;
  if (lit && 'value' in lit && Number.isSafeInteger(lit.value)) return String(lit.value);
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
  // `*` can only be distinct's single item.
  if (exprs[0]!.kind === 'StarExpression') {
    return { sql: `SELECT DISTINCT * FROM (${rel.sql}) AS t`, columns: rel.columns };
  }
  const items = compileAssignments(exprs, rel, op.columns(), ctx, true);
  const r = selectColumns(rel, items, ctx);
  return { sql: r.sql.replace('SELECT ', 'SELECT DISTINCT '), columns: r.columns };
};

export const count: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const name = op.columns()[0]!.name;
  const ref = ctx.fresh();
  return { sql: `SELECT count(*) AS ${ref} FROM (${rel.sql}) AS t`, columns: [{ name, type: 'long', ref }] };
};

/** `render`: no rows change; the chart kind is kept as a hint for the card. */
export const render: OperatorHandler = (op, input, ctx) => {
  ctx.render = op.token('ChartType');
  return requireInput(input, op, ctx);
};

/** Operators that change nothing here (`serialize`, `as`). */
export const identity: OperatorHandler = (op, input, ctx) => requireInput(input, op, ctx);

export { passThrough };
