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

// The cases the mutation run of issue 23 found untested; each expected value from the cited page.
describe('mv-expand beyond the first cases (mv-expand-operator.md; issue 23, the mutation run)', () => {
  // bin-function.md's example: `mv-expand StartTime=range(Start, End, 1d) to typeof(datetime)`
  // gives one datetime per day; Typename: "Array elements that don't conform with the declared
  // type become null values" ("cast-only and doesn't include parsing").
  it('to typeof(datetime): the days of a range, as datetimes; a text that is no date and a number are null', async () => {
    const t = await table('print x = 1 | mv-expand t = range(datetime(2007-04-07), datetime(2007-04-09), 1d) to typeof(datetime) | project t');
    expect(t.columns).toEqual(['t:datetime']);
    expect(t.rows).toEqual([['2007-04-07T00:00:00.000Z'], ['2007-04-08T00:00:00.000Z'], ['2007-04-09T00:00:00.000Z']]);
    expect(await rows('print d = dynamic(["x", 5]) | mv-expand d to typeof(datetime)')).toEqual([[null], [null]]);
  });

  // scalar-data-types/int.md: "The int data type represents a signed, 32-bit wide, integer", so a
  // whole number past 2,147,483,647 does not conform to int (and is null), while it is a long.
  it('to typeof(int): a whole number too large for 32 bits is null; as a long it is kept', async () => {
    expect(await rows('print d = dynamic([1, 3000000000]) | mv-expand d to typeof(int)')).toEqual([[1], [null]]);
    expect(await rows('print d = dynamic([1, 3000000000]) | mv-expand d to typeof(long)')).toEqual([[1], [3000000000]]);
  });

  // IndexColumnName: "the index starting at 0 of the item in the original expanded collection";
  // Returns: the arrays are "expanded in parallel so that missing values (if any) are replaced by
  // null values". The index is the item's, not the first array's (was: null past the first
  // array's end).
  it('with_itemindex over two arrays of different lengths counts every item of the longer one (was: null past the first array\'s end)', async () => {
    const q = 'datatable(n:long, b:dynamic, c:dynamic) [1, dynamic([1]), dynamic([5, 6, 7]), 2, dynamic(null), dynamic([]), 3, dynamic([]), dynamic([8])] | mv-expand with_itemindex=i b, c | project n, i, b, c';
    expect(await rows(q)).toEqual([[1, 0, 1, 5], [1, 1, null, 6], [1, 2, null, 7], [2, 0, null, null], [3, 0, null, 8]]);
  });

  // ArrayExpression: "a scalar expression with a value of type dynamic"; without Name the binder
  // names each such column (Column1, Column2); Returns: the expansions run "in parallel" and a
  // missing value is null.
  it('two unnamed expressions: each its own new column, expanded in parallel', async () => {
    const t = await table('print x = 1 | mv-expand pack_array(1, 2), pack_array(3)');
    expect(t.columns).toEqual(['x:long', 'Column1:dynamic', 'Column2:dynamic']);
    expect(t.rows).toEqual([[1, 1, 3], [1, 2, null]]);
    const two = await table('datatable(a:long, z:long) [1, 2] | mv-expand pack_array(5, 6)');
    expect(two.columns).toEqual(['a:long', 'z:long', 'Column1:dynamic']);
    expect(two.rows).toEqual([[1, 2, 5], [1, 2, 6]]);
  });
  it('two named expressions that are not columns, expanded in parallel', async () => {
    expect(await rows('datatable(s:string) ["[1,2]"] | mv-expand v = parse_json(s), w = split(s, ",") | project v, w')).toEqual([[1, '[1'], [2, '2]']]);
  });
  // Returns: "Input columns that aren't expanded appear in the output with their original value":
  // another dynamic column read by key after the expansion keeps its value on every row.
  it('a dynamic column that is not expanded reads as before, beside one that is', async () => {
    const q = 'datatable(n:long, d:dynamic, e:dynamic) [1, dynamic([{"a":1},{"a":2}]), dynamic({"a":"z"})] | mv-expand d | extend x = tostring(d.a), y = tostring(e.a) | project n, x, y';
    expect(await rows(q)).toEqual([[1, '1', 'z'], [1, '2', 'z']]);
    const two = 'datatable(b:dynamic, c:dynamic) [dynamic([{"k":1},{"k":2}]), dynamic([{"k":"a"}])] | mv-expand b, c | project x = tostring(b.k), y = tostring(c.k)';
    expect(await rows(two)).toEqual([['1', 'a'], ['2', '']]);
  });

  // RowLimit (`int`): "The maximum number of rows generated from each original row". A negative
  // maximum, or one that changes from row to row, is not something the page describes: refused.
  it('limit: a negative count or a column is refused as unsupported', async () => {
    expect(await refused('datatable(a:long, b:dynamic) [1, dynamic([10, 20, 30])] | mv-expand b limit -1')).toBe('EA104');
    expect(await refused('datatable(a:long, b:dynamic) [1, dynamic([10, 20, 30])] | mv-expand b limit a')).toBe('EA104');
  });
});

