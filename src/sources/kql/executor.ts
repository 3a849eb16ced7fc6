/**
 * One interface for every place KQL can run: the embedded engine (DuckDB), Azure Data
 * Explorer (`azure-kusto-data`) and Log Analytics (`@azure/monitor-query-logs`). The same
 * contract suite (test/kql/executor-contract.ts) runs against each.
 */
import type { KqlQuery } from '../../planning/query-plan';
import type { KqlResult } from '../result-set';

/** Runs KQL queries against one source. */
export interface KqlExecutor {
  readonly kind: 'embedded' | 'adx' | 'logAnalytics';
  /** Runs a read-only query. Rejects with {@link KqlError} for every expected failure. */
  execute(query: KqlQuery): Promise<KqlResult>;
  close(): Promise<void>;
}

export { KqlError, isKqlError } from '../../kql/errors';
export type { KqlErrorInfo } from '../../kql/errors';
