/**
 * summarize (src/kql/compile/operators/summarize.ts) on what summarize-operator.md and the
 * aggregation functions' pages show beyond test/kql/operators-docs.test.ts: several `*` aggregates
 * in one summarize (the page's "default values" example), `(a, b) = arg_max(…)`, a summarize with
 * group keys only. Expected values follow from the cited page, not from our output. Added for issue
 * 23's kql-operators-summarize mutation module (TESTING.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { columns, rows } from './helpers';

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

describe('summarize-operator.md', () => {
  // "The following example shows the default values of aggregates when the input table is empty"
  // (hll and tdigest left out: the engine does not compute them).
  it('the page\'s default values, with take_any, arg_max(x, *) and arg_min(x, *) side by side', async () => {
    const q = 'datatable(x:long)[] | summarize any_x=take_any(x), arg_max_x=arg_max(x, *), arg_min_x=arg_min(x, *), avg(x), buildschema(todynamic(tostring(x))), max(x), min(x), percentile(x, 55), stdev(x), sum(x), sumif(x, x > 0), variance(x)';
    expect(await columns(q)).toEqual(['any_x', 'arg_max_x', 'arg_min_x', 'avg_x', 'schema_x', 'max_x', 'min_x', 'percentile_x_55', 'stdev_x', 'sum_x', 'sumif_x', 'variance_x']);
    expect(await rows(q)).toEqual([[null, null, null, Number.NaN, null, null, null, null, 0, 0, 0, 0]]);
  });
  it('the same aggregates over rows: arg_max(x, *) is the largest x, arg_min(x, *) the smallest', async () => {
    const q = 'datatable(x:long)[1, 5, 3] | summarize arg_max_x=arg_max(x, *), arg_min_x=arg_min(x, *), max(x), sum(x)';
    expect(await rows(q)).toEqual([[5, 1, 5, 9]]);
  });
  it('arg_max(x, *) and arg_min(x, *) over two columns: each gives its row\'s columns (arg-max / arg-min pages)', async () => {
    const q = "datatable(x:long, y:string)[1, 'a', 5, 'b', 3, 'c'] | summarize arg_max(x, *), arg_min(x, *)";
    expect(await rows(q)).toEqual([[5, 'b', 1, 'a']]);
  });
  it('arg_max(x, *) and arg_min(x, *) by a key: the key is not repeated among their columns', async () => {
    const q = "datatable(k:string, x:long, y:string)['p', 1, 'a', 'p', 5, 'b', 'q', 3, 'c'] | summarize arg_max(x, *), arg_min(x, *) by k | sort by k asc";
    expect(await rows(q)).toEqual([['p', 5, 'b', 1, 'a'], ['q', 3, 'c', 3, 'c']]);
  });
  // Syntax: summarize [[Column =] Aggregation [, ...]] [by [Column =] GroupExpression [, ...]].
  it('group keys only: one row per distinct key', async () => {
    expect(await rows("datatable(k:string, v:long)['x', 1, 'y', 2, 'x', 3] | summarize by k | sort by k asc")).toEqual([['x'], ['y']]);
    expect(await rows("datatable(k:string, v:long)['x', 1, 'y', 2, 'x', 3] | summarize by k, big = v > 1 | sort by k asc, big asc")).toEqual([['x', false], ['x', true], ['y', true]]);
  });
});

// graph-mark-components-operator.md: `summarize (generations, name) = arg_max(array_length(lineage), name) by family`:
// the names in parentheses take arg_max's columns in order.
describe('(a, b) = arg_max(...) in summarize', () => {
  it('names the maximized expression and the returned column', async () => {
    const q = "datatable(family:long, lineage:dynamic, name:string)[1, dynamic([1, 2]), 'a', 1, dynamic([1]), 'b', 2, dynamic([]), 'c'] | summarize (generations, name) = arg_max(array_length(lineage), name) by family | sort by family asc";
    expect(await columns(q)).toEqual(['family', 'generations', 'name']);
    expect(await rows(q)).toEqual([[1, 2, 'a'], [2, 0, 'c']]);
  });
  it('(lo, who) = arg_min(...) next to a count', async () => {
    const q = "datatable(v:long, who:string)[4, 'a', 2, 'b', 9, 'c'] | summarize n = count(), (lo, who) = arg_min(v, who)";
    expect(await columns(q)).toEqual(['n', 'lo', 'who']);
    expect(await rows(q)).toEqual([[3, 2, 'b']]);
  });
});
