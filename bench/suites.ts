/**
 * Every benchmark suite `npm run bench` runs, in order (`--only <id,…>` picks some). The e2e,
 * memory and throughput suites share one warm served bot over the large tenant, in that order, so
 * memory is read after the e2e mix.
 */
import { coldStartSuite, e2eSuite, memorySuite, throughputSuite } from './e2e';
import type { BenchSuite } from './types';
import { understandingSuite } from './understanding';

export interface SuiteEntry {
  /** `--only` name. */
  readonly id: string;
  readonly run: BenchSuite;
}

export const SUITES: readonly SuiteEntry[] = [
  { id: 'understanding', run: understandingSuite },
  // ── Lead: add the KQL and Graph-export suites here when merging, e.g. ────────────────────
  //   import { kqlSuite } from './kql';                    (bench/kql.ts, another helper's)
  //   import { graphExportSuite } from './graph-export';   (bench/graph-export.ts, another helper's)
  //   { id: 'kql', run: kqlSuite },
  //   { id: 'graph-export', run: graphExportSuite },
  // ─────────────────────────────────────────────────────────────────────────────────────────
  { id: 'e2e', run: e2eSuite },
  { id: 'memory', run: memorySuite },
  { id: 'throughput', run: throughputSuite },
  { id: 'coldstart', run: coldStartSuite },
];
