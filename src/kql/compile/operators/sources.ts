/** Operators and expressions that make rows from nothing: datatable, print, range. */
import type { CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { compileExpr } from '../expr/expressions';
import { compileTupleCall, isTupleCall } from '../expr/functions';
import { coerce } from '../expr/coerce';
import { DUCKDB_TYPE } from '../../language/kql-types';
import type { OperatorHandler } from './types';

/** `datatable(a:string, b:long) [ ... ]`: every value a parameter. */
export function compileDatatable(node: Syn, ctx: CompileContext): Relation {
  const cols = node.columns();
  const values = node.list('Values');
  const columns = cols.map((c) => ({ name: c.name, type: c.type, ref: ctx.fresh() }));
  if (cols.length === 0) return ctx.fail('unsupportedExpression', node, 'datatable without columns');
  const rows: string[] = [];
  for (let i = 0; i + cols.length <= values.length; i += cols.length) {
    const cells = cols.map((c, j) => `CAST(${coerce(compileExpr(values[i + j]!, { columns: [] }, ctx), c.type)} AS ${DUCKDB_TYPE[c.type]})`);
    rows.push(`(${cells.join(', ')})`);
  }
  if (rows.length === 0) {
    const nulls = columns.map((c) => `CAST(NULL AS ${DUCKDB_TYPE[c.type]}) AS ${c.ref}`).join(', ');
    return { sql: `SELECT ${nulls} WHERE false`, columns };
  }
  return { sql: `SELECT * FROM (VALUES ${rows.join(', ')}) AS v(${columns.map((c) => c.ref).join(', ')})`, columns };
}

export const print: OperatorHandler = (op, _input, ctx) => {
  const out = op.columns();
  const exprs = op.list('Expressions');
  const columns = out.map((c) => ({ name: c.name, type: c.type, ref: ctx.fresh() }));
  const items: string[] = [];
  for (const e of exprs) {
    // An unnamed call returning several columns (series_stats, array_sort_* of several arrays) fills one column each.
    const parts = e.kind !== 'SimpleNamedExpression' && isTupleCall(e) ? compileTupleCall(e, { columns: [] }, ctx) : [compileExpr(e.kind === 'SimpleNamedExpression' ? e.get('Expression')! : e, { columns: [] }, ctx)];
    for (const part of parts) {
      const col = columns[items.length];
      if (!col) return ctx.fail('schemaMismatch', e);
      items.push(`${coerce(part, col.type)} AS ${col.ref}`);
    }
  }
  if (items.length !== columns.length) return ctx.fail('schemaMismatch', op);
  return { sql: `SELECT ${items.join(', ')}`, columns };
};

export const range: OperatorHandler = (op, _input, ctx) => {
  const name = op.get('Name')!.simpleName;
  const from = compileExpr(op.get('From')!, { columns: [] }, ctx);
  const to = compileExpr(op.get('To')!, { columns: [] }, ctx);
  const step = compileExpr(op.get('Step')!, { columns: [] }, ctx);
  const type = op.columns()[0]?.type ?? from.type;
  const ref = ctx.fresh();
  // The table function streams its rows (the list form would build the whole range in memory
  // before the time limit could stop it).
  if (type === 'datetime') {
    const sql = `SELECT g.v AS ${ref} FROM generate_series(${coerce(from, 'datetime')}, ${coerce(to, 'datetime')}, to_microseconds(${coerce(step, 'timespan')})) AS g(v)`;
    return { sql, columns: [{ name, type, ref }] };
  }
  const t = DUCKDB_TYPE[type];
  if (type === 'long' || type === 'int') {
    const sql = `SELECT CAST(g.v AS ${t}) AS ${ref} FROM generate_series(CAST(${from.sql} AS BIGINT), CAST(${to.sql} AS BIGINT), CAST(${step.sql} AS BIGINT)) AS g(v)`;
    return { sql, columns: [{ name, type, ref }] };
  }
  const sql = `SELECT CAST(unnest(generate_series(CAST(${from.sql} AS ${t}), CAST(${to.sql} AS ${t}), CAST(${step.sql} AS ${t}))) AS ${t}) AS ${ref}`;
  return { sql, columns: [{ name, type, ref }] };
};
