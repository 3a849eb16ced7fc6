import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFilter } from '../../src/demo/graph-server/odata/filter-parser';
import { matchesFilter } from '../../src/demo/graph-server/odata/filter-eval';
import { checkFilter } from '../../src/demo/graph-server/odata/filter-capabilities';
import { clauseMatches, parseSearch } from '../../src/demo/graph-server/odata/search';
import { FilterSyntaxError } from '../../src/demo/graph-server/odata/filter-lexer';

const literal = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const row = { displayName: "O'Brien (Admin)", userType: 'Member', accountEnabled: true, createdDateTime: '2026-01-02T03:04:05Z', proxyAddresses: ['SMTP:a@x.com'], status: { errorCode: 50126 } };

describe('$filter parsing and evaluation', () => {
  it.each([
    ["displayName eq 'O''Brien (Admin)'", true],
    ["startsWith(displayName,'o''bri')", true],
    ["userType eq 'Guest' or accountEnabled eq true", true],
    ["userType eq 'Guest' or accountEnabled eq true and displayName eq 'x'", false],
    ["(userType eq 'Guest' or accountEnabled eq true) and not(displayName eq 'x')", true],
    ['createdDateTime ge 2026-01-01T00:00:00Z and createdDateTime le 2026-01-02T03:04:05Z', true],
    ['createdDateTime gt 2026-01-02T03:04:05Z', false],
    ["proxyAddresses/any(p:startsWith(p,'smtp:'))", true],
    ["proxyAddresses/any(p:p eq 'smtp:b@x.com')", false],
    ['status/errorCode eq 50126', true],
    ['status/errorCode ne 0', true],
    ["userType in ('Guest','Member')", true],
    ['accountEnabled eq null', false],
    ['manager eq null', true],
  ])('%s → %s', (text, expected) => {
    expect(matchesFilter(parseFilter(text), row)).toBe(expected);
  });

  it.each(["displayName eq 'open", 'displayName eq', "displayName eq 'a' and", 'eq 1', "startsWith(displayName 'a')", 'displayName ~ 1', "a/any(x x eq 'b')"])(
    'rejects %j with a positioned syntax error',
    (text) => {
      expect(() => parseFilter(text)).toThrow(FilterSyntaxError);
    },
  );

  it('any string literal round-trips through OData quoting', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(matchesFilter(parseFilter(`displayName eq ${literal(s)}`), { displayName: s })).toBe(true);
      }),
    );
  });

  it('checks capabilities: basic, advanced-only, unsupported', () => {
    const caps = { properties: { displayName: 'eq startsWith | endsWith', tags: 'any eq' }, not: 'advanced' as const };
    expect(checkFilter(parseFilter("displayName eq 'a'"), caps)).toEqual({ kind: 'ok', needsAdvanced: false });
    expect(checkFilter(parseFilter("endsWith(displayName,'a')"), caps)).toEqual({ kind: 'ok', needsAdvanced: true });
    expect(checkFilter(parseFilter("not(displayName eq 'a')"), caps)).toEqual({ kind: 'ok', needsAdvanced: true });
    expect(checkFilter(parseFilter("tags/any(t:t eq 'x')"), caps)).toEqual({ kind: 'ok', needsAdvanced: false });
    expect(checkFilter(parseFilter("tags eq 'x'"), caps).kind).toBe('unsupportedProperty');
    expect(checkFilter(parseFilter("mail eq 'x'"), caps)).toEqual({ kind: 'unsupportedProperty', property: 'mail' });
    expect(checkFilter(parseFilter("displayName ne 'x'"), caps)).toEqual({ kind: 'unsupportedOperator', property: 'displayName', op: 'ne' });
  });
});

describe('$search', () => {
  it('parses clauses with AND / OR and backslash escapes', () => {
    expect(parseSearch('"displayName:a\\"b" OR "mail:c:d"')).toEqual({
      first: { property: 'displayName', value: 'a"b' },
      rest: [{ op: 'or', clause: { property: 'mail', value: 'c:d' } }],
    });
    expect(() => parseSearch('displayName:a')).toThrow();
    expect(() => parseSearch('"displayName"')).toThrow();
    expect(() => parseSearch('"displayName:a" XOR "mail:b"')).toThrow();
  });

  it('matches tokens by prefix, case-insensitively', () => {
    expect(clauseMatches('Megan Bowen', { property: 'displayName', value: 'bow' })).toBe(true);
    expect(clauseMatches('Megan Bowen', { property: 'displayName', value: 'owen' })).toBe(false);
    expect(clauseMatches('Megan Bowen', { property: 'displayName', value: 'megan bo' })).toBe(true);
  });
});
