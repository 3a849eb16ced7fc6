/**
 * series_fit_2lines (series-fit-2lines-function.md). The page's example has no output table, only
 * a chart (media/series-fit-2lines/series-fit-2lines.png): its green line_fit2 reads, hour by hour,
 * about 1.0, 2.05, 3.05, 4.1, 5.15 | 11.95, 10.9, 9.85, 8.8, 7.8, 6.75 — a left line through the
 * first five points and a right line through the other six. Expected exact values below are the
 * least-squares lines through those parts, worked by hand: left slope 10.5 / 10 = 1.05 through
 * the mean 3.08; right slope -18.15 / 17.5 through the mean 9.35.
 */
import { describe, expect, it } from 'vitest';
import { refused, rows } from './helpers';
import { seriesFit2Lines } from '../../src/kql/udf/series-fit-2lines';

const Y = '[1, 2.2, 2.5, 4.7, 5.0, 12, 10.3, 10.3, 9, 8.3, 6.2]';
const CHART = [1.0, 2.05, 3.05, 4.1, 5.15, 11.95, 10.9, 9.85, 8.8, 7.8, 6.75];

describe('series_fit_2lines (the page\'s example)', () => {
  it('line_fit follows the chart the page shows', async () => {
    const [[fit]] = (await rows(`print y=dynamic(${Y}) | extend (rs, si, v, rv, fit)=series_fit_2lines(y) | project fit`)) as [[number[]]];
    expect(fit).toHaveLength(11);
    fit.forEach((v, i) => expect(Math.abs(v - CHART[i]!)).toBeLessThan(0.06));
    const left = [0, 1, 2, 3, 4].map((i) => 3.08 + 1.05 * (i - 2));
    const slope = -18.15 / 17.5;
    const right = [0, 1, 2, 3, 4, 5].map((k) => 9.35 + slope * (k - 2.5));
    [...left, ...right].forEach((v, i) => expect(fit[i]).toBeCloseTo(v, 9));
  });

  it('gives the whole fit\'s r-square and variances, and each part\'s line as series_fit_line would', async () => {
    const q = `print y=dynamic(${Y})
      | extend (rs, si, v, rv, fit, r_rs, r_slope, r_i, r_v, r_rv, l_rs, l_slope, l_i, l_v, l_rv)=series_fit_2lines(y)
      | project rs, v, rv, r_slope, r_v, l_slope, l_v, l_rs`;
    const [[rs, v, rv, rSlope, rV, lSlope, lV, lRs]] = (await rows(q)) as [[number, number, number, number, number, number, number, number]];
    // SST of y: 138.94 (variance 13.894 over n - 1 = 10). Residual sums, Syy - Sxy² / Sxx per part:
    // left 11.748 - 10.5² / 10 = 0.723; right 19.975 - 18.15² / 17.5 = 1.1508571…
    expect(v).toBeCloseTo(13.894, 9);
    const ssr = 11.748 - 10.5 ** 2 / 10 + (19.975 - 18.15 ** 2 / 17.5);
    expect(rs).toBeCloseTo(1 - ssr / 138.94, 9);
    expect(rv).toBeCloseTo(ssr / 10, 9);
    expect(lSlope).toBeCloseTo(1.05, 12);
    expect(rSlope).toBeCloseTo(slopeOf([12, 10.3, 10.3, 9, 8.3, 6.2]), 12);
    expect(lV).toBeCloseTo(varianceOf([1, 2.2, 2.5, 4.7, 5.0]), 12);
    expect(rV).toBeCloseTo(varianceOf([12, 10.3, 10.3, 9, 8.3, 6.2]), 12);
    expect(lRs).toBeCloseTo(1 - 0.723 / 11.748, 9);
  });

  it('runs when the columns the page leaves open are dropped (corpus 282: the trend line only)', async () => {
    const q = `print y=dynamic(${Y}) | extend (RSquare, SplitIdx, Variance, RVariance, TrendLine)=series_fit_2lines(y) | project RSquare, TrendLine`;
    const [[rs, fit]] = (await rows(q)) as [[number, number[]]];
    expect(rs).toBeGreaterThan(0.98);
    expect(fit).toHaveLength(11);
  });
});

describe('series_fit_2lines: what the page leaves open is refused, never guessed', () => {
  it('refuses split_idx and the interceptions when they are read', async () => {
    expect(await refused(`print y=dynamic(${Y}) | extend (rs, si)=series_fit_2lines(y)`)).toBe('EA104');
    expect(await refused(`print y=dynamic(${Y}) | extend (rs, si, v, rv, fit, r_rs, r_slope, r_i)=series_fit_2lines(y) | project r_i`)).toBe('EA104');
    expect(await refused(`print y=dynamic(${Y}) | extend (rs, si, v, rv, fit, r_rs, r_slope, r_i, r_v, r_rv, l_rs, l_slope, l_i)=series_fit_2lines(y) | project l_i`)).toBe('EA104');
    // The unnamed form returns every column, split_idx among them.
    expect(await refused(`print y=dynamic(${Y}) | project series_fit_2lines(y)`)).toBe('EA104');
  });

  it('refuses a constant series, a tie, a split that depends on how short a part may be, a short series, non-numbers', () => {
    const refusal = (y: unknown[]) => JSON.parse(seriesFit2Lines(JSON.stringify(y))!).refusal as string | undefined;
    expect(refusal([3, 3, 3, 3, 3, 3, 3])).toMatch(/constant/);
    // Two equally good splits: the mirror image of a step in the middle.
    expect(refusal([0, 0, 0, 5, 0, 0, 0])).toMatch(/tied|depends/);
    // One outlier at the end: a one-point right part would fit it exactly.
    expect(refusal([1, 2, 3, 4, 5, 6, 7, 8, 9, 30])).toMatch(/depends|tied/);
    expect(refusal([1, 2, 3, 4, 5])).toMatch(/six points/);
    expect(refusal([1, 2, 'x', 4, 5, 6, 7])).toMatch(/numbers/);
    expect(refusal([1, 2.2, 2.5, 4.7, 5.0, 12, 10.3, 10.3, 9, 8.3, 6.2])).toBeUndefined();
  });

  it('stops the query when any column of a refused fit is read', async () => {
    expect(await refused('print y=dynamic([3, 3, 3, 3, 3, 3, 3]) | extend (rs, si, v, rv, fit)=series_fit_2lines(y) | project fit')).toBe('EA104');
  });
});

function slopeOf(y: readonly number[]): number {
  const m = y.length;
  const mx = (m + 1) / 2;
  return y.reduce((s, v, i) => s + (i + 1 - mx) * v, 0) / ((m * (m * m - 1)) / 12);
}

function varianceOf(y: readonly number[]): number {
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  return y.reduce((s, v) => s + (v - mean) ** 2, 0) / (y.length - 1);
}
