/**
 * Snapshot tables stored as validity intervals (`<dataDir>/snapshot-intervals/`): each row holds
 * a snapshot table's columns without SnapshotDate plus `ValidFrom` and `ValidTo` (midnight UTC;
 * the row is in the snapshots of days ValidFrom ≤ day < ValidTo); EntraGroupMembership is one row
 * per (GroupId, MemberId). `manifest.json` names the first and last snapshot day: one snapshot a
 * day in between. The views below expand them to what queries see, the seed's tables: one row
 * per entity per SnapshotDate (EntraGroupMembership: one row per group and day, Members a JSON
 * array, `[]` for a group without members).
 */
import { quoteIdent } from '../compile/context';
import type { SchemaColumn } from '../language/schema-columns';
import { sqlPathLiteral } from './external-tables';

export const INTERVALS_FOLDER = 'snapshot-intervals';
export const INTERVALS_MANIFEST = 'manifest.json';
/**
 * The same days materialised (a DuckDB database, one table per snapshot table in the seed's
 * columns, rows in SnapshotDate order), written next to the intervals by `entra-ask demo year`:
 * queries read it instead of expanding the intervals, which grows with users × days (issue 21).
 */
export const INTERVALS_DAYS_FILE = 'days.duckdb';
/** The catalog the engine attaches the days file as. */
export const INTERVALS_DAYS_CATALOG = 'snapshot_days';

/** What `manifest.json` holds. */
export interface IntervalsManifest {
  readonly version: number;
  /** First and last snapshot day, `YYYY-MM-DD`. */
  readonly first: string;
  readonly last: string;
  readonly days: number;
  readonly tenantId: string;
  readonly seed: number;
  readonly anchorTime: string;
  readonly users: number;
}

/** The interval files' schemas (KQL schema text), one per snapshot table. */
export const INTERVAL_TABLE_SCHEMAS = {
  EntraUsers: '(ObjectID:string, DisplayName:string, UserPrincipalName:string, EmployeeId:string, UserType:string, CreatedDateTime:datetime, JobTitle:string, Department:string, AccountEnabled:bool, CustomExtension:string, ValidFrom:datetime, ValidTo:datetime)',
  EntraGroups: '(Id:string, DisplayName:string, ValidFrom:datetime, ValidTo:datetime)',
  EntraGroupMembership: '(GroupId:string, MemberId:string, ValidFrom:datetime, ValidTo:datetime)',
  Applications: '(Name:string, ApplicationId:string, ServicePrincipalId:string, ValidFrom:datetime, ValidTo:datetime)',
  AppRoles: '(ApplicationId:string, DisplayName:string, ServicePrincipalId:string, AppRoles:dynamic, ValidFrom:datetime, ValidTo:datetime)',
  AppRoleAssignments: '(AppRoleId:string, CreatedDateTime:datetime, PrincipalDisplayName:string, PrincipalId:string, ResourceDisplayName:string, ResourceId:string, ValidFrom:datetime, ValidTo:datetime)',
} as const;

export type IntervalTable = keyof typeof INTERVAL_TABLE_SCHEMAS;

export function isIntervalTable(name: string): name is IntervalTable {
  return Object.prototype.hasOwnProperty.call(INTERVAL_TABLE_SCHEMAS, name);
}

const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** The manifest's first and last day, refused unless both are `YYYY-MM-DD` (they enter SQL text). */
function checkedDays(m: Pick<IntervalsManifest, 'first' | 'last'>): Pick<IntervalsManifest, 'first' | 'last'> {
  if (!DAY_TEXT.test(m.first) || !DAY_TEXT.test(m.last)) throw new Error('interval store manifest: bad first/last day');
  return m;
}

