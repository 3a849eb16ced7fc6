/**
 * The year store: a year of daily snapshots (src/demo/history/year-history.ts) written as
 * validity intervals into `<dataDir>/snapshot-intervals/` — one zstd Parquet file per snapshot
 * table (its columns without SnapshotDate, plus ValidFrom and ValidTo, midnight UTC, ValidTo
 * exclusive; membership as one row per group and member) and `manifest.json` (first and last
 * day, version, tenant). The embedded engine shows them as the snapshot tables, one row per
 * entity per SnapshotDate (`src/kql/engine/external-tables.ts`).
 *
 * Generated on demand (`entra-ask demo year`, the `snapshots-year` bench), never at start: the
 * bot only reads the folder when it is there. Written into a temporary folder and renamed, so a
 * reader sees a whole store or none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TenantModel } from '../model';
import { generateYearHistory, YEAR_HISTORY_VERSION, type IntervalRow, type YearHistory } from '../history/year-history';
import { INTERVALS_DAYS_FILE, INTERVALS_FOLDER, INTERVALS_MANIFEST, INTERVAL_TABLE_SCHEMAS, intervalDays, intervalSelect, type IntervalTable, type IntervalsManifest } from '../../kql/engine/interval-tables';
import { DEFAULT_SCHEMA } from '../../kql/language/analyze';
import { schemaColumns } from '../../kql/language/schema-columns';
import { createEmbeddedEngine } from '../../kql/engine/embedded-engine';
import { sqlPathLiteral } from '../../kql/engine/external-tables';
import { quoteIdent } from '../../kql/compile/context';
import { writeTable } from '../../kql/engine/table-writer';

export interface YearStoreSummary {
  readonly dir: string;
  readonly days: number;
  /** Interval rows written per file. */
  readonly rows: Readonly<Record<string, number>>;
  readonly bytes: number;
  readonly generateMs: number;
  readonly writeMs: number;
}

export function yearStoreDir(dataDir: string): string {
  return path.join(dataDir, INTERVALS_FOLDER);
}

/** The manifest of a data folder's year store, if there is one. */
export function readYearManifest(dataDir: string): IntervalsManifest | undefined {
  const file = path.join(yearStoreDir(dataDir), INTERVALS_MANIFEST);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as IntervalsManifest;
  } catch {
    return undefined;
  }
}

function sameTenant(m: IntervalsManifest | undefined, model: TenantModel, days: number): boolean {
  const t = model.tenant;
  return m !== undefined && m.version === YEAR_HISTORY_VERSION && m.days === days && m.tenantId === t.tenantId && m.seed === t.seed
    && Date.parse(m.anchorTime) === Date.parse(t.anchorTime) && m.users === t.users;
}

const stamp = (days: readonly string[], i: number): string => {
  if (i < days.length) return `${days[i] as string}T00:00:00Z`;
  return new Date(Date.parse(`${days[days.length - 1] as string}T00:00:00Z`) + (i - days.length + 1) * 86_400_000).toISOString();
};

function intervalRows(history: YearHistory, rows: readonly IntervalRow[]) {
  return rows.map((r) => ({ ...r.row, ValidFrom: stamp(history.days, r.from), ValidTo: stamp(history.days, r.to) }));
}

/**
 * Writes every day of the intervals in `dir` out in full (`days.duckdb`): one table per snapshot
 * table with the seed's columns, filled one day at a time, so rows are in SnapshotDate order (each
 * block's min/max lets a query for some days skip the rest) without sorting millions of rows, and
 * each step holds one day. Queries then read stored rows instead of expanding intervals.
 */
