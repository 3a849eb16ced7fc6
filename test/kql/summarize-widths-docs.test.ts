/**
 * summarize with aggregates of several columns (percentiles, percentilesw, take_any, arg_max(*))
 * next to other aggregates: each aggregate gets its own columns, in order
 * (summarize-operator.md: "Some aggregation functions return multiple columns"). Added after the
 * first mutation run of kql-operators-summarize (TESTING.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { columns, rows } from './helpers';

const T = "datatable(k:string, v:long, tag:string) ['x', 1, 'a', 'y', 2, 'b', 'x', 3, 'c']";

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

describe('multi-column aggregates next to others', () => {
  it.each<[string, string[], unknown[][]]>([
    [`${T} | summarize percentiles(v, 0, 100), n = count()`, ['percentile_v_0', 'percentile_v_100', 'n'], [[1, 3, 3]]],
    [`${T} | summarize n = count(), percentiles(v, 0, 100)`, ['n', 'percentile_v_0', 'percentile_v_100'], [[3, 1, 3]]],
    ['datatable (ReqCount:long, LatencyBucket:long) [8, 10, 6, 20, 3, 30, 1, 40] | summarize percentilesw(LatencyBucket, ReqCount, 50, 99.9), n = count()', ['percentile_LatencyBucket_50', 'percentile_LatencyBucket_99_9', 'n'], [[20, 40, 4]]],
    [`${T} | where k == 'y' | summarize take_any(k, v), n = count()`, ['k', 'v', 'n'], [['y', 2, 1]]],
    [`${T} | summarize arg_max(v, *), n = count()`, ['v', 'k', 'tag', 'n'], [[3, 'x', 'c', 3]]],
    [`${T} | summarize n = count(), arg_max(v, *) by k | sort by k asc`, ['k', 'n', 'v', 'tag'], [['x', 2, 3, 'c'], ['y', 1, 2, 'b']]],
    [`${T} | summarize m = max(v), arg_min(v, *), s = sum(v)`, ['m', 'v', 'k', 'tag', 's'], [[3, 1, 'x', 'a', 6]]],
    // Several multi-column aggregates without `*`: each takes as many columns as it names (arg-max-aggregation-function.md:
    // arg_max(ExprToMaximize, ExprToReturn…) returns both; a repeated name gets a suffix, as the binder names it).
    [`${T} | summarize arg_max(v, k), arg_min(v, tag)`, ['v', 'k', 'v1', 'tag'], [[3, 'x', 1, 'a']]],
    [`${T} | where k == 'y' | summarize take_any(k), take_any(tag), n = count()`, ['k', 'tag', 'n'], [['y', 'b', 1]]],
  ])('%s', async (kql, cols, expected) => {
    expect(await columns(kql)).toEqual(cols);
    expect(await rows(kql)).toEqual(expected);
  });
});
