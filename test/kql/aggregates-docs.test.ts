/**
 * Aggregation functions (src/kql/compile/operators/aggregates.ts) against their pages in
 * Microsoft's KQL reference (<name>-aggregation-function.md), for what operators-docs.test.ts left
 * open (the kql-operators-aggregates mutation run of issue 23, TESTING.md). Every expected value
 * follows from the pages' definitions, not from our output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { columns, rows } from './helpers';

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

describe('make_list / make_set sizes (make-list-aggregation-function.md, make-set-aggregation-function.md, their _if pages)', () => {
  it.each<[string, unknown[][]]>([
    // "The deprecated version has a default maxSize limit of 128"; make_list's default is 1048576
    ['range x from 1 to 200 step 1 | summarize a = array_length(makelist(x)), b = array_length(makeset(x)), c = array_length(make_list(x)), d = array_length(make_set(x))', [[128, 128, 200, 200]]],
    ['range x from 1 to 200 step 1 | summarize a = array_length(makelist(x, 150)), b = array_length(makeset(x, 3))', [[150, 3]]],
    // make_list_if(expr, predicate, maxSize) / make_set_if(expr, predicate, maxSize)
    ['range x from 1 to 10 step 1 | summarize a = array_length(make_list_if(x, x > 2, 3)), b = array_length(make_set_if(x, x > 2, 4)), c = array_length(make_list_if(x, x > 2))', [[3, 4, 8]]],
    ['range x from 1 to 10 step 1 | summarize a = make_list_if(x, x > 8), b = make_set_if(x % 3, x > 5)', [[[9, 10], [0, 1, 2]]]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });
});

describe('take_any (take-any-aggregation-function.md)', () => {
  const T = 'datatable(a:long, b:string) [1, "x", 2, "y", 3, "z"]';
  it('several expressions are calculated over one record', async () => {
    const q = `${T} | summarize take_any(t = a * 10, u = strcat(b, "!")) | project same = (t == 10 and u == "x!") or (t == 20 and u == "y!") or (t == 30 and u == "z!")`;
    expect(await rows(q)).toEqual([[true]]);
  });
  it('the deprecated any() prefixes its columns with any_', async () => {
    expect(await columns(`${T} | where a == 2 | summarize any(a, b)`)).toEqual(['any_a', 'any_b']);
    expect(await rows(`${T} | where a == 2 | summarize any(a, b)`)).toEqual([[2, 'y']]);
  });
  it('with * and a group key: every column but the key, from one record', async () => {
    const q = 'datatable(k:string, a:long, b:string) ["p", 1, "x", "p", 2, "y", "q", 3, "z"] | summarize take_any(*) by k | project k, same = (a == 1 and b == "x") or (a == 2 and b == "y") or (a == 3 and b == "z") | sort by k asc';
    expect(await rows(q)).toEqual([['p', true], ['q', true]]);
  });
});