describe('parse and parse-where beyond the first cases (parse-operator.md, parse-where-operator.md; issue 23, the mutation run)', () => {
  // columnType: "The scalar value that indicates the type to convert the value to"; a text
  // converts to dynamic as parse_json does (parse-json-function.md: JSON text "is parsed, and the
  // value produced is returned"; other text gives "an object of type dynamic that holds the
  // original string value"). Was: every value a JSON string.
  it('a dynamic column holds the parsed JSON value (was: the text as a JSON string)', async () => {
    const q = 'datatable(s:string) ["x={\\"k\\":1}", "x=[1,2]", "x=abc"] | parse s with "x=" d:dynamic | project k = d.k, t = gettype(d), d';
    expect(await rows(q)).toEqual([[1, 'dictionary', { k: 1 }], [null, 'array', [1, 2]], [null, 'string', 'abc']]);
  });

  // string.md, Concatenation of separated string literals: "when two or more adjacent string
  // literals have no separation between them, they're automatically combined".
  it('adjacent string literals in the pattern are one delimiter', async () => {
    expect(await rows('datatable(s:string) ["a=1", "a1"] | parse s with "a" "=" x:long | project x')).toEqual([[1], [null]]);
  });

  // int.md: 32 bits. simple kind: "all extended columns must match the required types", else (Returns
  // of parse) the columns are null.
  it('an int column: a number past 32 bits does not match; as a long it does', async () => {
    expect(await rows('datatable(s:string) ["n=3000000000", "n=7"] | parse s with "n=" n:int | project n')).toEqual([[null], [7]]);
    expect(await rows('datatable(s:string) ["n=3000000000", "n=7"] | parse s with "n=" n:long | project n')).toEqual([[3000000000], [7]]);
  });

  // simple kind: "all extended columns must match the required types"; "Use * in the pattern to
  // skip junk values": a number followed by other text is not a long, and text after the last
  // delimiter is junk only where a * skips it.
  it('simple: the last column must be a whole value, the last delimiter end the text unless * follows', async () => {
    expect(await rows('datatable(s:string) ["n=12abc", "n=12"] | parse s with "n=" n:long | project n')).toEqual([[null], [12]]);
    expect(await rows('datatable(s:string) ["a=x,y", "a=x,"] | parse s with "a=" a "," | project a')).toEqual([[''], ['x']]);
    expect(await rows('datatable(s:string) ["a=x,y"] | parse s with "a=" a "," * | project a')).toEqual([['x']]);
  });

  // Regex mode: "parse translates the pattern to a regex" with "numbered captured groups", a typed
  // column to a pattern of its type ("long was translated to \-\d+"); the regex is not anchored
  // (`.*?<regex1>(.*?)<regex2>(\-\d+)` for `* <regex1> var1:string <regex2> var2:long`), so a
  // number is found where it stands, after other text.
  it('regex: an int, real or decimal column captures the number itself, wherever it stands', async () => {
    expect(await rows('datatable(s:string) ["ab125"] | parse kind=regex s with n:int "5" | project n')).toEqual([[12]]);
    expect(await rows('datatable(s:string) ["ab125"] | parse kind=regex s with n:long "5" | project n')).toEqual([[12]]);
    expect(await rows('datatable(s:string) ["ab1.55"] | parse kind=regex s with r:real "5" | project r')).toEqual([[1.5]]);
    expect(await rows('datatable(s:string) ["ab1.55"] | parse kind=regex s with r:decimal "5" | project r')).toEqual([[1.5]]);
  });

  // regex.md, Grouping: `(exp)` is a numbered capture group, `(?:exp)` non-capturing, `(?P<name>exp)`
  // and `(?<name>exp)` named capture groups; `\(` is a parenthesis. The groups a delimiter opens
  // come before the column's own ("numbered captured groups that are handled internally").
  it('regex: groups the delimiters open do not shift the columns (numbered, named, non-capturing, escaped; was: `(?<name>…)` failed in DuckDB\'s RE2)', async () => {
    const S = 'datatable(s:string) ["(1x2z3"]';
    expect(await rows(`${S} | parse kind=regex s with @"\\(" a:long @"(?:x|y)" b:long "(z)" c:long | project a, b, c`)).toEqual([[1, 2, 3]]);
    expect(await rows(`${S} | parse kind=regex s with @"\\(" a:long @"(?P<g>x)" b:long "(?<h>z)" c:long | project a, b, c`)).toEqual([[1, 2, 3]]);
  });

  // regexFlags: "`m` for multi-line mode"; regex.md: "m: Multi-line mode: ^ and $ match begin/end
  // of line". Flags the engine cannot apply (regex.md's x, R, u) are refused, not ignored.
  it('regex flags: m lets ^ and $ match at line ends; a flag outside i, m, s, U is refused', async () => {
    expect(await rows('datatable(s:string) ["l1\\nAB"] | parse kind=regex flags=m s with "^" a:string "B$" | project a')).toEqual([['A']]);
    expect(await rows('datatable(s:string) ["l1\\nAB"] | parse kind=regex s with "^" a:string "B$" | project a')).toEqual([['']]);
    expect(await refused('datatable(s:string) ["a"] | parse kind=regex flags=x s with a')).toBe('EA104');
  });

  // Returns: "The input table extended according to the list of columns": a parsed column named
  // like an input column is added beside it (the binder names it Issuer1), the input column kept.
  it('a parsed column named like an input column is added, the input column unchanged', async () => {
    const t = await table('datatable(Issuer:string, z:long) ["p-q", 1] | parse Issuer with Issuer "-" r');
    expect(t.columns).toEqual(['Issuer:string', 'z:long', 'Issuer1:string', 'r:string']);
    expect(t.rows).toEqual([['p-q', 1, 'p', 'q']]);
    expect((await table('datatable(Issuer:string, z:long) ["p-q", 1, "pq", 2] | parse-where Issuer with Issuer "-" r')).rows).toEqual([['p-q', 1, 'p', 'q']]);
  });
});
