/**
 * The embedded KQL engine: Kusto.Language binds, the compiler emits DuckDB SQL, DuckDB runs it
 * over a database file in the data folder (or in memory). The only part of `src/kql` that does I/O.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { compileKql, isCompiled } from '../compile/compile-kql';
import type { CompileResult } from '../compile/compile-kql';
import { slotsFromRows } from '../compile/operators/bag-unpack';
import { RUNTIME_REFUSAL } from '../compile/runtime-refusal';
import type { BagSlot } from '../compile/operators/bag-unpack';
import { DEFAULT_SCHEMA, warmKqlParser } from '../language/analyze';
import type { KqlSchema } from '../language/analyze';
import { schemaColumns } from '../language/schema-columns';
import { DUCKDB_TYPE } from '../language/kql-types';
import type { KqlType } from '../language/kql-types';
import { quoteIdent } from '../compile/context';
import { EA, diag } from '../diagnostics';
import { KqlError } from '../errors';
import type { KqlColumn } from '../columns';
import { keepMicroseconds, toKqlValue } from './result-values';
import { assertResultSize, RESULT_MAX_RECORDS } from './result-limits';

export { RESULT_MAX_BYTES, RESULT_MAX_RECORDS } from './result-limits';
import { registerKqlUdfs } from './register-udfs';
import { kqlTypeOfDuckDb, scanExternalTables, sqlPathLiteral, TABLE_NAME } from './external-tables';
import { INTERVALS_DAYS_CATALOG } from './interval-tables';
import { castColumn, snapshotViews } from './snapshot-views';

export interface EmbeddedEngineOptions {
  /** DuckDB database file, or `':memory:'`. */
  readonly dbPath: string;
  /** The demo anchor time `now()`/`ago()` count from. Default: the anchor stored with the data, else now. */
  readonly anchorTime?: string;
  readonly schema?: KqlSchema;
  /** Per-query time limit (default 30 s). */
  readonly timeoutMs?: number;
  /** Skip warming Kusto.Language (tests that warm once themselves). */
  readonly skipWarmUp?: boolean;
  /**
   * Open the file read-only: several processes (the bot, command-line runs) can then share it.
   * The tables must already exist (a read-write open creates them).
   */
  readonly readOnly?: boolean;
  /**
   * The data folder whose exported snapshots and imported tables (Parquet files, see
   * `external-tables.ts`) join the database's tables at query time: a snapshot table is its
   * stored rows UNION ALL its exported files (an exported date hides stored rows of the same
   * date), and each imported table becomes a table of its own. Looked at before every query, so
   * files written by another process are seen by the next query.
   */
  readonly externalTablesIn?: string;
  /**
   * DuckDB's memory limit (default {@link DEFAULT_MEMORY_LIMIT}): a query that needs more stops with
   * EA201 instead of taking the process down. A file database spills to disk before that.
   */
  readonly memoryLimit?: string;
  /**
   * The process's resident memory, in MB, at which running queries are stopped with EA201
   * (default {@link DEFAULT_MAX_PROCESS_MB}). DuckDB's `memory_limit` bounds its buffer manager
   * only: list aggregates, string heaps and memory the C allocator keeps after a query are outside
   * it, and in sequence they took a process to 3 GB (issue 19). This is the bound that holds.
   */
  readonly maxProcessMb?: number;
}

/**
 * DuckDB's buffer manager limit. The serving process also holds Node, Kusto.Language (~350 MB)
 * and allocations outside the buffer manager, so this leaves room for them under 2 GB.
 */
export const DEFAULT_MEMORY_LIMIT = '1GB';
/**
 * A database file the engine creates is written in this DuckDB version's newest storage format.
 * DuckDB's default keeps files readable by v1.0, which has no dictionary compression of strings
 * (DICT_FSST, storage v1.3): a filter on a string column then decompresses every value.
 */
