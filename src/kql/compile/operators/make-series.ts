/**
 * `make-series aggs [default = v] on Axis (from S to E step D | in range(S, E, D)) by keys`: one
 * array per aggregate and group, one element per bin, missing bins filled with the default (0).
 *
 * - `from S to E step D`: bins S, S+D, … below E (E exclusive); rows outside [S, E) are dropped.
 * - `in range(S, E, D)` (the older syntax): bins are `bin(x, D)` from bin(S, D) to bin(E, D), E inclusive.
 * Compiled as: rows → bin index `k` → aggregates per (keys, k) → lists ordered by k → arrays of
 * the full length, read through `list_position`. The axis column becomes the array of bin starts.
 */
import type { CompileContext, Relation, SqlExpr } from '../context';
import type { Syn } from '../../language/syntax';
import type { KqlType } from '../../language/kql-types';
import { compileExpr } from '../expr/expressions';
import { asDynamic, asNumber, coerce } from '../expr/coerce';
import { AGGREGATES } from './aggregates';
import { requireInput } from './basic';
import type { OperatorHandler } from './types';

interface Bins {
  /** SQL of the first bin's axis position and of the step (epoch µs / µs / number), and the count. */
  readonly start: string;
  readonly step: string;
  readonly count: string;
}

/** The axis value as a number: epoch µs for datetimes, µs for timespans, the number otherwise. */
function axisNumber(e: SqlExpr): string {
  if (e.type === 'datetime') return `CAST(epoch_us(${e.sql}) AS DOUBLE)`;
  if (e.type === 'timespan') return `CAST(${e.sql} AS DOUBLE)`;
  return asNumber(e);
}

function scalar(node: Syn, ctx: CompileContext, axisType: KqlType): string {
  return axisNumber({ sql: coerce(compileExpr(node, { columns: [] }, ctx), axisType), type: axisType });
}

function stepNumber(node: Syn, ctx: CompileContext, axisType: KqlType): string {
  const e = compileExpr(node, { columns: [] }, ctx);
  if (axisType === 'datetime' || axisType === 'timespan') return `CAST(${coerce(e, 'timespan')} AS DOUBLE)`;
  return asNumber(e);
}

function bins(op: Syn, axisType: KqlType, ctx: CompileContext): Bins {
  const clause = op.get('RangeClause');
  if (!clause) return ctx.fail('unsupportedExpression', op, 'make-series without a range');
  if (clause.kind === 'MakeSeriesInRangeClause') {
    const [s, e, d] = clause.get('Arguments')?.list('Expressions') ?? [];
    if (!s || !e || !d) return ctx.fail('unsupportedArgument', clause, 'range(start, stop, step)');
    const step = stepNumber(d, ctx, axisType);
    const first = `floor(${scalar(s, ctx, axisType)} / ${step}) * ${step}`;
    const last = `floor(${scalar(e, ctx, axisType)} / ${step}) * ${step}`;
    return { start: first, step, count: `CAST(greatest(0, round((${last} - ${first}) / ${step}) + 1) AS BIGINT)` };
  }
  const from = clause.get('MakeSeriesFromClause')?.get('Expression');
  const to = clause.get('MakeSeriesToClause')?.get('Expression');
  const d = clause.get('MakeSeriesStepClause')?.get('Expression');
  if (!from || !to || !d) return ctx.fail('unsupportedExpression', clause, 'make-series needs from, to and step');
  const step = stepNumber(d, ctx, axisType);
  const start = scalar(from, ctx, axisType);
  const end = scalar(to, ctx, axisType);
  return { start, step, count: `CAST(greatest(0, ceil((${end} - ${start}) / ${step})) AS BIGINT)` };
}

/** A bin's axis position (SQL) as the axis type's dynamic value. */
function axisValue(pos: string, axisType: KqlType): string {
  if (axisType === 'datetime') return asDynamic({ sql: `make_timestamp(CAST(${pos} AS BIGINT))`, type: 'datetime' });
  if (axisType === 'timespan') return asDynamic({ sql: `CAST(${pos} AS BIGINT)`, type: 'timespan' });
  if (axisType === 'long' || axisType === 'int') return `to_json(CAST(${pos} AS BIGINT))`;
  return `to_json(${pos})`;
}

/** A literal, or a literal with a sign: no column, no call. */
function isConstant(node: Syn): boolean {
  if (node.kind.endsWith('LiteralExpression')) return true;
  const operand = node.get('Expression');
  return (node.kind === 'UnaryMinusExpression' || node.kind === 'UnaryPlusExpression') && operand !== undefined && isConstant(operand);
}

