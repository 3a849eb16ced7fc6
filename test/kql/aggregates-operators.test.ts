/**
 * Aggregates and operators added for issue 19 (second helper share), each checked against the
 * value its documentation page shows: KQL in, rows out.
 */
import { describe, expect, it } from 'vitest';
import { columns, rows, refused } from './helpers';

const LATENCY = 'datatable (ReqCount:long, LatencyBucket:long) [8, 10, 6, 20, 3, 30, 1, 40]';

describe('aggregates as their pages document them', () => {
  it.each<[string, unknown[][]]>([
    // percentilesw-aggregation-function.md
    [`${LATENCY} | summarize percentilesw(LatencyBucket, ReqCount, 50, 75, 99.9)`, [[20, 20, 40]]],
    [`${LATENCY} | summarize percentilesw_array(LatencyBucket, ReqCount, 50, 75, 99.9)`, [[[20, 20, 40]]]],
    [`${LATENCY} | summarize percentilesw_array(LatencyBucket, ReqCount, dynamic([50, 75, 99.9]))`, [[[20, 20, 40]]]],
    // covariance*-aggregation-function.md
    ['datatable(x:real, y:real) [1.0, 14.0, 2.0, 10.0, 3.0, 17.0, 4.0, 20.0, 5.0, 50.0] | summarize covariance(x, y), covariancep(x, y)', [[20.5, 16.4]]],
    ['range x from 1 to 100 step 1 | extend y = iff(x % 2 == 0, x * 2, x * 3) | summarize covarianceif(x, y, x % 3 == 0)', [[2142]]],
    // hll-merge-function.md, dcount-hll-function.md
    ['range x from 1 to 10 step 1 | extend y = x + 10 | summarize hll_x = hll(x), hll_y = hll(y) | project merged = hll_merge(hll_x, hll_y) | project dcount_hll(merged)', [[20]]],
    // merge-tdigest-function.md, rank-tdigest-function.md, tdigest-aggregation-function.md
    ['range x from 1 to 10 step 1 | extend y = x + 10 | summarize tdigestX = tdigest(x), tdigestY = tdigest(y) | project merged = merge_tdigest(tdigestX, tdigestY) | project percentile_tdigest(merged, 100, typeof(long))', [[20]]],
    ['range x from 1 to 1000 step 1 | summarize t_x=tdigest(x) | project rank_of_685=rank_tdigest(t_x, 685)', [[685]]],
    ['datatable(V:real, W:long) [1.0, 1, 2.0, 2] | summarize TD=tdigest(V, W) | project P50=percentile_tdigest(TD, 50)', [[2]]],
    // hll-merge-aggregation-function.md: the aggregate form merges over rows
    ['range x from 1 to 10 step 1 | summarize h = hll(x) by g = x % 2 | summarize m = hll_merge(h) | project dcount_hll(m)', [[10]]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });

  it('names unnamed covariance and percentilesw_array columns as the pages do', async () => {
    expect(await columns('datatable(x:real, y:real) [1.0, 2.0] | summarize covariance(x, y), covariancepif(x, y, x > 0)')).toEqual(['covariance_x_y', 'covariancepif_x_y']);
    expect(await columns(`${LATENCY} | summarize percentilesw_array(LatencyBucket, ReqCount, 50)`)).toEqual(['percentile_LatencyBucket']);
  });

  it('keeps the value of take_any under the name it is given', async () => {
    expect(await rows('datatable(x:long, y:long) [1, 2] | summarize any_x = take_any(x)')).toEqual([[1]]);
  });
});

describe('operators as their pages document them', () => {
  it('getschema lists name, ordinal, .NET type and KQL type (getschema-operator.md, mv-expand-operator.md)', async () => {
    expect(await rows('datatable (a: string, b: dynamic, c: dynamic)["Constant", dynamic([1, 2, 3, 4]), dynamic([6, 7, 8, 9])] | mv-expand b, c to typeof(int) | getschema')).toEqual([
      ['a', 0, 'System.String', 'string'],
      ['b', 1, 'System.Object', 'dynamic'],
      ['c', 2, 'System.Int32', 'int'],
    ]);
  });

  it('union isfuzzy=true leaves out a leg whose table does not exist (union-operator.md)', async () => {
    const q = 'let View_1 = view () { print x=1 }; let View_2 = view () { print x=1 }; union isfuzzy=true (View_1 | where x > 0), (View_2 | where x > 0), (View_3 | where x > 0) | count';
    expect(await rows(q)).toEqual([[2]]);
  });

  it('toscalar() of a scalar is one value for the whole query (toscalar-function.md)', async () => {
    expect(await rows('let Step = toscalar(2); range z from 1 to 9 step Step | extend step = Step | count')).toEqual([[5]]);
    const r = await rows('let g1 = toscalar(new_guid()); range x from 1 to 3 step 1 | extend g = g1 | summarize dcount(g)');
    expect(r).toEqual([[1]]);
  });

  it('sample n returns n input rows; a materialized sample is the same rows each time (sample-operator.md)', async () => {
    const r = await rows('let _data = range x from 1 to 100 step 1; let _sample = materialize(_data | sample 1); union (_sample), (_sample)');
    expect(r).toHaveLength(2);
    expect(r[0]).toEqual(r[1]);
    expect(Number(r[0]![0])).toBeGreaterThanOrEqual(1);
    expect(await rows('range x from 1 to 100 step 1 | sample 7 | count')).toEqual([[7]]);
    expect(await rows('range x from 1 to 100 step 1 | sample 1000 | count')).toEqual([[100]]);
  });

  it('sample-distinct n of c returns n distinct values of c (sample-distinct-operator.md)', async () => {
    const r = await rows('range x from 1 to 100 step 1 | extend y = x % 7 | sample-distinct 3 of y');
    expect(r).toHaveLength(3);
    expect(new Set(r.map((x) => x[0])).size).toBe(3);
  });

  it('as T names the input for the rest of the query (named-expressions.md)', async () => {
    expect(await rows('range x from 1 to 3 step 1 | as T | union T | count')).toEqual([[6]]);
  });
});

describe('refused rather than answered wrongly', () => {
  it.each<[string, string]>([
    // scalar-data-types: bool is System.Boolean but stored as I8; no page shows what getschema prints
    ['print b = true | getschema', 'EA103'],
    ['print d = datetime(2020-01-01) | summarize tdigest(d)', 'EA104'],
  ])('%s', async (kql, code) => {
    expect(await refused(kql)).toBe(code);
  });
});

describe('parse-kv as parse-kv-operator.md documents it', () => {
  it.each<[string, unknown[][]]>([
    // quoted values and keys hold delimiters
    [`print str='src=10.1.1.123 dst=10.1.1.124 bytes=125 failure="connection aborted" "event time"=2021-01-01T10:00:54' | parse-kv str as (['event time']:datetime, src:string, bytes:long, failure:string) with (pair_delimiter=' ', kv_delimiter='=', quote='"') | project-away str`, [['2021-01-01T10:00:54.000Z', '10.1.1.123', 125, 'connection aborted']]],
    // different opening and closing quotes
    [`print str='src=10.1.1.123 failure=(connection aborted) (event time)=(2021-01-01 10:00:54)' | parse-kv str as (['event time']:datetime, failure:string) with (pair_delimiter=' ', kv_delimiter='=', quote='()') | project-away str`, [['2021-01-01T10:00:54.000Z', 'connection aborted']]],
    // escaped quotes inside a quoted value
    [`print str='bytes=125 failure="the remote host sent \\\\"bye!\\\\"" time=2021-01-01T10:00:54' | parse-kv str as (failure:string, bytes:long) with (pair_delimiter=' ', kv_delimiter='=', quote='"', escape='\\\\') | project-away str`, [['the remote host sent "bye!"', 125]]],
    // greedy: a value runs to the next key
    [`print str='name=John Doe phone=555 5555 city=New York' | parse-kv str as (name:string, phone:string, city:string) with (pair_delimiter=' ', kv_delimiter='=', greedy=true) | project-away str`, [['John Doe', '555 5555', 'New York']]],
    [`print str='name=John Doe phone=555 5555 city=New York' | parse-kv str as (name:string, phone:string, city:string) with (pair_delimiter=' ', kv_delimiter='=') | project-away str`, [['John', '555', 'New']]],
    // no delimiters: anything but letters and digits separates
    [`print str="2021-01-01T10:00:34 [INFO] ThreadId:458745723, Machine:Node001, Text: Started" | parse-kv str as (Text: string, ThreadId:long, Machine: string) | project-away str`, [['Started', 458745723, 'Node001']]],
    [`print str="2021-01-01T10:00:34 [INFO] ThreadId:458745723, Machine:Node001, Text: 'The service \\\\' is up'" | parse-kv str as (Text: string, ThreadId:long, Machine: string) with (quote="'", escape='\\\\') | project-away str`, [["The service ' is up", 458745723, 'Node001']]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });

  it('reads quoted text as one token: a key=value inside a quoted value is not a pair', async () => {
    expect(await rows(`print s='a="b=1 c" b=2' | parse-kv s as (b:long) with (pair_delimiter=' ', kv_delimiter='=', quote='"') | project-away s`)).toEqual([[2]]);
  });
});

describe('project-by-names and invoke', () => {
  const PETER = "datatable(Name:string, Age:int, City:string, Country:string) ['Peter', 39, 'New York', 'USA']";
  it('picks columns by name, array of names or wildcard, in the order given (project-by-names-operator.md)', async () => {
    expect(await columns(`${PETER} | project-by-names "Name", "City"`)).toEqual(['Name', 'City']);
    expect(await columns(`${PETER} | project-by-names dynamic(["Name", "Country"])`)).toEqual(['Name', 'Country']);
    expect(await columns(`${PETER} | project-by-names "C*"`)).toEqual(['City', 'Country']);
    expect(await rows(`${PETER} | project-by-names "Country", "NonExistent", "N*"`)).toEqual([['USA', 'Peter']]);
  });

  it('T | invoke f(a) is f(T, a) (invoke-operator.md)', async () => {
    const q = `let clipped_average = (T:(x: long), lowPercentile:double, upPercentile:double) {
      let high = toscalar(T | summarize percentiles(x, upPercentile));
      let low = toscalar(T | summarize percentiles(x, lowPercentile));
      T | where x > low and x < high | summarize avg(x) };
      range x from 1 to 100 step 1 | invoke clipped_average(5, 99)`;
    expect(await rows(q)).toEqual([[52]]);
  });

  it('lets the body of an invoked function see every column of a wider input (project-by-names-operator.md)', async () => {
    expect(await rows('let f = (T:(x:long)) { T | project-by-names "*" }; range x from 1 to 2 step 1 | extend y = 1 | invoke f()')).toEqual([[1, 1], [2, 1]]);
    const q = `let LookupTable = datatable(Name:string, Age:int, City:string, Country:string) ['Peter', 39, 'New York', 'USA'];
      let LookupColumns = (Source:(Name:string), lookup_columns: dynamic) { Source | lookup LookupTable on Name | project-by-names column_names_of(Source), lookup_columns };
      datatable(Name:string, Data:string) ['Peter', 'Source-data'] | invoke LookupColumns(dynamic(['Country', 'NonExistent']))`;
    expect(await columns(q)).toEqual(['Name', 'Data', 'Country']);
    expect(await rows(q)).toEqual([['Peter', 'Source-data', 'USA']]);
  });

  it('refuses invoking one function with two different wider inputs (one binding of its body)', async () => {
    expect(await refused('let f = (T:(x:long)) { T | summarize c = count() }; union (range x from 1 to 2 step 1 | extend y = 1 | invoke f()), (range x from 1 to 3 step 1 | invoke f())')).toBe('EA101');
  });
});

describe('scan (scan-operator.md)', () => {
  it('carries the state of the previous match: cumulative sum', async () => {
    expect(await rows('range x from 1 to 5 step 1 | scan declare (cumulative_x:long=0) with (step s1: true => cumulative_x = x + s1.cumulative_x;)')).toEqual([[1, 1], [2, 3], [3, 6], [4, 10], [5, 15]]);
  });

  it('resets by condition inside the assignments', async () => {
    const q = 'range x from 1 to 5 step 1 | extend y = 2 * x | scan declare (cumulative_x:long=0, cumulative_y:long=0) with (step s1: true => cumulative_x = iff(s1.cumulative_x >= 10, x, x + s1.cumulative_x), cumulative_y = iff(s1.cumulative_y >= 10, y, y + s1.cumulative_y);)';
    expect(await rows(q)).toEqual([[1, 2, 1, 2], [2, 4, 3, 6], [3, 6, 6, 12], [4, 8, 10, 8], [5, 10, 5, 18]]);
  });

  it('fills forward a string', async () => {
    const q = 'datatable (Ts: timespan, Event: string) [0m, "A", 1m, "", 2m, "B", 3m, ""] | sort by Ts asc | scan declare (Event_filled: string="") with (step s1: true => Event_filled = iff(isempty(Event), s1.Event_filled, Event);)';
    expect((await rows(q)).map((r) => r[2])).toEqual(['A', 'A', 'B', 'B']);
  });

  it('drops the rows that do not match', async () => {
    expect(await rows('range x from 1 to 5 step 1 | scan with (step s1: x % 2 == 1;)')).toEqual([[1], [3], [5]]);
  });

  const EVENTS = 'datatable (Ts: timespan, Event: string) [0m, "A", 1m, "Start", 2m, "B", 3m, "D", 4m, "Stop", 6m, "C", 8m, "Start", 11m, "E", 12m, "Stop"] | sort by Ts asc';

  it('follows the page walkthrough of three steps with match ids (events between Start and Stop)', async () => {
    const q = `${EVENTS} | scan with_match_id=m_id with (step s1: Event == "Start"; step s2: Event != "Start" and Event != "Stop" and Ts - s1.Ts <= 5m; step s3: Event == "Stop" and Ts - s1.Ts <= 5m;)`;
    expect(await columns(q)).toEqual(['Ts', 'Event', 'm_id']);
    expect(await rows(q)).toEqual([
      ['00:01:00', 'Start', 0], ['00:02:00', 'B', 0], ['00:03:00', 'D', 0], ['00:04:00', 'Stop', 0],
      ['00:08:00', 'Start', 1], ['00:11:00', 'E', 1], ['00:12:00', 'Stop', 1],
    ]);
  });

  it('tags sessions: output=none moves the sequence on, the first step starts the next one', async () => {
    const q = 'datatable (Ts: timespan, Event: string) [0m, "A", 1m, "A", 32m, "B", 36m, "C", 75m, "A"] | sort by Ts asc | scan with_match_id=session_id declare (sessionStart: timespan) with (step inSession: true => sessionStart = iff(isnull(inSession.sessionStart), Ts, inSession.sessionStart); step endSession output=none: Ts - inSession.sessionStart > 30m;)';
    expect(await rows(q)).toEqual([
      ['00:00:00', 'A', '00:00:00', 0], ['00:01:00', 'A', '00:00:00', 0], ['00:32:00', 'B', '00:32:00', 1], ['00:36:00', 'C', '00:32:00', 1], ['01:15:00', 'A', '01:15:00', 2],
    ]);
  });

  it('keeps a sequence in the last step active (check 2) and a repeated first step in the same sequence', async () => {
    const q = 'datatable (x:long, e:string) [1, "Start", 2, "Start", 3, "Stop", 4, "Stop", 5, "Start"] | scan with_match_id=m with (step s1: e == "Start"; step s2: e == "Stop";)';
    expect(await rows(q)).toEqual([[1, 'Start', 0], [2, 'Start', 0], [3, 'Stop', 0], [4, 'Stop', 0], [5, 'Start', 1]]);
  });

  it('outputs a row once per step it matches, the later step first', async () => {
    const q = 'range x from 1 to 3 step 1 | scan with_match_id=m with (step s1: true; step s2: x > 1;)';
    expect(await rows(q)).toEqual([[1, 0], [2, 0], [2, 1], [3, 1], [3, 2]]);
  });

  it('gives a declared column the matching step does not assign its default, and reads promoted state', async () => {
    const q = 'range x from 1 to 3 step 1 | scan with_match_id=m declare (a:long, v:long = 7) with (step s1: x == 1 => v = 100, a = x; step s2: x == 2 => a = s1.a;)';
    expect(await rows(q)).toEqual([[1, 1, 100, 0], [2, 1, 7, 0]]);
  });

  it.each<[string, string]>([
    ['range x from 1 to 5 step 1 | scan with (step s1: true; step s2 output=last: x == 2;)', 'EA104'],
    ['range x from 1 to 5 step 1 | scan with (step s1: true;) | count', 'EA101'],
  ])('refuses %s', async (kql, code) => {
    expect(await refused(kql)).toBe(code);
  });
});

describe('series_iir (series-iir-function.md)', () => {
  it('with numerators [1] and denominators [1, -1] is the cumulative sum', async () => {
    const r = await rows('let x = range(1.0, 10, 1); print x=x, y = series_iir(x, dynamic([1]), dynamic([1,-1])) | mv-expand x, y | take 4');
    expect(r).toEqual([[1, 1], [2, 3], [3, 6], [4, 10]]);
    expect(await rows('let vector_sum=(x: dynamic) { let y=array_length(x) - 1; todouble(series_iir(x, dynamic([1]), dynamic([1, -1]))[y]) }; print d=dynamic([0, 1, 2, 3, 4]) | extend dd=vector_sum(d) | project dd')).toEqual([[10]]);
  });

  it('follows the recursive formula with a0 dividing', async () => {
    // y0 = 1/2; y1 = (2 + 0.5·1 + 0.5·y0)/2; y2 = (3 + 0.5·2 + 0.5·y1)/2
    expect(await rows('print y = series_iir(dynamic([1, 2, 3]), dynamic([1, 0.5]), dynamic([2, -0.5]))')).toEqual([[[0.5, 1.375, 2.34375]]]);
  });
});

describe('series_seasonal with a period (series-seasonal-function.md)', () => {
  it('is the median of the elements at the same phase', async () => {
    expect(await rows('print s = series_seasonal(dynamic([1, 3, 5, 1, 3, 5, 2, 4, 6]), 3), t = series_seasonal(dynamic([1, 3, 5, 2, 4, 6, 1, 3, 5, 2, 4, 6]), 3)')).toEqual([
      [[1, 3, 5, 1, 3, 5, 1, 3, 5], [1.5, 3.5, 5.5, 1.5, 3.5, 5.5, 1.5, 3.5, 5.5, 1.5, 3.5, 5.5]],
    ]);
  });

  it('refuses to detect the period itself', async () => {
    expect(await refused('print s = series_seasonal(dynamic([1, 2, 1, 2]))')).toBe('EA104');
  });
});

describe('exact hll / tdigest stay bounded', () => {
  it('refuses an hll or tdigest of more than 1,048,576 entries instead of returning a huge value', async () => {
    expect(await refused('range x from 1 to 1100000 step 1 | summarize h = hll(x) | project dcount_hll(h)')).toBe('EA104');
    expect(await rows('range x from 1 to 1000 step 1 | summarize h = hll(x % 10) | project dcount_hll(h)')).toEqual([[10]]);
  });
});

describe('make-series kind=nonempty (make-series-operator.md)', () => {
  const T = 'datatable(t:datetime, m:real)[datetime(2017-01-01), 4]';
  const SERIES = 'avg(m) default=1.0 on t from datetime(2017-01-01) to datetime(2017-01-04) step 1d';
  it('gives one row of defaults for an empty input; the default kind gives none', async () => {
    expect(await rows(`${T} | take 0 | make-series kind=nonempty ${SERIES} | project avg_m`)).toEqual([[[1, 1, 1]]]);
    expect(await rows(`${T} | take 0 | make-series ${SERIES}`)).toEqual([]);
    expect(await rows(`${T} | make-series kind=nonempty ${SERIES} | project avg_m`)).toEqual([[[4, 1, 1]]]);
  });

  it('is refused with a by clause', async () => {
    expect(await refused(`${T} | extend k = 1 | make-series kind=nonempty ${SERIES} by k`)).toBe('EA103');
  });
});
