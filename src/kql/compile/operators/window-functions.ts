/**
 * Window scalar functions in `extend` over a serialized row set: `prev`, `next` and
 * `row_rank_min`, `row_window_session` (prev-function.md, next-function.md, row-rank-min-function.md, row-window-session-function.md). Each call becomes a
 * hidden column of one more layer, innermost first, over the input's row order (`row_number() OVER ()`),
 * so a call inside another's argument (`row_rank_min(v, c != prev(c))`) is a plain column there.
 * Other window functions stay refused.
 */
import type { CompileContext, Relation, SqlExpr } from '../context';
import type { Syn } from '../../language/syntax';
import { compileExpr } from '../expr/expressions';
import { asBool, coerce } from '../expr/coerce';

const WINDOW_FUNCTIONS = new Set(['prev', 'next', 'row_rank_min', 'row_window_session']);

function callName(node: Syn): string {
  return node.kind === 'FunctionCallExpression' ? node.get('Name')?.simpleName ?? '' : '';
}

/** Window calls under `node`, innermost first. */
function windowCalls(node: Syn, out: Syn[] = []): Syn[] {
  // Not into a nested query (toscalar(T | sort by a | extend prev(a))): that extend computes its own.
  for (const c of node.children()) if (!c.isToken && !c.isTabular) windowCalls(c, out);
  if (WINDOW_FUNCTIONS.has(callName(node))) out.push(node);
  return out;
}

/** Operators whose output is serialized, and those that keep a serialized input so (window-functions.md). */
const SERIALIZING = new Set(['SortOperator', 'TopOperator', 'SerializeOperator', 'RangeOperator']);
const KEEPING = new Set(['ExtendOperator', 'ProjectOperator', 'ProjectAwayOperator', 'FilterOperator', 'ParseOperator', 'MvExpandOperator', 'TakeOperator']);

/** True when the operator's input is a serialized row set: sort / top / serialize / range, then only operators that keep it. */
export function inputIsSerialized(op: Syn): boolean {
  let pipe = op.get('Parent');
  while (pipe?.kind === 'PipeExpression') {
    const left = pipe.get('Expression');
    const before = left?.kind === 'PipeExpression' ? left.get('Operator') : left;
    if (!before) return false;
    if (SERIALIZING.has(before.kind)) return true;
    if (!KEEPING.has(before.kind)) return false;
    pipe = left;
  }
  return false;
}

/**
 * row_window_session(expr, maxDistanceFromFirst, maxDistanceBetweenNeighbors [, restart]), the page's
 * model row by row (udf/window-session.ts over the values listed in row order): a row starts a session when there is no
 * previous session value or it is null, when expr >= session start + maxDistanceFromFirst, when
 * expr >= previous expr + maxDistanceBetweenNeighbors, or when restart is true; it gives the start.
 */
function windowSession(call: Syn, args: readonly SqlExpr[], rn: string, sql: string, ctx: CompileContext): { ref: string; sql: string } {
  const [expr, fromFirst, neighbors, restart] = args;
  if (!expr || !fromFirst || !neighbors) return ctx.fail('unsupportedArgument', call, 'row_window_session() needs three arguments');
  const [v, r, st, ref, base, agg] = [ctx.fresh(), ctx.fresh(), ctx.fresh(), ctx.fresh(), ctx.fresh(), ctx.fresh()];
  const restartSql = restart ? `coalesce(${asBool(restart)}, false)` : 'false';
  const starts = `kql_row_window_session(CAST(to_json(list(${v} ORDER BY ${rn})) AS VARCHAR), CAST(to_json(list(${r} ORDER BY ${rn})) AS VARCHAR), ${coerce(fromFirst, 'timespan')}, ${coerce(neighbors, 'timespan')})`;
  return {
    ref,
    sql: `WITH ${base} AS MATERIALIZED (SELECT *, epoch_us(${coerce(expr, 'datetime')}) AS ${v}, ${restartSql} AS ${r} FROM (${sql}) AS t), `
      + `${agg} AS MATERIALIZED (SELECT CAST(CAST(${starts} AS JSON) AS BIGINT[]) AS ${st} FROM ${base}) `
      + `SELECT b.*, make_timestamp(a.${st}[b.${rn}]) AS ${ref} FROM ${base} AS b, ${agg} AS a`,
  };
}

/** True when an extend's expressions call a window function this module computes. */
export function hasWindowCalls(exprs: readonly Syn[]): boolean {
  return exprs.some((e) => windowCalls(e).length > 0);
}

/**
 * Adds one hidden column per window call to `rel` and registers each call's offset in
 * `ctx.aggregateRefs`; returns the layered relation and the offsets to forget afterwards.
 */
export function withWindowColumns(exprs: readonly Syn[], rel: Relation, ctx: CompileContext): { rel: Relation; offsets: number[] } {
  const rn = ctx.fresh();
  let sql = `SELECT *, row_number() OVER () AS ${rn} FROM (${rel.sql}) AS t`;
  const scope = { columns: rel.columns };
  const offsets: number[] = [];
  const layer = (item: string): string => {
    const ref = ctx.fresh();
    sql = `SELECT *, ${item} AS ${ref} FROM (${sql}) AS t`;
    return ref;
  };
  for (const call of exprs.flatMap((e) => windowCalls(e))) {
    if (ctx.aggregateRefs.has(call.start)) continue;
    const name = callName(call);
    const args = call.get('ArgumentList')?.list('Expressions') ?? [];
    const arg = (i: number) => compileExpr(args[i]!, scope, ctx);
    let ref: string;
    if (name === 'prev' || name === 'next') {
      // prev(column [, offset [, default_value]]): offset a constant, default null.
      const value = arg(0);
      const offset = args.length > 1 ? `CAST(${arg(1).sql} AS BIGINT)` : '1';
      const def = args.length > 2 ? coerce(arg(2), call.type) : call.type === 'string' ? "''" : 'NULL';
      ref = layer(`${name === 'prev' ? 'lag' : 'lead'}(${coerce(value, call.type)}, ${offset}, ${def}) OVER (ORDER BY ${rn})`);
    } else if (name === 'row_window_session') {
      const session = windowSession(call, args.map((_, i) => arg(i)), rn, sql, ctx);
      ref = session.ref;
      sql = session.sql;
    } else {
      // row_rank_min(term [, restart]): the smallest row number, counted from the last restart,
      // of a row with the same term since that restart.
      const term = arg(0);
      const restart = args.length > 1 ? `CASE WHEN ${asBool(arg(1))} THEN 1 ELSE 0 END` : '0';
      const seg = layer(`sum(${restart}) OVER (ORDER BY ${rn} ROWS UNBOUNDED PRECEDING)`);
      ref = layer(`min(${rn}) OVER (PARTITION BY ${seg}, ${term.sql}) - min(${rn}) OVER (PARTITION BY ${seg}) + 1`);
    }
    ctx.aggregateRefs.set(call.start, { sql: ref, type: call.type });
    offsets.push(call.start);
  }
  return { rel: { sql: `SELECT * FROM (${sql}) AS t ORDER BY ${rn}`, columns: rel.columns }, offsets };
}
