import { graphErrors } from '../errors';

/** One `"property:value"` clause of `$search`. */
export interface SearchClause {
  readonly property: string;
  readonly value: string;
}

/** `$search` as clauses joined left to right by AND / OR. */
export interface SearchExpression {
  readonly first: SearchClause;
  readonly rest: readonly { readonly op: 'and' | 'or'; readonly clause: SearchClause }[];
}

/** Reads one `"property:value"` clause at `i` (backslash escapes `\"` and `\\`); returns it and the next index. */
function readClause(text: string, i: number): { clause: SearchClause; next: number } {
  if (text[i] !== '"') throw graphErrors.invalidSearch(`Syntax error at position ${i}. Use "property:value".`);
  let raw = '';
  let j = i + 1;
  for (;;) {
    const c = text[j];
    if (c === undefined) throw graphErrors.invalidSearch('Unterminated quoted search clause.');
    if (c === '\\' && j + 1 < text.length) {
      raw += text[j + 1];
      j += 2;
      continue;
    }
    if (c === '"') break;
    raw += c;
    j++;
  }
  const colon = raw.indexOf(':');
  if (colon <= 0) throw graphErrors.invalidSearch(`Syntax error in "${raw.slice(0, 20)}". Use "property:value".`);
  return { clause: { property: raw.slice(0, colon).trim(), value: raw.slice(colon + 1) }, next: j + 1 };
}

/** Parses `"displayName:woodgrove" OR "mail:fin"`. Directory objects need the `property:` prefix. */
export function parseSearch(text: string): SearchExpression {
  const clauses: { op: 'and' | 'or'; clause: SearchClause }[] = [];
  let op: 'and' | 'or' = 'and';
  let i = 0;
  const skipSpace = (): void => {
    while (text[i] === ' ') i++;
  };
  skipSpace();
  for (;;) {
    const { clause, next } = readClause(text, i);
    clauses.push({ op, clause });
    i = next;
    skipSpace();
    if (i >= text.length) break;
    const word = /^(AND|OR)\s+/.exec(text.slice(i));
    if (!word) throw graphErrors.invalidSearch(`Syntax error at position ${i}.`);
    op = word[1] === 'OR' ? 'or' : 'and';
    i += word[0].length;
  }
  const [first, ...others] = clauses;
  if (!first) throw graphErrors.invalidSearch('empty search');
  return { first: first.clause, rest: others };
}

const tokens = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Graph's tokenized matching: every search token is a prefix of some token of the value. */
export function clauseMatches(value: unknown, clause: SearchClause): boolean {
  const values = Array.isArray(value) ? value : [value];
  const wanted = tokens(clause.value);
  return values.some((v) => {
    if (typeof v !== 'string') return false;
    if (wanted.length === 0) return true;
    const have = tokens(v);
    return wanted.every((w) => have.some((h) => h.startsWith(w)));
  });
}

/** Whether a row satisfies a search expression. */
export function matchesSearch(row: Readonly<Record<string, unknown>>, s: SearchExpression): boolean {
  let result = clauseMatches(row[s.first.property], s.first);
  for (const { op, clause } of s.rest) {
    const m = clauseMatches(row[clause.property], clause);
    result = op === 'and' ? result && m : result || m;
  }
  return result;
}

/** Every property a search expression names. */
export function searchProperties(s: SearchExpression): string[] {
  return [s.first.property, ...s.rest.map((r) => r.clause.property)];
}
