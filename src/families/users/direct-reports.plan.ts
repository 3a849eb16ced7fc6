import { graphPath, segment } from '../../planning/graph-path';
import { get } from '../../planning/graph-get';
import type { PlanContext } from '../../planning/entities';
import { requireRef } from '../../planning/require';
import type { QueryPlan } from '../../planning/query-plan';

export const REPORTS_SELECT = 'id,displayName,userPrincipalName,jobTitle,department';
/** Rows read for "everyone under" (the whole directory with each person's manager). */
export const PEOPLE_LIMIT = 20_000;

/**
 * user.directReports: the person's direct reports (`/users/{id}/directReports`). Graph does not
 * give the chain below them ("This API doesn't support getting the direct report chain beyond the
 * specified user's direct reports"), so "everyone under Megan" reads every user with their manager
 * (`$expand=manager($select=id)`) and the answer walks the tree down from the person.
 */
export function planDirectReports(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  if (ctx.intent.slots.transitive === true) {
    return {
      queries: [get('people', graphPath('/users', { $select: REPORTS_SELECT, $expand: 'manager($select=id)', $top: 999 }), { maxRows: PEOPLE_LIMIT, reads: ['directory'] })],
    };
  }
  return {
    queries: [get('reports', graphPath(`/users/${segment(user.id)}/directReports`, { $select: REPORTS_SELECT, $top: 999 }), { maxRows: 1000, reads: ['directory'] })],
  };
}
