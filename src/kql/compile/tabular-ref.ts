/**
 * Tabular expressions: table and `let` references, pipes, parenthesised queries, `datatable`,
 * and operators that start a query (`union`, `print`, `range`). Pipe operators dispatch
 * through `OPERATORS` (see `operators/index.ts`).
 */
import type { CompileContext, Relation } from './context';
import { quoteIdent } from './context';
import type { Syn } from '../language/syntax';
import { OPERATORS } from './operators';
import { compileDatatable } from './operators/sources';
import { compileExpr } from './expr/expressions';

function tableRelation(node: Syn): Relation {
  const columns = node.columns().map((c) => ({ name: c.name, type: c.type, ref: quoteIdent(c.name) }));
  return { sql: `SELECT * FROM ${quoteIdent(node.simpleName)}`, columns };
}

/**
 * `materialize(T)` (materializefunction.md): T computed once for the whole query, however many
 * times it is referenced — a materialized CTE shared by every use of the same T, so a
 * non-deterministic T (`rand()`, `sample`) gives every use the same rows, as the page's example shows.
 */
function materialize(node: Syn, ctx: CompileContext): Relation {
  const inner = compileTabularExpr(node.get('Expression')!, ctx);
  const name = ctx.onceValue(`materialize:${inner.sql}`, inner.sql);
  return { sql: `SELECT * FROM ${name}`, columns: inner.columns };
}

function callTabularFunction(node: Syn, ctx: CompileContext): Relation {
  const name = node.get('Name')?.simpleName ?? '';
  const bound = ctx.lookup(name);
  if (bound?.kind !== 'function') return ctx.fail('unsupportedFunction', node, `${name}() as a table`);
  const args = argumentsByParameter(node, bound.params, bound.defaults, ctx);
  return ctx.withScope(() => {
    bound.params.forEach((p, i) => {
      const a = args[i];
      if (!a) return;
      if (a.isTabular) ctx.bind(p, { kind: 'table', relation: compileTabularExpr(a, ctx) });
      else ctx.bind(p, { kind: 'scalar', expr: compileExpr(a, { columns: [] }, ctx), source: a });
    });
    return compileBody(bound.body, ctx, node);
  });
}

/**
 * The argument node for each parameter of a `let` function: positional, then `name = value`,
 * then the parameter's default value.
 */
export function argumentsByParameter(call: Syn, params: readonly string[], defaults: readonly (Syn | undefined)[] | undefined, ctx: CompileContext): (Syn | undefined)[] {
  const given = call.get('ArgumentList')?.list('Expressions') ?? [];
  const out: (Syn | undefined)[] = params.map((_, i) => defaults?.[i]);
  // A positional argument takes the next parameter no named argument has taken:
  // `f(len=3, input)` binds input to the second parameter (assert-function.md's example).
  const named = new Set<number>();
  let position = 0;
  for (const a of given) {
    if (a.kind === 'SimpleNamedExpression') {
      const at = params.indexOf(a.get('Name')!.simpleName);
      if (at < 0) return ctx.fail('unsupportedArgument', a, `no parameter ${a.get('Name')!.simpleName}`);
      out[at] = a.get('Expression');
      named.add(at);
    } else {
      while (named.has(position)) position++;
      out[position++] = a;
    }
  }
  return out;
}

/** Compiles a function body `{ let ...; expr }` whose parameters are already bound. */
export function compileBody(body: Syn, ctx: CompileContext, at: Syn): Relation {
  for (const st of body.list('Statements')) compileLet(st, ctx);
  const expr = body.get('Expression');
  if (!expr) return ctx.fail('unsupportedExpression', at, 'function body without a query');
  return compileTabularExpr(expr, ctx);
}

/** Binds one `let` statement. */
export function compileLet(st: Syn, ctx: CompileContext): void {
  if (st.kind !== 'LetStatement') return;
  const name = st.get('Name')!.simpleName;
  const expr = st.get('Expression')!;
  if (expr.kind === 'FunctionDeclaration') {
    const params = expr.get('Parameters')!.list('Parameters');
    ctx.bind(name, {
      kind: 'function',
      params: params.map((p) => p.get('NameAndType')?.get('Name')?.simpleName ?? ''),
      tabularParams: params.map((p) => p.get('NameAndType')?.get('Type')?.kind === 'SchemaTypeExpression'),
      defaults: params.map((p) => p.get('DefaultValue')?.get('Value')),
      declaredColumns: params.map((p) => (p.get('NameAndType')?.get('Type')?.kind === 'SchemaTypeExpression' ? p.get('NameAndType')?.get('Name')?.columns().map((c) => c.name) : undefined)),
      schemaSpans: params.map((p) => {
        const t = p.get('NameAndType')?.get('Type');
        return t?.kind === 'SchemaTypeExpression' ? { start: t.start, end: t.start + t.length } : undefined;
      }),
      body: expr.get('Body')!,
    });
    return;
  }
  if (expr.isTabular) ctx.bind(name, { kind: 'table', relation: compileTabularExpr(expr, ctx) });
  else ctx.bind(name, { kind: 'scalar', expr: compileExpr(expr, { columns: [] }, ctx), source: expr });
}

/** Compiles any expression that yields a table. */
export function compileTabularExpr(node: Syn, ctx: CompileContext): Relation {
  switch (node.kind) {
    case 'PipeExpression': {
      const input = compileTabularExpr(node.get('Expression')!, ctx);
      return applyOperator(node.get('Operator')!, input, ctx);
    }
    case 'ParenthesizedExpression':
      return compileTabularExpr(node.get('Expression')!, ctx);
    case 'MaterializeExpression':
      return materialize(node, ctx);
    case 'NameReference': {
      const binding = ctx.lookup(node.simpleName);
      if (binding?.kind === 'table') return binding.relation;
      if (binding?.kind === 'function' && binding.params.length === 0) return ctx.withScope(() => compileBody(binding.body, ctx, node));
      if (node.symbol?.kind === 'Table') return tableRelation(node);
      return ctx.fail('unsupportedExpression', node, `'${node.simpleName}' is not a table here`);
    }
    case 'FunctionCallExpression':
      return callTabularFunction(node, ctx);
    case 'DataTableExpression':
      return compileDatatable(node, ctx);
    default:
      return applyOperator(node, undefined, ctx);
  }
}

/** Applies one query operator to its input (none for operators that start a query). */
export function applyOperator(op: Syn, input: Relation | undefined, ctx: CompileContext): Relation {
  const handler = (OPERATORS as Readonly<Record<string, (typeof OPERATORS)[keyof typeof OPERATORS]>>)[op.kind];
  if (!handler) return ctx.fail('unsupportedOperator', op, op.kind.replace(/Operator$/, ''));
  return handler(op, input, ctx);
}
