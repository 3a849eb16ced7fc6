import { odataSearch } from '../../sources/graph/odata';
import { graphPath } from '../../planning/graph-path';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { get } from '../../planning/graph-get';
import type { GroupType } from '../../understanding/intent';

export const GROUPS_SEARCH_LIMIT = 5000;

/**
 * Each kind of group as a `$filter` Graph documents for `/groups` (group resource: groupTypes
 * `any` eq; securityEnabled, mailEnabled, isAssignableToRole eq). "Security" also leaves out
 * Microsoft 365 groups that are security-enabled, in the answer (`not` on groupTypes would be
 * an advanced query).
 */
export const GROUP_TYPE_FILTER: Readonly<Record<GroupType, string>> = {
  security: 'securityEnabled eq true',
  microsoft365: "groupTypes/any(c:c eq 'Unified')",
  dynamic: "groupTypes/any(c:c eq 'DynamicMembership')",
  mailEnabled: 'mailEnabled eq true',
  roleAssignable: 'isAssignableToRole eq true',
};

const SELECT = 'id,displayName,description,groupTypes,securityEnabled,mailEnabled,membershipRule,isAssignableToRole,createdDateTime';

/**
 * groups.search: groups of a kind, whose name contains words, created within a window. The kind
 * is a `$filter`; words in the name are a `$search` on displayName (Graph's `contains` is not
 * supported; `$search` matches words and needs `ConsistencyLevel: eventual` and `$count`); the
 * creation date is applied to the returned groups — the group page documents no createdDateTime
 * filter, so Graph refuses it.
 */
export function planGroupsSearch(ctx: PlanContext): QueryPlan {
  const { groupType, nameContains } = ctx.intent.slots;
  const search = nameContains !== undefined && nameContains.trim() !== '' ? odataSearch('displayName', nameContains.trim()) : undefined;
  return {
    queries: [get('groups', graphPath('/groups', {
      $filter: groupType ? GROUP_TYPE_FILTER[groupType] : undefined,
      $search: search,
      $count: search !== undefined ? true : undefined,
      $select: SELECT, $top: 999,
    }), { maxRows: GROUPS_SEARCH_LIMIT, eventual: search !== undefined, reads: ['directory'] })],
    ...(ctx.intent.slots.createdWithin ? { sourceNote: 'Graph cannot filter groups by creation date, so the creation date is applied to the groups it returned.' } : {}),
  };
}
