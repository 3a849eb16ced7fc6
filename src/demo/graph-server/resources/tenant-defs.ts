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

/** `/subscribedSkus`: the tenant's subscriptions; `$select` only (no `$filter`, `$top`, `$count`). */
export const subscribedSkusDef: CollectionDef = defineCollection({
  pageSize: 100, maxTop: 999, count: 'none', entityType: 'subscribedSku',
  filter: { properties: {}, not: 'never' },
  orderBy: { basic: [], advanced: [] },
});

/** `/users/{id}/licenseDetails`: the licences a user holds (direct and through groups). */
export const licenseDetailsDef: CollectionDef = defineCollection({
  pageSize: 100, maxTop: 999, count: 'none', entityType: 'licenseDetails',
  filter: { properties: {}, not: 'never' },
  orderBy: { basic: [], advanced: [] },
});
