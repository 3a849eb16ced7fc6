import type { CollectionDef } from './collection-def';
import { defineCollection, same } from './define';

/** `/organization`: one object; no `$filter` but on id, no `$orderby`. */
export const organizationDef: CollectionDef = defineCollection({
  pageSize: 100, maxTop: 999, count: 'none', entityType: 'organization',
  filter: { properties: { ...same('eq', ['id']) }, not: 'always' },
  orderBy: { basic: [], advanced: [] },
});

/** `/domains`: the tenant's domains. */
export const domainsDef: CollectionDef = defineCollection({
  pageSize: 100, maxTop: 999, count: 'none', entityType: 'domain',
  filter: { properties: { ...same('eq ne', ['id', 'isVerified', 'isDefault', 'isInitial', 'authenticationType']) }, not: 'always' },
  orderBy: { basic: ['id'], advanced: [] },
});
