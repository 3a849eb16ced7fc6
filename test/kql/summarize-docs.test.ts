/**
 * summarize (src/kql/compile/operators/summarize.ts) on what summarize-operator.md and the
 * aggregation functions' pages show beyond test/kql/operators-docs.test.ts: several `*` aggregates
 * in one summarize (the page's "default values" example), `(a, b) = arg_max(…)`, a summarize with
 * group keys only. Expected values follow from the cited page, not from our output. Added for issue
 * 23's kql-operators-summarize mutation module (TESTING.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { columns, refused, rows } from './helpers';

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
  // show-commands.md: `(50th_Percentile_TotalCpu, 95th_Percentile_TotalCpu)=percentiles(TotalCpu, 50, 95)`
  // beside count / countif / avg / max by User, Principal (the engine refused a tuple of names for
  // percentiles until issue-23j). A datatable stands in for `.show commands`; nearest-rank
  // percentiles (percentiles-aggregation-function.md): 1, 3, 4, 8 minutes give 3m and 8m.
  it('the show-commands page\'s (50th…, 95th…) = percentiles(TotalCpu, 50, 95) by User, Principal', async () => {
    const commands = "datatable(User:string, Principal:string, TotalCpu:timespan)['ann', 'p1', 1m, 'ann', 'p1', 3m, 'ann', 'p1', 4m, 'ann', 'p1', 8m, 'bob', 'p2', 30s]";
    const q = `${commands} | summarize TotalCount=count(), CountAboveThreshold=countif(TotalCpu > 2m), AverageCpu = avg(TotalCpu), MaxTotalCpu=max(TotalCpu), (50th_Percentile_TotalCpu, 95th_Percentile_TotalCpu)=percentiles(TotalCpu, 50, 95) by User, Principal
| extend PercentageAboveThreshold = strcat(substring(CountAboveThreshold * 100 / TotalCount, 0, 5), "%")
| order by CountAboveThreshold desc
| project User, Principal, CountAboveThreshold, TotalCount, PercentageAboveThreshold, MaxTotalCpu, AverageCpu, 50th_Percentile_TotalCpu, 95th_Percentile_TotalCpu`;
    expect(await columns(q)).toEqual(['User', 'Principal', 'CountAboveThreshold', 'TotalCount', 'PercentageAboveThreshold', 'MaxTotalCpu', 'AverageCpu', '50th_Percentile_TotalCpu', '95th_Percentile_TotalCpu']);
    expect(await rows(q)).toEqual([
      ['ann', 'p1', 3, 4, '75%', '00:08:00', '00:04:00', '00:03:00', '00:08:00'],
      ['bob', 'p2', 0, 1, '0%', '00:00:30', '00:00:30', '00:00:30', '00:00:30'],
    ]);
  });
  it('(lo, who) = arg_min(...) next to a count', async () => {
    const q = "datatable(v:long, who:string)[4, 'a', 2, 'b', 9, 'c'] | summarize n = count(), (lo, who) = arg_min(v, who)";
    expect(await columns(q)).toEqual(['n', 'lo', 'who']);
    expect(await rows(q)).toEqual([[3, 2, 'b']]);
  });
});

// summarize-operator.md's examples, over small tables standing in for StormEvents.
describe('summarize-operator.md examples', () => {
  it('"calculates a histogram ... use bin() to group its values into 1-day intervals": a named bin key', async () => {
    const storms = "datatable(EventType:string, StartTime:datetime, EndTime:datetime)['Flood', datetime(2007-01-01), datetime(2007-01-03 12:00), 'Flood', datetime(2007-02-01), datetime(2007-02-03), 'Heat', datetime(2007-03-01), datetime(2007-03-01 06:00), 'Heat', datetime(2007-04-01), datetime(2007-04-05)]";
    const q = `${storms} | project EventType, Duration = EndTime - StartTime | where Duration > 1d | summarize EventCount=count() by EventType, Length=bin(Duration, 1d) | sort by Length`;
    expect(await columns(q)).toEqual(['EventType', 'Length', 'EventCount']);
    expect(await rows(q)).toEqual([['Heat', '4.00:00:00', 1], ['Flood', '2.00:00:00', 2]]);
  });
  it('"There\'s no group-by clause, so there\'s just one row": Min = min(Duration), Max = max(Duration)', async () => {
    const q = 'datatable(StartTime:datetime, EndTime:datetime)[datetime(2007-01-01 00:00), datetime(2007-01-01 01:08), datetime(2007-01-02 00:00), datetime(2007-01-02 11:55), datetime(2007-01-03 00:00), datetime(2007-01-03 02:00)] | project Duration = EndTime - StartTime | summarize Min = min(Duration), Max = max(Duration)';
    expect(await columns(q)).toEqual(['Min', 'Max']);
    expect(await rows(q)).toEqual([['01:08:00', '11:55:00']]);
  });
  it('"The avg aggregate sums only the non-null values": sum(y), avg(y) over 1 null and 3 fives', async () => {
    expect(await rows('range x from 1 to 4 step 1 | extend y = iff(x == 1, real(null), real(5)) | summarize sum(y), avg(y)')).toEqual([[15, 5]]);
  });
  it('make_set(y), make_set(y): the second column is set_y1', async () => {
    const q = 'range x from 1 to 2 step 1 | extend y = iff(x == 1, real(null), real(5)) | summarize make_set(y), make_set(y)';
    expect(await columns(q)).toEqual(['set_y', 'set_y1']);
    expect(await rows(q)).toEqual([[[5], [5]]]);
  });
});

describe('take-any-aggregation-function.md and arg-max-aggregation-function.md', () => {
  // "The deprecated version adds any_ prefix to the columns returned by the any() aggregation."
  it('any(k, v): two columns, any_k and any_v, next to a count', async () => {
    const q = "datatable(k:string, v:long)['y', 2, 'y', 2] | summarize any(k, v), n = count()";
    expect(await columns(q)).toEqual(['any_k', 'any_v', 'n']);
    expect(await rows(q)).toEqual([['y', 2, 2]]);
  });
  // "all values are calculated over a single record": take_any(*) gives one input row's columns;
  // arg_max(x, *) beside it gives the row with the largest x.
  it('take_any(*) next to arg_max(x, *): one whole input row, then the maximizing row', async () => {
    const input = [[1, 'a'], [5, 'b'], [3, 'c']];
    const got = await rows("datatable(x:long, y:string)[1, 'a', 5, 'b', 3, 'c'] | summarize take_any(*), arg_max(x, *)");
    expect(got).toHaveLength(1);
    expect(input).toContainEqual(got[0]!.slice(0, 2));
    expect(got[0]!.slice(2)).toEqual([5, 'b']);
  });
  it('take_any(*) by a key next to arg_min(x, *): the key is left out of both', async () => {
    const got = await rows("datatable(k:string, x:long, y:string)['p', 4, 'a', 'p', 2, 'b', 'q', 7, 'c'] | summarize take_any(*), arg_min(x, *) by k | sort by k asc");
    expect(got).toHaveLength(2);
    expect([[4, 'a'], [2, 'b']]).toContainEqual(got[0]!.slice(1, 3));
    expect([got[0]![0], ...got[0]!.slice(3)]).toEqual(['p', 2, 'b']);
    expect(got[1]).toEqual(['q', 7, 'c', 7, 'c']);
  });
  // take-any-aggregation-function.md: "Use the `*` wildcard … to return all columns"; named outside (`pick = take_any(*)`,
  // `(p, q) = take_any(*) by k`) or by the deprecated any(), the binder names the columns itself. Each is one input row's
  // values, in the input's order (the by key left out). These failed with EA105 (issue 23j).
  it('take_any(*) under names of the binder\'s: any(*), pick = take_any(*), (p, q, r) = …, (p, q) = … by a key', async () => {
    const input = [[1, 'x', 1.5], [2, 'y', 2.5]];
    const t = "datatable(a:long, b:string, c:real)[1, 'x', 1.5, 2, 'y', 2.5]";
    expect(await columns(`${t} | summarize any(*)`)).toEqual(['any_a', 'any_b', 'any_c']);
    expect(input).toContainEqual((await rows(`${t} | summarize any(*)`))[0]);
    expect(await columns(`${t} | summarize pick = take_any(*)`)).toEqual(['pick', 'b', 'c']);
    expect(input).toContainEqual((await rows(`${t} | summarize pick = take_any(*)`))[0]);
    expect(await columns(`${t} | summarize (p, q, r) = take_any(*)`)).toEqual(['p', 'q', 'r']);
    expect(input).toContainEqual((await rows(`${t} | summarize (p, q, r) = take_any(*)`))[0]);
    expect(await columns(`${t} | summarize (p, q) = take_any(*) by b`)).toEqual(['b', 'p', 'q']);
    expect(await rows(`${t} | summarize (p, q) = take_any(*) by b | sort by b asc`)).toEqual([['x', 1, 1.5], ['y', 2, 2.5]]);
  });
  // ExprToMaximize is an expression: "Returns a row in the table that maximizes the specified
  // expression", with every column of that row (x included, as it is not the maximized expression).
  it('arg_max(x * 2, *) next to arg_min(x, *): the expression, then all columns of its row', async () => {
    expect(await rows("datatable(x:long, y:string)[1, 'a', 5, 'b', 3, 'c'] | summarize arg_max(x * 2, *), arg_min(x, *)")).toEqual([[10, 5, 'b', 1, 'a']]);
  });
  it('the page\'s null handling: arg_max(Version, *) by Fruit', async () => {
    const q = 'datatable(Fruit: string, Color: string, Version: int) ["Apple", "Red", 1, "Apple", "Green", int(null), "Banana", "Yellow", int(null), "Banana", "Green", int(null), "Pear", "Brown", 1, "Pear", "Green", 2] | summarize arg_max(Version, *) by Fruit | sort by Fruit asc';
    expect(await columns(q)).toEqual(['Fruit', 'Version', 'Color']);
    const got = await rows(q);
    expect([got[0], got[2]]).toEqual([['Apple', 1, 'Red'], ['Pear', 2, 'Green']]);
    // Banana's versions are all null: the page shows one of its rows (Yellow).
    expect(got[1]![0]).toBe('Banana');
    expect(got[1]![1]).toBeNull();
    expect(['Yellow', 'Green']).toContain(got[1]![2]);
  });
});

describe('more from summarize-operator.md and the percentiles page', () => {
  // percentiles-aggregation-function.md: percentiles_array returns the percentiles in one dynamic
  // array; "Percentiles 0 and 100 are the exact minimum and maximum" (nearest rank: 50 of 1, 2, 3 is 2).
  it('percentiles_array(v, 0, 50, 100): one column holding three values', async () => {
    const q = "datatable(k:string, v:long)['a', 1, 'a', 3, 'b', 2] | summarize percentiles_array(v, 0, 50, 100), n = count()";
    expect(await columns(q)).toEqual(['percentiles_v', 'n']);
    expect(await rows(q)).toEqual([[[1, 2, 3], 3]]);
  });
  // "The result contains the by columns and also at least one column for each computed aggregate."
  it('arg_max(v, *) before a count, by a key: the count keeps its own column', async () => {
    const q = "datatable(k:string, v:long, t:string)['a', 1, 'p', 'a', 3, 'q', 'b', 2, 'r'] | summarize arg_max(v, *), n = count() by k | sort by k asc";
    expect(await columns(q)).toEqual(['k', 'v', 't', 'n']);
    expect(await rows(q)).toEqual([['a', 3, 'q', 2], ['b', 2, 'r', 1]]);
  });
  // *Aggregation*: "A call to an aggregation function such as count() or avg()"; a constant is not one.
  it('refuses an item with no aggregation function in it', async () => {
    expect(await refused('datatable(v:long)[1, 2] | summarize x = 1')).toBe('EA103');
  });
});
