/**
 * Series element-wise and reduction functions, signed numbers inside dynamic literals, and
 * unnamed tuple functions (`project series_stats(x)`), beyond the documentation's examples:
 * arrays of different lengths, a number against every element, non-numbers as null.
 */
import { describe, expect, it } from 'vitest';
import { refused, rows } from './helpers';

describe('dynamic literals', () => {
  it('keep the sign of negative numbers (dynamic([-6.5]) was read as null)', async () => {
    expect(await rows("print a = dynamic([-6, 0, -8.5]), b = dynamic({'k': -1}), c = dynamic(-2)")).toEqual([[[-6, 0, -8.5], { k: -1 }, -2]]);
  });
});

describe('series functions', () => {
  it.each<[string, unknown]>([
    ['series_add(dynamic([1, 2, 3]), dynamic([10, 20]))', [11, 22, null]],
    ['series_multiply(dynamic([1, 2]), 3)', [3, 6]],
    ["series_subtract(dynamic([5, 'x', 7]), dynamic([1, 1, 1]))", [4, null, 6]],
    ['series_divide(dynamic([1, 0, -1]), dynamic([0, 0, 0]))', [Infinity, NaN, -Infinity]],
    ['series_greater(dynamic([1, 5]), 2)', [false, true]],
    ['series_abs(dynamic([-1.5, 2]))', [1.5, 2]],
    ['series_sign(dynamic([-3, 0, 4]))', [-1, 0, 1]],
    ['series_log(dynamic([-1, 1]))', [null, 0]],
    ['series_fill_forward(dynamic([null, 1, null, 3, null]))', [null, 1, 1, 3, 3]],
    ['series_fill_backward(dynamic([null, 1, null, 3, null]))', [1, 1, 3, 3, null]],
    ['series_fill_const(dynamic([null, 1]), 0)', [0, 1]],
  ])('%s', async (call, expected) => {
    expect(await rows(`print r = ${call}`)).toEqual([[expected]]);
  });

  it.each<[string, number | null]>([
    ['series_sum(dynamic([1, 2, 3.5]))', 6.5],
    ['series_product(dynamic([2, 3, 4]))', 24],
    ['series_magnitude(dynamic([3, 4]))', 5],
    ['series_dot_product(dynamic([1, 2]), dynamic([3, 4]))', 11],
    ['series_dot_product(dynamic([1, 2]), 2)', 6],
    ['series_pearson_correlation(dynamic([1, 2, 3]), dynamic([3, 2, 1]))', -1],
    ["series_sum(dynamic([1, 'x']))", null],
  ])('%s', async (call, expected) => {
    const [[v]] = (await rows(`print r = ${call}`)) as [[number | null]];
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 12);
  });

  it('series_stats gives seven columns named by the binder, sample variance', async () => {
    expect(await rows('print x = dynamic([1, 2, 3, 4]) | project series_stats(x)')).toEqual([[1, 0, 4, 3, 2.5, Math.sqrt(5 / 3), 5 / 3]]);
  });

  it('series_stats_dynamic gives the bag with sum and len', async () => {
    expect(await rows('print s = series_stats_dynamic(dynamic([3, 1, 2]))')).toEqual([[{ min: 1, min_idx: 1, max: 3, max_idx: 0, avg: 2, stdev: 1, variance: 1, sum: 6, len: 3 }]]);
  });
});

describe('series_fill_linear (series-fill-linear-function.md)', () => {
  it.each<[string, string]>([
    // interior values interpolated, edges take the nearest present value, doubles stay doubles
    ['series_fill_linear(dynamic([null, 111.0, null, 36.0, 41.0, null, null, 16.0]))', '[111.0,111.0,73.5,36.0,41.0,32.666666666666664,24.333333333333332,16.0]'],
    // int elements only: integers, truncated (the page's example: 73.5 → 73, 32.667 → 32)
    ['series_fill_linear(dynamic([null, 111, null, 36, 41, null, null, 16]))', '[111,111,73,36,41,32,24,16]'],
    ['series_fill_linear(dynamic([-1, null, -4]))', '[-1,-2,-4]'],
    // fill_edges=false keeps the missing edges
    ['series_fill_linear(dynamic([null, 1, null, 3, null]), double(null), false)', '[null,1,2,3,null]'],
    // mixed int and double elements: doubles
    ['series_fill_linear(dynamic([1, null, 2.5]))', '[1.0,1.75,2.5]'],
    // only missing elements: constant_value, 0 (a double) by default, nulls kept with a null constant
    ['series_fill_linear(dynamic([null, null]))', '[0.0,0.0]'],
    ['series_fill_linear(dynamic([null, null]), double(null), false, 3.14159)', '[3.14159,3.14159]'],
    ['series_fill_linear(dynamic([null, null]), double(null), true, double(null))', '[null,null]'],
    ['series_fill_linear(dynamic([]))', '[]'],
  ])('%s', async (call, expected) => {
    expect(await rows(`print r = tostring(${call})`)).toEqual([[expected]]);
  });

  it('gives no value for an element that is not a number, or for a value that is not an array', async () => {
    expect(await rows("print a = series_fill_linear(dynamic([1, 'x', null]))")).toEqual([[null]]);
    expect(await rows("print d = parse_json('{\"a\": 1}') | project series_fill_linear(d)")).toEqual([[null]]);
  });

  it('refuses a placeholder other than null', async () => {
    expect(await refused('print series_fill_linear(dynamic([1, 0, 3]), 0)')).toBe('EA104');
  });
});
