import type { GraphObject, TenantModel } from '../../model';
import type { DataContext } from '../data/data-context';
import type { Expander } from './collection-def';

/** The id a row points at through `name` — `{name}Id`, or `{name}.id` when embedded. */
export function refId(row: GraphObject, name: string): string | undefined {
  const flat = row[`${name}Id`];
  if (typeof flat === 'string') return flat;
  const nested = row[name];
  if (nested !== null && typeof nested === 'object') {
    const id = (nested as { id?: unknown; objectId?: unknown }).id ?? (nested as { objectId?: unknown }).objectId;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

type Table = {
  [K in keyof TenantModel]: TenantModel[K] extends readonly GraphObject[] ? K : never;
}[keyof TenantModel];

/** Expands a reference into one row of a model table (`roleDefinition`, `catalog`, `accessPackage`). */
export const toOne = (name: string, table: Table): Expander => (row, ctx) => {
  const id = refId(row, name);
  return id === undefined ? null : (ctx.index.table(table).get(id) ?? null);
};

/** Expands a reference into a typed directory object (`principal`, `requestor`), else the embedded value. */
export const toDirectoryObject = (name: string): Expander => (row, ctx: DataContext) => {
  const id = refId(row, name);
  const hit = id === undefined ? undefined : ctx.index.typed([id])[0];
  if (hit) return hit;
  const embedded = row[name];
  return embedded !== null && typeof embedded === 'object' ? ({ id: id ?? '', ...(embedded as object) } as GraphObject) : null;
};

/**
 * Expands a complex value stored on the row as it is: an `accessPackageSubject` (`target`,
 * `requestor`) is its own entity in Graph (id, objectId, principalName, subjectType,
 * connectedOrganization), not the directory user it stands for.
 */
export const embedded = (name: string): Expander => (row) => {
  const value = row[name];
  return value !== null && typeof value === 'object' ? (value as GraphObject) : null;
};

/** Expands the rows of `table` that point back at this row through `name`. */
export const toMany = (table: Table, name: string): Expander => (row, ctx) =>
  ctx.index.model[table].filter((r) => refId(r, name) === row.id);
