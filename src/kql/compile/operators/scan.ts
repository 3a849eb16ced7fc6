/**
 * `scan [with_match_id=M] [declare (v:type [= default], …)] with (step s [output=all|none]: cond
 * [=> v = expr, …]; …)` (scan-operator.md, "Scan logic"). Rows are read in input order; each row
 * is evaluated against the steps from the last to the first. The state holds, per step s_k, an
 * active flag, the match id of its sequence and the values of s_1 … s_k (the input columns and
 * declared variables of the row each of them last matched). Against step s_k:
 * - Check 1: s_k-1 is active and the row meets s_k's condition, evaluated with s_k-1's state →
 *   s_k-1's state moves to s_k (s_k-1 becomes empty), the row extended with s_k's assignments is
 *   s_k's part of it, and the row is output (unless `output=none`);
 * - Check 2 (only without check 1): s_k is active, or is the first step, and the row meets the
 *   condition with s_k's state → s_k's part is replaced by the extended row, which is output
 *   (unless `output=none`); an empty first step starts a new sequence: the next match id.
 * An empty state holds the declared defaults (null without one) and null input columns: the
 * one-step examples read `s1.cumulative_x` as its default before the first match. A declared
 * variable the matching step does not assign has its default in the extended row. A row that
 * matches several steps is output once per step, the later step first (the evaluation order).
 *
 * Compiled as a recursive query over the numbered rows, one row per iteration, the steps as
 * nested selects from the last to the first: slow (about 2,000 rows in 10 s on the shared test
 * machine; longer inputs stop at the time limit, EA501). `output=last` is refused. Without
 * `with_match_id` Kusto.Language adds a match_id column Kusto does not, so the scan must then be
 * the query's last operator.
 */
import type { Column, CompileContext, SqlExpr } from '../context';
import type { Syn } from '../../language/syntax';
import type { KqlType } from '../../language/kql-types';
import { DUCKDB_TYPE } from '../../language/kql-types';
import { compileExpr } from '../expr/expressions';
import { asBool, coerce } from '../expr/coerce';
import { requireInput } from './basic';
import type { OperatorHandler } from './types';

interface Field {
  readonly name: string;
  readonly type: KqlType;
  /** For declared variables: the default (SQL), else undefined (an input column). */
  readonly initial?: string;
}

interface Step {
  readonly name: string;
  readonly cond: Syn;
  readonly output: boolean;
  readonly assignments: readonly { readonly field: number; readonly expr: Syn }[];
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

const typed = (sql: string, type: KqlType): string => `CAST(${sql} AS ${DUCKDB_TYPE[type]})`;

/** `with_match_id=name`, or undefined; other scan parameters are refused. */
function matchIdName(op: Syn, ctx: CompileContext): string | undefined {
  let name: string | undefined;
  for (const p of op.get('Parameters')?.elements() ?? []) {
    const kw = p.children().find((c) => c.kind === 'NameDeclaration')?.source.toLowerCase();
    const value = p.children().filter((c) => c.kind === 'NameDeclaration')[1];
    if (kw !== 'with_match_id' || !value) return ctx.fail('unsupportedArgument', p, `scan ${p.source}`);
    name = value.simpleName;
  }
  return name;
}

function readSteps(op: Syn, fields: readonly Field[], ctx: CompileContext): Step[] {
  return childrenOf(op, 'ScanStep').map((step) => {
    const name = step.get('Name')!.simpleName;
    const outputNode = step.children().find((c) => c.kind === 'ScanStepOutput');
    const mode = outputNode?.children().filter((c) => c.isToken).pop()?.text.toLowerCase() ?? 'all';
    if (mode !== 'all' && mode !== 'none') return ctx.fail('unsupportedArgument', step, `scan step output=${mode}`);
    const cond =
      step.get('Condition') ??
      step.children().find((c) => !c.isToken && c.kind !== 'NameDeclaration' && c.kind !== 'ScanComputationClause' && c.kind !== 'List' && c.kind !== 'ScanStepOutput');
    if (!cond) return ctx.fail('unsupportedExpression', step, 'scan step without a condition');
    const assignments = childrenOf(step, 'ScanAssignment').map((a) => {
      const target = a.children().find((c) => c.kind === 'NameReference')!;
      const expr = a.children().filter((c) => !c.isToken && c !== target).pop();
      const field = fields.findIndex((f) => f.initial !== undefined && f.name === target.simpleName);
      if (field < 0 || !expr) return ctx.fail('unsupportedExpression', a, 'scan assignment to an undeclared name');
      return { field, expr };
    });
    return { name, cond, output: mode === 'all', assignments };
  });
}

export const scan: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const matchId = matchIdName(op, ctx);
  if (matchId === undefined && ctx.finalOperator !== op.start) return ctx.fail('unsupportedOperator', op, 'operators after scan (without with_match_id)');
  const out = op.columns();
  const declared: Field[] = childrenOf(op.get('DeclareClause') ?? op.children().find((c) => c.kind === 'ScanDeclareClause'), 'FunctionParameter').map((p) => {
    const name = p.get('NameAndType')!.get('Name')!.simpleName;
    const type = out.find((c) => c.name === name)?.type ?? 'dynamic';
    const def = p.get('DefaultValue')?.get('Value');
    const initial = def ? coerce(compileExpr(def, { columns: [] }, ctx), type) : 'NULL';
    return { name, type, initial: typed(initial, type) };
  });
  const fields: Field[] = [...rel.columns.map((c) => ({ name: c.name, type: c.type })), ...declared];
  const steps = readSteps(op, fields, ctx);
  if (steps.length === 0) return ctx.fail('unsupportedExpression', op, 'scan without steps');
  const n = steps.length;

