/**
 * series_fit_2lines(series) (series-fit-2lines-function.md): the series is split in two at every
 * index, a line is fitted to each part "using series_fit_line()", and the split with the highest
 * total r-square wins. What the page pins down, and how it is read here:
 *
 * - each part's line, r-square, variance and residual variance are series_fit_line's over that
 *   part (x = 1..m, variances over m - 1, as `compile/expr/functions-series.ts` follows the
 *   series_fit_line page's example);
 * - the total r-square is the whole fit's coefficient of determination, 1 - (residual sum of
 *   squares of both lines) / (sum of squares about the series' mean), and `rvariance` the whole
 *   residual sum over n - 1 (the page's "residual variance … by the two line segments");
 * - `line_fit` is both lines' values, index by index. The page's chart of its example
 *   (y = [1, 2.2, 2.5, 4.7, 5.0, 12, 10.3, 10.3, 9, 8.3, 6.2]) shows the left line through the
 *   first five points and the right one through the other six: the split this reading gives.
 *
 * What the page leaves open is never guessed. Which index `split_idx` names (the left part's last
 * or the right part's first) and which origin the interceptions are measured from are not said:
 * those columns are refused when read (see the handler). Nor does the page say how short a part
 * may be, or which split wins a tie: when the best split is not the same whether parts need at
 * least one, two or three points, when two splits tie, when the series is constant (no r-square)
 * or shorter than six points, or holds anything but numbers, the result is a refusal,
 * `{"refusal": why}`, that the handler turns into an error naming the function.
 */

interface Part {
  readonly rsquare: number;
  readonly slope: number;
  readonly interception: number;
  readonly variance: number;
  readonly rvariance: number;
  readonly fitted: number[];
  readonly ssr: number;
}

/** series_fit_line over `y` (x = 1..m): NaN where a denominator is 0, as the whole-series function gives. */
function fitPart(y: readonly number[]): Part {
  const m = y.length;
  const mx = (m + 1) / 2;
  const my = y.reduce((s, v) => s + v, 0) / m;
  const sxx = (m * (m * m - 1)) / 12;
  const sxy = y.reduce((s, v, i) => s + (i + 1 - mx) * v, 0);
  const slope = sxx === 0 ? Number.NaN : sxy / sxx;
  const interception = my - slope * mx;
  const fitted = y.map((_, i) => slope * (i + 1) + interception);
  const syy = y.reduce((s, v) => s + (v - my) * (v - my), 0);
  const ssr = m === 1 ? 0 : y.reduce((s, v, i) => s + (v - fitted[i]!) * (v - fitted[i]!), 0);
  const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
  return { rsquare: 1 - ratio(ssr, syy), slope, interception, variance: ratio(syy, m - 1), rvariance: ratio(ssr, m - 1), fitted, ssr };
}

/** Residual sum of squares of the least-squares line through y[from..to) (a one-point part fits exactly). */
function residual(sums: { y: number[]; yy: number[]; iy: number[] }, from: number, to: number): number {
  const m = to - from;
  if (m < 2) return 0;
  const sy = sums.y[to]! - sums.y[from]!;
  const syy = sums.yy[to]! - sums.yy[from]! - (sy * sy) / m;
  // Σ (x - mean x) y with x = i - from + 1: the global-index sum shifted to the part's own origin.
  const mx = (m + 1) / 2;
  const sxy = sums.iy[to]! - sums.iy[from]! - from * sy - mx * sy;
  const sxx = (m * (m * m - 1)) / 12;
  return Math.max(0, syy - (sxy * sxy) / sxx);
}

/** JSON text of a number as Kusto's real prints it; NaN and infinities as JSON strings. */
function real(v: number): number | string {
  return Number.isFinite(v) ? v : Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

const refusal = (why: string) => JSON.stringify({ refusal: why });

/** The best split (size of the left part) for parts of at least `min` points, or undefined on a tie. */
function bestSplit(totals: readonly number[], min: number, n: number): number | undefined {
  let best: number | undefined;
  let bestSsr = Number.POSITIVE_INFINITY;
  let tied = false;
  for (let s = min; s <= n - min; s++) {
    const ssr = totals[s]!;
    const scale = Math.max(1e-300, Math.abs(ssr), Math.abs(bestSsr));
    if (best !== undefined && Math.abs(ssr - bestSsr) <= 1e-9 * scale) tied = true;
    else if (ssr < bestSsr) { best = s; bestSsr = ssr; tied = false; }
  }
  return tied ? undefined : best;
}

export function seriesFit2Lines(seriesJson: string): string | null {
  const parsed: unknown = JSON.parse(seriesJson);
  if (!Array.isArray(parsed)) return null;
  if (parsed.some((v) => typeof v !== 'number')) return refusal('a series of numbers only (the page does not say how other elements count)');
  const y = parsed as number[];
  const n = y.length;
  if (n < 6) return refusal('a series of at least six points (the page does not say how short a part may be)');
  const sums = { y: [0], yy: [0], iy: [0] };
  y.forEach((v, i) => { sums.y.push(sums.y[i]! + v); sums.yy.push(sums.yy[i]! + v * v); sums.iy.push(sums.iy[i]! + (i + 1) * v); });
  const mean = sums.y[n]! / n;
  const sst = y.reduce((s, v) => s + (v - mean) * (v - mean), 0);
  if (sst === 0) return refusal('a constant series has no r-square to maximise');
  const totals = Array.from({ length: n + 1 }, (_, s) => (s === 0 || s === n ? Number.NaN : residual(sums, 0, s) + residual(sums, s, n)));
  const splits = [1, 2, 3].map((min) => bestSplit(totals, min, n));
  const split = splits[0];
  if (split === undefined || splits.some((s) => s !== split)) {
    return refusal('the best split depends on how short a part may be or is tied (the page does not say)');
  }
  const left = fitPart(y.slice(0, split));
  const right = fitPart(y.slice(split));
  const ssr = left.ssr + right.ssr;
  return JSON.stringify({
    rsquare: real(1 - ssr / sst),
    variance: real(sst / (n - 1)),
    rvariance: real(ssr / (n - 1)),
    line_fit: [...left.fitted, ...right.fitted].map(real),
    right_rsquare: real(right.rsquare),
    right_slope: real(right.slope),
    right_variance: real(right.variance),
    right_rvariance: real(right.rvariance),
    left_rsquare: real(left.rsquare),
    left_slope: real(left.slope),
    left_variance: real(left.variance),
    left_rvariance: real(left.rvariance),
  });
}
