import type { CollectionDef } from './collection-def';
import { defineCollection, same } from './define';

/**
 * `/identity/conditionalAccess/policies`: the service filters on id, state and displayName and
 * returns every policy on one page (a tenant has at most a few hundred).
 */
export const conditionalAccessPoliciesDef: CollectionDef = defineCollection({
  pageSize: 999,
  maxTop: 999,
  count: 'none',
  entityType: 'conditionalAccessPolicy',
  filter: {
    properties: { ...same('eq ne in', ['id', 'state']), displayName: 'eq ne startsWith' },
    not: 'always',
  },
  orderBy: { basic: ['displayName', 'createdDateTime', 'modifiedDateTime'], advanced: [] },
});
