/**
 * KqlExecutor over Azure Data Explorer with `azure-kusto-data` — the client used for real
 * clusters, and in tests for the embedded engine's local ADX endpoint.
 */
import type { TokenCredential } from '@azure/identity';
import type { Client, ClientRequestProperties } from 'azure-kusto-data' with { 'resolution-mode': 'import' };
import type { KqlQuery } from '../../planning/query-plan';
import type { KqlColumn, KqlResult } from '../result-set';
import type { KqlExecutor } from './executor';
import { normalizeRows } from './normalize';
import { errorFromAdx } from './adx-errors';
import { assertReadOnlyKql, DEFAULT_KQL_TIMEOUT_MS } from './limits';

export interface AdxExecutorOptions {
  /** `https://<cluster>.kusto.windows.net`, or the local endpoint's URL. */
  readonly clusterUrl: string;
  readonly database: string;
  /** A bearer token (tests, local endpoint) … */
  readonly accessToken?: string;
  /** … or a credential (`@azure/identity`) for real clusters. */
  readonly credential?: TokenCredential;
  /** Server time limit of one query (`servertimeout`), default 30 s. */
  readonly timeoutMs?: number;
}

/** azure-kusto-data is an ES module: loaded with a dynamic import from this CommonJS build. */
type AdxClient = Client;

interface AdxColumn {
  readonly name: string | null;
  readonly type: string | null;
}
interface AdxTable {
  readonly columns: readonly AdxColumn[];
  readonly _rows: readonly (readonly unknown[])[];
}

export class AdxKqlExecutor implements KqlExecutor {
  readonly kind = 'adx' as const;
  private client: Promise<AdxClient> | undefined;

  constructor(private readonly options: AdxExecutorOptions) {}

  private connect(): Promise<AdxClient> {
    this.client ??= import('azure-kusto-data').then((m) => {
      const { Client, KustoConnectionStringBuilder } = m;
      const kcsb = this.options.credential
        ? KustoConnectionStringBuilder.withTokenCredential(this.options.clusterUrl, this.options.credential)
        : KustoConnectionStringBuilder.withAccessToken(this.options.clusterUrl, this.options.accessToken ?? 'local');
      return new Client(kcsb);
    });
    return this.client;
  }

  async execute(query: KqlQuery): Promise<KqlResult> {
    assertReadOnlyKql(query.text);
    const t0 = performance.now();
    let response;
    try {
      const m = await import('azure-kusto-data');
      response = await (await this.connect()).executeQuery(query.database ?? this.options.database, query.text, this.requestProperties(m.ClientRequestProperties, query));
    } catch (e) {
      throw errorFromAdx(e);
    }
    const table = response.primaryResults[0] as unknown as AdxTable | undefined;
    const columns: KqlColumn[] = (table?.columns ?? []).map((c) => ({ name: c.name ?? '', type: (c.type ?? 'string').toLowerCase() }));
    const all = table?._rows ?? [];
    const max = query.maxRows;
    const truncated = max !== undefined && all.length > max;
    const rows = normalizeRows(columns, truncated ? all.slice(0, max) : all);
    return { source: 'kql', query, columns, rows, truncated, elapsedMs: performance.now() - t0 };
  }

  /**
   * The service enforces the limits: `request_readonly` (no writes even if something slipped
   * through), `servertimeout`, and `truncationmaxrecords` one over the row cap so that
   * `truncated` can be told.
   */
  requestProperties(Properties: typeof ClientRequestProperties, query: KqlQuery): ClientRequestProperties {
    const props = new Properties();
    const timeoutMs = Math.min(this.options.timeoutMs ?? DEFAULT_KQL_TIMEOUT_MS, query.timeoutMs ?? Infinity);
    props.setTimeout(timeoutMs + 5_000);
    props.setOption('request_readonly', true);
    props.setOption('servertimeout', timeoutMs);
    if (query.maxRows !== undefined) props.setOption('truncationmaxrecords', Math.max(0, Math.floor(query.maxRows)) + 1);
    return props;
  }

  async close(): Promise<void> {
    if (this.client) (await this.client).close();
  }
}
