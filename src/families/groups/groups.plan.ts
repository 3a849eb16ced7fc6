import { graphPath, segment } from '../../planning/graph-path';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { requireRef } from '../../planning/require';

const PERSON_SELECT = 'id,displayName,userPrincipalName,jobTitle,department,mail';

export function planGroupOwners(ctx: PlanContext): QueryPlan {
  const group = requireRef(ctx, 'group');
  return {
    queries: [
      { source: 'graph', reads: ['directory'], id: 'owners', method: 'GET', path: graphPath(`/groups/${segment(group.id)}/owners`, { $select: PERSON_SELECT, $top: 999 }), maxRows: 5000 },
    ],
  };
}

export function planGroupMembers(ctx: PlanContext): QueryPlan {
  const group = requireRef(ctx, 'group');
  const base = `/groups/${segment(group.id)}`;
  return {
    queries: [
      { source: 'graph', reads: ['directory', 'accountState'], id: 'transitive', method: 'GET', path: graphPath(`${base}/transitiveMembers`, { $select: `${PERSON_SELECT},accountEnabled,userType`, $top: 999 }), maxRows: 20_000 },
      { source: 'graph', reads: ['directory'], id: 'direct', method: 'GET', path: graphPath(`${base}/members`, { $select: 'id', $top: 999 }), maxRows: 20_000 },
    ],
  };
}
