/**
 * The shape every benchmark suite returns. `npm run bench` (bench/run.ts) runs the suites listed
 * in bench/suites.ts, writes one JSON file of these and prints them as a table.
 */
export interface Measurement {
  /** Stable id, e.g. `kql.compile`, `e2e.answer`, `graph.export`. */
  readonly id: string;
  /** What was measured, in words (one line). */
  readonly what: string;
  /** Unit of median/p95/p99: `ms`, `ratio`, `%`, `MB`, `requests`, `answers/s`… */
  readonly unit: string;
  readonly median: number;
  readonly p95?: number;
  readonly p99?: number;
  /** Number of timed runs (after warm-up) the statistics come from. */
  readonly runs: number;
  /** The target of performance.md, in words, e.g. `median < 20 ms`. */
  readonly target?: string;
  /** Whether the figure meets the target (undefined when there is none). */
  readonly meets?: boolean;
  readonly notes?: string;
  /** Anything else worth keeping (per-query figures, failure classes, request counts). */
  readonly extra?: Record<string, unknown>;
}

export interface BenchTenant {
  /** Data folder of a generated demo tenant (ENTRA_ASK_DATA). */
  readonly dataDir: string;
  readonly users: number;
  readonly days: number;
}

export interface BenchContext {
  /** The default-size demo tenant. */
  readonly small: BenchTenant;
  /** The large tenant of performance.md (10,000 users, 30 days), or a smaller stand-in with `--quick`. */
  readonly large: BenchTenant;
  /** Fewer runs and smaller data, for trying the harness. */
  readonly quick: boolean;
  /** Progress lines (stderr). */
  log(line: string): void;
}

export type BenchSuite = (ctx: BenchContext) => Promise<Measurement[]>;
