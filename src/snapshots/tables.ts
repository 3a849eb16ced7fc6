/** The snapshot tables of shared/seeds/000 (schemas in src/kql/language/table-schemas.ts). */
import { SNAPSHOT_TABLE_SCHEMAS } from '../kql/language/table-schemas';

export type Row = Record<string, unknown>;

/** The six tables `entra-ask export` writes, in export order. */
export const EXPORT_TABLES = ['EntraUsers', 'EntraGroups', 'EntraGroupMembership', 'Applications', 'AppRoles', 'AppRoleAssignments'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export function snapshotSchema(table: string): string {
  const s = SNAPSHOT_TABLE_SCHEMAS[table];
  if (s === undefined) throw new Error(`bug: ${table} is not a snapshot table`);
  return s;
}

/** `YYYY-MM-DD` that is a real calendar date. */
export function isSnapshotDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The snapshot date as the SnapshotDate column holds it (midnight UTC). */
export function snapshotDateTime(date: string): string {
  return `${date}T00:00:00Z`;
}
