/**
 * mv-expand, parse and parse-where (src/kql/compile/operators/expand.ts) on what their pages in
 * Microsoft's KQL reference state beyond the pages' own examples (those run one by one in
 * test/mutation/docs-expand.mutation.ts). Every expected value follows from the cited sentence of
 * the page, not from our output. Written for issue 23's mutation module kql-operators-expand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { refused, rows, table } from './helpers';

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

// mv-expand-operator.md, Returns: "If the dynamic value is null, then a single record is produced
// for that value (null). If the dynamic value is an empty array or property bag, no record is
// produced for that value"; "All arrays or property bags are expanded "in parallel" so that missing
// values (if any) are replaced by null values"; RowLimit: "The maximum number of rows generated
// from each original row"; "kind=array or bagexpansion=array: Property bags are expanded into
// two-element [key, value] array structures"; "When ArrayExpression is used and Name doesn't equal
// any input column name, the expanded value is extended into a new column in the output.
// Otherwise, the existing ColumnName is replaced"; Typename: "Array elements that don't conform
// with the declared type become null values".
describe('mv-expand (mv-expand-operator.md)', () => {
  it('a null value gives one record, an empty array or bag none', async () => {
    expect(await rows('datatable(a:long, b:dynamic) [1, dynamic(null), 2, dynamic([]), 3, dynamic({}), 4, dynamic([7])] | mv-expand b | sort by a asc')).toEqual([[1, null], [4, 7]]);
  });
  it('two columns in parallel: the shorter is filled with nulls', async () => {
    expect(await rows('datatable(a:long, b:dynamic, c:dynamic) [1, dynamic([1, 2, 3]), dynamic(["x"])] | mv-expand b, c')).toEqual([[1, 1, 'x'], [1, 2, null], [1, 3, null]]);
    expect(await rows('datatable(a:long, b:dynamic, c:dynamic) [1, dynamic(["x"]), dynamic([1, 2])] | mv-expand b, c')).toEqual([[1, 'x', 1], [1, null, 2]]);
  });
  it('limit: at most that many rows from each input row', async () => {
    expect(await rows('datatable(a:long, b:dynamic) [1, dynamic([10, 20, 30]), 2, dynamic([40])] | mv-expand b limit 2')).toEqual([[1, 10], [1, 20], [2, 40]]);
    expect(await rows('datatable(a:long, b:dynamic) [1, dynamic([10, 20, 30])] | mv-expand b limit 0')).toEqual([]);
  });
  it('kind=array and its legacy spelling bagexpansion=array: [key, value] per property', async () => {
    const T = 'datatable(a:long, b:dynamic) [1, dynamic({"p": "x", "q": 2})]';
    expect(await rows(`${T} | mv-expand kind=array b`)).toEqual([[1, ['p', 'x']], [1, ['q', 2]]]);
    expect(await rows(`${T} | mv-expand bagexpansion=array b`)).toEqual([[1, ['p', 'x']], [1, ['q', 2]]]);
    expect(await rows(`${T} | mv-expand kind=bag b`)).toEqual([[1, { p: 'x' }], [1, { q: 2 }]]);
    expect(await rows(`${T} | mv-expand bagexpansion=bag b`)).toEqual([[1, { p: 'x' }], [1, { q: 2 }]]);
  });
  it('Name = expression: a new name adds a column, an input column\'s name replaces it', async () => {
    expect(await rows('datatable(a:long, b:dynamic) [1, dynamic([5, 6])] | mv-expand c = b')).toEqual([[1, [5, 6], 5], [1, [5, 6], 6]]);
    expect(await rows('datatable(a:long, b:dynamic, c:dynamic) [1, dynamic([9]), dynamic([5, 6])] | mv-expand b = c | project a, b')).toEqual([[1, 5], [1, 6]]);
  });
  it('an expression that is not a column (ArrayExpression: "a scalar expression with a value of type dynamic")', async () => {
    expect(await rows('datatable(s:string) ["[1,2]"] | mv-expand v = parse_json(s)')).toEqual([['[1,2]', 1], ['[1,2]', 2]]);
    expect(await rows('datatable(s:string) ["x,y"] | mv-expand v = split(s, ",") to typeof(string)')).toEqual([['x,y', 'x'], ['x,y', 'y']]);
  });
  it('to typeof(): the column has that type; elements that do not conform are null', async () => {
    const t = await table('datatable(b:dynamic) [dynamic([1, "x", 3])] | mv-expand b to typeof(long)');
    expect(t.columns).toEqual(['b:long']);
    expect(t.rows).toEqual([[1], [null], [3]]);
    expect((await table('datatable(b:dynamic) [dynamic([true, false])] | mv-expand b to typeof(bool)')).rows).toEqual([[true], [false]]);
    expect((await table('datatable(b:dynamic) [dynamic([1.5, 2])] | mv-expand b to typeof(real)')).rows).toEqual([[1.5], [2]]);
    expect((await table('datatable(b:dynamic) [dynamic([7])] | mv-expand b to typeof(int)')).columns).toEqual(['b:int']);
  });
  // "The operation of applying type is cast-only and doesn't include parsing or type-conversion.
  // Array elements that don't conform with the declared type become null values."
  it('to typeof(int / long / bool / guid): an element of another kind is null, not converted (was: 2.5 → 3, 1 → true, "x" kept as a guid)', async () => {
    expect(await rows('print d = dynamic([1, "a", 2.5]) | mv-expand d to typeof(int)')).toEqual([[1], [null], [null]]);
    expect(await rows('print d = dynamic([1, "a", 2.5]) | mv-expand d to typeof(long)')).toEqual([[1], [null], [null]]);
    expect(await rows('print d = dynamic([true, 1, "x"]) | mv-expand d to typeof(bool)')).toEqual([[true], [null], [null]]);
    expect(await rows('print d = dynamic(["8ef2a5f4-2c5a-4a6b-9d3e-2f6c1b0a7e11", "x"]) | mv-expand d to typeof(guid)')).toEqual([['8ef2a5f4-2c5a-4a6b-9d3e-2f6c1b0a7e11'], [null]]);
  });
  // The page's example (mv-expand with_itemindex=Index x) shows the index after the expanded column.
  it('with_itemindex: the index, from 0, of each item in its own array', async () => {
    expect(await rows('datatable(b:dynamic) [dynamic(["p", "q"]), dynamic(["r"])] | mv-expand with_itemindex=i b')).toEqual([['p', 0], ['q', 1], ['r', 0]]);
  });
  it('a kind other than bag or array is refused', async () => {
    expect(await refused('datatable(b:dynamic) [dynamic([1])] | mv-expand kind=list b')).not.toBe('ran');
  });
});

// parse-operator.md: "The calculated columns return null values for unsuccessfully parsed
// strings"; simple: "All string delimiters should appear in the parsed string, and all extended
// columns must match the required types"; relaxed: "Extended columns that didn't match the required
// types get the value null"; "If you use option kind = simple for the following query, you get null
// results for all extended columns"; regexFlags "i for case-insensitive"; "Use * in the pattern to
// skip junk values"; "If the parsed expression isn't of type string, it will be converted".
// parse-where-operator.md: rows that do not parse are dropped.
describe('parse and parse-where (parse-operator.md, parse-where-operator.md)', () => {
  const S = 'datatable(s:string) ["a=x, n=12", "a=y, n=abc", "nothing here"]';
  it('simple: a column of the wrong type makes every column of the row null', async () => {
    expect(await rows(`${S} | parse s with "a=" a:string ", n=" n:long | project a, n`)).toEqual([['x', 12], ['', null], ['', null]]);
  });
  it('relaxed: only the column of the wrong type is null', async () => {
    expect(await rows(`${S} | parse kind=relaxed s with "a=" a:string ", n=" n:long | project a, n`)).toEqual([['x', 12], ['y', null], ['', null]]);
  });
  it('parse-where keeps only the rows that parse', async () => {
    expect(await rows(`${S} | parse-where s with "a=" a:string ", n=" n:long | project a, n`)).toEqual([['x', 12]]);
    expect(await rows(`${S} | parse-where kind=relaxed s with "a=" a:string ", n=" n:long | project a, n`)).toEqual([['x', 12], ['y', null]]);
  });
  it('the delimiters are text, not patterns, in simple mode', async () => {
    expect(await rows('datatable(s:string) ["v=(1).2", "v=x12"] | parse s with "v=(" v:long ")." w:long | project v, w')).toEqual([[1, 2], [null, null]]);
  });
  it('a pattern that starts with a column, and * to skip text', async () => {
    expect(await rows('datatable(s:string) ["alice@contoso.com"] | parse s with user "@" * | project user')).toEqual([['alice']]);
    expect(await rows('datatable(s:string) ["id 42 and more"] | parse s with * "id " n:long " " * | project n')).toEqual([[42]]);
  });
  it('regex mode with the i flag matches whatever the case', async () => {
    expect(await rows('datatable(s:string) ["Hello World"] | parse kind=regex flags=i s with "HELLO " w:string | project w')).toEqual([['World']]);
    expect(await rows('datatable(s:string) ["Hello World"] | parse kind=regex s with "HELLO " w:string | project w')).toEqual([['']]);
  });
  it('a number parsed after conversion to text', async () => {
    expect(await rows('datatable(n:long) [1234] | parse n with a:long "3" b:long | project a, b')).toEqual([[12, 4]]);
  });
  it('other typed columns: real, bool, timespan, guid, datetime', async () => {
    const q = 'datatable(s:string) ["r=1.5;b=true;t=01:02:03;g=01234567-89ab-cdef-0123-456789abcdef;d=2020-01-02"] | parse s with "r=" r:real ";b=" b:bool ";t=" t:timespan ";g=" g:guid ";d=" d:datetime | project r, b, t, g, d';
    expect(await rows(q)).toEqual([[1.5, true, '01:02:03', '01234567-89ab-cdef-0123-456789abcdef', '2020-01-02T00:00:00.000Z']]);
  });
});
