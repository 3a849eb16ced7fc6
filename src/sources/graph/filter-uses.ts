/**
 * What a `$filter` expression asks of each property: `{ property, op }` pairs, read with a small
 * OData tokenizer (strings, numbers, dates and GUIDs are literals; `startsWith(p,…)`,
 * `p/any(x: x/q eq …)`, `not(…)` and `p eq null` are recognised). Pure; no evaluation.
 */

/** One use of a property in a filter; `any` marks a lambda over a collection property. */
export interface FilterUse {
  /** `status/errorCode`, `targetResources/id` (lambda: collection + element path), or `*` for `not`. */
  readonly property: string;
  readonly op: string;
  readonly lambda: boolean;
}

type Token = { readonly t: 'id' | 'lit' | 'punct'; readonly v: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) { i += 1; continue; }
    if (c === "'") {
      let j = i + 1;
      while (j < text.length && !(text[j] === "'" && text[j + 1] !== "'")) j += text[j] === "'" ? 2 : 1;
      out.push({ t: 'lit', v: text.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    if ('(),:'.includes(c)) { out.push({ t: 'punct', v: c }); i += 1; continue; }
    const guid = GUID.exec(text.slice(i));
    if (guid || /[0-9-]/.test(c)) {
      const m = guid ? guid[0] : /^[-0-9][\w:.+-]*/.exec(text.slice(i))![0];
      out.push({ t: 'lit', v: m });
      i += m.length;
      continue;
    }
    const id = /^[A-Za-z_$][\w$]*(\/[A-Za-z_$][\w$.]*)*/.exec(text.slice(i));
    if (id) { out.push({ t: 'id', v: id[0] }); i += id[0].length; continue; }
    out.push({ t: 'punct', v: c });
    i += 1;
  }
  return out;
}

const COMPARE = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'in', 'has']);
const FUNCTIONS: Readonly<Record<string, string>> = { startswith: 'startsWith', endswith: 'endsWith', contains: 'contains' };
const LITERAL_WORDS = new Set(['true', 'false', 'null']);

/** The property uses of a `$filter` text, in order. */
export function filterUses(text: string): FilterUse[] {
  const tokens = tokenize(text);
  const uses: FilterUse[] = [];
  /** Lambda variables in scope: variable → collection property. */
  const vars = new Map<string, string>();
  const resolve = (path: string): { property: string; lambda: boolean } => {
    const [first, ...rest] = path.split('/');
    const base = vars.get(first!);
    return base === undefined ? { property: path, lambda: false } : { property: [base, ...rest].join('/'), lambda: true };
  };
  for (let k = 0; k < tokens.length; k += 1) {
    const tok = tokens[k]!;
    if (tok.t !== 'id') continue;
    const lower = tok.v.toLowerCase();
    const next = tokens[k + 1];
    if (lower === 'not' && next?.v === '(') { uses.push({ property: '*', op: 'not', lambda: false }); continue; }
    if (lower === 'and' || lower === 'or' || lower === 'not' || LITERAL_WORDS.has(lower) || COMPARE.has(lower)) continue;
    const fn = FUNCTIONS[lower];
    if (fn && next?.v === '(') {
      const arg = tokens[k + 2];
      if (arg?.t === 'id') uses.push({ op: fn, ...resolve(arg.v) });
      k += 2;
      continue;
    }
    const lambda = /^(.*)\/(any|all)$/i.exec(tok.v);
    if (lambda && next?.v === '(') {
      const variable = tokens[k + 2];
      if (variable?.t === 'id' && tokens[k + 3]?.v === ':') vars.set(variable.v, resolve(lambda[1]!).property);
      k += 3;
      continue;
    }
    if (next?.t === 'id' && COMPARE.has(next.v.toLowerCase())) {
      const op = next.v.toLowerCase();
      const isNull = tokens[k + 2]?.v.toLowerCase() === 'null';
      uses.push({ op: isNull && op === 'eq' ? 'eqNull' : op, ...resolve(tok.v) });
      k += 1;
    }
  }
  return uses;
}
