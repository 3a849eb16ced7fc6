/**
 * Series functions over dynamic numeric arrays (the output of make-series). Functions that
 * return several columns (`extend (RSquare, Slope, ...) = series_fit_line(y)`) are tuple
 * functions: one SQL expression per output column, in KQL's order.
 *
 * series_fit_line follows Kusto's documented example exactly: x = 1..n, variance and residual
 * variance divide by n - 1 (y = [2,5,6,8,11,15,17,18,25,26,30,30] → rsquare 0.982, slope 2.730,
 * variance 98.628, rvariance 1.686, interception -1.666).
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { asDynamic } from './coerce';
import { seriesDoubles, seriesStatsStruct } from './functions-series-elementwise';
import { RUNTIME_REFUSAL } from '../runtime-refusal';
import { jsonKind } from './json-kind';

/** `let name = value in body` for SQL: a one-element list mapped through a lambda. */
function letIn(name: string, value: string, body: string): string {
  return `list_transform([${value}], ${name} -> ${body})[1]`;
}

/** A dynamic array as DOUBLE[] (non-numbers read as NULL). */
function doubles(c: Call, i: number): string {
  const a = asDynamic(c.arg(i));
  return `list_transform(CASE WHEN ${jsonKind(a)} = '[' THEN json_extract(${a}, '$[*]') ELSE []::JSON[] END, v -> TRY_CAST(json_extract_string(v, '$') AS DOUBLE))`;
}

/** NaN where a ratio's denominator is 0, as Kusto's doubles give. */
const ratio = (num: string, den: string): string => `CASE WHEN (${den}) = 0 THEN 'NaN'::DOUBLE ELSE (${num}) / (${den}) END`;

/** The least-squares line through y at x = 1..n, as a struct: every field series_fit_line returns. */
function fitLineStruct(y: string): string {
  const n = 'len(_y)';
  const mx = `((${n} + 1) / 2.0)`;
  const sxx = `(${n} * (${n} * ${n} - 1) / 12.0)`;
  const stats = `struct_pack(n := ${n}, my := list_avg(_y), slope := ${ratio(`list_sum(list_transform(_y, (v, i) -> (i - ${mx}) * v))`, sxx)})`;
  const fitted = `struct_pack(n := _s.n, my := _s.my, slope := _s.slope, icpt := _s.my - _s.slope * (_s.n + 1) / 2.0)`;
  const syy = 'list_sum(list_transform(_y, v -> (v - _f.my) * (v - _f.my)))';
  const ssr = 'list_sum(list_transform(_y, (v, i) -> (v - (_f.slope * i + _f.icpt)) * (v - (_f.slope * i + _f.icpt))))';
  const result = `struct_pack(rsquare := 1 - ${ratio(ssr, syy)}, slope := _f.slope, variance := ${ratio(syy, '_f.n - 1')}, rvariance := ${ratio(ssr, '_f.n - 1')}, interception := _f.icpt, line_fit := list_transform(range(1, _f.n + 1), i -> _f.slope * i + _f.icpt))`;
  return letIn('_y', y, letIn('_s', stats, letIn('_f', fitted, result)));
}

const FIT_LINE_FIELDS = ['rsquare', 'slope', 'variance', 'rvariance', 'interception', 'line_fit'] as const;

function fitLineColumns(c: Call): SqlExpr[] {
  const s = `(${fitLineStruct(doubles(c, 0))})`;
  return FIT_LINE_FIELDS.map((f) => (f === 'line_fit' ? { sql: `to_json(${s}.${f})`, type: 'dynamic' } : { sql: `${s}.${f}`, type: 'real' }));
}

const STATS_FIELDS = ['min', 'min_idx', 'max', 'max_idx', 'avg', 'stdev', 'variance'] as const;

/** series_stats: min, min_idx, max, max_idx, avg, stdev, variance (sample variance, n - 1). */
function statsColumns(c: Call): SqlExpr[] {
  if (c.count > 1) c.fail('ignore_nonfinite');
  const s = `(${seriesStatsStruct(seriesDoubles(c, 0))})`;
  return STATS_FIELDS.map((f) => (f.endsWith('_idx') ? { sql: `CAST(${s}.${f} AS BIGINT)`, type: 'long' } : { sql: `${s}.${f}`, type: 'real' }));
}

const FIT_2LINES_FIELDS = ['rsquare', 'split_idx', 'variance', 'rvariance', 'line_fit', 'right_rsquare', 'right_slope', 'right_interception', 'right_variance', 'right_rvariance', 'left_rsquare', 'left_slope', 'left_interception', 'left_variance', 'left_rvariance'] as const;

/**
 * What series-fit-2lines-function.md leaves open: which index the breaking point is (the left
 * part's last or the right part's first) and the origin each part's interception is measured
 * from. Reading one of these columns stops the query with a refusal naming it; a query that
 * drops them (`extend (rs, si, v, rv, fit) = … | project fit`) never reads them.
 */
const FIT_2LINES_OPEN: Readonly<Partial<Record<(typeof FIT_2LINES_FIELDS)[number], string>>> = {
  split_idx: 'split_idx (the page does not say whether the breaking point is the left part\'s last index or the right part\'s first)',
  right_interception: 'right_interception (the page does not say which origin a part\'s line is measured from)',
  left_interception: 'left_interception (the page does not say which origin a part\'s line is measured from)',
};

/**
 * series_fit_2lines: the TypeScript fit (`udf/series-fit-2lines.ts`, which says how the page is
 * read), one column per field; the fit's own refusals (a tie, a split that depends on how short a
 * part may be, a constant series) stop the query when any column is read.
 */
function fit2LinesColumns(c: Call): SqlExpr[] {
  const fit = `CAST(kql_series_fit_2lines(CAST(${asDynamic(c.arg(0))} AS VARCHAR)) AS JSON)`;
  const prefix = c.ctx.param(`${RUNTIME_REFUSAL}series_fit_2lines(): `, 'VARCHAR');
  const refused = `json_extract_string(${fit}, '$.refusal')`;
  const guarded = (sql: string) => `CASE WHEN ${refused} IS NOT NULL THEN error(${prefix} || ${refused}) ELSE ${sql} END`;
  return FIT_2LINES_FIELDS.map((f) => {
    const open = FIT_2LINES_OPEN[f];
    if (open !== undefined) {
      const why = c.ctx.param(`${RUNTIME_REFUSAL}series_fit_2lines(): ${open}`, 'VARCHAR');
      return { sql: `CASE WHEN ${fit} IS NULL THEN NULL ELSE error(${why}) END`, type: f === 'split_idx' ? 'long' : 'real' };
    }
    if (f === 'line_fit') return { sql: guarded(`json_extract(${fit}, '$.line_fit')`), type: 'dynamic' };
    // NaN and infinities travel as JSON strings ("NaN"), which DOUBLE reads back.
    return { sql: guarded(`CAST(json_extract_string(${fit}, '$.${f}') AS DOUBLE)`), type: 'real' };
  });
}

/** Functions returning several columns, for `(a, b, ...) = f(x)` assignments (or unnamed: the binder names them). */
export const TUPLE_FUNCTIONS: Readonly<Record<string, (c: Call) => SqlExpr[]>> = {
  series_fit_line: fitLineColumns,
  series_fit_2lines: fit2LinesColumns,
  series_stats: statsColumns,
};

export const SERIES_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  series_fit_line_dynamic: (c) => ({ sql: `to_json(${fitLineStruct(doubles(c, 0))})`, type: 'dynamic' }),
};
