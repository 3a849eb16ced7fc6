/**
 * A structural checker for Bicep files, for machines without the Bicep compiler (`az bicep build`
 * downloads it; no npm package bundles it). It is not a compiler: it tokenises the file (comments,
 * strings with `${}` interpolation, multi-line strings), checks brackets balance, collects the
 * declarations (param, var, resource, module, output), and reports references to undeclared
 * symbols, duplicate symbols, unused parameters, resource types without a dated API version, and
 * module paths that do not exist.
 */

export type Kind = 'param' | 'var' | 'resource' | 'module' | 'output';

export interface Declaration {
  readonly kind: Kind;
  readonly name: string;
  /** `param`/`output`: the type; `resource`/`module`: the quoted type or path. */
  readonly detail: string;
  /** `param`: whether it has a default value. */
  readonly hasDefault: boolean;
  readonly line: number;
}

export interface LintResult {
  readonly errors: string[];
  readonly declarations: Declaration[];
}

interface Token {
  readonly type: 'ident' | 'string' | 'punct' | 'number';
  readonly text: string;
  readonly line: number;
}

const KEYWORDS = new Set([
  'param', 'var', 'resource', 'module', 'output', 'targetScope', 'existing', 'if', 'for', 'in', 'true', 'false', 'null',
  'string', 'int', 'bool', 'object', 'array', 'import', 'metadata', 'type', 'func',
]);
/** Namespaces and functions that need no declaration (Bicep's `sys` and `az`). */
const BUILTINS = new Set([
  'sys', 'az', 'resourceGroup', 'subscription', 'tenant', 'managementGroup', 'deployment', 'environment',
  'subscriptionResourceId', 'resourceId', 'tenantResourceId', 'extensionResourceId', 'reference', 'list', 'listKeys',
  'uniqueString', 'guid', 'take', 'skip', 'concat', 'empty', 'length', 'split', 'last', 'first', 'json', 'string', 'int',
  'bool', 'toLower', 'toUpper', 'replace', 'contains', 'union', 'intersection', 'map', 'filter', 'reduce', 'sort',
  'contains', 'format', 'join', 'base64', 'trim', 'startsWith', 'endsWith', 'substring', 'indexOf', 'range', 'min', 'max',
  'coalesce', 'utcNow', 'dateTimeAdd', 'uri', 'items', 'objectKeys', 'any', 'description', 'minLength', 'maxLength',
  'minValue', 'maxValue', 'secure', 'allowed', 'metadata', 'batchSize', 'export', 'sealed', 'discriminator', 'loadTextContent',
  'loadJsonContent', 'loadFileAsBase64', 'pickZones', 'providers', 'tryGet', 'flatten', 'toObject', 'shallowMerge',
]);

function tokenize(text: string, errors: string[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const push = (type: Token['type'], t: string): void => { tokens.push({ type, text: t, line }); };
  // Inside `${ ... }` of a string we tokenise the expression; `depth` counts nested braces there.
  const interp: number[] = [];
  const readString = (): void => {
    // at the opening quote (or resuming after an interpolation's closing brace)
    let s = '';
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\\') { s += text.slice(i, i + 2); i += 2; continue; }
      if (c === '\n') { errors.push(`line ${line}: newline inside a single-quoted string`); line++; }
      if (c === "'") { i++; push('string', s); return; }
      if (c === '$' && text[i + 1] === '{') { push('string', s); push('punct', '${'); i += 2; interp.push(0); return; }
      s += c;
      i++;
    }
    errors.push(`line ${line}: unterminated string`);
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') { line++; i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (c === '/' && text[i + 1] === '/') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) { errors.push(`line ${line}: unterminated comment`); break; }
      line += (text.slice(i, end).match(/\n/g) ?? []).length;
      i = end + 2;
      continue;
    }
    if (text.startsWith("'''", i)) {
      const end = text.indexOf("'''", i + 3);
      if (end < 0) { errors.push(`line ${line}: unterminated multi-line string`); break; }
      push('string', text.slice(i + 3, end));
      line += (text.slice(i, end).match(/\n/g) ?? []).length;
      i = end + 3;
      continue;
    }
    if (c === "'") { i++; readString(); continue; }
    if (interp.length > 0 && c === '{') { interp[interp.length - 1]!++; push('punct', '{'); i++; continue; }
    if (interp.length > 0 && c === '}') {
      if (interp[interp.length - 1] === 0) { interp.pop(); push('punct', '}$'); i++; readString(); continue; }
      interp[interp.length - 1]!--;
      push('punct', '}');
      i++;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 200));
    if (ident) { push('ident', ident[0]); i += ident[0].length; continue; }
    const num = /^\d+/.exec(text.slice(i, i + 50));
    if (num) { push('number', num[0]); i += num[0].length; continue; }
    const op = /^(=>|==|!=|<=|>=|&&|\|\||\?\?|\.\?|[{}()[\].,:=?!<>+\-*/%@|&])/.exec(text.slice(i, i + 2));
    if (op) { push('punct', op[0]); i += op[0].length; continue; }
    errors.push(`line ${line}: unexpected character ${JSON.stringify(c)}`);
    i++;
  }
  return tokens;
}

