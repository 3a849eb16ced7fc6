/**
 * `entra-ask export`: a tenant read through Graph into the snapshot tables, one snapshot date.
 *
 * Resumable: each (table, date) is written whole or not at all, so a run that failed leaves the
 * tables it finished, and running the same command again reads and writes only the rest. A
 * date whose six tables are all there is complete: exporting it again is refused (nothing is
 * ever overwritten); another date adds a new snapshot.
 */
import { existsSync } from 'node:fs';
import { snapshotFile } from '../kql/engine/external-tables';
import type { GraphSource } from '../sources/graph';
import { TenantReader, READER_STEPS } from './graph-reader';
import type { GroupsMode } from './graph-reader';
import { writeParquetOnce } from './parquet';
import type { ProgressSink } from './progress';
import { SILENT_PROGRESS } from './progress';
import { EXPORT_TABLES, snapshotDateTime, snapshotSchema } from './tables';
import type { ExportTable, Row } from './tables';

/** Where snapshot tables go. */
export interface SnapshotSink {
  /** Said in messages and the summary, e.g. `embedded (./.data/demo/snapshots)`. */
  readonly description: string;
  /** Whether (table, date) is already complete in this store. */
  has(table: ExportTable, date: string): Promise<boolean>;
  /** Writes a table's rows for a date, whole or not at all; the row count, or undefined when it was already there. */
  write(table: ExportTable, date: string, rows: readonly Row[]): Promise<number | undefined>;
  close?(): Promise<void>;
}

/** The embedded engine's store: Parquet files under `<dataDir>/snapshots/`. */
export function localSnapshotSink(dataDir: string): SnapshotSink {
  return {
    description: `embedded (${dataDir}/snapshots)`,
    has: async (table, date) => existsSync(snapshotFile(dataDir, table, date)),
    write: (table, date, rows) => writeParquetOnce(snapshotFile(dataDir, table, date), snapshotSchema(table), rows),
  };
}

export interface ExportOptions {
  readonly graph: GraphSource;
  /** HTTP requests made so far (counted by the Graph source's `onHttp`). */
  readonly requests: () => number;
  readonly sink: SnapshotSink;
  readonly date: string;
  /**
   * The day whose state the source gives (`YYYY-MM-DD`, UTC): Microsoft Graph serves only the
   * tenant as it is now, so this is today (the demo tenant's anchor day in demo mode). A `date`
   * other than this day is refused: the snapshot would hold this day's state under another date.
   */
  readonly sourceDay: string;
  readonly progress?: ProgressSink;
  readonly groupsMode?: GroupsMode;
  /** Only these tables (benchmarks: groups and memberships). Default: all six. */
  readonly tables?: readonly ExportTable[];
}

export interface TableSummary {
  readonly table: ExportTable;
  readonly rows: number;
  readonly status: 'written' | 'skipped';
}

/** What `--json` prints. */
export interface ExportSummary {
  readonly store: string;
  readonly snapshotDate: string;
  readonly tables: readonly TableSummary[];
  /** Rows written by this run. */
  readonly rows: number;
  readonly requests: number;
  readonly elapsedMs: number;
  /** True when an earlier, failed run had already written some tables. */
  readonly resumed: boolean;
}

/** The date is complete in the store: refused, nothing written. */
export class SnapshotExistsError extends Error {
  override readonly name = 'SnapshotExistsError';
}

/**
 * The date is not the day the source can give (issue 20: `export --date <past date>` stored
 * today's directory under that date, and it became the "first snapshot" of every as-of report).
 * Refused before anything is read or written.
 */
export class SnapshotDateError extends Error {
  override readonly name = 'SnapshotDateError';
  constructor(readonly date: string, readonly sourceDay: string) {
    super(date < sourceDay
      ? `snapshot ${date} refused: it is before today (${sourceDay}, UTC), and Microsoft Graph gives only the tenant's current state, so it would hold ${sourceDay}'s users, groups and assignments under ${date}. Nothing was written. Leave out --date to export today's snapshot; an earlier day's state can only come from a snapshot taken on that day.`
      : `snapshot ${date} refused: it is after today (${sourceDay}, UTC), and a snapshot holds what was true on its date. Nothing was written. Leave out --date to export today's snapshot.`);
  }
}

/** A run stopped part-way; `written` tables are kept and a new run resumes after them. */
export class ExportFailedError extends Error {
  override readonly name = 'ExportFailedError';
  constructor(message: string, readonly written: readonly TableSummary[], override readonly cause: unknown) {
    super(message);
  }
}

export async function exportSnapshot(o: ExportOptions): Promise<ExportSummary> {
  if (o.date !== o.sourceDay) throw new SnapshotDateError(o.date, o.sourceDay);
  const t0 = performance.now();
  const progress = o.progress ?? SILENT_PROGRESS;
  const wanted = new Set<ExportTable>(o.tables ?? EXPORT_TABLES);
  const present = new Set<ExportTable>();
  for (const t of wanted) if (await o.sink.has(t, o.date)) present.add(t);
  if (present.size === wanted.size) {
    throw new SnapshotExistsError(`snapshot ${o.date} is already complete in ${o.sink.description}: nothing was changed. Delete that date's files to export it again.`);
  }
  const reader = new TenantReader(o.graph, { groupsMode: o.groupsMode });
  const summaries: TableSummary[] = [];
  const stamp = snapshotDateTime(o.date);
  for (const step of READER_STEPS) {
    const tables = step.tables.filter((t) => wanted.has(t));
    if (tables.length === 0) continue;
    const missing = tables.filter((t) => !present.has(t));
    for (const t of tables.filter((x) => present.has(x))) {
      summaries.push({ table: t, rows: 0, status: 'skipped' });
      progress.table(t, 0, 'skipped');
    }
    if (missing.length === 0) continue;
    progress.step(`reading ${step.name}`);
    try {
      const got = await reader.read(step.name);
      for (const t of missing) {
        const rows = (got[t] ?? []).map((r) => ({ ...r, SnapshotDate: stamp }));
        const n = await o.sink.write(t, o.date, rows);
        const s: TableSummary = n === undefined ? { table: t, rows: 0, status: 'skipped' } : { table: t, rows: n, status: 'written' };
        summaries.push(s);
        progress.table(t, s.rows, s.status);
      }
    } catch (e) {
      progress.done();
      const written = summaries.filter((s) => s.status === 'written');
      const why = e instanceof Error ? e.message : String(e);
      throw new ExportFailedError(
        `export of snapshot ${o.date} stopped while exporting ${step.name}: ${why}\n` +
          `${written.length} table(s) written by this run are kept; run the same command again to resume (finished tables are not read again).`,
        written,
        e,
      );
    }
  }
  progress.done();
  return {
    store: o.sink.description,
    snapshotDate: o.date,
    tables: summaries,
    rows: summaries.reduce((n, s) => n + s.rows, 0),
    requests: o.requests(),
    elapsedMs: Math.round(performance.now() - t0),
    resumed: present.size > 0,
  };
}
