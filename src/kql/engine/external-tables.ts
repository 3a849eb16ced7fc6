/**
 * Tables kept outside the database file, as Parquet files in the data folder, so that they
 * survive the demo store being rebuilt and can be written while the bot holds the store open
 * read-only:
 *
 * - `<dataDir>/snapshots/<Table>/<YYYY-MM-DD>.parquet` — one exported snapshot of a snapshot
 *   table (`entra-ask export`); `<dataDir>/snapshots/<Table>/import-<stamp>.parquet` — rows
 *   imported into a snapshot table (`entra-ask import --table EntraUsers`).
 * - `<dataDir>/imports/<name>.parquet` — a table imported from an application's own export
 *   (`entra-ask import --table salesforceAssignments`), with the schema inferred at import.
 *
 * Files are written under a temporary name beginning with `.` and renamed into place, so a
 * reader sees a whole file or none; names that do not match the patterns are ignored.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { INTERVALS_DAYS_FILE, INTERVALS_FOLDER, INTERVALS_MANIFEST, isIntervalTable } from './interval-tables';
import type { IntervalsManifest, IntervalTable } from './interval-tables';

export const SNAPSHOTS_FOLDER = 'snapshots';
export const IMPORTS_FOLDER = 'imports';

/** KQL table names the stores accept: an identifier, no spaces or quotes. */
export const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const DATE_FILE = /^(\d{4}-\d{2}-\d{2})\.parquet$/;
const IMPORT_FILE = /^import-[0-9A-Za-z_-]{1,80}\.parquet$/;

export function snapshotFolder(dataDir: string, table: string): string {
  return path.join(dataDir, SNAPSHOTS_FOLDER, table);
}

export function snapshotFile(dataDir: string, table: string, date: string): string {
  return path.join(snapshotFolder(dataDir, table), `${date}.parquet`);
}

export function importedTableFile(dataDir: string, name: string): string {
  return path.join(dataDir, IMPORTS_FOLDER, `${name}.parquet`);
}

/** The Parquet files of one snapshot table. */
export interface SnapshotFiles {
  readonly files: readonly string[];
  /** Dates exported by `entra-ask export` (`<date>.parquet`), sorted. */
  readonly dates: readonly string[];
}

/** What the data folder holds outside the database file. */
export interface ExternalTables {
  /** Changes whenever a file is added, replaced or removed. */
  readonly signature: string;
  readonly snapshots: ReadonlyMap<string, SnapshotFiles>;
  /** Imported table name → its file. */
  readonly imported: ReadonlyMap<string, string>;
  /**
   * Snapshot tables stored as validity intervals (`<dataDir>/snapshot-intervals/`, see
   * `interval-tables.ts`): they replace the database's rows of those tables.
   */
  readonly intervals?: { readonly manifest: IntervalsManifest; readonly files: ReadonlyMap<IntervalTable, string>; readonly days?: string };
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function stamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'gone';
  }
}

/** Lists the exported and imported tables of a data folder (a few directory reads). */
export function scanExternalTables(dataDir: string): ExternalTables {
  const parts: string[] = [];
  const snapshots = new Map<string, SnapshotFiles>();
  const root = path.join(dataDir, SNAPSHOTS_FOLDER);
  for (const table of list(root)) {
    if (!TABLE_NAME.test(table)) continue;
    const files: string[] = [];
    const dates: string[] = [];
    for (const name of list(path.join(root, table))) {
      const date = DATE_FILE.exec(name)?.[1];
      if (date === undefined && !IMPORT_FILE.test(name)) continue;
      const file = path.join(root, table, name);
      files.push(file);
      if (date !== undefined) dates.push(date);
      parts.push(`${table}/${name}@${stamp(file)}`);
    }
    if (files.length > 0) snapshots.set(table, { files, dates });
  }
  const imported = new Map<string, string>();
  for (const name of list(path.join(dataDir, IMPORTS_FOLDER))) {
    const m = /^(.+)\.parquet$/.exec(name);
    if (!m || !TABLE_NAME.test(m[1] as string)) continue;
    const file = path.join(dataDir, IMPORTS_FOLDER, name);
    imported.set(m[1] as string, file);
    parts.push(`imports/${name}@${stamp(file)}`);
  }
  const intervals = scanIntervals(path.join(dataDir, INTERVALS_FOLDER), parts);
  return { signature: parts.join('|'), snapshots, imported, ...(intervals ? { intervals } : {}) };
}

/** The interval store, when its manifest and all six files are there. */
function scanIntervals(dir: string, parts: string[]): ExternalTables['intervals'] {
  const names = list(dir);
  if (!names.includes(INTERVALS_MANIFEST)) return undefined;
  const files = new Map<IntervalTable, string>();
  for (const name of names) {
    const table = /^(.+)\.parquet$/.exec(name)?.[1];
    if (table !== undefined && isIntervalTable(table)) files.set(table, path.join(dir, name));
  }
  if (files.size !== 6) return undefined;
  let manifest: IntervalsManifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, INTERVALS_MANIFEST), 'utf8')) as IntervalsManifest;
  } catch {
    return undefined;
  }
  const days = names.includes(INTERVALS_DAYS_FILE) ? path.join(dir, INTERVALS_DAYS_FILE) : undefined;
  for (const file of [path.join(dir, INTERVALS_MANIFEST), ...files.values(), ...(days ? [days] : [])]) parts.push(`${INTERVALS_FOLDER}/${path.basename(file)}@${stamp(file)}`);
  return { manifest, files, ...(days ? { days } : {}) };
}

/** A SQL string literal (for file paths the engine lists itself; never for user text). */
export function sqlPathLiteral(file: string): string {
  return `'${file.replace(/'/g, "''")}'`;
}

/** DuckDB column types of Parquet files → KQL types (what `entra-ask import` writes). */
export function kqlTypeOfDuckDb(type: string): string {
  const t = type.toUpperCase();
  if (t === 'VARCHAR' || t === 'UUID') return 'string';
  if (t === 'BIGINT' || t === 'INTEGER' || t === 'SMALLINT' || t === 'TINYINT' || t === 'HUGEINT' || t === 'UBIGINT' || t === 'UINTEGER') return 'long';
  if (t === 'DOUBLE' || t === 'FLOAT' || t.startsWith('DECIMAL')) return 'real';
  if (t === 'BOOLEAN') return 'bool';
  if (t.startsWith('TIMESTAMP') || t === 'DATE') return 'datetime';
  return 'dynamic';
}
