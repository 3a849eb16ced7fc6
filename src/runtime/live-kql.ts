/**
 * KQL in a real tenant. Each query goes where its tables are:
 * - Entra log tables (SigninLogs, AuditLogs, AADRiskyUsers, …) — the Log Analytics workspace the
 *   tenant's diagnostic settings send them to (`LOG_ANALYTICS_WORKSPACE_ID`, Sentinel's workspace),
 *   else an Azure Data Explorer database that holds them (`ADX_CLUSTER_URI` + `ADX_DATABASE`);
 * - snapshot tables (EntraUsers, EntraGroupMembership, … written by `entra-ask export`) — that
 *   ADX database, else the embedded snapshot store in the data folder (`export --to embedded`);
 * - a query reading both kinds — only ADX can hold both.
 * A query no configured source holds is answered with EA503, naming the settings to set, never
 * sent somewhere it cannot run. Infra (`infra/azure.bicep`) sets these settings on the App Service.
 */
import { existsSync } from 'node:fs';
import type { TokenCredential } from '@azure/identity';
import type { KqlQuery } from '../planning/query-plan';
import type { KqlRunner } from '../pipeline/executors';
import type { KqlResult } from '../sources/result-set';
import { analyzeKql } from '../kql/language/analyze';
import type { Syn } from '../kql/language/syntax';
import { SNAPSHOT_TABLE_SCHEMAS } from '../kql/language/table-schemas';
import { createEmbeddedEngine, type EmbeddedKqlEngine } from '../kql/engine/embedded-engine';
import { AdxKqlExecutor } from '../sources/kql/adx-executor';
import { EmbeddedKqlExecutor } from '../sources/kql/embedded-executor';
import { KqlError, type KqlExecutor } from '../sources/kql/executor';
import { LogAnalyticsKqlExecutor } from '../sources/kql/log-analytics-executor';
import { kqlDatabasePath } from './kql-store';

export interface LiveKqlSettings {
  /** Log Analytics workspace (customer) id holding the Entra log tables. */
  readonly workspaceId?: string;
  readonly adx?: { readonly clusterUrl: string; readonly database: string };
}

type Env = Readonly<Record<string, string | undefined>>;

