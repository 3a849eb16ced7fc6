/**
 * KQL's string operators (src/kql/compile/expr/string-ops.ts) against the examples of
 * datatypes-string-operators.md and the operators' own pages (has, has_cs, hasprefix, hassuffix,
 * contains, startswith, endswith, ==~, in, has_any, has_all, matches regex): each operator with a
 * case that is true and one that is false, so a swapped case rule or negation shows. The mutation
 * module `kql-strings` runs this file.
 */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';

const K = '"Kusto: ad67d136-c1db-4f9f-88ef-d94f3b6b0b5a;KustoExplorerQueryRun"';
const one = async (expr: string): Promise<unknown> => ((await rows(`print r = ${expr}`)) as unknown[][])[0]![0];

describe('string operators on literals', () => {
  it.each<[string, boolean]>([
    // has: a whole term, case-insensitive; has_cs case-sensitive
    ['"North America" has "america"', true],
    ['"North America" has "amer"', false],
    ['"North America" !has "amer"', true],
    ['"North America" !has "america"', false],
    ['"North America" has_cs "America"', true],
    ['"North America" has_cs "america"', false],
    ['"North America" !has_cs "amer"', true],
    ['"North America" !has_cs "America"', false],
    // hasprefix / hassuffix: the start / end of a term
    ['"North America" hasprefix "ame"', true],
    ['"North America" hasprefix "mer"', false],
    ['"North America" !hasprefix "mer"', true],
    ['"North America" !hasprefix "ame"', false],
    ['"North America" hasprefix_cs "Ame"', true],
    ['"North America" hasprefix_cs "ame"', false],
    ['"North America" !hasprefix_cs "CA"', true],
    ['"North America" !hasprefix_cs "Ame"', false],
    ['"North America" hassuffix "ica"', true],
    ['"North America" hassuffix "americ"', false],
    ['"North America" !hassuffix "americ"', true],
    ['"North America" !hassuffix "ICA"', false],
    ['"North America" hassuffix_cs "ica"', true],
    ['"North America" hassuffix_cs "ICA"', false],
    ['"North America" !hassuffix_cs "icA"', true],
    ['"North America" !hassuffix_cs "ica"', false],
    // datatypes-string-operators.md, "What is a term?": the terms of this string are Kusto,
    // KustoExplorerQueryRun, ad67d136, c1db, 4f9f, 88ef and d94f3b6b0b5a
    [`${K} has "c1db"`, true],
    [`${K} has "ad67"`, false],
    [`${K} has "kustoexplorerqueryrun"`, true],
    [`${K} has "ExplorerQuery"`, false],
    [`${K} hasprefix "KustoExp"`, true],
    [`${K} hasprefix "QueryRun"`, false],
    [`${K} hassuffix "QueryRun"`, true],
    [`${K} hassuffix "KustoExp"`, false],
    // a dot in the right side is a character, not a pattern
    ['"axb c" has "a.b"', false],
    ['"axb c" hasprefix "a.b"', false],
    // contains / startswith / endswith and their _cs and ! forms
    ['"FabriKam" contains "BRik"', true],
    ['"Fabrikam" contains "xyz"', false],
    ['"Fabrikam" !contains "xyz"', true],
    ['"Fabrikam" !contains "BRIK"', false],
    ['"FabriKam" contains_cs "Kam"', true],
    ['"FabriKam" contains_cs "kam"', false],
    ['"Fabrikam" !contains_cs "Kam"', true],
    ['"Fabrikam" !contains_cs "kam"', false],
    ['"Fabrikam" startswith "fab"', true],
    ['"Fabrikam" startswith "kam"', false],
    ['"Fabrikam" !startswith "kam"', true],
    ['"Fabrikam" !startswith "FAB"', false],
    ['"Fabrikam" startswith_cs "Fab"', true],
    ['"Fabrikam" startswith_cs "fab"', false],
    ['"Fabrikam" !startswith_cs "fab"', true],
    ['"Fabrikam" !startswith_cs "Fab"', false],
    ['"Fabrikam" endswith "Kam"', true],
    ['"Fabrikam" endswith "brik"', false],
    ['"Fabrikam" !endswith "brik"', true],
    ['"Fabrikam" !endswith "KAM"', false],
    ['"Fabrikam" endswith_cs "kam"', true],
    ['"Fabrikam" endswith_cs "Kam"', false],
    ['"Fabrikam" !endswith_cs "brik"', true],
    ['"Fabrikam" !endswith_cs "kam"', false],
    // ==~ / !~ : equality ignoring case
    ['"abc" =~ "ABC"', true],
    ['"abc" =~ "ABD"', false],
    ['"aBc" !~ "xyz"', true],
    ['"abc" !~ "ABC"', false],
    // in / in~ and their negations
    ['"abc" in ("123", "345", "abc")', true],
    ['"abc" in ("123", "345", "ABC")', false],
    ['"bca" !in ("123", "345", "abc")', true],
    ['"abc" !in ("123", "345", "abc")', false],
    ['"abc" in~ ("123", "345", "ABC")', true],
    ['"abc" in~ ("123", "345", "xyz")', false],
    ['"bca" !in~ ("123", "345", "ABC")', true],
    ['"ABC" !in~ ("123", "345", "abc")', false],
    ['"b" in (dynamic(["a", "b"]))', true],
    ['"B" in (dynamic(["a", "b"]))', false],
    ['"B" in~ (dynamic(["a", "b"]))', true],
    // in-operator.md: a dynamic array in the list stands for its elements
    ['2 in (dynamic([1, 2]))', true],
    ['3 in (dynamic([1, 2]))', false],
    ['"a" in (dynamic([]))', false],
    ['"a" !in (dynamic([]))', true],
    ['2 in (1, 2, 3)', true],
    ['4 in (1, 2, 3)', false],
    // matches regex: case-sensitive
    ['"Fabrikam" matches regex "b.*k"', true],
    ['"Fabrikam" matches regex "B.*K"', false],
    // has_any / has_all: whole terms, case-insensitive
    ['"this is an example" has_any ("Example", "xyz")', true],
    ['"this is an example" has_any ("exam", "xyz")', false],
    ['"this is an example" has_all ("THIS", "example")', true],
    ['"this is an example" has_all ("this", "exam")', false],
    ['"this is an example" has_any (dynamic(["xyz", "an"]))', true],
    ['"this is an example" has_any (dynamic(["xyz", "a"]))', false],
    ['"this is an example" has_all (dynamic(["is", "an"]))', true],
    ['"this is an example" has_all (dynamic(["is", "xyz"]))', false],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });
});

