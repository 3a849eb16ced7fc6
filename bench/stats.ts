/** Order statistics over repeated timings, as every suite reports them. */

/** Nearest-rank percentile (p in 0..1) of already sorted values. */
export function percentileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface Summary {
  readonly median: number;
  readonly p95: number;
  readonly p99: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly runs: number;
}

function medianSorted(s: readonly number[]): number {
  return s.length === 0 ? Number.NaN : s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

const sorted = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** Median (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return medianSorted(sorted(values));
}

/** Nearest-rank percentile (p in 0..1) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  return percentileSorted(sorted(values), p);
}

export function summarize(values: readonly number[]): Summary {
  const s = sorted(values);
  return {
    median: medianSorted(s),
    p95: percentileSorted(s, 0.95),
    p99: percentileSorted(s, 0.99),
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
    mean: s.reduce((a, b) => a + b, 0) / (s.length || 1),
    runs: s.length,
  };
}

/** Rounds for the JSON file and the table: 3 significant decimals under 10, fewer above. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  const a = Math.abs(x);
  const digits = a < 1 ? 4 : a < 10 ? 3 : a < 100 ? 2 : a < 1000 ? 1 : 0;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
