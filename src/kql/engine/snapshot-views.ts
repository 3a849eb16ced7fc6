/**
 * The views the engine puts over the data folder's snapshot tables (the database's rows, or a year
 * store's days, with exported days added and hiding the base rows of their dates) and, when they
 * are exact, over a year store's validity intervals (`<Table>Intervals`). Pure SQL text from what
 * `scanExternalTables` found; the engine runs it before each query.
 */
import { quoteIdent } from '../compile/context';
import type { KqlSchema } from '../language/analyze';
import { DUCKDB_TYPE } from '../language/kql-types';
import type { KqlType } from '../language/kql-types';
import { schemaColumns } from '../language/schema-columns';
import { sqlPathLiteral, type ExternalTables } from './external-tables';
import { INTERVALS_DAYS_CATALOG, INTERVAL_TABLE_SCHEMAS, intervalSelect, intervalTableName, intervalTableSelect, intervalTablesExact, isIntervalTable } from './interval-tables';

/** A column of an exported or imported file, cast to its KQL type under its own name. */
export function castColumn(name: string, type: KqlType): string {
  return `CAST(${quoteIdent(name)} AS ${DUCKDB_TYPE[type]}) AS ${quoteIdent(name)}`;
}

/**
 * `CREATE TEMP VIEW` statements for the snapshot tables of `schema` that the folder adds to, and
 * the schemas of the tables it adds (`<Table>Intervals`). `catalog` is the database's own catalog;
 * `daysAttached`: the year store's materialised days are attached as {@link INTERVALS_DAYS_CATALOG}.
 */
export function snapshotViews(found: ExternalTables, schema: KqlSchema, catalog: string, daysAttached: boolean): { views: string[]; extra: Record<string, string> } {
  const views: string[] = [];
  const extra: Record<string, string> = {};
  const intervals = found.intervals;
  const tables = new Set([...found.snapshots.keys(), ...(intervals ? intervals.files.keys() : [])]);
  for (const table of tables) {
    const tableSchema = schema.tables[table];
    if (tableSchema === undefined) continue;
    const { files = [], dates = [] } = found.snapshots.get(table) ?? {};
    const cols = schemaColumns(tableSchema);
    const hasDate = cols.some((c) => c.name === 'SnapshotDate');
    // The base rows: the interval store's (a year of daily snapshots) when there is one — its days
    // materialised when written, else expanded from the intervals — else the database's.
    const base = intervals && isIntervalTable(table) && hasDate
      ? (daysAttached
        ? `SELECT ${cols.map((c) => quoteIdent(c.name)).join(', ')} FROM ${INTERVALS_DAYS_CATALOG}.main.${quoteIdent(table)}`
        : `SELECT * FROM (${intervalSelect(table, cols, intervals.manifest, (t) => intervals.files.get(t) as string)})`)
      : `SELECT * FROM ${quoteIdent(catalog)}.main.${quoteIdent(table)}`;
    const hidden = hasDate && dates.length > 0 ? ` WHERE CAST("SnapshotDate" AS DATE) NOT IN (${dates.map((d) => `DATE '${d}'`).join(', ')})` : '';
    const exported = files.length > 0
      ? ` UNION ALL SELECT ${cols.map((c) => castColumn(c.name, c.type)).join(', ')} FROM read_parquet([${files.map(sqlPathLiteral).join(', ')}], union_by_name = true)`
      : '';
    views.push(`CREATE OR REPLACE TEMP VIEW ${quoteIdent(table)} AS ${base}${hidden}${exported}`);
  }
  if (intervals && intervalTablesExact(intervals.manifest, found.snapshots)) {
    for (const [table, file] of intervals.files) {
      const intervalSchema = INTERVAL_TABLE_SCHEMAS[table];
      extra[intervalTableName(table)] = intervalSchema;
      views.push(`CREATE OR REPLACE TEMP VIEW ${quoteIdent(intervalTableName(table))} AS ${intervalTableSelect(table, schemaColumns(intervalSchema), file, found.snapshots.get(table), castColumn)}`);
    }
  }
  return { views, extra };
}