  // State column names: a[k] active, m[k] match id, v[k][j][f] value of field f of step j in step k's state.
  const a = steps.map(() => ctx.fresh());
  const m = steps.map(() => ctx.fresh());
  const v = steps.map((_, k) => steps.slice(0, k + 1).map(() => fields.map(() => ctx.fresh())));
  const o = steps.map(() => ctx.fresh());
  const om = steps.map(() => ctx.fresh());
  const ov = steps.map(() => declared.map(() => ctx.fresh()));
  const next = ctx.fresh();
  const rn = ctx.fresh();
  const empty = (f: Field): string => f.initial ?? typed('NULL', f.type);
  const stateCols = [next, ...a, ...m, ...v.flat(2), ...o, ...om, ...ov.flat()];
  const rowRefs = rel.columns.map((c) => c.ref);

  /** Compiles `expr` with `sN.x` read from the state of step `stateOf` (steps above it read empty). */
  const withState = (expr: Syn, stateOf: number | undefined, upTo: number, compile: (e: Syn) => string): string => {
    const map = new Map<string, ReadonlyMap<string, SqlExpr>>();
    for (let j = 0; j <= upTo; j++) {
      const vars = new Map<string, SqlExpr>();
      fields.forEach((f, fi) => {
        const sql = stateOf !== undefined && j <= stateOf ? `l.${v[stateOf]![j]![fi]}` : empty(f);
        vars.set(f.name, { sql, type: f.type });
      });
      map.set(steps[j]!.name, vars);
    }
    const previous = ctx.scanStates;
    ctx.scanStates = new Map([...previous, ...map]);
    try {
      return compile(expr);
    } finally {
      ctx.scanStates = previous;
    }
  };
  const rowScope = { columns: rel.columns, qualifier: 'l' };

