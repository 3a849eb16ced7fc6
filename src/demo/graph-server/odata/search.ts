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

const CLAUSE = /^\s*"([^":]+):([^"]*)"\s*/;
const JOIN = /^(AND|OR)\s+/;

/** Parses `"displayName:woodgrove" OR "mail:fin"`. Directory objects need the `property:` prefix. */
export function parseSearch(text: string): SearchExpression {
  let rest = text.trim();
  const clauses: { op: 'and' | 'or'; clause: SearchClause }[] = [];
  let op: 'and' | 'or' = 'and';
  for (;;) {
    const m = CLAUSE.exec(rest);
    if (!m) throw graphErrors.invalidSearch(`Syntax error at '${rest.slice(0, 20)}'. Use "property:value".`);
    clauses.push({ op, clause: { property: (m[1] ?? '').trim(), value: m[2] ?? '' } });
    rest = rest.slice(m[0].length);
    if (rest.length === 0) break;
    const j = JOIN.exec(rest);
    if (!j) throw graphErrors.invalidSearch(`Syntax error at '${rest.slice(0, 20)}'.`);
    op = j[1] === 'OR' ? 'or' : 'and';
    rest = rest.slice(j[0].length);
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
