/**
 * The OData literal and query builders (src/sources/graph/odata.ts), output for output: every
 * literal kind, every refused value with its message, every escape and the exact encoding of a
 * query string. The fuzz tests (odata-fuzz.test.ts) check the same functions against a parser.
 */
import { describe, expect, it } from 'vitest';
import {
  assertIdentifier, encodeQueryValue, odataFilter, odataLiteral, odataPathSegment, odataQuery, odataSearch, odataString, wellFormed,
} from '../../src/sources/graph/odata';

describe('wellFormed', () => {
  it('replaces lone surrogates only', () => {
    expect(wellFormed('a\uD800')).toBe('a\uFFFD');
    expect(wellFormed('\uDC00a')).toBe('\uFFFDa');
    expect(wellFormed('\uD800x\uDC00')).toBe('\uFFFDx\uFFFD');
    expect(wellFormed('\uDBFF\uDFFF')).toBe('\uDBFF\uDFFF');
    expect(wellFormed('\uD83D\uDE00 ok \uD800\uD800\uDC00')).toBe('\uD83D\uDE00 ok \uFFFD\uD800\uDC00');
    expect(wellFormed('\uDC00\uDC00')).toBe('\uFFFD\uFFFD');
    expect(wellFormed('plain')).toBe('plain');
  });
});

describe('literals', () => {
  it('odataString doubles every single quote and nothing else', () => {
    expect(odataString("''")).toBe("''''''");
    expect(odataString("a'b'c")).toBe("'a''b''c'");
    expect(odataString('"\\%&')).toBe("'\"\\%&'");
    expect(odataString('x\uDC00')).toBe("'x\uFFFD'");
  });

  it('odataLiteral writes each kind, and refuses numbers and dates that are not values', () => {
    expect(odataLiteral(null)).toBe('null');
    expect(odataLiteral("O'Brien")).toBe("'O''Brien'");
    expect(odataLiteral(true)).toBe('true');
    expect(odataLiteral(false)).toBe('false');
    expect(odataLiteral(0)).toBe('0');
    expect(odataLiteral(-12.5)).toBe('-12.5');
    expect(odataLiteral(new Date('2024-03-13T08:15:00Z'))).toBe('2024-03-13T08:15:00.000Z');
    expect(() => odataLiteral(Number.POSITIVE_INFINITY)).toThrow(new RangeError('Not a finite number: Infinity'));
    expect(() => odataLiteral(Number.NaN)).toThrow(new RangeError('Not a finite number: NaN'));
    expect(() => odataLiteral(new Date('nope'))).toThrow(new RangeError('Invalid date'));
  });

  it('odataFilter turns every interpolated value into a literal', () => {
    expect(odataFilter`a eq ${"x'y"} and b eq ${3} or c eq ${null}`).toBe("a eq 'x''y' and b eq 3 or c eq null");
    expect(odataFilter`${true}`).toBe('true');
    expect(odataFilter`no values`).toBe('no values');
    expect(odataFilter`x ${'a'}${'b'} y`).toBe("x 'a''b' y");
  });

  it('odataSearch quotes the clause and escapes backslash and double quote', () => {
    expect(odataSearch('displayName', 'a"b\\c')).toBe('"displayName:a\\"b\\\\c"');
    expect(odataSearch('mail', "O'Brien \uD800")).toBe('"mail:O\'Brien \uFFFD"');
    expect(() => odataSearch('display Name', 'x')).toThrow(new RangeError('Not an OData property name: "display Name"'));
  });
});

describe('assertIdentifier', () => {
  it.each(['a', '_a', '@odata.type', 'signInActivity/lastSignInDateTime', 'a.b', 'A9_x', 'x@y'])('accepts %s', (name) => {
    expect(() => assertIdentifier(name)).not.toThrow();
  });
  it.each(['', '1a', '.a', '/a', 'a b', 'a,b', 'a)', "a'", 'a-b', 'a\nb', 'ab '])('refuses %j', (name) => {
    expect(() => assertIdentifier(name)).toThrow(new RangeError(`Not an OData property name: ${JSON.stringify(name)}`));
  });
});

