/** `summarize aggs by keys`: one grouped query, plus an unpacking query when needed. */
import type { Column, CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { compileExpr } from '../expr/expressions';
import { coerce } from '../expr/coerce';
import { AGGREGATES, anyItems } from './aggregates';
import { requireInput } from './basic';
import { columnsReadLater } from './read-later';
import type { OperatorHandler } from './types';

interface AggItem {
  readonly call: Syn;
  readonly name: string;
  readonly width: number | 'rest';
  /** Set when the item is a scalar expression over aggregates, e.g. `array_sort_asc(make_set(x))`. */
  readonly computed?: readonly Syn[];
}

function unwrap(node: Syn): Syn {
  let n = node;
  while (n.kind === 'ParenthesizedExpression') n = n.get('Expression')!;
  return n;
}

/** Aggregate calls nested in a scalar expression. */
function nestedAggregates(node: Syn, out: Syn[] = []): Syn[] {
  if (node.kind === 'FunctionCallExpression' && (node.get('Name')?.simpleName ?? '') in AGGREGATES) {
    out.push(node);
    return out;
  }
  for (const c of node.children()) if (!c.isToken) nestedAggregates(c, out);
  return out;
}

function aggItems(op: Syn, ctx: CompileContext): AggItem[] {
  return op.list('Aggregates').map((item) => {
    // `(a, b) = arg_max(x, y)`, `(p50, p95) = percentiles(x, 50, 95)` (show-commands.md): the names
    // are the binder's output columns, taken in order below (it refuses more names than columns: KS149).
    const call = unwrap(item.kind === 'SimpleNamedExpression' || item.kind === 'CompoundNamedExpression' ? item.get('Expression')! : item);
    const name = call.kind === 'FunctionCallExpression' ? call.get('Name')!.simpleName : '';
    if (!(name in AGGREGATES)) {
      const nested = nestedAggregates(call);
      if (nested.length === 0) return ctx.fail('unsupportedExpression', call, 'summarize needs an aggregation function');
      return { call, name: '', width: 1, computed: nested };
    }
    const args = call.get('ArgumentList')?.list('Expressions') ?? [];
    const star = args.some((a) => a.kind === 'StarExpression');
    let width: number | 'rest' = 1;
    if (name === 'arg_max' || name === 'arg_min') width = star ? 'rest' : Math.max(args.length, 1);
    else if (name === 'take_any' || name === 'any') width = star ? 'rest' : Math.max(args.length, 1);
    else if (name === 'percentiles') width = Math.max(args.length - 1, 1);
    else if (name === 'percentilesw') width = Math.max(args.length - 2, 1);
    return { call, name, width };
  });
}

/**
 * Columns of one `arg_max(x, *)` / `arg_min(x, *)` / `take_any(*)` when several aggregates take
 * `*` (one alone takes what the others leave): x, then every input column but the by columns and
 * x itself when x is a column (the binder's schema: `summarize a=arg_max(x, *), b=arg_min(x, *)`
 * over a table of x alone gives a, b).
 */
function starWidth(call: Syn, name: string, input: readonly Column[], byColumns: readonly string[]): number {
  if (name === 'take_any' || name === 'any') return anyItems(call.get('ArgumentList')!.list('Expressions'), input, byColumns).length;
  const rest = input.filter((c) => !byColumns.includes(c.name));
  const x = call.get('ArgumentList')?.list('Expressions')[0];
  const xName = x?.kind === 'NameReference' ? x.simpleName : undefined;
  return 1 + rest.filter((c) => c.name !== xName).length;
}

export const summarize: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const out = op.columns();
  const byExprs = op.get('ByClause')?.list('Expressions') ?? [];
  const aggs = aggItems(op, ctx);
  const fixed = aggs.reduce((n, a) => n + (a.width === 'rest' ? 0 : a.width), 0);
  const rest = out.length - byExprs.length - fixed;
  const scope = { columns: rel.columns };
  const readLater = aggs.some((a) => a.width === 'rest') ? columnsReadLater(op, ctx) : undefined;

  const innerItems: string[] = [];
  const groupRefs: string[] = [];
  const outerItems: { sql: string; name: string; type: (typeof out)[number]['type'] }[] = [];
  byExprs.forEach((b, i) => {
    const expr = b.kind === 'SimpleNamedExpression' ? b.get('Expression')! : b;
    const col = out[i]!;
    const ref = ctx.fresh();
    innerItems.push(`${coerce(compileExpr(expr, scope, ctx), col.type)} AS ${ref}`);
    groupRefs.push(ref);
    outerItems.push({ sql: ref, name: col.name, type: col.type });
  });
  const byColumns = columnsTakenAsTheyAre(byExprs);
  let pos = byExprs.length;
  let needsOuter = false;
  const stars = aggs.filter((a) => a.width === 'rest').length;
  for (const agg of aggs) {
    const width = agg.width === 'rest' ? (stars === 1 ? rest : starWidth(agg.call, agg.name, rel.columns, byColumns)) : agg.width;
    const cols = out.slice(pos, pos + width);
    pos += width;
    if (agg.computed) {
      for (const inner of agg.computed) {
        const h = AGGREGATES[inner.get('Name')!.simpleName]!;
        const innerArgs = inner.get('ArgumentList')?.list('Expressions') ?? [];
        const parts = h({ node: inner, args: innerArgs, scope, ctx, out: [{ name: '_', type: inner.type }], byColumns });
        const refs = parts.inner.map((sql) => {
          const ref = ctx.fresh();
          innerItems.push(`${sql} AS ${ref}`);
          return ref;
        });
        ctx.aggregateRefs.set(inner.start, { sql: parts.outer(refs)[0]!, type: inner.type });
      }
      const col = cols[0]!;
      outerItems.push({ sql: coerce(compileExpr(agg.call, { columns: [] }, ctx), col.type), name: col.name, type: col.type });
      needsOuter = true;
      continue;
    }
    const handler = AGGREGATES[agg.name]!; // aggItems keeps only names in AGGREGATES
    const args = agg.call.get('ArgumentList')?.list('Expressions') ?? [];
    const parts = handler({ node: agg.call, args, scope, ctx, out: cols, byColumns, ...(readLater ? { readLater } : {}) });
    const refs = parts.inner.map((sql) => {
      const ref = ctx.fresh();
      innerItems.push(`${sql} AS ${ref}`);
      return ref;
    });
    const outer = parts.outer(refs);
    if (outer.some((o, i) => o !== refs[i]) || outer.length !== refs.length) needsOuter = true;
    outer.forEach((sql, i) => {
      const col = cols[i];
      if (!col) ctx.fail('schemaMismatch', agg.call, `${agg.name}() output`);
      outerItems.push({ sql, name: parts.names?.[i] ?? col.name, type: col.type });
    });
  }
  if (outerItems.length !== out.length) return ctx.fail('schemaMismatch', op, `${outerItems.length} vs ${out.length} columns`);
  const group = groupRefs.length > 0 ? ` GROUP BY ${groupRefs.map((_, i) => i + 1).join(', ')}` : '';
  const inner = `SELECT ${innerItems.join(', ')} FROM (${rel.sql}) AS t${group}`;
  if (!needsOuter) {
    return { sql: inner, columns: outerItems.map((o) => ({ name: o.name, type: o.type, ref: o.sql })) };
  }
  const columns = outerItems.map((o) => ({ name: o.name, type: o.type, ref: ctx.fresh() }));
  const list = outerItems.map((o, i) => `${o.sql} AS ${columns[i]!.ref}`).join(', ');
  return { sql: `SELECT ${list} FROM (${inner}) AS g`, columns };
};

export type { Relation };

/**
 * The input columns by keys take as they are (`by a`, `by x = a`, `by (a)`), which `*` leaves out; a
 * computed key (`by a = tolower(a)`, `by bin(b, 1)`) takes none (Kusto.Language's schema: the input a
 * then comes back under `*` as a1). Placed at the file's end so the lines TESTING.md cites stay put.
 */
function columnsTakenAsTheyAre(byExprs: readonly Syn[]): string[] {
  return byExprs.map((b) => unwrap(b.kind === 'SimpleNamedExpression' ? b.get('Expression')! : b)).filter((e) => e.kind === 'NameReference').map((e) => e.simpleName);
}
