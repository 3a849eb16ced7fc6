/**
 * Which columns of an operator's output the rest of its pipe chain can read or return: the names
 * the later operators reference (the binder resolved them), up to the first operator that keeps
 * only the columns it names (project, summarize, distinct, count, …). `summarize arg_max(x, *)`
 * uses it to pack only those columns of each row (corpus: `arg_max(TimeGenerated, *) by AppId`
 * over millions of sign-ins, then `project` of two columns).
 *
 * Undefined means "any column may be": the chain ends before such an operator (its result is
 * returned, or used by a `let`, a join, …), or a later operator reads columns by pattern or all at
 * once (`*`, pack_all(), column_ifexists(), a function defined in the query, evaluate, union, as,
 * getschema, …). The set may hold more names than are read (a superset is always safe).
 */
import type { Syn } from '../../language/syntax';
import type { CompileContext } from '../context';

/** Operators after which none of the input's columns are left but the ones they name. */
const KEEP_ONLY_NAMED = new Set([
  'ProjectOperator', 'SummarizeOperator', 'DistinctOperator', 'CountOperator', 'TopNestedOperator',
  'MakeSeriesOperator', 'SampleDistinctOperator',
]);

/** Operators that pass the columns they do not name through (reading the ones they name). */
const PASS_THROUGH = new Set([
  'FilterOperator', 'ExtendOperator', 'SortOperator', 'TakeOperator', 'TopOperator', 'ProjectAwayOperator',
  'ProjectRenameOperator', 'ProjectReorderOperator', 'SerializeOperator', 'RenderOperator', 'ParseOperator',
  'ParseWhereOperator', 'ParseKvOperator', 'MvExpandOperator', 'SampleOperator', 'JoinOperator', 'LookupOperator',
]);

/** Functions that read columns by a name in a string, or the whole row. */
const ROW_READERS = new Set(['pack_all', 'column_ifexists', 'columnifexists']);

/** The operators after `op` in its pipe chain, first to last. */
function laterOperators(op: Syn): Syn[] {
  const out: Syn[] = [];
  let node = op.parent;
  if (node?.kind !== 'PipeExpression' || !op.same(node.get('Operator'))) return out;
  for (let parent = node.parent; parent?.kind === 'PipeExpression' && node.same(parent.get('Expression')); parent = parent.parent) {
    const next = parent.get('Operator');
    if (next) out.push(next);
    node = parent;
  }
  return out;
}

/** Adds the names `node` references to `names`; false when it reads columns some other way. */
function collectNames(node: Syn, names: Set<string>, ctx: CompileContext): boolean {
  if (node.kind === 'StarExpression') return false;
  if (node.kind === 'NameReference' || node.kind === 'BracketedName' || node.kind === 'IdentifierName') {
    const n = node.simpleName;
    if (n) names.add(n);
  }
  if (node.kind === 'FunctionCallExpression') {
    const name = node.get('Name')?.simpleName ?? '';
    if (ROW_READERS.has(name) || ctx.lookup(name)?.kind === 'function') return false;
  }
  for (const c of node.children()) if (!c.isToken && !collectNames(c, names, ctx)) return false;
  return true;
}

/** The column names of `op`'s output the rest of its chain can read or return (see the module). */
export function columnsReadLater(op: Syn, ctx: CompileContext): ReadonlySet<string> | undefined {
  const names = new Set<string>();
  for (const next of laterOperators(op)) {
    if (!KEEP_ONLY_NAMED.has(next.kind) && !PASS_THROUGH.has(next.kind)) return undefined;
    if (!collectNames(next, names, ctx)) return undefined;
    if (KEEP_ONLY_NAMED.has(next.kind)) return names;
  }
  return undefined;
}
