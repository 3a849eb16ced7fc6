/**
 * `project-by-names` (project-by-names-operator.md): the input columns named by string patterns
 * (`*` is a wildcard), by dynamic arrays of them, or by `column_names_of(T)`, in the order the
 * patterns come (a wildcard keeps input order); a name that matches nothing is skipped. The
 * names must be known when compiling: literals, `let` values and function parameters bound to
 * literals. And `invoke` (invoke-operator.md): `T | invoke f(a, …)` is `f(T, a, …)`.
 */
import type { Column, CompileContext, Relation } from '../context';
import type { Syn } from '../../language/syntax';
import { dynamicJson, literalOf } from '../../language/literals';
import { argumentsByParameter, compileBody, compileTabularExpr } from '../tabular-ref';
import { compileExpr } from '../expr/expressions';
import { requireInput } from './basic';
import type { OperatorHandler } from './types';
import { RebindNeeded } from '../rebind';

/** The column-name patterns an argument stands for. */
function patterns(node: Syn, ctx: CompileContext): string[] {
  if (node.kind === 'ParenthesizedExpression') return patterns(node.get('Expression')!, ctx);
  if (node.kind === 'NameReference') {
    const b = ctx.lookup(node.simpleName);
    if (b?.kind === 'scalar' && b.source) return patterns(b.source, ctx);
    return ctx.fail('unsupportedArgument', node, `project-by-names: ${node.simpleName} is not known when compiling`);
  }
  if (node.kind === 'FunctionCallExpression' && node.get('Name')?.simpleName === 'column_names_of') {
    const arg = node.get('ArgumentList')?.list('Expressions')[0];
    if (!arg) return ctx.fail('unsupportedArgument', node, 'column_names_of() needs a table');
    return compileTabularExpr(arg, ctx).columns.map((c) => c.name);
  }
  const v = literalOf(node);
  if (v.kind === 'string') return [v.value];
  if (v.kind === 'dynamic') {
    // dynamicJson reads the literal's syntax (KQL allows single quotes: dynamic(['Country'])).
    const parsed = node.kind === 'DynamicExpression' ? dynamicJson(node) : (JSON.parse(v.json) as unknown);
    const list = Array.isArray(parsed) ? parsed : [parsed];
    if (list.every((x) => typeof x === 'string')) return list as string[];
  }
  return ctx.fail('unsupportedArgument', node, 'project-by-names: strings, arrays of strings or column_names_of()');
}

function matcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes('*')) return (n) => n === pattern;
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[\\^$.+?()[\]{}|/-]/g, '\\$&')).join('.*')}$`);
  return (n) => re.test(n);
}

export const projectByNames: OperatorHandler = (op, input, ctx) => {
  const rel = requireInput(input, op, ctx);
  const chosen: Column[] = [];
  for (const arg of op.list('Expressions')) {
    for (const p of patterns(arg, ctx)) {
      const match = matcher(p);
      for (const c of rel.columns) if (match(c.name) && !chosen.includes(c)) chosen.push(c);
    }
  }
  return { sql: `SELECT ${chosen.length > 0 ? chosen.map((c) => c.ref).join(', ') : '1 AS "#empty"'} FROM (${rel.sql}) AS t`, columns: chosen };
};

export const invoke: OperatorHandler = (op, input, ctx) => {
  const rel: Relation = requireInput(input, op, ctx);
  const call = op.get('Function') ?? op.children().find((c) => c.kind === 'FunctionCallExpression');
  const name = call?.get('Name')?.simpleName ?? '';
  const bound = ctx.lookup(name);
  if (!call || bound?.kind !== 'function' || !bound.tabularParams[0]) return ctx.fail('unsupportedOperator', op, `invoke ${name}() (a function defined in the query, with a table as its first parameter)`);
  // Kusto.Language typed the body with the declared columns; a wider input would not match it.
  const declared = bound.declaredColumns?.[0];
  const extra = rel.columns.find((c) => !declared?.includes(c.name));
  if (extra) {
    const detail = `invoke ${name}() with a column its table parameter does not declare (${extra.name})`;
    const span = bound.schemaSpans?.[0];
    if (!span) return ctx.fail('unsupportedOperator', op, detail);
    // Bind the query again with the parameter declared as the actual table (compile/rebind.ts).
    throw new RebindNeeded(span.start, span.end, rel.columns, { at: op.start, length: op.length, detail });
  }
  const args = argumentsByParameter(call, bound.params.slice(1), bound.defaults?.slice(1), ctx);
  return ctx.withScope(() => {
    ctx.bind(bound.params[0]!, { kind: 'table', relation: rel });
    bound.params.slice(1).forEach((p, i) => {
      const a = args[i];
      if (!a) return;
      if (a.isTabular) ctx.bind(p, { kind: 'table', relation: compileTabularExpr(a, ctx) });
      else ctx.bind(p, { kind: 'scalar', expr: compileExpr(a, { columns: [] }, ctx), source: a });
    });
    return compileBody(bound.body, ctx, op);
  });
};
