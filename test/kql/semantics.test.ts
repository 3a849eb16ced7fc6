/** KQL semantics with known answers over datatable / print / range: KQL in, rows out. */
import { describe, expect, it } from 'vitest';
import { columns, rows } from './helpers';

const T = "datatable(k:string, v:long) ['x', 1, 'y', 2, 'x', 3]";

describe('operators', () => {
  it.each<[string, unknown[][]]>([
    [`${T} | where v > 1 | project v`, [[2], [3]]],
    [`${T} | summarize count() by k | sort by k asc`, [['x', 2], ['y', 1]]],
    [`${T} | summarize s = sum(v), m = max(v), a = avg(v), d = dcount(k), c = countif(v > 1)`, [[6, 3, 2, 2, 2]]],
    [`${T} | summarize arg_max(v, *) by k | sort by k asc`, [['x', 3], ['y', 2]]],
    [`${T} | summarize arg_min(v, k) | project v, k`, [[1, 'x']]],
    [`${T} | summarize s = array_sort_asc(make_set(k))`, [[['x', 'y']]]],
    [`${T} | summarize l = make_list(v)`, [[[1, 2, 3]]]],
    [`${T} | summarize p = percentile(v, 50)`, [[2]]],
    [`${T} | extend w = v * 2 | extend z = w + 1 | project z`, [[3], [5], [7]]],
    [`${T} | project-away k`, [[1], [2], [3]]],
    [`${T} | project-rename key = k | project key`, [['x'], ['y'], ['x']]],
    [`${T} | project-reorder v | take 1`, [[1, 'x']]],
    [`${T} | distinct k | sort by k asc`, [['x'], ['y']]],
    [`${T} | top 2 by v`, [['x', 3], ['y', 2]]],
    [`${T} | sort by v | project v`, [[3], [2], [1]]],
    [`${T} | order by v asc | take 1 | project v`, [[1]]],
    [`${T} | count`, [[3]]],
    [`${T} | limit 1`, [['x', 1]]],
    ['range x from 1 to 3 step 1', [[1], [2], [3]]],
    ["print s = 'a', n = 1 + 2", [['a', 3]]],
    [`let n = 2; ${T} | where v >= n | count`, [[2]]],
    [`let f = (x:long) { x * 10 }; print r = f(4)`, [[40]]],
    [`let t = ${T} | where k == 'y'; t | project v`, [[2]]],
    [`${T} | union (datatable(k:string, w:real) ['z', 1.5]) | sort by k desc | take 1`, [['z', null, 1.5]]],
    [`${T} | lookup (datatable(k:string, name:string) ['x', 'ex']) on k | sort by v asc | project name`, [['ex'], [''], ['ex']]],
    ["datatable(d:dynamic) [dynamic([1, 2]), dynamic({'a': 1, 'b': 2})] | mv-expand d", [[1], [2], [{ a: 1 }], [{ b: 2 }]]],
    ["datatable(d:dynamic) [dynamic([]), dynamic(null)] | mv-expand d", [[null]]],
    ["datatable(i:long, d:dynamic) [1, dynamic([5, 7])] | mv-expand with_itemindex=ix d to typeof(long)", [[1, 5, 0], [1, 7, 1]]],
    ["datatable(d:dynamic) [dynamic([{'n':'a','v':1},{'n':'b','v':2}])] | mv-apply e = d on (where e.v > 1 | project n = tostring(e.n)) | project n", [['b']]],
    ["datatable(i:long, d:dynamic) [1, dynamic([{'n':'a','v':1},{'n':'b','v':2}]), 2, dynamic([])] | mv-apply e = d on (where e.v > 1 | extend n = tostring(e.n)) | project i, n", [[1, 'b']]],
    ["print s = 'key=abc,type=x' | parse s with 'key=' key ',type=' t", [['key=abc,type=x', 'abc', 'x']]],
    ["print s = 'n=12;' | parse s with * 'n=' n:long ';' *", [['n=12;', 12]]],
    ["print x = 1 | render timechart", [[1]]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });
});

describe('joins (default innerunique, every kind, clashing names renamed)', () => {
  const L = "datatable(k:string, a:long) ['x', 1, 'x', 2, 'y', 3]";
  const R = "datatable(k:string, b:long) ['x', 10, 'x', 20, 'z', 30]";
  it.each<[string, unknown[][]]>([
    [`${L} | join (${R}) on k | count`, [[2]]],
    [`${L} | join kind=inner (${R}) on k | count`, [[4]]],
    [`${L} | join kind=leftouter (${R}) on k | where k == 'y' | project k, k1, b`, [['y', '', null]]],
    [`${L} | join kind=rightouter (${R}) on k | where k1 == 'z' | project k, k1`, [['', 'z']]],
    [`${L} | join kind=fullouter (${R}) on k | count`, [[6]]],
    [`${L} | join kind=leftsemi (${R}) on k | count`, [[2]]],
    [`${L} | join kind=leftanti (${R}) on k | project k`, [['y']]],
    [`${L} | join kind=rightanti (${R}) on k | project k`, [['z']]],
    [`${L} | join kind=rightsemi (${R}) on k | count`, [[2]]],
    [`${L} | join kind=inner (${R}) on $left.k == $right.k | take 1 | project k, k1`, [['x', 'x']]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });
  it('renames clashing right columns', async () => {
    expect(await columns(`${L} | join kind=inner (${R}) on k`)).toEqual(['k', 'a', 'k1', 'b']);
  });
});

describe('column naming and case', () => {
  it.each<[string, string[]]>([
    ['print x = 1 | summarize count()', ['count_']],
    ['print x = 1 | count', ['Count']],
    ['print a = 1, A = 2', ['a', 'A']],
    ["print d = dynamic({'a': 1}) | extend d.a", ['d', 'd_a']],
    ["print x = 1 | summarize max(x), dcount(x)", ['max_x', 'dcount_x']],
  ])('%s', async (kql, expected) => {
    expect(await columns(kql)).toEqual(expected);
  });
});

describe('scalars: strings, datetimes, dynamic', () => {
  it.each<[string, unknown[][]]>([
    ["print a = 'North America' has 'america', b = 'North America' has 'ame', c = 'North America' contains 'ame'", [[true, false, true]]],
    ["print a = 'KeyIdentifier=1' has 'KeyIdentifier=', b = 'x.y@contoso.com' has 'contoso'", [[true, true]]],
    ["print a = 'Abc' has_cs 'abc', b = 'Abc' !has 'abc', c = 'Abc' has_any ('x', 'ABC')", [[false, false, true]]],
    ["let l = dynamic(['ame', 'rica']); print a = 'North America' has_any (l), b = 'North America' has_any (dynamic(['AMERICA'])), c = 'a b' has_all (dynamic(['a', 'b']))", [[false, true, true]]],
    ["print n = 'america', s = 'North America' | project a = s has n, b = s has strcat('am', 'e')", [[true, false]]],
    ["print a = 'Abc' == 'abc', b = 'Abc' =~ 'abc', c = 'Abc' != 'abc', d = 'Abc' !~ 'abc'", [[false, true, true, false]]],
    ["print a = 'Abc' in ('abc'), b = 'Abc' in~ ('abc'), c = 'Abc' !in ('x'), d = 'Abc' !in~ ('ABC')", [[false, true, true, false]]],
    ["print a = 'Hello' startswith 'he', b = 'Hello' endswith_cs 'LO', c = 'Hello' matches regex '^H.*o$'", [[true, false, true]]],
    ["print a = 'abc' contains_cs 'B', b = 'abc' !contains 'B', c = 'abc' !startswith 'a'", [[false, false, false]]],
    ["print s = strcat('a', 1, true), l = strlen('héllo'), u = toupper('x'), t = trim(' ', '  x  ')", [['a1true', 5, 'X', 'x']]],
    ["print p = split('a,b,c', ','), q = split('a,b,c', ',', 1), e = extract('id=([0-9]+)', 1, 'id=42;')", [[['a', 'b', 'c'], ['b'], '42']]],
    ["print a = iff(1 > 2, 'y', 'n'), b = case(false, 1, true, 2, 3), c = coalesce('', 'z')", [['n', 2, 'z']]],
    ["print a = isempty(''), b = isnotempty('x'), c = isempty(tostring(dynamic(null))), d = isnull(long(null))", [[true, true, true, true]]],
    ["print a = toint('12'), b = todouble('1.5'), c = tolong('x'), d = tostring(12)", [[12, 1.5, null, '12']]],
    ["print d = datetime(2024-01-01) + 1d + 2h", [['2024-01-02T02:00:00.000Z']]],
    ["print t = datetime(2024-01-02 06:00) - datetime(2024-01-01), r = 1d / 1h, h = 90m", [['1.06:00:00', 24, '01:30:00']]],
    ["print b = bin(datetime(2024-01-03 05:00), 7d), c = bin(datetime(2024-01-03 05:17), 1h), n = bin(17, 5)", [['2023-12-28T00:00:00.000Z', '2024-01-03T05:00:00.000Z', 15]]],
    ["print a = ago(1h), n = now()", [['2025-06-30T11:00:00.000Z', '2025-06-30T12:00:00.000Z']]],
    ["print d = startofday(datetime(2024-05-15 13:00)), w = startofweek(datetime(2024-05-15)), m = startofmonth(datetime(2024-05-15))", [['2024-05-15T00:00:00.000Z', '2024-05-12T00:00:00.000Z', '2024-05-01T00:00:00.000Z']]],
    ["print f = format_datetime(datetime(2024-05-15 13:04:05), 'yyyy-MM-dd HH:mm:ss'), h = hourofday(datetime(2024-05-15 13:04))", [['2024-05-15 13:04:05', 13]]],
    ["print dd = datetime_diff('day', datetime(2024-01-10), datetime(2024-01-01)), dt = todatetime('2024-02-03T04:05:06Z')", [[9, '2024-02-03T04:05:06.000Z']]],
    ["print d = dynamic({'a': {'b': [1, 2]}}) | project x = d.a.b[1], y = d['a']['b'][0], z = d.a.b[-1], n = array_length(d.a.b)", [[2, 1, 2, 2]]],
    ["print j = parse_json('{\"u\": \"x@y\", \"n\": 3}') | project u = tostring(j.u), n = toint(j.n), t = tostring(j)", [['x@y', 3, '{"u":"x@y","n":3}']]],
    ["print b = bag_pack('k', 1), k = bag_keys(dynamic({'a': 1, 'b': 2})), p = pack_array(1, 'x')", [[{ k: 1 }, ['a', 'b'], [1, 'x']]]],
    ["print s = tostring(dynamic('text')), e = tostring(dynamic(null)), n = tostring(dynamic(5))", [['text', '', '5']]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });
});

describe('KQL rules where SQL differs', () => {
  it.each<[string, unknown[][]]>([
    ['datatable(x:long) [2, long(null), 1] | sort by x', [[2], [1], [null]]],
    ['datatable(x:long) [2, long(null), 1] | sort by x asc', [[null], [1], [2]]],
    ['datatable(x:long) [2, long(null), 1] | sort by x asc nulls last', [[1], [2], [null]]],
    ["datatable(k:string) ['a'] | join kind=leftouter (datatable(k:string, s:string) ['b', 'x']) on k | project s", [['']]],
    ["print d = dynamic({'a': 1}) | project s = tostring(d.nope)", [['']]],
    // numerical-operators.md: -14 % 12 = 10 and 14 % -12 = 2 (the result is never negative).
    ['print n = 7 / 2, r = 7 / 2.0, m = -7 % 3, p = 7 % -3', [[3, 3.5, 2, 1]]],
    // null-values.md: == with one null side is false, != true; with two, null.
    ['datatable(v:long) [5, long(null)] | extend e = v == long(null), n = v != long(null), f = v == 5, g = v != 5', [[5, false, true, true, false], [null, null, null, false, true]]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });
});

describe('make-series and series functions', () => {
  const E = "datatable(T:datetime, U:string, V:long) [datetime(2026-11-18T01:00:00Z), 'a', 1, datetime(2026-11-18T05:00:00Z), 'a', 3, datetime(2026-11-19T01:00:00Z), 'b', 2, datetime(2026-11-20T13:00:00Z), 'a', 9, datetime(2026-11-21T00:00:00Z), 'a', 100]";
  const days = ['2026-11-18T00:00:00Z', '2026-11-19T00:00:00Z', '2026-11-20T00:00:00Z'];
  it.each<[string, unknown[][]]>([
    // from/to/step: `to` is exclusive (the row at 11-21 is outside); missing bins get the default.
    [`${E} | make-series c = count(), s = sum(V) default = -1 on T from datetime(2026-11-18) to datetime(2026-11-21) step 1d by U | sort by U asc`,
      [['a', [2, 0, 1], [4, -1, 9], days], ['b', [0, 1, 0], [-1, 2, -1], days]]],
    // in range(start, stop, step): bins aligned like bin(), stop inclusive; no by-clause → one row.
    [`${E} | make-series c = count(), a = avg(V) on T in range(datetime(2026-11-18T06:00:00Z), datetime(2026-11-20T01:00:00Z), 1d)`,
      [[[2, 1, 1], [2, 2, 9], days]]],
    [`${E} | make-series dcount(U) on T from datetime(2026-11-18) to datetime(2026-11-20) step 1d`, [[[1, 1], days.slice(0, 2)]]],
    [`${E} | where V > 1000 | make-series c = count() on T from datetime(2026-11-18) to datetime(2026-11-21) step 1d`, []],
    // Kusto's documented example for series_fit_line (x = 1..n, variances over n - 1).
    ['print y = dynamic([2, 5, 6, 8, 11, 15, 17, 18, 25, 26, 30, 30]) | extend (RSquare, Slope, Variance, RVariance, Interception, LineFit) = series_fit_line(y) | project r = round(RSquare, 3), s = round(Slope, 3), v = round(Variance, 3), rv = round(RVariance, 3), i = round(Interception, 3), f0 = round(todouble(LineFit[0]), 3), n = array_length(LineFit)',
      [[0.983, 2.731, 98.629, 1.686, -1.667, 1.064, 12]]],
    ['print y = dynamic([1, 2, 3]) | extend (r, s) = series_fit_line(y) | extend d = series_fit_line_dynamic(y) | project r, s, ds = todouble(d.slope)', [[1, 1, 1]]],
    [`${E} | make-series c = count() on T from datetime(2026-11-18) to datetime(2026-11-21) step 1d by U | extend (rsq, slope) = series_fit_line(c) | where slope < 0 | project U, slope, rsq = round(rsq, 3)`, [['a', -0.5, 0.25]]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });
});
