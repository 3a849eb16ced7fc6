/**
 * KQL's term operators and `in` against datatypes-string-operators.md and the operators' pages
 * (has-operator.md, has-anyoperator.md, has-all-operator.md, in-cs-operator.md, inoperator.md),
 * for what string-operators-docs.test.ts left open (the kql-strings-operators mutation run of
 * issue 23, TESTING.md):
 * - the right side of `has` is text, never a pattern: a regular-expression character in it
 *   matches only itself, so `"xa+b aab" has "a+b"` is false (the only "a+b" in the text is glued
 *   to the letter x, so it is not a whole term, and "aab" holds no "+");
 * - a term is a maximal run of letters and digits, so a term may start or end with a digit or an
 *   upper-case letter and a needle glued to a letter or digit is not a whole term;
 * - the pages' own examples not yet run.
 * Every expected value follows from the pages' definitions, not from our output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from './helpers';

const one = async (expr: string): Promise<unknown> => ((await rows(`print r = ${expr}`)) as unknown[][])[0]![0];

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

describe('the right side of has is text, not a pattern', () => {
  // Each needle occurs in the text only glued to a letter (not a whole term); elsewhere the text
  // holds what the needle would match as a regular expression. So the answer is false.
  it.each<[string, boolean]>([
    ['"xa.b axb" has "a.b"', false],
    ['"xa*b b" has "a*b"', false],
    ['"xa+b aab" has "a+b"', false],
    ['"xa?b b" has "a?b"', false],
    ['"xa|b" has "a|b"', false],
    ['"xa{2} aa" has "a{2}"', false],
    [String.raw`"xa\\b a" has "a\\b"`, false],
    // the needle as a whole term: true
    ['"a+b" has "a+b"', true],
    ['"a^b" has "a^b"', true],
    ['"a$b" has "a$b"', true],
    ['"(a) b" has "(a)"', true],
    ['"x [a] b" has "[a]"', true],
    ['"a|b" has "a|b"', true],
    [String.raw`"a\\b" has "a\\b"`, true],
    ['"x a*b" has "a*b"', true],
    ['"a?b" hasprefix "a?"', true],
    ['"b a?" hassuffix "a?"', true],
    // has_any / has_all take their literals the same way
    ['"xa.b axb" has_any ("a.b")', false],
    ['"xa+b aab" has_all ("a+b")', false],
    ['"q a+b" has_any ("zz", "a+b")', true],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });
});

describe('a term is a maximal run of letters and digits (datatypes-string-operators.md)', () => {
  const K = '"Kusto: ad67d136-c1db-4f9f-88ef-d94f3b6b0b5a;KustoExplorerQueryRun"';
  it.each<[string, boolean]>([
    // the page: "KustoExplorerQueryRun" has "Explorer" is false, contains is true
    ['"KustoExplorerQueryRun" has "Explorer"', false],
    ['"KustoExplorerQueryRun" contains "Explorer"', true],
    // terms that start or end with a digit: 4f9f, 88ef, d94f3b6b0b5a
    [`${K} has "4f9f"`, true],
    [`${K} has "f9f"`, false],
    [`${K} has "88e"`, false],
    [`${K} has "8ef"`, false],
    [`${K} has "d94f3b6b0b5"`, false],
    [`${K} has_cs "4f9f"`, true],
    // a needle starting with a digit or an upper-case letter still needs the start of a term
    ['"x4f9f" has "4f9f"', false],
    ['"xAbc" has "Abc"', false],
    ['"xAbc" has_cs "Abc"', false],
    ['"Abc9" has "Abc"', false],
    ['"Abc9" has_cs "Abc"', false],
    ['"Abc x" has_cs "Abc"', true],
    ['"9Abc" hassuffix "Abc"', true],
    ['"9Abc" hassuffix_cs "Abc"', true],
    ['"Abc9" hasprefix_cs "Abc"', true],
    ['"xAbc" hasprefix_cs "Abc"', false],
    ['"Abcx" hassuffix_cs "Abc"', false],
    ['"4f9fx" hassuffix "4f9f"', false],
    ['"x4f9f" hasprefix "4f9f"', false],
    // has_any / has_all use whole terms too
    [`${K} has_any ("f9f", "88e")`, false],
    [`${K} has_any ("f9f", "88ef")`, true],
    [`${K} has_all ("4f9f", "c1db", "ad67d136")`, true],
    [`${K} has_all ("4f9f", "c1d")`, false],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });
});

describe('the pages\' examples', () => {
  it.each<[string, boolean]>([
    // datatypes-string-operators.md, the "Example (yields true)" column
    ['"North and South America" has_all("south", "north")', true],
    ['"North America" has_any("south", "north")', true],
    ['"Abc" in~ ("123", "345", "abc")', true],
    ['"bCa" !in~ ("123", "345", "ABC")', true],
    ['"aBc" == "aBc"', true],
    ['"abc" != "ABC"', true],
    // and the same operators where the answer is false
    ['"North America" has_all("south", "north")', false],
    ['"South Africa" has_any("north", "america")', false],
    ['"Abc" in ("123", "345", "abc")', false],
    ['"bCa" !in~ ("123", "BCA")', false],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });

  it('has_any with a dynamic array of states (has-anyoperator.md)', async () => {
    const q = "let states = dynamic(['south', 'north']); datatable(State:string) ['NORTH CAROLINA', 'NEW YORK', 'ATLANTIC SOUTH', 'SOUTHERN OHIO'] | where State has_any (states)";
    expect(await rows(q)).toEqual([['NORTH CAROLINA'], ['ATLANTIC SOUTH']]);
  });

  it('has_all with a dynamic array (has-all-operator.md): every element a term', async () => {
    const q = "let criteria = dynamic(['cold', 'hail']); datatable(n:string) ['cold and hail', 'cold rain', 'hailstorm, cold', 'hail; cold'] | where n has_all (criteria)";
    expect(await rows(q)).toEqual([['cold and hail'], ['hail; cold']]);
  });

  it('has_any and has_all with a tabular expression: its first column\'s values (has-anyoperator.md, has-all-operator.md)', async () => {
    const X = "datatable(x:string) ['North America', 'South Africa', 'Asia', 'Northern Europe']";
    const S = "(datatable(s:string, n:long) ['south', 1, 'NORTH', 2])";
    expect(await rows(`${X} | where x has_any (${S})`)).toEqual([['North America'], ['South Africa']]);
    expect(await rows(`${X} | where x has_all ((datatable(s:string, n:long) ['america', 1, 'NORTH', 2]))`)).toEqual([['North America']]);
    expect(await rows(`let T = datatable(s:string) ['hail', 'cold']; datatable(n:string) ['cold and hail', 'cold rain', 'hailstorm, cold'] | where n has_all (T)`)).toEqual([['cold and hail']]);
    expect(await rows(`let T = datatable(s:string) ['hail', 'cold']; datatable(n:string) ['cold and hail', 'rain', 'hailstorm, cold'] | where n has_any (T)`)).toEqual([['cold and hail'], ['hailstorm, cold']]);
    expect(await one(`"North and South America" has_all (${S})`)).toBe(true);
    expect(await one(`"North America" has_all (${S})`)).toBe(false);
    expect(await one(`"Northern Asia" has_any (${S})`)).toBe(false);
  });

  it('in with a dynamic array (in-cs-operator.md): case-sensitive', async () => {
    const q = "let states = dynamic(['FLORIDA', 'ATLANTIC SOUTH', 'GEORGIA']); datatable(State:string) ['FLORIDA', 'Florida', 'GEORGIA', 'TEXAS'] | where State in (states)";
    expect(await rows(q)).toEqual([['FLORIDA'], ['GEORGIA']]);
  });
});

describe('in: equal to one of the elements (datatypes-string-operators.md, in-cs-operator.md)', () => {
  it.each<[string, boolean]>([
    // a long and a real are equal only when their values are: 2 is not 2.5
    ['2 in (2.5)', false],
    ['2 !in (2.5)', true],
    ['2 in (dynamic([1]), 2.5)', false],
    ['3 in (dynamic([1]), 2.5)', false],
    ['2 in (dynamic([1]), 2.0)', true],
    ['2.5 in (2, 3)', false],
    // in~ ignores case on both sides, elements of a dynamic array included
    ['"b" in~ (dynamic(["A", "B"]))', true],
    ['"b" !in~ (dynamic(["A", "B"]))', false],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });

  it('a dynamic value on the left compares with each element', async () => {
    const D = 'datatable(d:dynamic) [dynamic({"k":"a"}), dynamic({"k":"c"}), dynamic({"k":2})]';
    expect(await rows(`${D} | where d.k in (dynamic(["a", "b"]))`)).toEqual([[{ k: 'a' }]]);
    expect(await rows(`${D} | where d.k in ("a", "b")`)).toEqual([[{ k: 'a' }]]);
    expect(await rows(`${D} | where d.k in (2, 5)`)).toEqual([[{ k: 2 }]]);
    expect(await rows(`${D} | where d.k in~ ("A", "b")`)).toEqual([[{ k: 'a' }]]);
  });
});

describe('term operators with a right side computed per row (the same rules as a literal)', () => {
  // Each row: text, needle. The answers follow the term rules above; undefined where the pages do
  // not say (whether "xa+b" ends with the term suffix "a+b": a needle of several terms).
  const R = `datatable(s:string, n:string) [
    "x4f9f", "4f9f",
    "ad67d136-4f9f", "4f9f",
    "xAbc", "Abc",
    "Abc9", "Abc",
    "9Abc", "Abc",
    "Abc x", "ABC",
    "xa+b aab", "a+b",
    "q a+b", "a+b",
  ]`;
  it.each<[string, (boolean | undefined)[]]>([
    ['s has n', [false, true, false, false, false, true, false, true]],
    ['s !has n', [true, false, true, true, true, false, true, false]],
    ['s has_cs n', [false, true, false, false, false, false, false, true]],
    ['s hasprefix n', [false, true, false, true, false, true, false, true]],
    ['s hassuffix n', [true, true, true, false, true, true, undefined, true]],
    ['s hasprefix_cs n', [false, true, false, true, false, false, false, true]],
    ['s hassuffix_cs n', [true, true, true, false, true, false, undefined, true]],
    ['s has_any (n)', [false, true, false, false, false, true, false, true]],
    ['s has_all (n, "zzz")', [false, false, false, false, false, false, false, false]],
  ])('%s', async (op, expected) => {
    const got = (await rows(`${R} | project r = ${op}`)).map((r) => r[0]);
    expect(got.map((b, i) => (expected[i] === undefined ? undefined : b))).toEqual(expected);
  });
});

describe('terms are runs of alphanumeric characters of any script (datatypes-string-operators.md, current page)', () => {
  // The current page: "maximal sequences of alphanumeric characters". A dash, a guillemet or a
  // no-break space of any script is not alphanumeric, so it separates terms; a letter with an
  // accent is alphanumeric, so it belongs to its term. (An older copy said "ASCII alphanumeric";
  // the current page wins.)
  it.each<[string, boolean]>([
    ['"North—America" has "america"', true],
    ['"a«bcd»e" has "bcd"', true],
    ['"North\u00a0America" has "north"', true],
    ['"North—America" hasprefix "amer"', true],
    ['"xéclair" has "éclair"', false],
    ['"xéclair" hassuffix "éclair"', true],
    ['"caféx" hasprefix "café"', true],
    ['"caféx" has "café"', false],
    ['"un café noir" has "café"', true],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });

  it('the same with a right side computed per row', async () => {
    const q = 'datatable(s:string, n:string) ["North—America", "america", "xéclair", "éclair", "a«bcd»e", "bcd", "caféx", "café"] | project r = s has n, p = s hasprefix n, q = s hassuffix n';
    expect(await rows(q)).toEqual([[true, true, true], [false, false, true], [true, true, true], [false, true, false]]);
  });
});
