/**
 * arg_min / arg_max pick the row of the extreme value wherever it is: not the first row, not the
 * last (the only earlier case had its minimum on the first row, so "take the first row" passed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from './helpers';

const T = "datatable(k:string, v:long, tag:string) ['a', 5, 'first', 'b', 2, 'min-b', 'a', 1, 'min-a', 'b', 9, 'max-b', 'a', 7, 'max-a', 'c', 4, 'only-c']";

// Starting the embedded engine takes seconds on a busy machine: once, in a hook, not in a test.
beforeAll(async () => {
  await rows('print 1');
}, 120_000);

describe('arg_min and arg_max', () => {
  it.each<[string, unknown[][]]>([
    [`${T} | summarize arg_min(v, tag)`, [[1, 'min-a']]],
    [`${T} | summarize arg_max(v, tag)`, [[9, 'max-b']]],
    [`${T} | summarize arg_min(v, tag) by k | sort by k asc`, [['a', 1, 'min-a'], ['b', 2, 'min-b'], ['c', 4, 'only-c']]],
    [`${T} | summarize arg_max(v, tag) by k | sort by k asc`, [['a', 7, 'max-a'], ['b', 9, 'max-b'], ['c', 4, 'only-c']]],
    [`${T} | where tag != 'min-a' | summarize arg_min(v, *) | project v, k, tag`, [[2, 'b', 'min-b']]],
    // `(a, b) = arg_max(…)` names the aggregate's columns (summarize-operator.md; graph-mark-components-operator.md uses it).
    [`${T} | summarize (Top, Tag) = arg_max(v, tag) by k | sort by k asc`, [['a', 7, 'max-a'], ['b', 9, 'max-b'], ['c', 4, 'only-c']]],
    [`${T} | summarize (Low, LowTag) = arg_min(v, tag), (High, HighTag) = arg_max(v, tag) | project LowTag, HighTag, High - Low`, [['min-a', 'max-b', 8]]],
  ])('%s', async (query, want) => {
    expect(await rows(query)).toEqual(want);
  });
});
