/**
 * One row format for every executor: KQL types, ISO-8601 UTC datetimes, timespans as KQL text,
 * dynamic values as JSON values, strings never null.
 */
import type { KqlColumn } from './columns';

export function normalizeCell(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return type === 'string' ? '' : null;
  switch (type) {
    case 'datetime': {
      const d = value instanceof Date ? value : new Date(String(value));
      return Number.isNaN(d.getTime()) ? null : d.toISOString();
    }
    case 'long':
    case 'int':
    case 'real':
    case 'decimal':
      return typeof value === 'number' ? value : Number(value);
    case 'bool':
      return value === true || value === 'true' || value === 'True' || value === 1;
    case 'dynamic':
      if (typeof value === 'string') {
        try {
          return JSON.parse(value) as unknown;
        } catch {
          return value;
        }
      }
      return value;
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

export function normalizeRows(columns: readonly KqlColumn[], rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map((row) => columns.map((c, i) => normalizeCell(row[i], c.type)));
}
