/**
 * Every benchmark suite `npm run bench` runs, in order (`--only <id,…>` picks some). The e2e,
 * memory and throughput suites share one warm served bot over the large tenant, in that order, so
 * memory is read after the e2e mix.
 */
import { coldStartSuite, e2eSuite, memorySuite, throughputRealisticSuite, throughputSuite } from './e2e';
import { graphExportSuite } from './graph-export';
import { graphRealisticSuite } from './graph-realistic';
import { kqlSuite } from './kql';
import type { BenchSuite } from './types';
import { understandingSuite } from './understanding';
import { snapshotsYearSuite } from './snapshots-year';

export interface SuiteEntry {
  /** `--only` name. */
  readonly id: string;
  readonly run: BenchSuite;
}

export const SUITES: readonly SuiteEntry[] = [
  { id: 'understanding', run: understandingSuite },
  { id: 'kql', run: kqlSuite },
  { id: 'graph-export', run: graphExportSuite },
  { id: 'graph-realistic', run: graphRealisticSuite },
  { id: 'e2e', run: e2eSuite },
  { id: 'memory', run: memorySuite },
  { id: 'throughput', run: throughputSuite },
  { id: 'throughput-realistic', run: throughputRealisticSuite },
  { id: 'coldstart', run: coldStartSuite },
  { id: 'snapshots-year', run: snapshotsYearSuite },
];