async function writeDays(dir: string, manifest: IntervalsManifest): Promise<void> {
  const tables = Object.keys(INTERVAL_TABLE_SCHEMAS) as IntervalTable[];
  const schemas = Object.fromEntries(tables.map((t) => [t, DEFAULT_SCHEMA.tables[t] as string]));
  const columns = new Map(tables.map((t) => [t, schemaColumns(schemas[t] as string)] as const));
  const engine = await createEmbeddedEngine({ dbPath: path.join(dir, INTERVALS_DAYS_FILE), schema: { database: 'days', tables: schemas }, skipWarmUp: true });
  try {
    const file = (t: IntervalTable) => path.join(dir, `${t}.parquet`);
    for (const day of intervalDays(manifest)) {
      const one = { ...manifest, first: day, last: day };
      await engine.runSql(tables.map((t) => `INSERT INTO ${quoteIdent(t)} ${intervalSelect(t, columns.get(t)!, one, file)}`).join(';\n'));
    }
    await engine.runSql('CHECKPOINT');
  } finally {
    await engine.close();
  }
}

/** Writes `history` as the data folder's year store (replacing one that is there). */
export async function writeYearStore(dataDir: string, model: TenantModel, history: YearHistory, generateMs = 0): Promise<YearStoreSummary> {
  const t0 = performance.now();
  const dir = yearStoreDir(dataDir);
  const temp = `${dir}.${process.pid}.tmp`;
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  const inputs: Record<keyof typeof INTERVAL_TABLE_SCHEMAS, Iterable<Record<string, unknown>>> = {
    EntraUsers: intervalRows(history, history.EntraUsers),
    EntraGroups: intervalRows(history, history.EntraGroups),
    EntraGroupMembership: history.membership.map((m) => ({ GroupId: m.groupId, MemberId: m.memberId, ValidFrom: stamp(history.days, m.from), ValidTo: stamp(history.days, m.to) })),
    Applications: intervalRows(history, history.Applications),
    AppRoles: intervalRows(history, history.AppRoles),
    AppRoleAssignments: intervalRows(history, history.AppRoleAssignments),
  };
  const engine = await createEmbeddedEngine({ dbPath: ':memory:', schema: { database: 'staging', tables: { ...INTERVAL_TABLE_SCHEMAS } }, skipWarmUp: true });
  const rows: Record<string, number> = {};
  try {
    for (const [table, items] of Object.entries(inputs)) {
      rows[table] = await writeTable(engine, table, items);
      // Sorted by what the views join and filter on: a member's group, then when.
      const order = table === 'EntraGroupMembership' ? '"GroupId", "ValidFrom"' : '"ValidFrom"';
      await engine.runSql(`COPY (SELECT * FROM ${quoteIdent(table)} ORDER BY ${order}) TO ${sqlPathLiteral(path.join(temp, `${table}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`);
    }
  } finally {
    await engine.close();
  }
  const t = model.tenant;
  const manifest: IntervalsManifest = {
    version: YEAR_HISTORY_VERSION, first: history.days[0] as string, last: history.days[history.days.length - 1] as string, days: history.days.length,
    tenantId: t.tenantId, seed: t.seed, anchorTime: t.anchorTime, users: t.users,
  };
  await writeFile(path.join(temp, INTERVALS_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeDays(temp, manifest);
  await rm(dir, { recursive: true, force: true });
  await rename(temp, dir);
  const { statSync, readdirSync } = await import('node:fs');
  const bytes = readdirSync(dir).reduce((a, f) => a + statSync(path.join(dir, f)).size, 0);
  return { dir, days: history.days.length, rows, bytes, generateMs, writeMs: performance.now() - t0 };
}

/**
 * Generates and writes the year store of `model` unless the data folder already holds the same
 * one (same tenant, days and generator version). Returns undefined when nothing was written.
 */
export async function ensureYearStore(dataDir: string, model: TenantModel, days = 365): Promise<YearStoreSummary | undefined> {
  if (sameTenant(readYearManifest(dataDir), model, days)) return undefined;
  const t0 = performance.now();
  const history = generateYearHistory(model, days);
  return writeYearStore(dataDir, model, history, performance.now() - t0);
}

/** Removes the data folder's year store (the demo history's 12 dates show again). */
export async function removeYearStore(dataDir: string): Promise<void> {
  await rm(yearStoreDir(dataDir), { recursive: true, force: true });
}
