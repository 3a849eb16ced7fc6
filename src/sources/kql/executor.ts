/**
 * One interface for every place KQL can run: the embedded engine (DuckDB), Azure Data
 * Explorer (`azure-kusto-data`) and Log Analytics (`@azure/monitor-query-logs`). The same
 * contract suite (test/kql/executor-contract.ts) runs against each.
 */
import type { KqlQuery } from '../../planning/query-plan';
import type { KqlResult } from '../result-set';
import type { KqlDiagnostic } from '../../kql/diagnostics';

/** Runs KQL queries against one source. */
export interface KqlExecutor {
  readonly kind: 'embedded' | 'adx' | 'logAnalytics';
  /** Runs a read-only query. Rejects with {@link KqlError} for every expected failure. */
  execute(query: KqlQuery): Promise<KqlResult>;
  close(): Promise<void>;
}

/** The JSON shape of a query problem (`entra-ask kql --json`'s `error`, and the answer card's input). */
export interface KqlErrorInfo {
  /** `KSnnn` (Kusto.Language / the service) or `EAnnn` (this engine, see src/kql/diagnostics.ts). */
  readonly code: string;
  readonly message: string;
  readonly start?: number;
  readonly length?: number;
}

/**
 * An expected query failure: syntax or binding error, refused command, unavailable source, time-out.
 * A value the answer layer turns into a card; anything else thrown is a bug.
 */
export class KqlError extends Error implements KqlErrorInfo {
  readonly code: string;
  readonly start?: number;
  readonly length?: number;
  /** Every diagnostic when there were several (the first is this error). */
  readonly diagnostics: readonly KqlDiagnostic[];

  constructor(info: KqlErrorInfo, diagnostics: readonly KqlDiagnostic[] = []) {
    super(info.message);
    this.name = 'KqlError';
    this.code = info.code;
    if (info.start !== undefined) this.start = info.start;
    if (info.length !== undefined) this.length = info.length;
    this.diagnostics = diagnostics;
  }

  static fromDiagnostics(diagnostics: readonly KqlDiagnostic[]): KqlError {
    const first = diagnostics[0] ?? { code: 'EA500', message: 'The query failed', start: 0, length: 0 };
    return new KqlError(first, diagnostics);
  }

  toJSON(): KqlErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.start !== undefined ? { start: this.start } : {}),
      ...(this.length !== undefined ? { length: this.length } : {}),
    };
  }
}

export function isKqlError(e: unknown): e is KqlError {
  return e instanceof KqlError;
}
