/**
 * Aggregation functions (src/kql/compile/operators/aggregates.ts) against their pages in
 * Microsoft's KQL reference (<name>-aggregation-function.md), for what operators-docs.test.ts left
 * open (the kql-operators-aggregates mutation run of issue 23, TESTING.md). Every expected value
 * follows from the pages' definitions, not from our output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from './helpers';

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

describe('sum and avg of a timespan are timespans (sum-aggregation-function.md: "the sum value of expr")', () => {
  it.each<[string, unknown[][]]>([
    ['datatable(t:timespan) [1h, 2h] | summarize sum(t), avg(t), min(t), max(t)', [['03:00:00', '01:30:00', '01:00:00', '02:00:00']]],
    ['datatable(t:timespan) [1h, 2h, 4h] | summarize sumif(t, t > 1h), avgif(t, t < 4h)', [['06:00:00', '01:30:00']]],
    ['datatable(k:string, t:timespan) ["a", 30m, "a", 90m, "b", 1d] | summarize s = sum(t) by k | sort by k asc', [['a', '02:00:00'], ['b', '1.00:00:00']]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });
});
