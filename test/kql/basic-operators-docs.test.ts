/**
 * Row-wise operators (src/kql/compile/operators/basic.ts: where, extend, project, sort, top, take,
 * distinct, render) on what the kql-operators-basic mutation run found untested (issue 23,
 * TESTING.md). Every expected value follows from the cited page of Microsoft's KQL reference or
 * from the operator's definition there, not from our output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureEngine, refused, rows, table } from './helpers';

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

// join-operator.md: the default kind is innerunique; the output holds the left columns, then the
// right ones (a right column named like a left one gets a 1). `where` keeps the rows whose
// predicate is true, whichever side its columns come from.
describe('where after a join (where-operator.md, join-operator.md)', () => {
  const J = 'datatable(k:long, a:string) [1, "x", 2, "y"] | join (datatable(k:long, b:string) [1, "p", 2, "q"]) on k';
  it('on a left column', async () => {
    expect(await rows(`${J} | where a == "y"`)).toEqual([[2, 'y', 2, 'q']]);
  });
  it('on a right column', async () => {
    expect(await rows(`${J} | where b == "q"`)).toEqual([[2, 'y', 2, 'q']]);
  });
  it('on both sides at once', async () => {
    expect(await rows(`${J} | where a == "x" or b == "q" | sort by k asc`)).toEqual([[1, 'x', 1, 'p'], [2, 'y', 2, 'q']]);
    expect(await rows(`${J} | where a == "x" and b == "q"`)).toEqual([]);
  });
  it('on a column of both sides under its left name', async () => {
    expect(await rows(`${J} | where k == 1 and k1 == 1`)).toEqual([[1, 'x', 1, 'p']]);
  });
});

// join-innerunique.md: "Kusto is optimized to push filters that come after the join, towards the
// appropriate join side … Use the previous example and add a filter where value == "val1.2". It
// gives the second result and will never give the first result for the datasets." innerunique
// keeps one left row per key, so a filter on the left columns must choose among the left rows
// before that, not filter the one row kept.
describe('where on left columns after an innerunique join (join-innerunique.md)', () => {
  const T = 'let t1 = datatable(key: long, value: string) [1, "val1.1", 1, "val1.2"]; let t2 = datatable(key: long, value: string) [1, "val1.3", 1, "val1.4"]; t1 | join kind = innerunique t2 on key';
  it('where value == "val1.2" gives the second result, every right row', async () => {
    expect(await rows(`${T} | where value == "val1.2" | sort by value1 asc`)).toEqual([[1, 'val1.2', 1, 'val1.3'], [1, 'val1.2', 1, 'val1.4']]);
  });
  it('where value == "val1.1" gives the first result', async () => {
    expect(await rows(`${T} | where value == "val1.1" | sort by value1 asc`)).toEqual([[1, 'val1.1', 1, 'val1.3'], [1, 'val1.1', 1, 'val1.4']]);
  });
  it('a filter on the key and a left column, and one written with the column first', async () => {
    expect(await rows(`${T} | where key == 1 and value == "val1.2" | sort by value1 asc`)).toEqual([[1, 'val1.2', 1, 'val1.3'], [1, 'val1.2', 1, 'val1.4']]);
    expect(await rows(`${T} | where "val1.2" == value | sort by value1 asc`)).toEqual([[1, 'val1.2', 1, 'val1.3'], [1, 'val1.2', 1, 'val1.4']]);
  });
  it('with no kind given (innerunique is the default, join-operator.md)', async () => {
    const D = 'let t1 = datatable(key: long, value: string) [1, "val1.1", 1, "val1.2"]; let t2 = datatable(key: long, value: string) [1, "val1.3", 1, "val1.4"]; t1 | join t2 on key';
    expect(await rows(`${D} | where value == "val1.2" | count`)).toEqual([[2]]);
  });
});

// extend-operator.md: a column name that exists is replaced by its new value. Every expression of
// one extend reads the input row: Kusto.Language refuses a name made earlier in the same extend
// (`extend a2 = a * 10, b2 = a2 + b`: KS142), so a replaced name still means the input column.
describe('extend: every expression reads the input row (was: the replaced value, a wrong answer)', () => {
  it('a replaced column read by the next expression is the input one', async () => {
    expect(await rows('datatable(x:long) [5] | extend x = 1, y = x + 1')).toEqual([[1, 6]]);
  });
  it('the binder types a later x as the input column: x = "s", then x + 1 is 5 + 1', async () => {
    // Kusto.Language types that x as long (strlen(x) there is refused, KS141), so it is the input x.
    expect(await rows('datatable(x:long) [5] | extend x = "s", y = x + 1')).toEqual([['s', 6]]);
  });
  it('two columns replaced, each from the input', async () => {
    expect(await rows('datatable(a:long, b:long) [1, 2] | extend a = a * 10, b = a + b')).toEqual([[10, 3]]);
    expect(await rows('datatable(a:long, b:long) [1, 2] | project b = a, a = b')).toEqual([[1, 2]]);
  });
  it('a column replaced by a function of itself', async () => {
    expect(await rows('datatable(a:long) [1] | extend a = a + 1')).toEqual([[2]]);
    expect(await rows('datatable(a:long, b:long) [1, 7] | project b = a, a')).toEqual([[1, 1]]);
  });
});

describe('extend with unnamed expressions ("the output column name of Expression is automatically generated")', () => {
  it('two unnamed expressions get two new columns, in order', async () => {
    expect(await rows('datatable(a:long, b:long) [1, 2] | extend a * 2, b * 3')).toEqual([[1, 2, 2, 6]]);
  });
  it('an unnamed expression after a named one keeps its own value', async () => {
    expect(await rows('datatable(a:long) [1] | extend y = 5, a * 2')).toEqual([[1, 5, 2]]);
  });
  // extend-operator.md: "Column names noted by extend that already exist in the input are removed
  // and appended as their new calculated values": so an unnamed expression whose generated name is
  // an input column's replaces that column, and no column is added.
  it('tostring(a), (tostring(a)) and a over an input a: a is replaced, nothing added', async () => {
    expect(await rows('datatable(a:long) [1] | extend tostring(a)')).toEqual([['1']]);
    expect(await rows('datatable(a:long) [1] | extend (tostring(a))')).toEqual([['1']]);
    expect(await rows('datatable(a:long) [1] | extend a')).toEqual([[1]]);
    expect(await rows('datatable(a:long, b:long) [1, 2] | extend c = 3, tostring(a) | project a, c')).toEqual([['1', 3]]);
  });
  it('d.a, d["a"], d[\'a\'] and d.a["b"] over an input d_a / d_a_b: replaced by the path\'s value', async () => {
    const T = 'datatable(d:dynamic, d_a:long) [dynamic({"a": "x"}), 1]';
    expect(await rows(`${T} | extend d.a | project d_a`)).toEqual([['x']]);
    expect(await rows(`${T} | extend d["a"] | project d_a`)).toEqual([['x']]);
    expect(await rows(`${T} | extend d['a'] | project d_a`)).toEqual([['x']]);
    expect(await rows('datatable(d:dynamic, d_a_b:long) [dynamic({"a": {"b": "x"}}), 1] | extend d.a["b"] | project d_a_b')).toEqual([['x']]);
  });
  // Kusto.Language names tostring(c) after c but strlen(c) strlen_c (ResultNameKind): only the
  // first replaces the input column (strlen-function.md: strlen returns a long).
  it('strlen(b) adds a column and leaves b alone; tostring(a) beside it replaces a (was an internal error)', async () => {
    expect(await rows('datatable(a:long, b:string) [1, "xyz"] | extend strlen(b)')).toEqual([[1, 'xyz', 3]]);
    expect(await rows('datatable(a:long, b:string) [1, "xyz"] | extend tostring(a), strlen(b)')).toEqual([['1', 'xyz', 3]]);
    expect(await rows('datatable(a:long, b:string) [1, "xyz"] | project strlen(b), tostring(a), a * 2')).toEqual([[3, '1', 2]]);
  });
  it('make_datetime(y, m, d) adds a column and leaves y alone (make-datetime-function.md)', async () => {
    expect(await rows('datatable(y:long, m:long, d:long) [2020, 1, 2] | extend make_datetime(y, m, d) | project y, m, d')).toEqual([[2020, 1, 2]]);
  });
  // project-operator.md / distinct-operator.md: project and distinct keep only what they list, so
  // an input column's name is free for a generated one (here Column1, the name Kusto.Language gives).
  it('project / distinct of an unnamed expression over an input that has a Column1', async () => {
    expect(await rows('datatable(Column1:long, a:long) [5, 1] | project a * 2')).toEqual([[2]]);
    expect(await rows('datatable(Column1:long, a:long) [5, 1, 6, 1] | distinct a * 2')).toEqual([[2]]);
  });
  it('dynamic paths: d.a and d["b"].c', async () => {
    expect(await rows('datatable(d:dynamic) [dynamic({"a": 1, "b": {"c": 2}})] | project d.a, d["b"].c')).toEqual([[1, 2]]);
  });
});

// project-operator.md: "The order of the columns in the result is specified by the order of the
// arguments"; each column holds its expression's value (tostring-function.md: a string; d.a: the
// value of d's property a). Kusto.Language names a generated name that repeats an earlier one with
// a counter (a, a1), so the two columns are told apart by position, not by name.
describe('project / distinct of an unnamed expression whose generated name an earlier column holds (was: the earlier column\'s type and value)', () => {
  it('project a, tostring(a) and project tostring(a), a', async () => {
    expect(await rows('datatable(a:long) [1] | project a, tostring(a)')).toEqual([[1, '1']]);
    expect(await rows('datatable(a:long) [1] | project tostring(a), a')).toEqual([['1', 1]]);
    expect(await rows('datatable(a:long) [1] | project a = 5, tostring(a)')).toEqual([[5, '1']]);
  });
  it('project d_a = 1, d.a: the second column is d\'s property a', async () => {
    expect(await rows('datatable(d:dynamic) [dynamic({"a": {"b": 1}})] | project d_a = 1, d.a')).toEqual([[1, { b: 1 }]]);
  });
  it('distinct a, tostring(a) (distinct-operator.md: the distinct combinations of the listed values)', async () => {
    expect(await rows('datatable(a:long) [1, 1] | distinct a, tostring(a)')).toEqual([[1, '1']]);
  });
});

// scalar-data-types/dynamic.md: `arr[index]` "subscripts an array using the values of the column
// index"; `arr[(-1)]` "retrieves the last value in the array". extend-operator.md: input columns
// extend does not name keep their values, and the new column is appended.
describe('extend of an array element with a computed index (dynamic.md)', () => {
  it('d[i] over an input that also has a column d_i: d_i is kept (was an internal error)', async () => {
    expect(await rows('datatable(d:dynamic, i:long, d_i:long) [dynamic([5, 6]), 1, 9] | extend d[i]')).toEqual([[[5, 6], 1, 9, 6]]);
  });
  it('d[(-1)] is the last element, in a new column', async () => {
    expect(await rows('datatable(d:dynamic) [dynamic([5, 6, 7])] | extend d[(-1)] | project-away d')).toEqual([[7]]);
  });
  it('project d[0], d[(-1)], d[i]: one column each, in order', async () => {
    expect(await rows('datatable(d:dynamic, i:long) [dynamic([5, 6, 7]), 1] | project d[0], d[(-1)], d[i]')).toEqual([[5, 7, 6]]);
  });
});

// todecimal-function.md: "If conversion is successful, result is a decimal number."
describe('extend takes the type Kusto gives the expression', () => {
  it('todecimal("1.5") is a decimal column', async () => {
    expect(await table('datatable(k:long) [1] | extend x = todecimal("1.5")')).toEqual({ columns: ['k:long', 'x:decimal'], rows: [[1, 1.5]] });
  });
});

// array-sort-asc-function.md: array_sort_asc(array1, array2) sorts array1 and reorders array2 the
// same way; its example: [1,3,4,5,2] and ["a","b","c","d","e"] give [1,2,3,4,5] and
// ["a","e","b","c","d"], in columns array1_sorted and array2_sorted.
describe('functions returning several columns (extend-operator.md: "a list of column names can be specified in parentheses")', () => {
  const L = 'let a1 = dynamic([1,3,4,5,2]); let a2 = dynamic(["a","b","c","d","e"]); datatable(k:long) [7]';
  const sorted = [[1, 2, 3, 4, 5], ['a', 'e', 'b', 'c', 'd']];
  it('(s1, s2) = array_sort_asc(a1, a2)', async () => {
    expect(await rows(`${L} | extend (s1, s2) = array_sort_asc(a1, a2)`)).toEqual([[7, ...sorted]]);
  });
  it('fewer names than columns: the rest keep their generated names', async () => {
    expect(await rows(`${L} | extend (s1) = array_sort_asc(a1, a2)`)).toEqual([[7, ...sorted]]);
  });
  it('a tuple between named expressions', async () => {
    expect(await rows(`${L} | extend x = 1, (s1, s2) = array_sort_asc(a1, a2), y = k + 1`)).toEqual([[7, 1, ...sorted, 8]]);
  });
  it('no names, after a column of another type: each column keeps its own type', async () => {
    const T = 'datatable(k:long, a1:dynamic, a2:dynamic) [7, dynamic([2,1]), dynamic(["p","q"])]';
    expect(await rows(`${T} | extend array_sort_asc(a1, a2) | project-away a1, a2`)).toEqual([[7, [1, 2], ['q', 'p']]]);
  });
  it('no names: extend and project add every column ("all Expression\'s output columns with generated names")', async () => {
    const T = 'datatable(a1:dynamic, a2:dynamic) [dynamic([1,3,4,5,2]), dynamic(["a","b","c","d","e"])]';
    expect(await rows(`${T} | project array_sort_asc(a1, a2)`)).toEqual([sorted]);
    expect(await rows(`${T} | extend array_sort_asc(a1, a2) | project-away a1, a2`)).toEqual([sorted]);
    expect(await rows(`${T} | extend x = 1, array_sort_asc(a1, a2), y = 2 | project-away a1, a2`)).toEqual([[1, ...sorted, 2]]);
  });
});

describe('window functions need a serialized row set (window-functions.md)', () => {
  it('prev() straight over a table is refused, saying why', async () => {
    expect(await refused('datatable(x:long) [3, 1, 2] | extend p = prev(x)')).not.toBe('ran');
    await expect(rows('datatable(x:long) [3, 1, 2] | extend p = prev(x)')).rejects.toThrow(/serialized/);
  });
  it('after sort, prev(x) is the previous row\'s x, null on the first (prev-function.md)', async () => {
    expect(await rows('datatable(x:long) [3, 1, 2] | sort by x asc | extend p = prev(x)')).toEqual([[1, null], [2, 1], [3, 2]]);
  });
});

// sort-operator.md: desc is the default; "nulls first" is the default for asc and "nulls last"
// for desc, and either can be given.
describe('sort and top order values, nulls where asked (sort-operator.md, top-operator.md)', () => {
  const T = 'datatable(x:long) [9, long(null), 10, 1]';
  it('numbers as numbers: 9 before 10', async () => {
    expect(await rows(`${T} | sort by x asc`)).toEqual([[null], [1], [9], [10]]);
    expect(await rows(`${T} | top 2 by x`)).toEqual([[10], [9]]);
  });
  it('nulls first without a direction (so descending)', async () => {
    expect(await rows(`${T} | sort by x nulls first`)).toEqual([[null], [10], [9], [1]]);
  });
  it('asc nulls last', async () => {
    expect(await rows(`${T} | sort by x asc nulls last`)).toEqual([[1], [9], [10], [null]]);
  });
});

describe('take and top with a count that is not a literal (take-operator.md: NumberOfRows "the number of rows to return")', () => {
  const T = 'datatable(x:long) [3, 1, 2]';
  it('a let scalar and an expression', async () => {
    expect(await rows(`let n = 2; ${T} | take n | count`)).toEqual([[2]]);
    expect(await rows(`${T} | take 1 + 1 | count`)).toEqual([[2]]);
    expect(await rows(`let n = 2; ${T} | top n by x asc`)).toEqual([[1], [2]]);
  });
  it('zero rows', async () => {
    expect(await rows(`${T} | take 0`)).toEqual([]);
  });
  it('inside mv-apply: the smallest element per row (mv-apply-operator.md)', async () => {
    const q = 'datatable(k:long, a:dynamic) [1, dynamic([3, 1, 2]), 2, dynamic([5, 4])] | mv-apply v = a to typeof(long) on (top 1 by v asc) | project k, v | sort by k asc';
    expect(await rows(q)).toEqual([[1, 1], [2, 4]]);
  });
});

describe('distinct (distinct-operator.md)', () => {
  it('distinct of one column keeps that column only', async () => {
    expect(await rows('datatable(a:long, b:long) [1, 1, 1, 2, 2, 3] | distinct a | sort by a asc')).toEqual([[1], [2]]);
  });
  it('distinct of an unnamed expression and a column', async () => {
    expect(await rows('datatable(a:long, b:long) [1, 1, 1, 2, 2, 3] | distinct a * 0, b | sort by b asc')).toEqual([[0, 1], [0, 2], [0, 3]]);
  });
});

describe('render keeps the rows and names the chart (render-operator.md: the visualization)', () => {
  it('piechart', async () => {
    const r = await (await fixtureEngine()).query('datatable(a:long) [1] | render piechart');
    expect(r.rows).toEqual([[1]]);
    expect(r.render).toBe('piechart');
  });
});

// join-innerunique.md (as above): the filter is pushed to the left side when it reads left
// columns only; a `let` name or a function in it is not a column of either side.
describe('where after an innerunique join, with a let name and a function in the filter (join-innerunique.md)', () => {
  const T = 'let t1 = datatable(key: long, value: string) [1, "val1.1", 1, "val1.2"]; let t2 = datatable(key: long, value: string) [1, "val1.3", 1, "val1.4"];';
  it.each<[string, unknown[][]]>([
    [`${T} let v = "val1.2"; t1 | join kind=innerunique t2 on key | where value == v | sort by value1 asc`, [[1, 'val1.2', 1, 'val1.3'], [1, 'val1.2', 1, 'val1.4']]],
    [`${T} t1 | join kind=innerunique t2 on key | where strcat(value, "") == "val1.2" | sort by value1 asc`, [[1, 'val1.2', 1, 'val1.3'], [1, 'val1.2', 1, 'val1.4']]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });
});

describe('mv-apply with_itemindex over arrays of different lengths (mv-apply-operator.md)', () => {
  it('counts "the 0-based array index of the expanded value" over the longest array (was null past the first one\'s end)', async () => {
    // "Null values are added where multiple expressions are specified and the corresponding arrays have different lengths."
    const q = 'print a=dynamic([1, 2]), b=dynamic([10, 20, 30]) | mv-apply with_itemindex=i a to typeof(long), b to typeof(long) on (extend s = a + b) | project i, a, b, s';
    expect(await rows(q)).toEqual([[0, 1, 10, 11], [1, 2, 20, 22], [2, null, 30, null]]);
  });
});