describe('encodeQueryValue', () => {
  it('keeps $ , : @ / readable and encodes everything that could end an option', () => {
    expect(encodeQueryValue("$a,b:c@d/e&f=g#h+i%j?k l'm(n)o\"p;q")).toBe("$a,b:c@d/e%26f%3Dg%23h%2Bi%25j%3Fk%20l'm(n)o%22p%3Bq");
    expect(encodeQueryValue('é\uD800')).toBe('%C3%A9%EF%BF%BD');
    expect(encodeQueryValue('%24%2C')).toBe('%2524%252C');
  });
});

describe('odataQuery', () => {
  it('writes every option in a fixed order, encoded', () => {
    expect(odataQuery({
      filter: "displayName eq 'A&B'", search: '"displayName:x"', select: ['id', 'displayName'], expand: 'manager($select=id)',
      orderby: ['displayName desc', 'createdDateTime asc', 'id'], top: 5, skip: 0, count: true,
    })).toBe("?$filter=displayName%20eq%20'A%26B'&$search=%22displayName:x%22&$select=id,displayName&$expand=manager($select%3Did)&$orderby=displayName%20desc,createdDateTime%20asc,id&$top=5&$skip=0&$count=true");
    expect(odataQuery({ count: false })).toBe('?$count=false');
    expect(odataQuery({ top: 0 })).toBe('?$top=0');
  });

  it('is empty without options, and leaves out empty lists', () => {
    expect(odataQuery({})).toBe('');
    expect(odataQuery({ select: [], orderby: [] })).toBe('');
    expect(odataQuery({ filter: '' })).toBe('?$filter=');
  });

  it('refuses select and orderby items that are not property paths', () => {
    expect(() => odataQuery({ select: ['id', 'x,y'] })).toThrow(new RangeError('Not an OData property name: "x,y"'));
    expect(() => odataQuery({ orderby: ['displayName DESC'] })).toThrow(new RangeError('Not an OData property name: "displayName DESC"'));
    expect(() => odataQuery({ orderby: ['a asc desc'] })).toThrow(new RangeError('Not an OData property name: "a asc"'));
    expect(() => odataQuery({ orderby: [' desc'] })).toThrow(new RangeError('Not an OData property name: ""'));
    expect(() => odataQuery({ orderby: ['a;b asc'] })).toThrow(new RangeError('Not an OData property name: "a;b"'));
    expect(() => odataQuery({ orderby: ['a\nb asc'] })).toThrow(new RangeError('Not an OData property name: "a\\nb asc"'));
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.MAX_SAFE_INTEGER + 1]])('refuses $top and $skip of %s', (n) => {
    expect(() => odataQuery({ top: n })).toThrow(new RangeError('$top must be a non-negative integer'));
    expect(() => odataQuery({ skip: n })).toThrow(new RangeError('$skip must be a non-negative integer'));
  });
});

describe('odataPathSegment', () => {
  it.each(['.', '..', '%2e', '%2E%2e', '.%2E', ''])('refuses the dot segment or empty key %j', (v) => {
    expect(() => odataPathSegment(v)).toThrow(new RangeError(`Not a usable key: ${JSON.stringify(v)}`));
  });
  it('encodes everything else as one segment, quotes included', () => {
    expect(odataPathSegment('...')).toBe('...');
    expect(odataPathSegment('.a')).toBe('.a');
    expect(odataPathSegment('a.')).toBe('a.');
    expect(odataPathSegment('x..')).toBe('x..');
    expect(odataPathSegment('a%2e')).toBe('a%252e');
    expect(odataPathSegment('%2e%2e%2e')).toBe('%252e%252e%252e');
    expect(odataPathSegment("O'Brien/x?y#z")).toBe('O%27Brien%2Fx%3Fy%23z');
    expect(odataPathSegment('karita@woodgrovebank.com')).toBe('karita%40woodgrovebank.com');
    expect(odataPathSegment('a\uD800')).toBe('a%EF%BF%BD');
  });
});
