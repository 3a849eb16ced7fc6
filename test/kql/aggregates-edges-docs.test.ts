/**
 * Aggregation functions (src/kql/compile/operators/aggregates.ts) on the edges the
 * kql-operators-aggregates mutation run found untested (issue 23, TESTING.md): count of an
 * expression, min/max ordering, make_set_if over arrays, `*` with digit-ending and renamed input
 * columns, columns nothing reads later, take_any of an expression, percentiles of times. Every
 * expected value follows from the cited page of Microsoft's KQL reference, not from our output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rows, table } from './helpers';

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

describe('count(expr) counts rows, nulls included (summarize-operator.md: "The standard count function includes null values in its count")', () => {
  it('a null and a false are counted like any row', async () => {
    expect(await rows('datatable(b:bool) [true, false, bool(null)] | summarize count(b)')).toEqual([[3]]);
  });
  it('per group too', async () => {
    expect(await rows('datatable(k:string, b:bool) ["p", true, "p", bool(null), "q", bool(null)] | summarize n = count(b) by k | sort by k asc')).toEqual([['p', 2], ['q', 1]]);
  });
});

describe('min/max/minif/maxif order numbers as numbers (min-aggregation-function.md: "the minimum value of expr")', () => {
  it('9 < 10 and -2 < -1, which text order would reverse', async () => {
    expect(await rows('datatable(x:long) [9, 10, -2, -1] | summarize min(x), max(x), minif(x, x > 0), maxif(x, x < 0)')).toEqual([[-2, 10, 9, -1]]);
  });
});

describe('make_set_if over arrays is make_set over the rows where the predicate holds (make-set-if-aggregation-function.md, make-set-aggregation-function.md: an array contributes its elements)', () => {
  it('elements of the kept arrays, each once', async () => {
    const q = 'datatable(d:dynamic, k:long) [dynamic([1, 2]), 1, dynamic([2, 3]), 2, dynamic([4]), 0] | summarize s = make_set_if(d, k > 0) | project s = array_sort_asc(s)';
    expect(await rows(q)).toEqual([[[1, 2, 3]]]);
  });
});

describe('`*` returns every input column under its own name (arg-max-aggregation-function.md, take-any-aggregation-function.md)', () => {
  it('arg_max(k, *): a column whose name ends in a digit (v1) is not taken for another (v)', async () => {
    expect(await rows('datatable(k:long, v:string, v1:string) [1, "a", "b", 2, "c", "d"] | summarize arg_max(k, *)')).toEqual([[2, 'c', 'd']]);
  });
  it('take_any(*): the same, over one row', async () => {
    expect(await rows('datatable(v:string, v1:string) ["a", "b"] | summarize take_any(*)')).toEqual([['a', 'b']]);
  });
});

// summarize-operator.md: a repeated output name gets a number (`make_set(y), make_set(y)` gives
// set_y and set_y1), so an input column whose name an earlier aggregate took comes back numbered.
describe('`*` after an aggregate that took an input column\'s name: the input column comes back as <name>1', () => {
  it('arg_max(k, *): a2b comes back as a2b1 with the row\'s value (a digit inside the name stays)', async () => {
    expect(await table('datatable(a2b:long, k:long) [5, 1, 6, 2] | summarize a2b = count(), arg_max(k, *)')).toEqual({
      columns: ['a2b:long', 'k:long', 'a2b1:long'], rows: [[2, 2, 6]],
    });
  });
  it('take_any(*): the renamed column first in the input', async () => {
    expect(await table('datatable(a2b:long, k:long) [5, 1] | summarize a2b = count(), take_any(*)')).toEqual({
      columns: ['a2b:long', 'a2b1:long', 'k:long'], rows: [[1, 5, 1]],
    });
  });
  it('a renamed column read by a later operator keeps its value', async () => {
    expect(await rows('datatable(a2b:long, k:long) [5, 1] | summarize a2b = count(), take_any(*) | project a2b1')).toEqual([[5]]);
    expect(await rows('datatable(a2b:long, k:long) [5, 1, 6, 2] | summarize a2b = count(), arg_max(k, *) | project a2b1')).toEqual([[6]]);
  });
  it('c1 comes back as c11, and is c1\'s value even when a column c exists (was an internal error)', async () => {
    const T = 'datatable(k:long, c:long, c1:long) [1, 5, 7, 2, 6, 8]';
    expect(await table(`${T} | summarize c1 = count(), arg_max(k, *)`)).toEqual({
      columns: ['c1:long', 'k:long', 'c:long', 'c11:long'], rows: [[2, 2, 6, 8]],
    });
    expect(await rows(`${T} | where k == 1 | summarize c1 = count(), take_any(*)`)).toEqual([[1, 1, 5, 7]]);
  });
});

describe('`*` after ten aggregates that took a, a1 … a9: the input a comes back as a10 (the number is the next free one)', () => {
  it('take_any(*)', async () => {
    const q = 'datatable(a:long) [7] | summarize a = count(), a1 = count(), a2 = count(), a3 = count(), a4 = count(), a5 = count(), a6 = count(), a7 = count(), a8 = count(), a9 = count(), take_any(*) | project a10';
    expect(await rows(q)).toEqual([[7]]);
  });
});

describe('a named covariance keeps its name (summarize-operator.md: Column = Aggregation names the column)', () => {
  it('c = covariance(x, y), d = covariancep(x, y)', async () => {
    const q = 'datatable(x:real, y:real) [1.0, 14.0, 2.0, 10.0, 3.0, 17.0, 4.0, 20.0, 5.0, 50.0] | summarize c = covariance(x, y), d = covariancep(x, y)';
    // The values are the covariance / covariancep pages' example: 20.5 and 16.4.
    const r = await table(q);
    expect(r.columns).toEqual(['c:real', 'd:real']);
    expect(r.rows[0]![0]).toBeCloseTo(20.5, 9);
    expect(r.rows[0]![1]).toBeCloseTo(16.4, 9);
  });
});

describe('`*` columns nothing reads later', () => {
  it('arg_max(k, *) and take_any(*) under a project that keeps only the count', async () => {
    const T = 'datatable(k:long, v:string) [1, "a", 2, "b"]';
    expect(await rows(`${T} | summarize n = count(), arg_max(k, *) | project n`)).toEqual([[2]]);
    expect(await rows(`${T} | summarize n = count(), take_any(*) | project n`)).toEqual([[2]]);
  });
});

describe('take_any of an expression (take-any-aggregation-function.md: "expr: The expression used for selecting a record")', () => {
  it('an unnamed computed expression', async () => {
    expect(await rows('datatable(a:long) [3] | summarize take_any(a * 10)')).toEqual([[30]]);
  });
  it('a name that is a let scalar, not a column (was an internal error)', async () => {
    expect(await rows('let v = 5; datatable(a:long) [1] | summarize take_any(v)')).toEqual([[5]]);
  });
});

describe('percentiles of timespans and datetimes are values of the population (percentiles-aggregation-function.md: "Percentiles 0 and 100 are the exact minimum and maximum")', () => {
  it('timespan: 0, 50 (nearest rank of three values: the middle one) and 100', async () => {
    expect(await rows('datatable(t:timespan) [1h, 2h, 3h] | summarize percentiles(t, 0, 50, 100)')).toEqual([['01:00:00', '02:00:00', '03:00:00']]);
    expect(await rows('datatable(t:timespan) [1h, 3h] | summarize percentile(t, 100)')).toEqual([['03:00:00']]);
  });
  it('dynamic numbers are ranked as numbers: the 100th percentile of 1, 10, 9 is 10', async () => {
    expect(await rows('datatable(d:dynamic) [dynamic(1), dynamic(10), dynamic(9)] | summarize percentile(d, 100), percentile(d, 0)')).toEqual([[10, 1]]);
  });
  it('datetime: 0 and 100 (was a DuckDB cast error)', async () => {
    const q = 'datatable(t:datetime) [datetime(2020-01-01), datetime(2020-01-03), datetime(2020-01-05)] | summarize percentiles(t, 0, 100)';
    expect(await table(q)).toEqual({
      columns: ['percentile_t_0:datetime', 'percentile_t_100:datetime'], rows: [['2020-01-01T00:00:00.000Z', '2020-01-05T00:00:00.000Z']],
    });
  });
});

// take-any-aggregation-function.md: with `*`, "the function behaves as if the expressions are all
// columns of the input to the summarize operator barring the group-by columns". The output names
// are Kusto.Language's (the binder Microsoft ships); the values are the one input row's.
describe('take_any(*) bars only the input columns a by key takes as they are', () => {
  const T = 'datatable(a:string, b:long) ["X", 1]';
  it('a computed key named like an input column (`by a = tolower(a)`) leaves the input a to `*`, as a1', async () => {
    expect(await table(`${T} | summarize take_any(*) by a = tolower(a)`)).toEqual({ columns: ['a:string', 'a1:string', 'b:long'], rows: [['x', 'X', 1]] });
  });
  it('the same under the deprecated any(*) and under names of its own (was an internal error)', async () => {
    expect(await table(`${T} | summarize any(*) by a = tolower(a)`)).toEqual({ columns: ['a:string', 'any_a:string', 'any_b:long'], rows: [['x', 'X', 1]] });
    expect(await table(`${T} | summarize (p, q) = take_any(*) by a = tolower(a)`)).toEqual({ columns: ['a:string', 'p:string', 'q:long'], rows: [['x', 'X', 1]] });
  });
  it('a key that renames a column (`by x = a`, `by (a)`) bars it', async () => {
    expect(await table(`${T} | summarize take_any(*) by x = a`)).toEqual({ columns: ['x:string', 'b:long'], rows: [['X', 1]] });
    expect(await table(`${T} | summarize take_any(*) by (a)`)).toEqual({ columns: ['a:string', 'b:long'], rows: [['X', 1]] });
  });
  it('every input column a key: nothing left to take, the keys alone (was a DuckDB error)', async () => {
    expect(await table(`${T} | summarize take_any(*) by b, a`)).toEqual({ columns: ['b:long', 'a:string'], rows: [[1, 'X']] });
  });
  it('any(*) beside arg_max(x, *): any takes every input column, arg_max x and the rest', async () => {
    expect(await table(`${T} | summarize any(*), arg_max(b, *)`)).toEqual({ columns: ['any_a:string', 'any_b:long', 'b:long', 'a:string'], rows: [['X', 1, 1, 'X']] });
  });
  it('take_any(*) beside arg_max(b, *) by b: the key barred from take_any, arg_max gives b again first', async () => {
    const q = 'datatable(a:string, b:long, c:long) ["X", 1, 2] | summarize take_any(*), arg_max(b, *) by b';
    expect(await table(q)).toEqual({ columns: ['b:long', 'a:string', 'c:long', 'b1:long', 'a1:string', 'c1:long'], rows: [[1, 'X', 2, 1, 'X', 2]] });
  });
  it('two `*` aggregates beside a computed key (was an internal error: 5 vs 7 columns)', async () => {
    const q = 'datatable(a:string, b:long, c:long) ["X", 1, 2] | summarize take_any(*), arg_max(b, *) by a = tolower(a)';
    expect(await table(q)).toEqual({ columns: ['a:string', 'a1:string', 'b:long', 'c:long', 'b1:long', 'a2:string', 'c1:long'], rows: [['x', 'X', 1, 2, 1, 'X', 2]] });
  });
});

describe('take_any with `*` beside other arguments: each input column once, any other expression as itself', () => {
  const T = 'datatable(a:string, b:long) ["X", 1]';
  it('a column named after `*` is one of its columns (b was null)', async () => {
    expect(await table(`${T} | summarize take_any(*, a)`)).toEqual({ columns: ['a:string', 'b:long'], rows: [['X', 1]] });
  });
  it('a column named first comes first', async () => {
    expect(await table(`${T} | summarize take_any(b, *)`)).toEqual({ columns: ['b:long', 'a:string'], rows: [[1, 'X']] });
  });
  it('a by column named beside `*` stays barred (b was null)', async () => {
    expect(await table(`${T} | summarize take_any(a, *) by a`)).toEqual({ columns: ['a:string', 'b:long'], rows: [['X', 1]] });
  });
  it('a computed argument after `*` (was an internal error)', async () => {
    expect(await table(`${T} | summarize take_any(*, strlen(a))`)).toEqual({ columns: ['a:string', 'b:long', 'strlen_a:long'], rows: [['X', 1, 1]] });
    expect(await table(`${T} | summarize take_any(b, *, strlen(a), a)`)).toEqual({ columns: ['b:long', 'a:string', 'strlen_a:long'], rows: [[1, 'X', 1]] });
  });
  it('without `*`, a by column named is taken (the binder renames it a1)', async () => {
    expect(await table(`${T} | summarize take_any(a) by a`)).toEqual({ columns: ['a:string', 'a1:string'], rows: [['X', 'X']] });
    expect(await table(`${T} | summarize take_any(a, b) by a`)).toEqual({ columns: ['a:string', 'a1:string', 'b:long'], rows: [['X', 'X', 1]] });
  });
  it('without `*`, a column named twice is taken twice', async () => {
    expect(await table(`${T} | summarize take_any(a, a)`)).toEqual({ columns: ['a:string', 'a1:string'], rows: [['X', 'X']] });
  });
});

describe('`*` of arg_max after ten aggregates that took a, a1 … a9: the input a comes back as a10 (a counter of two digits)', () => {
  it('arg_max(k, *)', async () => {
    const q = 'datatable(a:long, k:long) [7, 1] | summarize a = count(), a1 = count(), a2 = count(), a3 = count(), a4 = count(), a5 = count(), a6 = count(), a7 = count(), a8 = count(), a9 = count(), arg_max(k, *) | project a10';
    expect(await rows(q)).toEqual([[7]]);
  });
});

// covariance-aggregation-function.md names only covariance(x, y) (covariance_x_y); for an argument that is no plain name the
// page gives no name, and the column keeps Kusto.Language's. Values: sample covariance of the two rows (the page's formula).
describe('covariance of expressions keeps the binder\'s name; only two plain names get the page\'s covariance_x_y', () => {
  const T = 'datatable(x:real, y:real) [1, 2, 3, 5]';
  it('covariance(x * 2, y): (2 - 4)(2 - 3.5) + (6 - 4)(5 - 3.5) = 6', async () => {
    expect(await table(`${T} | summarize covariance(x * 2, y)`)).toEqual({ columns: ['covariance_:real'], rows: [[6]] });
  });
  it('covariance(x, y * 2): (1 - 2)(4 - 7) + (3 - 2)(10 - 7) = 6', async () => {
    expect(await table(`${T} | summarize covariance(x, y * 2)`)).toEqual({ columns: ['covariance_x:real'], rows: [[6]] });
  });
  it('covariance(x, y) is covariance_x_y: (1 - 2)(2 - 3.5) + (3 - 2)(5 - 3.5) = 3', async () => {
    expect(await table(`${T} | summarize covariance(x, y)`)).toEqual({ columns: ['covariance_x_y:real'], rows: [[3]] });
  });
});