/** The settings infra writes (LOG_ANALYTICS_WORKSPACE_ID, ADX_CLUSTER_URI, ADX_DATABASE); empty values mean unset. */
export function liveKqlSettingsFromEnv(env: Env): LiveKqlSettings {
  const workspaceId = env['LOG_ANALYTICS_WORKSPACE_ID']?.trim() || undefined;
  const clusterUrl = env['ADX_CLUSTER_URI']?.trim() || undefined;
  const database = env['ADX_DATABASE']?.trim() || undefined;
  if (Boolean(clusterUrl) !== Boolean(database)) {
    throw new Error(`ADX_CLUSTER_URI and ADX_DATABASE go together: set both or neither (${clusterUrl ? 'ADX_DATABASE' : 'ADX_CLUSTER_URI'} is missing).`);
  }
  if (clusterUrl && !/^https:\/\//i.test(clusterUrl)) throw new Error(`ADX_CLUSTER_URI must be an https:// URL, not "${clusterUrl}".`);
  return { ...(workspaceId ? { workspaceId } : {}), ...(clusterUrl && database ? { adx: { clusterUrl, database } } : {}) };
}

/** How the shown queries name where they ran ("Show query" → "KQL · <this>"). */
export function describeLiveKql(s: LiveKqlSettings): string {
  if (s.workspaceId && s.adx) return `Log Analytics ${s.workspaceId} / ADX ${s.adx.database}`;
  if (s.workspaceId) return `Log Analytics ${s.workspaceId}`;
  if (s.adx) return `ADX ${s.adx.database}`;
  return 'snapshots';
}

/** Tables a query reads, from the bound tree (undefined when the query does not bind). */
export function tablesRead(text: string): Set<string> | undefined {
  const r = analyzeKql(text);
  if (!r.ok) return undefined;
  const out = new Set<string>();
  const walk = (n: Syn): void => {
    if (n.kind === 'NameReference' && n.symbol?.kind === 'Table') out.add(n.simpleName);
    for (const c of n.children()) if (!c.isToken) walk(c);
  };
  walk(r.root);
  return out;
}

export type RouteTarget = 'logAnalytics' | 'adx' | 'snapshots';

/** Where a query over `tables` runs, or why it cannot. */
export function routeKql(tables: ReadonlySet<string> | undefined, s: LiveKqlSettings): RouteTarget | KqlError {
  const names = [...(tables ?? [])];
  const snapshot = names.some((t) => t in SNAPSHOT_TABLE_SCHEMAS);
  // A query that does not bind goes to the log source, which reports its errors with positions.
  const logs = tables === undefined || names.some((t) => !(t in SNAPSHOT_TABLE_SCHEMAS));
  if (snapshot && logs) {
    return s.adx ? 'adx' : notConfigured('This query reads both Entra log tables and snapshot tables; only an Azure Data Explorer database holds both. Set ADX_CLUSTER_URI and ADX_DATABASE');
  }
  if (snapshot) return s.adx ? 'adx' : 'snapshots';
  if (s.workspaceId) return 'logAnalytics';
  if (s.adx) return 'adx';
  return notConfigured(`Sign-in, audit and risk history (${names.filter((t) => !(t in SNAPSHOT_TABLE_SCHEMAS)).join(', ') || 'Entra log tables'}) is read from the Log Analytics workspace the tenant sends its Entra logs to, and none is configured. Set LOG_ANALYTICS_WORKSPACE_ID (or ADX_CLUSTER_URI and ADX_DATABASE)`);
}

function notConfigured(message: string): KqlError {
  return new KqlError({ code: 'EA503', message });
}

export interface LiveKqlOptions {
  /** The credential for this question: the app's identity, or the asker's (delegated mode; undefined when not signed in). */
  readonly credential: () => TokenCredential | undefined;
  /** Data folder holding the embedded snapshot store (`<dataDir>/snapshots`). */
  readonly dataDir: string;
  /** Executors (tests); defaults build the real ones. */
  readonly logAnalytics?: (workspaceId: string, credential: TokenCredential) => KqlExecutor;
  readonly adx?: (clusterUrl: string, database: string, credential: TokenCredential) => KqlExecutor;
}

/** The live KQL source the pipeline calls; routes each query (see the file comment). */
export class LiveKql implements KqlRunner {
  private readonly byCredential = new WeakMap<TokenCredential, Map<string, KqlExecutor>>();
  private snapshots?: Promise<{ readonly engine: EmbeddedKqlEngine; readonly executor: EmbeddedKqlExecutor }>;

  constructor(private readonly settings: LiveKqlSettings, private readonly options: LiveKqlOptions) {}

  async execute(query: KqlQuery): Promise<KqlResult> {
    const target = routeKql(tablesRead(query.text), this.settings);
    if (target instanceof KqlError) throw target;
    if (target === 'snapshots') {
      const store = await this.snapshotStore();
      // ago()/now() are the wall clock, to the minute (the compile cache holds within a minute).
      const now = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
      if (store.engine.anchorTime !== now) store.engine.setAnchorTime(now);
      return store.executor.execute(query);
    }
    return this.executor(target).execute(query);
  }

  private executor(target: 'logAnalytics' | 'adx'): KqlExecutor {
    const credential = this.options.credential();
    if (!credential) throw new KqlError({ code: 'EA504', message: 'Delegated mode reads KQL with the asker\'s own sign-in, and none was given for this question.' });
    let cache = this.byCredential.get(credential);
    if (!cache) this.byCredential.set(credential, (cache = new Map()));
    let ex = cache.get(target);
    if (!ex) {
      const { workspaceId, adx } = this.settings;
      ex = target === 'logAnalytics'
        ? (this.options.logAnalytics ?? ((w, c) => new LogAnalyticsKqlExecutor({ workspaceId: w, credential: c })))(workspaceId!, credential)
        : (this.options.adx ?? ((u, d, c) => new AdxKqlExecutor({ clusterUrl: u, database: d, credential: c })))(adx!.clusterUrl, adx!.database, credential);
      cache.set(target, ex);
    }
    return ex;
  }

  /** The embedded store over the exported snapshot Parquet files, opened read-only on first use. */
  private snapshotStore() {
    this.snapshots ??= (async () => {
      const dbPath = kqlDatabasePath(this.options.dataDir);
      try {
        // Created once (empty log tables), then opened read-only so other processes can share it.
        if (!existsSync(dbPath)) await (await createEmbeddedEngine({ dbPath, skipWarmUp: true })).close();
        const engine = await createEmbeddedEngine({ dbPath, readOnly: true, externalTablesIn: this.options.dataDir, anchorTime: new Date().toISOString() });
        return { engine, executor: new EmbeddedKqlExecutor(engine) };
      } catch (err) {
        // e.g. the file is held by another process: a "try again" answer, not a crash.
        throw new KqlError({ code: 'EA502', message: `The snapshot store in the data folder could not be opened: ${(err as Error).message}` });
      }
    })();
    this.snapshots.catch(() => { this.snapshots = undefined; });
    return this.snapshots;
  }

  async close(): Promise<void> {
    const s = this.snapshots;
    this.snapshots = undefined;
    if (s) await (await s.catch(() => undefined))?.engine.close();
  }
}
