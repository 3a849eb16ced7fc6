import { graphPath } from '../../planning/graph-path';
import { get } from '../../planning/graph-get';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';

export const DELETED_SELECT = 'id,displayName,userPrincipalName,mail,jobTitle,department,deletedDateTime';
export const DELETED_LIMIT = 5000;

/**
 * users.deleted: the users in the directory's deleted items (`/directory/deletedItems/microsoft.graph.user`),
 * which Graph keeps for 30 days after a deletion. A window and a name narrow them in the answer: a
 * deleted user is not in `/users`, so the name is not resolved against the directory, and the
 * page documents no `$filter` on `deletedDateTime`.
 */
export function planDeletedUsers(_ctx: PlanContext): QueryPlan {
  return {
    queries: [get('deleted', graphPath('/directory/deletedItems/microsoft.graph.user', { $select: DELETED_SELECT, $top: 999 }), { maxRows: DELETED_LIMIT, reads: ['directory'] })],
    sourceNote: 'Microsoft Graph deleted items: deleted users can be restored for 30 days, then they are deleted permanently and no longer listed.',
  };
}
