import { graphPath, segment } from '../../planning/graph-path';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { requireRef } from '../../planning/require';

export const USER_DETAIL_SELECT = [
  'id', 'displayName', 'userPrincipalName', 'mail', 'givenName', 'surname', 'jobTitle', 'department',
  'officeLocation', 'city', 'country', 'accountEnabled', 'userType', 'createdDateTime',
  'lastPasswordChangeDateTime', 'onPremisesSyncEnabled', 'signInActivity',
].join(',');

export function planUserDetails(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  const base = `/users/${segment(user.id)}`;
  return {
    queries: [
      { source: 'graph', reads: ['directory', 'account', 'accountState'], id: 'user', method: 'GET', path: graphPath(base, { $select: USER_DETAIL_SELECT }) },
      { source: 'graph', reads: ['directory'], id: 'manager', method: 'GET', path: graphPath(`${base}/manager`, { $select: 'id,displayName,userPrincipalName,jobTitle' }), allowNotFound: true },
    ],
  };
}

const GROUP_SELECT = 'id,displayName,groupTypes,securityEnabled,mailEnabled,membershipRule,isAssignableToRole';

export function planUserGroups(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  const base = `/users/${segment(user.id)}`;
  return {
    queries: [
      { source: 'graph', reads: ['directory'], id: 'transitive', method: 'GET', path: graphPath(`${base}/transitiveMemberOf/microsoft.graph.group`, { $select: GROUP_SELECT, $top: 999, $count: 'true' }), maxRows: 5000, headers: { ConsistencyLevel: 'eventual' } },
      { source: 'graph', reads: ['directory'], id: 'direct', method: 'GET', path: graphPath(`${base}/memberOf/microsoft.graph.group`, { $select: 'id', $top: 999 }), maxRows: 5000 },
    ],
  };
}
