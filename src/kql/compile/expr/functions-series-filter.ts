/**
 * `series_seasonal(s, period)` (series-seasonal-function.md): each element replaced by the median
 * of the elements at the same phase of the period (the page: [1,3,5,2,4,6,1,3,5,2,4,6] with
 * period 3 gives 1.5, 3.5, 5.5). Without a period Kusto detects one; that is refused here.
 *
 * `series_iir(x, numerators, denominators)` (series-iir-function.md): the infinite impulse
 * response filter y[n] = (Σ b[k]·x[n−k] − Σ_{k≥1} a[k]·y[n−k]) / a[0], elements before the
 * start counting as 0; b = [1], a = [1, −1] is the cumulative sum the page shows.
 */
import type { FunctionHandler } from './call';
import { seriesDoubles } from './functions-series-elementwise';
import { asNumber } from './coerce';

const seasonal: FunctionHandler = (c) => {
  const period = c.literalNumber(1);
  if (period === undefined || period <= 0 || !Number.isInteger(period)) return c.fail('a period detected from the data (give a positive literal period)');
  const p = asNumber(c.arg(1), 'long');
  const body = `list_transform(range(0, len(_e)), _i -> list_aggregate(list_filter(_e, (_v, _j) -> (_j - 1) % ${p} = _i % ${p}), 'median'))`;
  return { sql: `to_json(list_transform([${seriesDoubles(c, 0)}], _e -> ${body})[1])`, type: 'dynamic' };
};

const iir: FunctionHandler = (c) => {
  const x = seriesDoubles(c, 0);
  const b = seriesDoubles(c, 1);
  const a = seriesDoubles(c, 2);
  const forward = `coalesce(list_sum(list_transform(range(1, len(_s.b) + 1), _k -> _s.b[_k] * CASE WHEN _n - _k + 1 >= 1 THEN _s.x[_n - _k + 1] ELSE 0 END)), 0)`;
  const feedback = `coalesce(list_sum(list_transform(range(2, len(_s.a) + 1), _j -> _s.a[_j] * CASE WHEN _n - _j + 1 >= 1 THEN _y[_n - _j + 1] ELSE 0 END)), 0)`;
  // list_reduce wants its accumulator typed as the elements: the positions come as [n] lists.
  const n = 'CAST(_p[1] AS BIGINT)';
  const step = `(_y, _p) -> list_append(_y, (${forward.replaceAll('_n', n)} - ${feedback.replaceAll('_n', n)}) / _s.a[1])`;
  const positions = 'list_transform(range(1, len(_s.x) + 1), _i -> [CAST(_i AS DOUBLE)])';
  const body = `CASE WHEN len(_s.a) = 0 OR _s.a[1] = 0 OR _s.a[1] IS NULL THEN NULL ELSE list_reduce(${positions}, ${step}, []::DOUBLE[]) END`;
  return { sql: `to_json(list_transform([struct_pack(x := ${x}, b := ${b}, a := ${a})], _s -> ${body})[1])`, type: 'dynamic' };
};

export const SERIES_FILTER_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  series_iir: iir,
  series_seasonal: seasonal,
};
