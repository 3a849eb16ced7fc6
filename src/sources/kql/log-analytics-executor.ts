/** KqlExecutor over a Log Analytics workspace with `@azure/monitor-query-logs`. */
import { LogsQueryClient, LogsQueryResultStatus } from '@azure/monitor-query-logs';
import type { TokenCredential } from '@azure/identity';
import type { KqlQuery } from '../../planning/query-plan';
import type { KqlColumn, KqlResult } from '../result-set';
import { KqlError } from './executor';
import type { KqlExecutor } from './executor';
import { normalizeRows } from './normalize';
import { assertReadOnlyKql, DEFAULT_KQL_TIMEOUT_MS } from './limits';

export interface LogAnalyticsExecutorOptions {
  readonly workspaceId: string;
  readonly credential: TokenCredential;
  /** ISO-8601 duration the service applies on top of the query's own filters (default P30D). */
  readonly duration?: string;
  readonly endpoint?: string;
  /** Server time limit of one query (`serverTimeoutInSeconds`), default 30 s. */
  readonly timeoutMs?: number;
}

export class LogAnalyticsKqlExecutor implements KqlExecutor {
  readonly kind = 'logAnalytics' as const;
  private readonly client: LogsQueryClient;

  constructor(private readonly options: LogAnalyticsExecutorOptions) {
    this.client = new LogsQueryClient(options.credential, options.endpoint ? { endpoint: options.endpoint } : {});
  }

  async execute(query: KqlQuery): Promise<KqlResult> {
    assertReadOnlyKql(query.text);
    const t0 = performance.now();
    const timeoutMs = Math.min(this.options.timeoutMs ?? DEFAULT_KQL_TIMEOUT_MS, query.timeoutMs ?? Infinity);
    let result;
    try {
      result = await this.client.queryWorkspace(this.options.workspaceId, query.text, { duration: this.options.duration ?? 'P30D' }, {
        serverTimeoutInSeconds: Math.max(1, Math.ceil(timeoutMs / 1000)),
        abortSignal: AbortSignal.timeout(timeoutMs + 5_000),
      });
    } catch (e) {
      const err = e as { code?: string; message?: string; name?: string };
      if (err.name === 'AbortError') throw new KqlError({ code: 'EA501', message: `The query took too long and was stopped: ${timeoutMs} ms` });
      throw new KqlError({ code: err.code && /^(KS|EA)/.test(err.code) ? err.code : 'EA500', message: err.message ?? String(e) });
    }
    if (result.status !== LogsQueryResultStatus.Success) {
      throw new KqlError({ code: 'EA500', message: result.partialError.message });
    }
    const table = result.tables[0];
    const columns: KqlColumn[] = (table?.columnDescriptors ?? []).map((c) => ({ name: c.name ?? '', type: String(c.type ?? 'string') }));
    const all = table?.rows ?? [];
    const max = query.maxRows;
    const truncated = max !== undefined && all.length > max;
    return { source: 'kql', query, columns, rows: normalizeRows(columns, truncated ? all.slice(0, max) : all), truncated, elapsedMs: performance.now() - t0 };
  }

  async close(): Promise<void> {}
}
