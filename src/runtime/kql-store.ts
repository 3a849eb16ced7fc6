import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { KqlQuery } from '../planning/query-plan';
import { createEmbeddedEngine, type EmbeddedKqlEngine } from '../kql/engine/embedded-engine';
import { LOADER_VERSION, loadDemoTenantTables } from '../demo/kql-store/load-demo';
import { quoteIdent } from '../kql/compile/context';
import type { DemoTenant } from '../demo/store';
import { HISTORY_VERSION } from '../demo/history';
import { GENERATOR_VERSION } from '../demo/store/files';
import { EmbeddedKqlExecutor } from '../sources/kql/embedded-executor';
import { KqlError } from '../sources/kql/executor';
import type { KqlResult } from '../sources/result-set';

const FINGERPRINT_KEY = 'demoTenant';

/**
 * Which generated tenant the store holds: reloaded when the demo tenant is regenerated, or the tenant
 * generator (`GENERATOR_VERSION`) or the snapshot history's generator (`HISTORY_VERSION`) changes.
 */
function fingerprint(demo: DemoTenant): string {
  const t = demo.model.tenant;
  return JSON.stringify([t.tenantId, t.seed, t.anchorTime, t.users, t.days, `generator-${GENERATOR_VERSION}`, `history-${HISTORY_VERSION}`, `loader-${LOADER_VERSION}`]);
}

/**
 * Makes sure the embedded store holds the demo tenant's log tables (SigninLogs, AuditLogs, …):
 * loads them on first use, reloads after `demo reset`, and otherwise does nothing.
 */
export async function ensureDemoTables(engine: EmbeddedKqlEngine, demo: DemoTenant, log?: (l: string) => void): Promise<void> {
  const rows = await engine.runSql('SELECT value FROM _entra_ask_meta WHERE key = ?', [FINGERPRINT_KEY]);
  if (rows[0]?.[0] === fingerprint(demo)) return;
  log?.('loading the demo tenant into the embedded KQL store (first use)…');
  for (const table of Object.keys(engine.schema.tables)) await engine.runSql(`DELETE FROM ${quoteIdent(table)}`);
  // The NDJSON files are read by DuckDB itself (no JavaScript object per sign-in).
  await loadDemoTenantTables(engine, demo.model, demo.signInsFile, demo.nonInteractiveSignInsFile || undefined);
  await engine.runSql('INSERT OR REPLACE INTO _entra_ask_meta VALUES (?, ?)', [FINGERPRINT_KEY, fingerprint(demo)]);
}

export function kqlDatabasePath(dataDir: string): string {
  return path.join(dataDir, 'kql.duckdb');
}

/** Drops the KQL store built from a tenant (after `demo reset`); it is rebuilt on next use. */
export async function dropDemoKqlStore(dataDir: string): Promise<void> {
  const file = kqlDatabasePath(dataDir);
  await Promise.all([rm(file, { force: true }), rm(`${file}.wal`, { force: true })]);
}

/** DuckDB refuses a second read-write open of a file another process holds. */
function isLockConflict(err: unknown): boolean {
  return err instanceof Error && /Could not set lock on file|Conflicting lock/i.test(err.message);
}

async function storedFingerprint(engine: EmbeddedKqlEngine): Promise<unknown> {
  const rows = await engine.runSql('SELECT value FROM _entra_ask_meta WHERE key = ?', [FINGERPRINT_KEY]);
  return rows[0]?.[0];
}

/**
 * Opens the demo tenant's KQL store for querying, read-only so that the bot and command-line
 * runs can share it. Loads it first (a short read-write open) when it is missing or was built
 * from another tenant. A store busy in another process's load is a typed "try again" failure.
 */
export async function openDemoKqlStore(demo: DemoTenant, log?: (l: string) => void): Promise<EmbeddedKqlEngine> {
  const dbPath = kqlDatabasePath(demo.dataDir);
  const anchorTime = demo.model.tenant.anchorTime;
  const readOnly = () => createEmbeddedEngine({ dbPath, anchorTime, readOnly: true, externalTablesIn: demo.dataDir });
  try {
    if (existsSync(dbPath)) {
      const engine = await readOnly().catch(() => undefined);
      const currentStorage = engine ? await engine.hasCurrentStorage().catch(() => true) : true;
      if (engine && currentStorage && (await storedFingerprint(engine).catch(() => undefined)) === fingerprint(demo)) return engine;
      await engine?.close();
      // A store in DuckDB's old file format is written again from scratch (its strings are not
      // dictionary-compressed, so string filters read several times slower); the tables are
      // rebuilt from the data folder.
      if (!currentStorage) {
        log?.('rewriting the KQL store in the current storage format…');
        await dropDemoKqlStore(demo.dataDir);
      }
    }
    const writer = await createEmbeddedEngine({ dbPath, anchorTime, skipWarmUp: true });
    try {
      await ensureDemoTables(writer, demo, log);
    } finally {
      await writer.close();
    }
    return await readOnly();
  } catch (err) {
    if (!isLockConflict(err)) throw err;
    throw new KqlError({ code: 'EA502', message: 'The KQL store is being loaded by another Entra Ask process; try again in a minute.' });
  }
}

/** A KQL source over the demo tenant that opens (and if needed loads) the store on first use. */
export class LazyDemoKql {
  private opened?: Promise<{ engine: EmbeddedKqlEngine; executor: EmbeddedKqlExecutor }>;

  constructor(private readonly demo: DemoTenant, private readonly log?: (l: string) => void) {}

  private open() {
    this.opened ??= openDemoKqlStore(this.demo, this.log).then((engine) => ({ engine, executor: new EmbeddedKqlExecutor(engine) }));
    // A failed open (e.g. busy store) is tried again on the next question.
    this.opened.catch(() => { this.opened = undefined; });
    return this.opened;
  }

  /** Start opening now (a long-running server), without waiting. */
  warm(): void {
    void this.open().catch((e: unknown) => this.log?.(`KQL store failed to open: ${String(e)}`));
  }

  async servesTables(names: readonly string[]): Promise<boolean> {
    return (await this.open()).engine.servesTables(names);
  }

  async execute(query: KqlQuery): Promise<KqlResult> {
    return (await this.open()).executor.execute(query);
  }

  async close(): Promise<void> {
    const opened = this.opened;
    this.opened = undefined;
    if (opened) await (await opened.catch(() => undefined))?.engine.close();
  }
}