describe('string operators with a right side computed per row', () => {
  const T = 'datatable(s:string, n:string) ["North America", "america", "North America", "amer", "North-America", "north"]';
  it.each<[string, unknown[][]]>([
    [`${T} | project r = s has n`, [[true], [false], [true]]],
    [`${T} | project r = s has_cs n`, [[false], [false], [false]]],
    [`${T} | project r = s !has n`, [[false], [true], [false]]],
    [`${T} | project r = s hasprefix n`, [[true], [true], [true]]],
    [`${T} | project r = s hasprefix_cs n`, [[false], [false], [false]]],
    [`${T} | project r = s hassuffix n`, [[true], [false], [true]]],
    [`${T} | project r = s contains n`, [[true], [true], [true]]],
    [`${T} | project r = s contains_cs n`, [[false], [false], [false]]],
    [`${T} | project r = s startswith n`, [[false], [false], [true]]],
    [`${T} | project r = s endswith n`, [[true], [false], [false]]],
    [`${T} | project r = s =~ n`, [[false], [false], [false]]],
    [`${T} | project r = s has_any (n, "xyz")`, [[true], [false], [true]]],
    [`${T} | project r = s has_all (n, "north")`, [[true], [false], [true]]],
    [`${T} | project r = s in (n, "North America")`, [[true], [true], [false]]],
    [`${T} | project r = s in~ (n, "NORTH-AMERICA")`, [[false], [false], [true]]],
    [`${T} | project r = s matches regex n`, [[false], [false], [false]]],
    [`${T} | project r = tolower(s) matches regex n`, [[true], [true], [true]]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });
  it('has an empty right side: true; a term next to punctuation counts as a term', async () => {
    expect(await rows('datatable(s:string, n:string) ["a b", "", "x-y.z", "y"] | project r = s has n')).toEqual([[true], [true]]);
  });
  it('in with a subquery compares each row with the subquery\'s first column', async () => {
    expect(await rows('datatable(s:string) ["a", "B", "c"] | where s in~ ((datatable(t:string) ["b", "C"])) | project s')).toEqual([['B'], ['c']]);
    expect(await rows('datatable(s:string) ["a", "B", "c"] | where s in ((datatable(t:string) ["b", "c"])) | project s')).toEqual([['c']]);
    expect(await rows('datatable(s:string) ["a", "B", "c"] | where s !in ((datatable(t:string) ["b", "c"])) | project s')).toEqual([['a'], ['B']]);
  });
});
