import type { Answer } from '../../answers/answer';
import { delegatedOnlyAnswer } from '../../answers/delegated-only';
import { graphPath, segment } from '../../planning/graph-path';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { distinct, get } from '../../planning/graph-get';
import { requireRef } from '../../planning/require';
import { principalRoleRequests } from '../../planning/roles';
import { resourceRequests } from '../../planning/app-roles';

const GROUP_DETAIL_SELECT = [
  'id', 'displayName', 'description', 'groupTypes', 'securityEnabled', 'mailEnabled', 'mail', 'membershipRule',
  'membershipRuleProcessingState', 'isAssignableToRole', 'visibility', 'createdDateTime', 'onPremisesSyncEnabled',
].join(',');

/** A count of a group relationship: `$count=true` with `ConsistencyLevel: eventual`, one row. */
function countOf(id: string, path: string) {
  return get(id, graphPath(path, { $count: true, $select: 'id', $top: 1 }), { eventual: true, reads: ['directory'] });
}

export function planGroupDetails(ctx: PlanContext): QueryPlan {
  const group = requireRef(ctx, 'group');
  const base = `/groups/${segment(group.id)}`;
  return {
    queries: [
      get('group', graphPath(base, { $select: GROUP_DETAIL_SELECT }), { reads: ['directory'] }),
      countOf('owners', `${base}/owners`),
      countOf('members', `${base}/members`),
      countOf('transitive', `${base}/transitiveMembers`),
    ],
  };
}

export function planGroupRoles(ctx: PlanContext): QueryPlan {
  const group = requireRef(ctx, 'group');
  return { queries: principalRoleRequests(group.id) };
}


export function planGroupApps(ctx: PlanContext): QueryPlan {
  const group = requireRef(ctx, 'group');
  return {
    queries: [get('assignments', graphPath(`/groups/${segment(group.id)}/appRoleAssignments`, { $top: 999 }), { maxRows: 2000, reads: ['directory'] })],
  };
}

/** Second round of group.apps: the resource apps, for the names of the app roles. */
export function nextGroupApps(input: AnswerInput): QueryPlan | undefined {
  return { queries: resourceRequests(distinct(graphRows(input, 'assignments').map((a) => a.resourceId))) };
}

/** App-only mode: List ownedObjects is delegated only, so groups.ownedBy says so instead of asking. */
export function refuseGroupsOwnedBy(ctx: PlanContext): Answer | undefined {
  return delegatedOnlyAnswer(ctx, {
    what: `the groups ${ctx.resolved.user?.displayName ?? 'a person'} owns`, apis: ['List ownedObjects'],
    links: [{ title: 'List ownedObjects (Microsoft Graph)', url: 'https://learn.microsoft.com/graph/api/user-list-ownedobjects' }],
    followUps: ['Which groups have no owners?'],
  });
}

export function planGroupsOwnedBy(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  return {
    queries: [get('groups', graphPath(`/users/${segment(user.id)}/ownedObjects/microsoft.graph.group`, {
      $select: 'id,displayName,groupTypes,securityEnabled,mailEnabled,membershipRule,isAssignableToRole,createdDateTime', $top: 999,
    }), { maxRows: 5000, reads: ['directory'] })],
  };
}

export const OWNERLESS_GROUP_LIMIT = 20_000;

/**
 * groups.ownerless: every group with its owners expanded (Graph returns up to 20 expanded
 * owners, enough to compare with a small `maxOwners`), 100 groups a page: one request per 100
 * groups instead of one per group.
 */
export function planGroupsOwnerless(_ctx: PlanContext): QueryPlan {
  return {
    queries: [get('groups', graphPath('/groups', {
      $select: 'id,displayName,groupTypes,securityEnabled,mailEnabled,membershipRule,createdDateTime',
      $expand: 'owners($select=id,displayName,userPrincipalName)', $top: 100,
    }), { maxRows: OWNERLESS_GROUP_LIMIT, reads: ['directory'] })],
  };
}