const STORAGE_FORMAT = 'latest';
/** The oldest storage version whose string columns can be dictionary-compressed. */
const DICTIONARY_STORAGE: readonly [number, number] = [1, 3];
/** Below 2 GB by the growth one sampling interval can add (the worst cases grow < 1 GB/s). */
export const DEFAULT_MAX_PROCESS_MB = 1800;
/** How often a running query's process memory is looked at. */
const MEMORY_SAMPLE_MS = 20;
/** Growth within one query that counts as its own (see `runSql`). */
const MEMORY_SAMPLE_GROWTH_MB = 64;

/** The rows of one embedded query, with where the time went. */
export interface EmbeddedQueryResult {
  readonly columns: readonly KqlColumn[];
  readonly rows: readonly (readonly unknown[])[];
  readonly truncated: boolean;
  readonly render?: string;
  readonly compileMs: number;
  readonly runMs: number;
  readonly sql: string;
}

const META_TABLE = '_entra_ask_meta';

/** Compiled queries kept per engine (same text + anchor → same SQL). */
const COMPILE_CACHE_SIZE = 256;
/** Schema-less `bag_unpack`s one query may hold (each needs one discovery query). */
const MAX_DISCOVERY_ROUNDS = 4;

export class EmbeddedKqlEngine {
  private closed = false;
  private readonly compiled = new Map<string, CompileResult>();
  private current: KqlSchema;
  /** `CREATE TEMP VIEW` statements run on each query's connection (exported / imported tables). */
  private views: readonly string[] = [];
  private externalSignature = '';
  private externalTablesIn: string | undefined;
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly baseSchema: KqlSchema,
    private anchor: string,
    private readonly timeoutMs: number,
    private readonly maxProcessMb: number,
  ) {
    this.current = baseSchema;
  }

  /** The tables queries may read: the declared schema plus any imported tables. */
  get schema(): KqlSchema {
    return this.current;
  }

  static async create(options: EmbeddedEngineOptions): Promise<EmbeddedKqlEngine> {
    const config: Record<string, string> = { memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT, storage_compatibility_version: STORAGE_FORMAT };
    if (options.readOnly) config['access_mode'] = 'READ_ONLY';
    const instance = await DuckDBInstance.create(options.dbPath, config);
    const schema = options.schema ?? DEFAULT_SCHEMA;
    const engine = new EmbeddedKqlEngine(instance, schema, options.anchorTime ?? new Date().toISOString(), options.timeoutMs ?? 30_000, options.maxProcessMb ?? DEFAULT_MAX_PROCESS_MB);
    await engine.withConnection(async (c) => registerKqlUdfs(c));
    if (!options.readOnly) await engine.ensureTables();
    if (!options.anchorTime) {
      const stored = await engine.storedAnchor();
      if (stored) engine.anchor = stored;
    }
    if (!options.skipWarmUp) warmKqlParser(schema);
    if (options.externalTablesIn !== undefined) {
      engine.externalTablesIn = options.externalTablesIn;
      await engine.refreshExternalTables();
    }
    return engine;
  }

  /**
   * Looks at the data folder's exported and imported tables again; when files were added or
   * replaced, the schema gains the imported tables and queries read the new files.
   */
  async refreshExternalTables(): Promise<void> {
    const dir = this.externalTablesIn;
    if (dir === undefined) return;
    const found = scanExternalTables(dir);
    if (found.signature === this.externalSignature) return;
    const catalog = await this.withConnection(async (c) => String((await c.runAndReadAll('SELECT current_database()')).getRowsJS()[0]?.[0]));
    const daysAttached = await this.attachIntervalDays(found.intervals?.days);
    const { views, extra } = snapshotViews(found, this.baseSchema, catalog, daysAttached);
    for (const [table, file] of found.imported) {
      if (this.baseSchema.tables[table] !== undefined) continue;
      const described = await this.withConnection(async (c) => (await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlPathLiteral(file)})`)).getRowsJS());
      const cols = described.map((r) => ({ name: String(r[0]), type: kqlTypeOfDuckDb(String(r[1])) as KqlType }));
      // `entra-ask import` writes identifier column names; a hand-made file with others is left out.
      if (cols.length === 0 || cols.some((c) => !TABLE_NAME.test(c.name))) continue;
      extra[table] = `(${cols.map((c) => `['${c.name}']:${c.type}`).join(', ')})`;
      views.push(`CREATE OR REPLACE TEMP VIEW ${quoteIdent(table)} AS SELECT ${cols.map((c) => castColumn(c.name, c.type)).join(', ')} FROM read_parquet(${sqlPathLiteral(file)})`);
    }
    this.views = views;
    this.externalSignature = found.signature;
    this.current = Object.keys(extra).length > 0 ? { database: this.baseSchema.database, tables: { ...this.baseSchema.tables, ...extra } } : this.baseSchema;
    this.compiled.clear();
  }

  /**
   * Whether every table named is served (a schema table, an imported one, or an interval store's
   * `<Table>Intervals`), after looking at the data folder again.
   */
  async servesTables(names: readonly string[]): Promise<boolean> {
    await this.refreshExternalTables();
    return names.every((n) => this.current.tables[n] !== undefined);
  }

  /** Attaches the interval store's materialised days (read-only), replacing an earlier one; false when there are none. */
  private async attachIntervalDays(file: string | undefined): Promise<boolean> {
    return this.withConnection(async (c) => {
      const attached = (await c.runAndReadAll(`SELECT count(*) FROM duckdb_databases() WHERE database_name = '${INTERVALS_DAYS_CATALOG}'`)).getRowsJS()[0]?.[0];
      if (Number(attached) > 0) await c.run(`DETACH ${INTERVALS_DAYS_CATALOG}`);
      if (file === undefined) return false;
      await c.run(`ATTACH ${sqlPathLiteral(file)} AS ${INTERVALS_DAYS_CATALOG} (READ_ONLY)`);
      return true;
    });
  }

  /** What `now()` means for queries (ISO-8601). */
  get anchorTime(): string {
    return this.anchor;
  }

  setAnchorTime(iso: string): void {
    this.anchor = iso;
    this.compiled.clear();
  }

  /** Creates every schema table that does not exist yet (empty), so every declared table can be queried. */
  private async ensureTables(): Promise<void> {
    await this.withConnection(async (c) => {
      await c.run(`CREATE TABLE IF NOT EXISTS ${META_TABLE} (key VARCHAR PRIMARY KEY, value VARCHAR)`);
      for (const [name, schema] of Object.entries(this.baseSchema.tables)) {
        const cols = schemaColumns(schema).map((col) => `${quoteIdent(col.name)} ${DUCKDB_TYPE[col.type]}`);
        await c.run(`CREATE TABLE IF NOT EXISTS ${quoteIdent(name)} (${cols.join(', ')})`);
      }
    });
  }

  /**
   * Whether the database file is in a storage format with dictionary-compressed strings; false
   * for a file an older Entra Ask wrote (DuckDB's v1.0 format), which is worth writing again.
   */
  async hasCurrentStorage(): Promise<boolean> {
    const tag = await this.withConnection(async (c) => {
      const r = await c.runAndReadAll("SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = current_database()");
      return String(r.getRowsJS()[0]?.[0] ?? '');
    });
    const m = /^v(\d+)\.(\d+)/.exec(tag);
    if (!m) return true; // in memory, or a tag this code does not know: nothing to migrate
    const [major, minor] = [Number(m[1]), Number(m[2])];
    return major > DICTIONARY_STORAGE[0] || (major === DICTIONARY_STORAGE[0] && minor >= DICTIONARY_STORAGE[1]);
  }

  private async storedAnchor(): Promise<string | undefined> {
    return this.withConnection(async (c) => {
      const r = await c.runAndReadAll(`SELECT value FROM ${META_TABLE} WHERE key = 'anchorTime'`);
      const v = r.getRowsJS()[0]?.[0];
      return typeof v === 'string' ? v : undefined;
    });
  }

  /** Stores the anchor with the data (the loader calls this). */
  async saveAnchorTime(iso: string): Promise<void> {
    this.setAnchorTime(iso);
    await this.withConnection((c) => c.run(`INSERT OR REPLACE INTO ${META_TABLE} VALUES ('anchorTime', $1)`, [iso]).then(() => undefined));
  }

  /** Parse, bind and compile only (uncached). */
  compile(text: string): CompileResult {
    return compileKql(text, { schema: this.current, anchorTime: this.anchor });
  }

  /** `compile`, remembering the last few hundred texts (least recently used dropped). */
  compileCached(text: string): CompileResult {
    const hit = this.compiled.get(text);
    if (hit) {
      this.compiled.delete(text);
      this.compiled.set(text, hit);
      return hit;
    }
    const r = this.compile(text);
    this.compiled.set(text, r);
    if (this.compiled.size > COMPILE_CACHE_SIZE) this.compiled.delete(this.compiled.keys().next().value as string);
    return r;
  }

  /**
   * Runs KQL. Rejects with KqlError for query problems, time-outs and failures. `timeoutMs` is this
   * query's own limit (what is left of the answer's budget), when shorter than the engine's.
   */
  async query(text: string, options: { readonly maxRows?: number; readonly timeoutMs?: number } = {}): Promise<EmbeddedQueryResult> {
    await this.refreshExternalTables();
    const budget = Math.min(this.timeoutMs, options.timeoutMs ?? Infinity);
    try {
      return await this.queryWithin(text, budget, options.maxRows);
    } catch (e) {
      // A statement stopped with what was left of the budget: the error names the query's limit.
      if (e instanceof KqlError && e.code === EA.timeout.code) throw new KqlError(diag('timeout', 0, 0, `${Math.round(budget)} ms`));
      throw e;
    }
  }

  private async queryWithin(text: string, budget: number, maxRows: number | undefined): Promise<EmbeddedQueryResult> {
    const t0 = performance.now();
    const first = this.compileCached(text);
    // One limit for the whole query's execution, as Kusto's: a data-dependent plugin's discovery
    // queries (and compiling again with what they found), the checks and the query itself share it;
    // each statement had the whole limit of its own. The first compile is not counted: it includes
    // loading Kusto.Language once per process, which is not the query's.
    const started = performance.now();
    const left = (): number => {
      const ms = budget - (performance.now() - started);
      if (ms <= 0) throw new KqlError(diag('timeout', 0, 0, `${Math.round(budget)} ms`));
      return ms;
    };
    const compiled = await this.withDiscovery(text, first, left);
    const compileMs = performance.now() - t0;
    if (!isCompiled(compiled)) throw KqlError.fromDiagnostics(compiled.diagnostics);
    const limit = maxRows;
    // Without a row limit of the caller's own, Kusto's record limit applies (one more row is read to see it is passed).
    const sqlLimit = limit !== undefined ? Math.max(0, Math.floor(limit)) + 1 : RESULT_MAX_RECORDS + 1;
    const sql = `SELECT * FROM (${compiled.sql}) AS r LIMIT ${sqlLimit}`;
    const t1 = performance.now();
    for (const check of compiled.checks ?? []) {
      const [[ok] = []] = await this.runSql(check.sql, check.parameters, false, left());
      if (ok !== true) throw new KqlError(diag('assertFailed', 0, 0, check.message));
    }
    const raw = await this.runSql(sql, compiled.parameters, true, left());
    if (limit === undefined) assertResultSize(raw);
    const runMs = performance.now() - t1;
    const types = compiled.columns.map((c) => c.type as KqlType);
    const truncated = limit !== undefined && raw.length > limit;
    const rows = (truncated ? raw.slice(0, limit) : raw).map((row) => row.map((v, i) => toKqlValue(v, types[i] ?? 'dynamic')));
    return { columns: compiled.columns, rows, truncated, ...(compiled.render ? { render: compiled.render } : {}), compileMs, runMs, sql: compiled.sql };
  }

  /**
   * A query whose columns depend on its data (`evaluate bag_unpack` without a schema): runs each
   * discovery query the compiler asks for and compiles again with the slots found (uncached:
   * the answer depends on the data).
   */
  private async withDiscovery(text: string, first: CompileResult, left: () => number): Promise<CompileResult> {
    let compiled = first;
    const slots = new Map<number, BagSlot[]>();
    for (let round = 0; !isCompiled(compiled) && compiled.discovery && round < MAX_DISCOVERY_ROUNDS; round++) {
      const { at, sql, parameters, ordered } = compiled.discovery;
      slots.set(at, slotsFromRows(await this.runSql(sql, parameters, false, left()), ordered));
      compiled = compileKql(text, { schema: this.current, anchorTime: this.anchor, bagSlots: slots });
    }
    return compiled;
  }

  /**
   * Runs SQL with parameters (the compiled form, or hand-written SQL for benchmarks). With
   * `exactTimestamps`, TIMESTAMP cells come back as {@link Micros} (JavaScript dates stop at ms).
   */
  async runSql(sql: string, parameters: readonly unknown[] = [], exactTimestamps = false, timeoutMs?: number): Promise<unknown[][]> {
    const limit = Math.max(1, Math.min(this.timeoutMs, timeoutMs ?? Infinity));
    return this.withConnection(async (c) => {
      const timer = setTimeout(() => c.interrupt(), limit);
      let overMb: number | undefined;
      // Memory the C allocator kept after an earlier query counts in the resident size but is reused,
      // not added to: only this query's growth past the bound stops it.
      const startMb = process.memoryUsage.rss() / 1_048_576;
      const watch = setInterval(() => {
        const mb = process.memoryUsage.rss() / 1_048_576;
        if (mb < this.maxProcessMb || mb < startMb + MEMORY_SAMPLE_GROWTH_MB || overMb !== undefined) return;
        overMb = mb;
        c.interrupt();
      }, MEMORY_SAMPLE_MS);
      try {
        // One statement for all views: each separate run costs a round trip (issue 21: six views per query with a year store).
        if (this.views.length > 0) await c.run(this.views.join(';\n'));
        const reader = await c.runAndReadAll(sql, parameters as DuckDBValue[]);
        const rows = reader.getRowsJS() as unknown[][];
        if (exactTimestamps) keepMicroseconds(reader, rows);
        return rows;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        if (overMb !== undefined) throw new KqlError(diag('memoryLimit', 0, 0, `the process reached ${Math.round(overMb)} MB (limit ${this.maxProcessMb} MB)`));
        if (/interrupt/i.test(message)) throw new KqlError(diag('timeout', 0, 0, `${Math.round(limit)} ms`));
        if (/out of memory/i.test(message)) throw new KqlError(diag('memoryLimit', 0, 0, message.split('\n')[0]));
        const refusal = message.indexOf(RUNTIME_REFUSAL);
        if (refusal >= 0) throw new KqlError(diag('unsupportedArgument', 0, 0, message.slice(refusal + RUNTIME_REFUSAL.length).split('\n')[0]));
        throw new KqlError(diag('executionFailed', 0, 0, message.split('\n')[0]));
      } finally {
        clearTimeout(timer);
        clearInterval(watch);
      }
    });
  }

  /** Runs `fn` on a fresh connection (DuckDB connections are cheap; queries can run side by side). */
  async withConnection<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.closed) throw new KqlError(diag('sourceUnavailable', 0, 0, 'the embedded engine is closed'));
    const c = await this.instance.connect();
    try {
      return await fn(c);
    } finally {
      c.closeSync();
    }
  }

  /** A new connection the caller must close (bulk loading). */
  async connect(): Promise<DuckDBConnection> {
    if (this.closed) throw new KqlError(diag('sourceUnavailable', 0, 0, 'the embedded engine is closed'));
    return this.instance.connect();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.instance.closeSync();
  }
}

/** Opens (creating if needed) the embedded engine's database and warms the parser. */
export function createEmbeddedEngine(options: EmbeddedEngineOptions): Promise<EmbeddedKqlEngine> {
  return EmbeddedKqlEngine.create(options);
}
