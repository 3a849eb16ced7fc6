/**
 * String functions and operators whose results feed further computation: the type a function
 * returns (extract-function.md's typeof), bool results of the string operators, term prefixes and
 * suffixes inside a term (hasprefix-operator.md, hassuffix-operator.md), numeric `in`
 * (in-operator.md). Added after the first mutation runs of kql-strings-* (TESTING.md).
 */
import { describe, expect, it } from 'vitest';
import { rows, table } from './helpers';

const one = async (expr: string): Promise<unknown> => ((await rows(`print r = ${expr}`)) as unknown[][])[0]![0];

describe('a typed extract() computes as its type (extract-function.md)', () => {
  it.each<[string, unknown]>([
    ['extract("x=([0-9.]+)", 1, "hello x=45.6|wo", typeof(real)) + 1', 46.6],
    // long and int divide as integers; real does not
    ['extract(@"(\\d+)", 1, "id 5", typeof(long)) / 2', 2],
    ['extract(@"(\\d+)", 1, "id 5", typeof(int)) / 2', 2],
    ['extract(@"(\\d+)", 1, "id 5", typeof(real)) / 2', 2.5],
    ['extract(@"(\\d{4}-\\d\\d-\\d\\d)", 1, "on 2020-01-02", typeof(datetime)) + 1d', '2020-01-03T00:00:00.000Z'],
    ['strlen("abc") / 2', 1],
    ['strcmp("b", "a") + 1', 2],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toEqual(expected);
  });
});

describe('string operators return bool (datatypes-string-operators.md)', () => {
  it('every operator gives a bool column', async () => {
    const t = await table('print a = "a b" has "a", b = "ab" contains "a", c = "a" in ("a"), d = "a b" has_any ("a"), e = "ab" matches regex "a", f = "ab" =~ "AB", g = "a b" hasprefix "a", h = "a b" !has "a", i = "a" !in~ ("A"), j = "a b" has_all ("a")');
    expect(t.columns).toEqual(['a:bool', 'b:bool', 'c:bool', 'd:bool', 'e:bool', 'f:bool', 'g:bool', 'h:bool', 'i:bool', 'j:bool']);
    expect(t.rows).toEqual([[true, true, true, true, true, true, true, false, false, true]]);
  });
});

describe('prefix and suffix of a term, with a right side computed per row', () => {
  it('hasprefix needs the start of a term, hassuffix its end', async () => {
    const q = 'datatable(s:string, n:string) ["North America", "merica", "North America", "Nort"] | project p = s hasprefix n, q = s hassuffix n, r = s hasprefix_cs n, t = s hassuffix_cs n';
    expect(await rows(q)).toEqual([[false, true, false, true], [true, false, true, false]]);
  });
  it('a dot in the right side is matched as itself', async () => {
    expect(await one('"a.b c" has "a.b"')).toBe(true);
    expect(await one('"ab c" has "a.b"')).toBe(false);
    expect(await one('"a.b c" hasprefix "a.b"')).toBe(true);
  });
});

describe('in compares numbers as numbers (in-operator.md)', () => {
  it.each<[string, boolean]>([
    ['2 in (2.0)', true],
    ['3 in (2.5)', false],
    ['2.0 in (2)', true],
    ['2 !in (2.0)', false],
    ['datetime(2020-01-01) in (datetime(2020-01-01), datetime(2021-01-01))', true],
    ['datetime(2020-01-02) in (datetime(2020-01-01))', false],
    ['2 in (dynamic([1.5, 2.0]))', true],
    ['datetime(2020-01-01) in (dynamic(["2020-01-01T00:00:00Z"]))', true],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });
});
