/**
 * Where Kusto.Language's binder is stricter than Microsoft's documentation, the documentation
 * wins. One case is known and kept here, narrowly:
 *
 * - `todynamic()` / `toobject()` of a dynamic value. The parse_json page lists them as
 *   "deprecated aliases" of parse_json and says "If json is of type dynamic, its value is used
 *   as-is"; Kusto.Language declares their argument as string only (KS107), while its parse_json
 *   takes string or dynamic. Real hunting queries rely on it
 *   (`todynamic(parse_user_agent(UserAgent, "browser"))`).
 *
 * Only a KS107 that sits exactly on such an argument, bound as dynamic, is dropped; every other
 * diagnostic stays.
 */
import type { Syn } from './syntax';

/** A binder error as analyze.ts reads it. */
export interface BinderError {
  readonly code: string;
  readonly start: number;
  readonly length: number;
}

const ALIASES_OF_PARSE_JSON = new Set(['todynamic', 'toobject']);

/** The node starting at `start` with width `length` (the smallest one that covers it). */
function nodeAt(root: Syn, start: number, length: number): Syn | undefined {
  let found: Syn | undefined;
  const visit = (n: Syn): void => {
    if (n.start > start || n.start + n.length < start + length) return;
    if (n.start === start && n.length === length && !n.isToken) found = n;
    for (const c of n.children()) visit(c);
  };
  visit(root);
  return found;
}

function isDynamicArgumentOfAlias(arg: Syn): boolean {
  if (arg.type !== 'dynamic') return false;
  let call = arg.parent;
  for (let up = 0; call && call.kind !== 'FunctionCallExpression' && up < 4; up++) call = call.parent;
  if (call?.kind !== 'FunctionCallExpression') return false;
  const name = call.get('Name')?.simpleName ?? '';
  const args = call.get('ArgumentList')?.list('Expressions') ?? [];
  return ALIASES_OF_PARSE_JSON.has(name) && args.length === 1 && args[0]!.same(arg);
}

/** Whether the documentation allows what this binder error refuses (see the file comment). */
export function documentationAllows(root: Syn, error: BinderError): boolean {
  if (error.code !== 'KS107') return false;
  const arg = nodeAt(root, error.start, error.length);
  return arg !== undefined && isDynamicArgumentOfAlias(arg);
}
