import { describe, expect, it } from 'vitest';
import { encodeQueryValue, odataFilter, odataLiteral, odataPathSegment, odataQuery, odataSearch, odataString } from '../../src/sources/graph';

describe('odataString', () => {
  it('quotes and doubles single quotes', () => {
    expect(odataString("O'Brien")).toBe("'O''Brien'");
    expect(odataString('')).toBe("''");
    expect(odataString("' or 1 eq 1 or '")).toBe("''' or 1 eq 1 or '''");
  });
  it('leaves look-alike quotes as data', () => {
    expect(odataString('O\u2019Brien \u02BC')).toBe("'O\u2019Brien \u02BC'");
  });
  it('replaces lone surrogates so the literal can be URL-encoded', () => {
    expect(odataString('a\uD800b')).toBe("'a\uFFFDb'");
    expect(() => encodeQueryValue(odataString('\uDC00'))).not.toThrow();
  });
});

describe('odataLiteral and odataFilter', () => {
  it('writes each kind of value', () => {
    expect(odataLiteral(3)).toBe('3');
    expect(odataLiteral(true)).toBe('true');
    expect(odataLiteral(null)).toBe('null');
    expect(odataLiteral(new Date('2026-11-01T00:00:00Z'))).toBe('2026-11-01T00:00:00.000Z');
    expect(() => odataLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => odataLiteral(new Date('nope'))).toThrow(RangeError);
  });
  it('turns every interpolation into a literal', () => {
    const name = "x') or (1 eq 1";
    expect(odataFilter`startswith(displayName,${name}) and accountEnabled eq ${true}`).toBe(
      "startswith(displayName,'x'') or (1 eq 1') and accountEnabled eq true",
    );
  });
});

describe('odataSearch', () => {
  it('double-quotes the clause and escapes quote and backslash', () => {
    expect(odataSearch('displayName', 'Megan')).toBe('"displayName:Megan"');
    expect(odataSearch('displayName', 'a"b\\c')).toBe('"displayName:a\\"b\\\\c"');
  });
  it('rejects a property that is not an identifier', () => {
    expect(() => odataSearch('displayName:x" OR "mail', 'a')).toThrow(RangeError);
  });
});

describe('odataQuery', () => {
  it('encodes values so they cannot end their option', () => {
    const q = odataQuery({
      filter: odataFilter`displayName eq ${'A & B #1 + 100% /x'}`,
      select: ['id', 'displayName'],
      top: 5,
      count: true,
    });
    expect(q).toBe("?$filter=displayName%20eq%20'A%20%26%20B%20%231%20%2B%20100%25%20/x'&$select=id,displayName&$top=5&$count=true");
    const params = new URLSearchParams(q);
    expect(params.get('$filter')).toBe("displayName eq 'A & B #1 + 100% /x'");
    expect([...params.keys()]).toEqual(['$filter', '$select', '$top', '$count']);
  });
  it('writes every option and nothing when empty', () => {
    expect(odataQuery({})).toBe('');
    const q = odataQuery({ search: odataSearch('displayName', 'Fin'), orderby: ['displayName desc'], expand: 'owners($select=id)', skip: 0 });
    expect(new URLSearchParams(q).get('$search')).toBe('"displayName:Fin"');
    expect(new URLSearchParams(q).get('$orderby')).toBe('displayName desc');
    expect(new URLSearchParams(q).get('$expand')).toBe('owners($select=id)');
  });
  it('rejects bad names and counts', () => {
    expect(() => odataQuery({ select: ['id,mail'] })).toThrow(RangeError);
    expect(() => odataQuery({ orderby: ['x; drop'] })).toThrow(RangeError);
    expect(() => odataQuery({ select: ['displayName desc'] })).toThrow(RangeError);
    expect(() => odataQuery({ orderby: ['displayName sideways'] })).toThrow(RangeError);
    expect(odataQuery({ orderby: ['signInActivity/lastSignInDateTime desc', 'displayName'] })).toBe('?$orderby=signInActivity/lastSignInDateTime%20desc,displayName');
    expect(() => odataQuery({ top: -1 })).toThrow(RangeError);
    expect(() => odataQuery({ top: 1.5 })).toThrow(RangeError);
  });
});

describe('odataPathSegment', () => {
  it('encodes a key as one segment', () => {
    expect(odataPathSegment("o'brien@woodgrovebank.com")).toBe('o%27brien%40woodgrovebank.com');
    expect(odataPathSegment('../groups?x=1#')).toBe('..%2Fgroups%3Fx%3D1%23');
    for (const dots of ['.', '..', '%2e', '.%2E', '']) expect(() => odataPathSegment(dots)).toThrow(RangeError);
  });
});
