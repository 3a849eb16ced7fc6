import type { GraphObject } from '../../model';
import type { OrderKey } from './query-options';

/** Keeps only the selected properties (and `@odata.*` annotations), as `$select` does. */
export function selectProperties(row: Readonly<Record<string, unknown>>, select: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(row)) if (k.startsWith('@odata.')) out[k] = row[k];
  for (const p of select) if (p !== '*') out[p] = p in row ? row[p] : null;
  if (select.includes('*')) return { ...row };
  return out;
}

function get(row: Readonly<Record<string, unknown>>, path: string): unknown {
  let cur: unknown = row;
  for (const seg of path.split('/')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A stable sort by `$orderby` keys (nulls last, strings case-insensitively). */
export function sortRows<T extends GraphObject>(rows: readonly T[], keys: readonly OrderKey[]): T[] {
  return [...rows].sort((r1, r2) => {
    for (const k of keys) {
      const c = compare(get(r1, k.property), get(r2, k.property));
      if (c !== 0) return k.desc ? -c : c;
    }
    return 0;
  });
}