/** Every day of the store, `YYYY-MM-DD`, first to last. */
export function intervalDays(given: Pick<IntervalsManifest, 'first' | 'last'>): string[] {
  const m = checkedDays(given);
  const out: string[] = [];
  for (let t = Date.parse(`${m.first}T00:00:00Z`); t <= Date.parse(`${m.last}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The snapshot days as a relation `(SnapshotDate TIMESTAMP)`. */
function daysSql(given: Pick<IntervalsManifest, 'first' | 'last'>): string {
  const m = checkedDays(given);
  return `(SELECT CAST(range AS TIMESTAMP) AS "SnapshotDate" FROM range(TIMESTAMP '${m.first}', TIMESTAMP '${m.last}' + INTERVAL 1 DAY, INTERVAL 1 DAY))`;
}

/** `i` joined with the days it is valid on, as `i.*` columns plus `d.SnapshotDate`. */
function expanded(file: string, m: IntervalsManifest, alias = 'i'): string {
  return `read_parquet(${sqlPathLiteral(file)}) ${alias} JOIN ${daysSql(m)} d ON d."SnapshotDate" >= ${alias}."ValidFrom" AND d."SnapshotDate" < ${alias}."ValidTo"`;
}

/**
 * A SELECT giving `table`'s rows per day, columns in the schema's order (`cols`), from the
 * interval files in `dir` (`files(table)` → path).
 */
export function intervalSelect(table: IntervalTable, cols: readonly SchemaColumn[], m: IntervalsManifest, file: (t: IntervalTable) => string): string {
  const pick = (c: SchemaColumn, source: string) => (c.name === 'SnapshotDate' ? `d."SnapshotDate"` : `${source}.${quoteIdent(c.name)}`);
  if (table !== 'EntraGroupMembership') {
    return `SELECT ${cols.map((c) => `${pick(c, 'i')} AS ${quoteIdent(c.name)}`).join(', ')} FROM ${expanded(file(table), m)}`;
  }
  // One row per group and day (every group of EntraGroups, members or not), Members a JSON array.
  const groups = `SELECT i."Id" AS "GroupId", d."SnapshotDate" FROM ${expanded(file('EntraGroups'), m)}`;
  const members = `SELECT i."GroupId", d."SnapshotDate", CAST(to_json(list(i."MemberId" ORDER BY i."MemberId")) AS JSON) AS "Members" FROM ${expanded(file('EntraGroupMembership'), m)} GROUP BY i."GroupId", d."SnapshotDate"`;
  const col = (c: SchemaColumn) => (c.name === 'Members' ? `COALESCE(mm."Members", CAST('[]' AS JSON)) AS "Members"` : `g.${quoteIdent(c.name)} AS ${quoteIdent(c.name)}`);
  return `SELECT ${cols.map(col).join(', ')} FROM (${groups}) g LEFT JOIN (${members}) mm ON mm."GroupId" = g."GroupId" AND mm."SnapshotDate" = g."SnapshotDate"`;
}

/**
 * The interval files as KQL tables of their own, `<Table>Intervals` (the schemas above), which
 * report.* reads when the store has them: an overlap test per row instead of one row per entity
 * per day (issue 21: a year of 10,000 users is 3.5 million EntraUsers rows, 16,000 intervals).
 */
export function intervalTableName(table: IntervalTable): string {
  return `${table}Intervals`;
}

/** Every interval table's KQL name and schema. */
export function intervalKqlTables(): Record<string, string> {
  return Object.fromEntries((Object.keys(INTERVAL_TABLE_SCHEMAS) as IntervalTable[]).map((t) => [intervalTableName(t), INTERVAL_TABLE_SCHEMAS[t]]));
}

/** The days exported beside the store for one table: per-day files (`SnapshotDate` + the seed's columns) and their dates. */
export interface ExportedDays {
  readonly files: readonly string[];
  readonly dates: readonly string[];
}

/**
 * The SELECT behind `<table>Intervals`: the interval file, plus each exported day outside the
 * store's first..last as a one-day interval (its SnapshotDate to the next midnight); an exported
 * EntraGroupMembership day becomes one row per member. `cast(name, type)` casts a column of an
 * exported file to its KQL type. Days exported *inside* first..last replace the store's rows of
 * that day; the caller offers no interval tables then (an interval would have to be cut).
 */
export function intervalTableSelect(
  table: IntervalTable,
  cols: readonly SchemaColumn[],
  file: string,
  exported: ExportedDays | undefined,
  cast: (name: string, type: SchemaColumn['type']) => string,
): string {
  const base = `SELECT ${cols.map((c) => quoteIdent(c.name)).join(', ')} FROM read_parquet(${sqlPathLiteral(file)})`;
  if (!exported || exported.files.length === 0) return base;
  const day = `CAST("SnapshotDate" AS TIMESTAMP)`;
  const pick = (c: SchemaColumn): string => {
    if (c.name === 'ValidFrom') return `${day} AS "ValidFrom"`;
    if (c.name === 'ValidTo') return `${day} + INTERVAL 1 DAY AS "ValidTo"`;
    if (table === 'EntraGroupMembership' && c.name === 'MemberId') return `unnest(json_extract_string(CAST("Members" AS JSON), '$[*]')) AS "MemberId"`;
    return cast(c.name, c.type);
  };
  return `${base} UNION ALL SELECT ${cols.map(pick).join(', ')} FROM read_parquet([${exported.files.map(sqlPathLiteral).join(', ')}], union_by_name = true)`;
}

/**
 * Whether the `<Table>Intervals` tables hold exactly what the per-day tables do: every exported
 * day of a snapshot table has a known date outside the store's first..last (an exported day inside
 * it replaces that day's rows, and a file imported into a snapshot table has no date to test).
 */
export function intervalTablesExact(m: Pick<IntervalsManifest, 'first' | 'last'>, exported: ReadonlyMap<string, ExportedDays>): boolean {
  const { first, last } = checkedDays(m);
  for (const table of Object.keys(INTERVAL_TABLE_SCHEMAS)) {
    const e = exported.get(table);
    if (!e) continue;
    if (e.files.length !== e.dates.length) return false;
    if (e.dates.some((d) => d >= first && d <= last)) return false;
  }
  return true;
}
