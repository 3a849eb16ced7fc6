import type { GraphObject, TenantModel } from '../../model';
import type { CollectionDef } from '../resources/collection-def';
import type { DataContext } from '../data/data-context';
import { runMemoryQuery } from '../resources/collection-query';
import type { EntitySet, Navigation } from './route-types';

type Table = {
  [K in keyof TenantModel]: TenantModel[K] extends readonly GraphObject[] ? K : never;
}[keyof TenantModel];

/** An entity set over one collection of the model, queried in memory. */
export function memorySet(
  def: CollectionDef,
  contextName: string,
  table: Table,
  navigations: Readonly<Record<string, Navigation>> = {},
  findOther?: (ctx: DataContext, key: string) => GraphObject | undefined,
): EntitySet {
  return {
    kind: 'set',
    def,
    contextName,
    navigations,
    list: (ctx, q, page) => runMemoryQuery(ctx.index.model[table], def, q, ctx, page),
    find: (ctx, key) => ctx.index.table(table).get(key) ?? findOther?.(ctx, key),
  };
}

/** An entity set over rows computed from the data (e.g. `/directoryRoles`). */
export function computedSet(
  def: CollectionDef,
  contextName: string,
  rows: (ctx: DataContext) => readonly GraphObject[],
  navigations: Readonly<Record<string, Navigation>> = {},
): EntitySet {
  return {
    kind: 'set',
    def,
    contextName,
    navigations,
    list: (ctx, q, page) => runMemoryQuery(rows(ctx), def, q, ctx, page),
    find: (ctx, key) => rows(ctx).find((r) => r.id === key),
  };
}

/** A navigation over rows computed from the parent entity. */
export function navCollection(
  def: CollectionDef,
  contextName: string,
  rows: (ctx: DataContext, parent: GraphObject) => readonly GraphObject[],
  castable = false,
): Navigation {
  return { kind: 'collection', def, contextName, rows, castable };
}
