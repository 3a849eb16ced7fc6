/**
 * `scan [declare (v:type [= default], …)] with (step s: condition [=> v = expr, …];)`
 * (scan-operator.md), the one-step form: rows are read in input order; a row matches when the
 * condition holds, evaluated with the row and the state `s.v` left by the previous match (the
 * declared defaults, or null, before the first); a matching row is output with the state its
 * assignments make, other rows are dropped and leave the state as it was.
 *
 * Compiled as a recursive query over the numbered rows, one row per iteration: slow (about
 * 2,000 rows in 10 s on the shared test machine; longer inputs stop at the time limit, EA501).
 * Several steps,
 * `with_match_id`, and step `output=` options are refused. Kusto.Language adds a match_id column
 * Kusto does not, so the scan must be the query's last operator.
 */
import type { Column, SqlExpr } from '../context';
import type { Syn } from '../../language/syntax';
import type { KqlType } from '../../language/kql-types';
import { DUCKDB_TYPE } from '../../language/kql-types';
import { compileExpr } from '../expr/expressions';
import { asBool, coerce } from '../expr/coerce';
import { requireInput } from './basic';
import type { OperatorHandler } from './types';

interface Declared {
  readonly name: string;
  readonly type: KqlType;
  readonly ref: string;
  readonly initial: string;
}

const childrenOf = (node: Syn | undefined, kind: string): Syn[] => {
  const out: Syn[] = [];
  const walk = (n: Syn): void => {
    for (const c of n.children()) {
      if (c.kind === kind) out.push(c);
      else if (!c.isToken && (c.kind === 'List' || c.kind === 'SeparatedElement' || c.kind === 'ScanComputationClause')) walk(c);
    }
  };
  if (node) walk(node);
  return out;
};

export const scan: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  if (ctx.finalOperator !== op.start) return ctx.fail('unsupportedOperator', op, 'operators after scan');
  if ((op.get('Parameters')?.elements().length ?? 0) > 0) {
    return ctx.fail('unsupportedArgument', op, 'scan with_match_id=');
  }
  const out = op.columns();
  const declared: Declared[] = childrenOf(op.get('DeclareClause') ?? op.children().find((c) => c.kind === 'ScanDeclareClause'), 'FunctionParameter').map((p) => {
    const name = p.get('NameAndType')!.get('Name')!.simpleName;
    const type = out.find((c) => c.name === name)?.type ?? 'dynamic';
    const def = p.get('DefaultValue')?.get('Value');
    const initial = def ? coerce(compileExpr(def, { columns: [] }, ctx), type) : 'NULL';
    return { name, type, ref: ctx.fresh(), initial: `CAST(${initial} AS ${DUCKDB_TYPE[type]})` };
  });
  const steps = childrenOf(op, 'ScanStep');
  if (steps.length !== 1) return ctx.fail('unsupportedExpression', op, `scan with ${steps.length} steps (one step only here)`);
  const step = steps[0]!;
  if (step.children().some((c) => c.kind === 'List' && c.children().length > 0)) return ctx.fail('unsupportedArgument', step, 'scan step output=');
  const stepName = step.get('Name')!.simpleName;
  const cond = step.get('Condition') ?? step.children().find((c) => !c.isToken && c.kind !== 'NameDeclaration' && c.kind !== 'ScanComputationClause' && c.kind !== 'List');
  if (!cond) return ctx.fail('unsupportedExpression', step, 'scan step without a condition');

  const rn = ctx.fresh();
  const matched = ctx.fresh();
  const rowScope = { columns: rel.columns, qualifier: 's' };
  const state = new Map<string, SqlExpr>(declared.map((d) => [d.name, { sql: `r.${d.ref}`, type: d.type }]));
  const previous = ctx.scanStates;
  ctx.scanStates = new Map([...previous, [stepName, state]]);
  let condSql: string;
  const assigned = new Map<string, string>();
  try {
    condSql = asBool(compileExpr(cond, rowScope, ctx));
    for (const a of childrenOf(step, 'ScanAssignment')) {
      const target = a.children().find((c) => c.kind === 'NameReference')!;
      const expr = a.children().filter((c) => !c.isToken && c !== target).pop();
      const d = declared.find((x) => x.name === target.simpleName);
      if (!d || !expr) return ctx.fail('unsupportedExpression', a, 'scan assignment to an undeclared name');
      assigned.set(d.name, `CAST(${coerce(compileExpr(expr, rowScope, ctx), d.type)} AS ${DUCKDB_TYPE[d.type]})`);
    }
  } finally {
    ctx.scanStates = previous;
  }
  const numbered = `SELECT *, row_number() OVER () AS ${rn} FROM (${rel.sql}) AS t`;
  const anchor = `SELECT CAST(0 AS BIGINT) AS ${rn}, ${declared.map((d) => `${d.initial} AS ${d.ref}`).join(', ')}${declared.length > 0 ? ', ' : ''}false AS ${matched}`;
  const next = declared.map((d) => `CASE WHEN ${condSql} THEN ${assigned.get(d.name) ?? `r.${d.ref}`} ELSE r.${d.ref} END AS ${d.ref}`);
  const recursive = `SELECT s.${rn}, ${next.join(', ')}${next.length > 0 ? ', ' : ''}coalesce(${condSql}, false) AS ${matched} FROM r JOIN src AS s ON s.${rn} = r.${rn} + 1`;
  const columns: Column[] = [...rel.columns.map((c) => ({ ...c })), ...declared.map((d) => ({ name: d.name, type: d.type, ref: d.ref }))];
  const select = [...rel.columns.map((c) => `s.${c.ref}`), ...declared.map((d) => `r.${d.ref}`)].join(', ');
  const sql = `WITH RECURSIVE src AS (${numbered}), r AS (${anchor} UNION ALL ${recursive}) SELECT ${select} FROM r JOIN src AS s ON s.${rn} = r.${rn} WHERE r.${matched} ORDER BY r.${rn}`;
  return { sql: `SELECT * FROM (${sql}) AS q`, columns };
};
