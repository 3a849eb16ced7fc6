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
import { literalOf } from '../../language/literals';

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

/** A call that reads columns by a name in a string or the whole row, or a function of the query (whose body is not looked into). */
function readsColumnsByName(node: Syn, ctx: CompileContext): boolean {
  if (node.kind !== 'FunctionCallExpression') return false;
  const name = node.get('Name')?.simpleName ?? '';
  return ROW_READERS.has(name) || ctx.lookup(name)?.kind === 'function';
}

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
  if (readsColumnsByName(node, ctx)) return false;
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

/** Keys a struct field can be named by inline (see keysReadLater). */
const PLAIN_KEY = /^[A-Za-z0-9_]+$/;

/** Pass-through operators that keep their input's column objects (so a STRUCT column stays known). */
const KEEP_COLUMN_OBJECTS = new Set(['FilterOperator', 'ExtendOperator', 'SortOperator', 'TakeOperator', 'TopOperator', 'SerializeOperator']);

/** The key `ref` (a reference to the column) is read by: `ref.key`, `ref['key']`, `ref.['key']`. */
function keyRead(ref: Syn): string | undefined {
  const p = ref.parent;
  if (!p || !ref.same(p.get('Expression'))) return undefined;
  const sel = p.get('Selector');
  let key: string | undefined;
  if (sel?.kind === 'BracketedExpression') {
    const e = sel.get('Expression');
    const v = e?.kind === 'StringLiteralExpression' ? literalOf(e) : undefined;
    key = v?.kind === 'string' ? v.value : undefined;
  } else if (p.kind === 'PathExpression' && sel?.kind === 'NameReference') key = sel.simpleName;
  return key !== undefined && PLAIN_KEY.test(key) ? key : undefined;
}

/** Adds the keys `node` reads column `name` by; false when it reads it any other way or names it anew. */
function collectKeys(node: Syn, name: string, keys: Set<string>, ctx: CompileContext): boolean {
  if (node.kind === 'StarExpression') return false;
  if (node.kind === 'NameDeclaration' && node.simpleName === name) return false;
  if (readsColumnsByName(node, ctx)) return false;
  if (node.kind === 'NameReference' && node.simpleName === name) {
    const key = keyRead(node);
    if (key === undefined) return false;
    keys.add(key);
    return true;
  }
  for (const c of node.children()) {
    if (c.isToken) continue;
    // `x.name`: the selector names a key, not a column (a computed `x.[expr]` key is read).
    if (node.kind === 'PathExpression' && c.same(node.get('Selector')) && c.kind === 'NameReference') continue;
    if (!collectKeys(c, name, keys, ctx)) return false;
  }
  return true;
}

/**
 * The keys by which the rest of `op`'s chain reads its output column `name`, when that is the
 * only way it is read: every reference is `name.key` / `name['key']` with a plain-word key, through
 * where / extend / sort / take / top / serialize, up to an operator that keeps only the columns it
 * names (so the column is never returned or passed on whole), and no two keys differ only by
 * case. Undefined otherwise.
 */
export function keysReadLater(op: Syn, name: string, ctx: CompileContext): readonly string[] | undefined {
  const keys = new Set<string>();
  for (const next of laterOperators(op)) {
    const keepOnly = KEEP_ONLY_NAMED.has(next.kind);
    if (!keepOnly && !KEEP_COLUMN_OBJECTS.has(next.kind)) return undefined;
    if (!collectKeys(next, name, keys, ctx)) return undefined;
    if (!keepOnly) continue;
    // DuckDB's STRUCT field names ignore case: keys that differ only by case cannot be fields.
    const distinct = new Set([...keys].map((k) => k.toLowerCase())).size === keys.size;
    return keys.size > 0 && distinct ? [...keys].sort() : undefined;
  }
  return undefined;
}