export const makeSeries: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  // kind=nonempty (make-series-operator.md): an empty input still gives one row of defaults
  // (supported without a by clause; with one, which keys Kusto would give is not documented).
  let nonempty = false;
  for (const p of op.list('Parameters')) {
    const name = p.get('Name')?.source ?? p.source;
    const value = p.get('Expression')?.source.toLowerCase();
    if (name.toLowerCase() === 'kind' && value === 'nonempty' && (op.get('ByClause')?.list('Expressions') ?? []).length === 0) nonempty = true;
    else if (!(name.toLowerCase() === 'kind' && value === 'empty') && !name.startsWith('hint.')) ctx.fail('unsupportedExpression', p, `make-series ${p.source}`);
  }
  const out = op.columns();
  const scope = { columns: rel.columns };
  const byExprs = op.get('ByClause')?.list('Expressions') ?? [];
  const axis = compileExpr(op.get('OnClause')!.get('Expression')!, scope, ctx);
  const b = bins(op, axis.type, ctx);

  const k = ctx.fresh();
  // The range as one row; fresh names so no input column is shadowed.
  const S = ctx.fresh();
  const D = ctx.fresh();
  const N = ctx.fresh();
  const rangeRow = `(SELECT ${b.start} AS ${S}, ${b.step} AS ${D}, ${b.count} AS ${N}) AS p`;
  const keyItems: string[] = [];
  const keyRefs: string[] = [];
  byExprs.forEach((e, i) => {
    const col = out[i]!;
    const ref = ctx.fresh();
    keyItems.push(`${coerce(compileExpr(e.kind === 'SimpleNamedExpression' ? e.get('Expression')! : e, scope, ctx), col.type)} AS ${ref}`);
    keyRefs.push(ref);
  });

  const aggNodes = op.list('Aggregates');
  const innerItems: string[] = [];
  const valueItems: string[] = [];
  const arrays: { ref: string; default: string }[] = [];
  aggNodes.forEach((item) => {
    const named = item.get('Expression')!;
    const call = named.kind === 'SimpleNamedExpression' ? named.get('Expression')! : named;
    const fn = call.kind === 'FunctionCallExpression' ? call.get('Name')!.simpleName : '';
    const handler = AGGREGATES[fn];
    const defNode = item.get('DefaultExpression')?.get('Expression');
    const def = defNode ? compileExpr(defNode, { columns: [] }, ctx) : undefined;
    // A constant (`other=-1`, make-series-operator.md): the constant in bins with rows, the default elsewhere.
    if (!handler && isConstant(call)) {
      const value = ctx.fresh();
      valueItems.push(`${coerce(compileExpr(call, { columns: [] }, ctx), call.type)} AS ${value}`);
      arrays.push({ ref: value, default: def ? coerce(def, call.type) : '0' });
      return;
    }
    if (!handler) return ctx.fail('unsupportedFunction', call, `${fn || call.source} in make-series`);
    const args = call.get('ArgumentList')?.list('Expressions') ?? [];
    const parts = handler({ node: call, args, scope, ctx, out: [{ name: '_', type: call.type }], byColumns: [] });
    const refs = parts.inner.map((sql) => {
      const ref = ctx.fresh();
      innerItems.push(`${sql} AS ${ref}`);
      return ref;
    });
    const value = ctx.fresh();
    valueItems.push(`${parts.outer(refs)[0]} AS ${value}`);
    arrays.push({ ref: value, default: def ? coerce(def, call.type) : '0' });
  });
  if (out.length !== byExprs.length + aggNodes.length + 1) return ctx.fail('schemaMismatch', op, 'make-series columns');

  const keysOf = (refs: readonly string[]): string => refs.map((r) => `${r}, `).join('');
  const group = (extra: string[]): string => {
    const all = [...keyRefs, ...extra];
    return all.length > 0 ? ` GROUP BY ${all.join(', ')}` : '';
  };
  const pos = axisNumber({ sql: axis.sql, type: axis.type });
  // 1. Rows with their bin index, inside the range.
  const binned = `SELECT ${keysOf(keyItems)}CAST(floor((${pos} - p.${S}) / p.${D}) AS BIGINT) AS ${k}, t.* FROM (${rel.sql}) AS t, ${rangeRow}`
    + ` WHERE ${pos} >= p.${S} AND ${pos} < p.${S} + p.${N} * p.${D}`;
  // 2. Aggregates per group and bin; 3. their values; 4. lists per group ordered by bin.
  const perBin = `SELECT ${keysOf(keyRefs)}${k}, ${innerItems.join(', ')} FROM (${binned}) AS t${group([k])}`;
  const values = `SELECT ${keysOf(keyRefs)}${k}, ${valueItems.join(', ')} FROM (${perBin}) AS t`;
  const listed = `SELECT ${keysOf(keyRefs)}list(${k} ORDER BY ${k}) AS ${k}, ${arrays.map((a) => `list(${a.ref} ORDER BY ${k}) AS ${a.ref}`).join(', ')} FROM (${values}) AS t${group([])}${nonempty ? '' : ' HAVING count(*) > 0'}`;
  // 5. Full-length arrays with defaults, and the axis.
  const columns = out.map((c) => ({ name: c.name, type: c.type, ref: ctx.fresh() }));
  const items = [
    ...keyRefs.map((r, i) => `t.${r} AS ${columns[i]!.ref}`),
    ...arrays.map((a, i) => `to_json(list_transform(range(p.${N}), i -> coalesce(t.${a.ref}[list_position(t.${k}, i)], ${a.default}))) AS ${columns[keyRefs.length + i]!.ref}`),
    `to_json(list_transform(range(p.${N}), i -> ${axisValue(`(p.${S} + i * p.${D})`, axis.type)})) AS ${columns[columns.length - 1]!.ref}`,
  ];
  const sql = `SELECT ${items.join(', ')} FROM (${listed}) AS t, ${rangeRow}`;
  return { sql, columns } satisfies Relation;
};
