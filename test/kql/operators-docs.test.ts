/**
 * Tabular operators and aggregation functions (src/kql/compile/operators/basic.ts, summarize.ts,
 * aggregates.ts) against the rules and examples of their pages in Microsoft's KQL reference
 * (learn.microsoft.com/kusto/query/<name>-operator, <name>-aggregation-function). The mutation
 * module `kql-operators` runs this file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { columns, refused, rows, table } from './helpers';

const T = "datatable(k:string, v:long, tag:string) ['x', 1, 'a', 'y', 2, 'b', 'x', 3, 'c']";
const N = 'datatable(v:long) [2, long(null), 1]';

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

describe('row operators', () => {
  it.each<[string, unknown[][]]>([
    // where-operator.md: rows whose predicate is true; null is not true
    [`${N} | where v > 1`, [[2]]],
    [`${N} | where isnull(v)`, [[null]]],
    // extend-operator.md: a new column at the end; an existing name is replaced in place
    [`${T} | extend w = v * 10 | project w`, [[10], [20], [30]]],
    [`${T} | extend v = v * 10 | take 1`, [['x', 10, 'a']]],
    [`${T} | extend a = v + 1 | extend b = a * 2 | project b`, [[4], [6], [8]]],
    // project-operator.md: only the listed columns, in order, renamed or computed
    [`${T} | project tag, k`, [['a', 'x'], ['b', 'y'], ['c', 'x']]],
    [`${T} | project t = tag, w = v + 1`, [['a', 2], ['b', 3], ['c', 4]]],
    // project-away / project-keep / project-reorder / project-rename
    [`${T} | project-away v | take 1`, [['x', 'a']]],
    [`${T} | project-keep tag, k | take 1`, [['x', 'a']]],
    [`${T} | project-reorder tag, k | take 1`, [['a', 'x', 1]]],
    [`${T} | project-rename label = tag | project label`, [['a'], ['b'], ['c']]],
    // sort-operator.md: descending by default; nulls last when descending, first when ascending
    [`${N} | sort by v`, [[2], [1], [null]]],
    [`${N} | sort by v asc`, [[null], [1], [2]]],
    [`${N} | sort by v asc nulls last`, [[1], [2], [null]]],
    [`${N} | sort by v desc nulls first`, [[null], [2], [1]]],
    [`${T} | sort by k asc, v desc | project tag`, [['c'], ['a'], ['b']]],
    [`${T} | order by tag | project tag`, [['c'], ['b'], ['a']]],
    // top-operator.md: the first N rows by the expression, descending by default
    [`${T} | top 2 by v | project v`, [[3], [2]]],
    [`${T} | top 1 by v asc | project v`, [[1]]],
    [`${N} | top 1 by v asc`, [[null]]],
    [`${N} | top 1 by v asc nulls last`, [[1]]],
    // take-operator.md / limit: at most N rows; the count may be an expression
    [`${T} | take 0`, []],
    [`let n = 2; ${T} | take n | count`, [[2]]],
    [`${T} | limit 1 + 1 | count`, [[2]]],
    [`let n = 1; ${T} | top n by v | project v`, [[3]]],
    // distinct-operator.md
    [`${T} | distinct k | sort by k asc`, [['x'], ['y']]],
    [`${T} | distinct k, big = v > 1 | sort by k asc, big asc`, [['x', false], ['x', true], ['y', true]]],
    [`datatable(a:long, b:long) [1, 1, 1, 1, 1, 2] | distinct * | sort by b asc`, [[1, 1], [1, 2]]],
    // count-operator.md
    [`${T} | count`, [[3]]],
    [`${T} | where v > 5 | count`, [[0]]],
    // render-operator.md, serialize-operator.md, as-operator.md: rows unchanged
    [`${T} | render barchart | count`, [[3]]],
    [`${T} | serialize | count`, [[3]]],
    [`${T} | as t1 | count`, [[3]]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    [`${T} | extend v = v * 10`, ['k', 'v', 'tag']],
    [`${T} | extend w = 1`, ['k', 'v', 'tag', 'w']],
    [`${T} | project-reorder tag`, ['tag', 'k', 'v']],
    [`${T} | project-rename label = tag`, ['k', 'v', 'label']],
    [`${T} | count`, ['Count']],
    [`${T} | distinct k, v`, ['k', 'v']],
    ['print x = 1 | extend x + 1', ['x', 'Column1']],
  ])('columns of %s', async (kql, expected) => {
    expect(await columns(kql)).toEqual(expected);
  });

  it('where over a join filters the joined rows, on a left or a right column', async () => {
    const L = "datatable(k:string, a:long) ['x', 1, 'x', 2, 'y', 3]";
    const R = "datatable(k:string, b:long) ['x', 10, 'y', 30]";
    expect(await rows(`${L} | join kind=inner (${R}) on k | where a > 1 | sort by a asc | project a, b`)).toEqual([[2, 10], [3, 30]]);
    expect(await rows(`${L} | join kind=inner (${R}) on k | where b > 20 | project a`)).toEqual([[3]]);
  });

  it('refuses an operator with no input table', async () => {
    expect(await refused('where true')).not.toBe('ran');
  });
});

describe('summarize', () => {
  it.each<[string, unknown[][]]>([
    // summarize-operator.md: one row per group; a named group key
    [`${T} | summarize n = count() by key = k | sort by key asc`, [['x', 2], ['y', 1]]],
    [`${T} | summarize n = count(), s = sum(v) by k, big = v > 1 | sort by k asc, big asc`, [['x', false, 1, 1], ['x', true, 1, 3], ['y', true, 1, 2]]],
    // an expression over aggregates
    [`${T} | summarize r = max(v) - min(v) by k | sort by k asc`, [['x', 2], ['y', 0]]],
    [`${T} | summarize r = strcat(tostring(count()), '/', tostring(sum(v)))`, [['3/6']]],
    // with no group key the result is one row, even over no rows
    [`${T} | where v > 5 | summarize n = count(), c = countif(v > 0), d = dcount(k), l = make_list(v), s = make_set(v)`, [[0, 0, 0, [], []]]],
    [`${T} | where v > 5 | summarize n = count() by k`, []],
    // "Default values of aggregations": sum, sumif, stdev(if), variance(if) are 0 over no rows; the others null
    ['datatable(x:long) [] | summarize sum(x), sumif(x, x > 0), stdev(x), stdevif(x, x > 0), variance(x), varianceif(x, x > 0)', [[0, 0, 0, 0, 0, 0]]],
    ['datatable(x:long) [] | summarize max(x), min(x), take_any(x), percentile(x, 55)', [[null, null, null, null]]],
    // several multi-column aggregates side by side
    [`${T} | summarize arg_max(v, tag), n = count(), arg_min(v, tag) by k | sort by k asc`, [['x', 3, 'c', 2, 1, 'a'], ['y', 2, 'b', 1, 2, 'b']]],
    [`${T} | summarize percentiles(v, 0, 100)`, [[1, 3]]],
    // percentilesw-aggregation-function.md: one column per percentile after the weight
    ['datatable (ReqCount:long, LatencyBucket:long) [8, 10, 6, 20, 3, 30, 1, 40] | summarize percentilesw(LatencyBucket, ReqCount, 50, 75, 99.9)', [[20, 20, 40]]],
    // covariance-aggregation-function.md: a population and a sample covariance side by side
    ['datatable(x:real, y:real) [1.0, 14.0, 2.0, 10.0, 3.0, 17.0, 4.0, 20.0, 5.0, 50.0] | summarize covariance(x, y), covariancep(x, y)', [[20.5, 16.4]]],
    // parenthesized aggregates, and an aggregate inside an expression next to a plain one
    [`${T} | summarize n = (count()), m = (max(v))`, [[3, 3]]],
    [`${T} | summarize s = tostring(sum(v)), c = count() by k | sort by k asc`, [['x', '4', 2], ['y', '2', 1]]],
    [`${T} | summarize take_any(*) by k | where k == 'y'`, [['y', 2, 'b']]],
    [`${T} | summarize arg_min(v, *) by k | sort by k asc`, [['x', 1, 'a'], ['y', 2, 'b']]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    [`${T} | summarize count(), sum(v), avg(v) by k`, ['k', 'count_', 'sum_v', 'avg_v']],
    [`${T} | summarize percentiles(v, 50, 90)`, ['percentile_v_50', 'percentile_v_90']],
    [`${T} | summarize arg_max(v, *)`, ['v', 'k', 'tag']],
    [`${T} | summarize arg_max(v, tag) by k`, ['k', 'v', 'tag']],
    [`${T} | summarize take_any(k, v)`, ['k', 'v']],
    [`${T} | summarize take_any(*) by k`, ['k', 'v', 'tag']],
    [`${T} | summarize arg_min(v, *) by k`, ['k', 'v', 'tag']],
    [`${T} | summarize percentiles(v, 5, 50, 95) by k`, ['k', 'percentile_v_5', 'percentile_v_50', 'percentile_v_95']],
    ['datatable(x:real, y:real) [1.0, 2.0] | summarize covariance(x, y)', ['covariance_x_y']],
    ['datatable(x:real, y:real) [1.0, 2.0] | summarize c = covariance(x, y)', ['c']],
  ])('columns of %s', async (kql, expected) => {
    expect(await columns(kql)).toEqual(expected);
  });

  it('refuses a summarize item that is not an aggregate', async () => {
    expect(await refused(`${T} | summarize v + 1`)).not.toBe('ran');
  });
});

describe('aggregation functions as their pages define them', () => {
  const V = 'datatable(k:string, v:long) ["a", 7, "a", 5, "b", 3]';
  it.each<[string, unknown[][]]>([
    [`${V} | summarize count(), countif(v > 4), dcount(k), dcountif(k, v > 4), count_distinct(k), count_distinctif(k, v < 4)`, [[3, 2, 2, 1, 2, 1]]],
    [`${V} | summarize sum(v), sumif(v, v > 4), avg(v), avgif(v, v < 6)`, [[15, 12, 5, 4]]],
    [`${V} | summarize min(v), max(v), minif(v, v > 4), maxif(v, v < 6)`, [[3, 7, 5, 5]]],
    // stdev / variance: sample (n - 1); stdevp / variancep: population (n)
    [`${V} | summarize stdev(v), variance(v), stdevp(v), variancep(v)`, [[2, 4, Math.sqrt(8 / 3), 8 / 3]]],
    [`${V} | summarize stdevif(v, v > 4), varianceif(v, v > 4)`, [[Math.SQRT2, 2]]],
    // binary-all-and / -or / -xor-aggregation-function.md
    [`${V} | summarize binary_all_and(v), binary_all_or(v), binary_all_xor(v)`, [[1, 7, 1]]],
    // make-list / make-set: the limit argument; make_list_if / make_set_if
    [`${V} | summarize l = make_list(v, 2)`, [[[7, 5]]]],
    [`${V} | summarize l = make_list_if(v, v > 4), s = make_set_if(k, v > 4)`, [[[7, 5], ['a']]]],
    [`${V} | summarize s = array_length(make_set(k, 1)), t = array_length(make_set(k))`, [[1, 2]]],
    // make-list-with-nulls-aggregation-function.md
    ['datatable(v:long) [1, long(null), 3] | summarize l = make_list_with_nulls(v)', [[[1, null, 3]]]],
    ['datatable(v:long) [1, long(null), 3] | summarize l = make_list(v), s = make_set(v)', [[[1, 3], [1, 3]]]],
    // make_set's order is undefined (make-set-aggregation-function.md); ours is by value, so one
    // question gets one answer (DuckDB's DISTINCT order changed from run to run).
    ['range x from 1 to 40 step 1 | summarize s = make_set((x * 7) % 40)', [[Array.from({ length: 40 }, (_, i) => i)]]],
    ["datatable(k:string) ['b', 'c', 'a', 'b'] | summarize s = make_set(k)", [[['a', 'b', 'c']]]],
    // make-set-aggregation-function.md: an array input adds its elements
    ['datatable(d:dynamic) [dynamic([1, 2]), dynamic([2, 3]), dynamic(4)] | summarize s = make_set(d)', [[[1, 2, 3, 4]]]],
    // make-bag-aggregation-function.md: property bags merged; other values ignored
    ["datatable(d:dynamic, n:long) [dynamic({'a': 1}), 1, dynamic({'b': 2}), 2, dynamic(5), 3] | summarize b = make_bag(d), c = make_bag_if(d, n > 1)", [[{ a: 1, b: 2 }, { b: 2 }]]],
    // take-anyif-aggregation-function.md
    [`${V} | summarize take_anyif(v, v < 4)`, [[3]]],
    [`${V} | where k == 'b' | summarize take_any(v), any(k)`, [[3, 'b']]],
    // arg-max with an expression to return
    [`${V} | summarize arg_max(v, t = strcat(k, '!'))`, [[7, 'a!']]],
    [`${V} | summarize arg_min(v, k) by g = v > 4 | sort by g asc`, [[false, 3, 'b'], [true, 5, 'a']]],
    // percentile-aggregation-function.md: nearest rank
    [`${V} | summarize percentile(v, 50), percentile(v, 100), percentile(v, 0)`, [[5, 7, 3]]],
  ])('%s', async (kql, expected) => {
    const got = await rows(kql);
    expect(got.length).toBe(expected.length);
    got.forEach((row, i) => row.forEach((cell, j) => {
      const want = expected[i]![j];
      if (typeof want === 'number' && !Number.isInteger(want)) expect(cell).toBeCloseTo(want, 10);
      else expect(cell).toEqual(want);
    }));
  });

  it('types: counts are long, avg is real, make_* dynamic', async () => {
    const t = await table(`${T} | summarize count(), dcount(k), sum(v), avg(v), make_list(v), make_bag(pack('k', k)), min(k)`);
    expect(t.columns).toEqual(['count_:long', 'dcount_k:long', 'sum_v:long', 'avg_v:real', 'list_v:dynamic', 'bag_:dynamic', 'min_k:string']);
  });
});