  // One nested select per step, last to first; each reads the previous one as `l`.
  let layer = `SELECT s.${rn}, ${stateCols.map((c) => `r.${c}`).join(', ')}, ${rowRefs.map((c) => `s.${c}`).join(', ')} FROM r JOIN src AS s ON s.${rn} = r.${rn} + 1`;
  for (let k = n - 1; k >= 0; k--) {
    const step = steps[k]!;
    const cond = (stateOf: number): string => withState(step.cond, stateOf, k, (e) => `coalesce(${asBool(compileExpr(e, rowScope, ctx))}, false)`);
    const value = (expr: Syn, d: Field, stateOf: number): string => withState(expr, stateOf, k, (e) => typed(coerce(compileExpr(e, rowScope, ctx), d.type), d.type));
    // First select: the step's condition and assignments under both states, once each.
    const c1 = ctx.fresh();
    const c2 = ctx.fresh();
    const asg1 = declared.map(() => ctx.fresh());
    const asg2 = declared.map(() => ctx.fresh());
    const extra = [
      `${k > 0 ? `(l.${a[k - 1]} AND ${cond(k - 1)})` : 'false'} AS ${c1}`,
      `(${k === 0 ? 'true' : `l.${a[k]}`} AND ${cond(k)}) AS ${c2}`,
    ];
    declared.forEach((d, di) => {
      const fi = rel.columns.length + di;
      const asg = [...step.assignments].reverse().find((x) => x.field === fi);
      extra.push(`${asg && k > 0 ? value(asg.expr, d, k - 1) : d.initial!} AS ${asg1[di]}`);
      extra.push(`${asg ? value(asg.expr, d, k) : d.initial!} AS ${asg2[di]}`);
    });
    layer = `SELECT l.*, ${extra.join(', ')} FROM (${layer}) AS l`;
    // Second select: the new state. Check 2 holds only without check 1.
    const one = `l.${c1}`;
    const two = `(NOT l.${c1} AND l.${c2})`;
    const matched = `(${one} OR ${two})`;
    const assigned = declared.map((_, di) => `CASE WHEN ${one} THEN l.${asg1[di]} ELSE l.${asg2[di]} END`);
    const rowField = (fi: number): string => (fi < rel.columns.length ? `l.${rowRefs[fi]}` : assigned[fi - rel.columns.length]!);
    const newSequence = k === 0 ? `(${two} AND NOT l.${a[0]})` : 'false';
    const id = k > 0 ? `CASE WHEN ${one} THEN l.${m[k - 1]} ELSE l.${m[k]} END` : `CASE WHEN ${newSequence} THEN l.${next} ELSE l.${m[0]} END`;
    const set = new Map<string, string>();
    set.set(a[k]!, `(l.${a[k]} OR ${matched})`);
    set.set(m[k]!, id);
    if (k === 0) set.set(next, `CASE WHEN ${newSequence} THEN l.${next} + 1 ELSE l.${next} END`);
    for (let j = 0; j <= k; j++) {
      fields.forEach((_, fi) => {
        const cell = v[k]![j]![fi]!;
        set.set(cell, j === k ? `CASE WHEN ${matched} THEN ${rowField(fi)} ELSE l.${cell} END` : `CASE WHEN ${one} THEN l.${v[k - 1]![j]![fi]} ELSE l.${cell} END`);
      });
    }
    if (k > 0) {
      set.set(a[k - 1]!, `(l.${a[k - 1]} AND NOT ${one})`);
      for (let j = 0; j < k; j++) fields.forEach((f, fi) => set.set(v[k - 1]![j]![fi]!, `CASE WHEN ${one} THEN ${empty(f)} ELSE l.${v[k - 1]![j]![fi]} END`));
    }
    set.set(o[k]!, step.output ? matched : 'false');
    set.set(om[k]!, id);
    declared.forEach((_, di) => set.set(ov[k]![di]!, assigned[di]!));
    layer = `SELECT l.${rn}, ${stateCols.map((c) => `${set.get(c) ?? `l.${c}`} AS ${c}`).join(', ')}, ${rowRefs.map((c) => `l.${c}`).join(', ')} FROM (${layer}) AS l`;
  }
  const recursive = `SELECT ${rn}, ${stateCols.join(', ')} FROM (${layer}) AS q`;
  const anchorValues = [
    'CAST(0 AS BIGINT)',
    ...a.map(() => 'false'),
    ...m.map(() => 'CAST(NULL AS BIGINT)'),
    ...v.flatMap((byStep) => byStep.flatMap(() => fields.map(empty))),
    ...o.map(() => 'false'),
    ...om.map(() => 'CAST(NULL AS BIGINT)'),
    ...ov.flatMap(() => declared.map((d) => typed('NULL', d.type))),
  ];
  const anchor = `SELECT CAST(0 AS BIGINT) AS ${rn}, ${anchorValues.map((x, i) => `${x} AS ${stateCols[i]}`).join(', ')}`;
  const numbered = `SELECT *, row_number() OVER () AS ${rn} FROM (${rel.sql}) AS t`;

  const ord = ctx.fresh();
  const idRef = ctx.fresh();
  const declaredRefs = declared.map(() => ctx.fresh());
  const outputs = steps.map(
    (_, k) =>
      `SELECT ${rowRefs.map((c) => `s.${c}`).join(', ')}${declared.map((_, di) => `, r.${ov[k]![di]} AS ${declaredRefs[di]}`).join('')}, r.${om[k]} AS ${idRef}, r.${rn} AS ${rn}, ${n - k} AS ${ord} FROM r JOIN src AS s ON s.${rn} = r.${rn} WHERE r.${o[k]}`,
  );
  const sql = `WITH RECURSIVE src AS (${numbered}), r AS (${anchor} UNION ALL ${recursive}) SELECT * FROM (${outputs.join(' UNION ALL ')}) AS u ORDER BY ${rn}, ${ord}`;
  const columns: Column[] = [
    ...rel.columns.map((c) => ({ ...c })),
    ...declared.map((d, di) => ({ name: d.name, type: d.type, ref: declaredRefs[di]! })),
    ...(matchId !== undefined ? [{ name: matchId, type: 'long' as KqlType, ref: idRef }] : []),
  ];
  return { sql: `SELECT * FROM (${sql}) AS q`, columns };
};