function checkBrackets(tokens: readonly Token[], errors: string[]): void {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{', '}$': '${' };
  const stack: Token[] = [];
  for (const t of tokens) {
    if (t.type !== 'punct') continue;
    if (['(', '[', '{', '${'].includes(t.text)) stack.push(t);
    else if (t.text in pairs) {
      const open = stack.pop();
      if (!open || open.text !== pairs[t.text]) errors.push(`line ${t.line}: "${t.text === '}$' ? '}' : t.text}" does not close ${open ? `"${open.text}" of line ${open.line}` : 'anything'}`);
    }
  }
  for (const open of stack) errors.push(`line ${open.line}: "${open.text}" is never closed`);
}

/** Checks one Bicep file. `exists(relativePath)` answers whether a module path exists. */
export function lintBicep(text: string, exists: (relativePath: string) => boolean = () => true): LintResult {
  const errors: string[] = [];
  const tokens = tokenize(text, errors);
  checkBrackets(tokens, errors);

  // Declarations start a line at bracket depth 0 (after decorators).
  const declarations: Declaration[] = [];
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type === 'punct' && ['(', '[', '{', '${'].includes(t.text)) depth++;
    if (t.type === 'punct' && [')', ']', '}', '}$'].includes(t.text)) depth--;
    if (depth !== 0 || t.type !== 'ident' || !['param', 'var', 'resource', 'module', 'output'].includes(t.text)) continue;
    const prev = tokens[k - 1];
    if (prev && prev.line === t.line) continue; // a word inside an expression, not a declaration
    const name = tokens[k + 1];
    if (!name || name.type !== 'ident') { errors.push(`line ${t.line}: ${t.text} without a name`); continue; }
    const detail = tokens[k + 2]?.text ?? '';
    let hasDefault = false;
    if (t.text === 'param') {
      for (let j = k + 3; j < tokens.length && tokens[j]!.line === t.line; j++) if (tokens[j]!.text === '=') hasDefault = true;
    }
    declarations.push({ kind: t.text as Kind, name: name.text, detail, hasDefault, line: t.line });
  }

  const symbols = new Map<string, Declaration>();
  for (const d of declarations) {
    if (d.kind === 'output') continue;
    if (symbols.has(d.name)) errors.push(`line ${d.line}: "${d.name}" is declared twice`);
    symbols.set(d.name, d);
    if (d.kind === 'resource' && !/^[A-Za-z]+\.[A-Za-z]+(\/[A-Za-z]+)+@\d{4}-\d{2}-\d{2}(-preview)?$/.test(d.detail)) {
      errors.push(`line ${d.line}: resource "${d.name}" has type "${d.detail}", not Namespace/type@yyyy-mm-dd`);
    }
    if (d.kind === 'module' && !exists(d.detail)) errors.push(`line ${d.line}: module "${d.name}" path ${d.detail} does not exist`);
  }

  // References: identifiers in expression position that are not keywords, property names,
  // property accesses, lambda parameters, built-ins or declared symbols.
  const used = new Set<string>();
  const lambdaParams = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type === 'ident' && tokens[k + 1]?.text === '=>') lambdaParams.add(t.text);
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type !== 'ident') continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (prev && (prev.text === '.' || prev.text === '.?' || prev.text === '@')) continue;
    if (KEYWORDS.has(t.text) && !symbols.has(t.text)) continue;
    const declaredHere = prev && prev.type === 'ident' && ['param', 'var', 'resource', 'module', 'output'].includes(prev.text);
    if (declaredHere) continue;
    // the type after `param name` / `output name`
    const before = tokens[k - 2];
    if (before && ['param', 'output'].includes(before.text) && prev?.type === 'ident') continue;
    if (next?.text === ':' && prev && ['{', ',', '}'].includes(prev.text)) continue; // object key
    if (next?.text === ':' && prev && prev.line < t.line) continue; // object key on its own line
    if (lambdaParams.has(t.text) || BUILTINS.has(t.text)) continue;
    if (symbols.has(t.text)) { used.add(t.text); continue; }
    errors.push(`line ${t.line}: "${t.text}" is not declared`);
  }
  for (const d of declarations) {
    if (d.kind === 'param' && !used.has(d.name)) errors.push(`line ${d.line}: parameter "${d.name}" is never used`);
  }
  return { errors, declarations };
}
