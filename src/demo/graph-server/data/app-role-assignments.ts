import type { GraphObject } from '../../model';
import type { DataContext } from './data-context';

/** App role assignments whose `field` (principalId, resourceId) is the object's id. */
export const assignmentsBy = (field: 'principalId' | 'resourceId') => (ctx: DataContext, p: GraphObject): readonly GraphObject[] =>
  ctx.index.model.appRoleAssignments.filter((a) => a[field] === p.id);

/**
 * A user's `appRoleAssignments`: the user's own assignments and those of the groups the user is a
 * direct member of. Microsoft (List appRoleAssignments granted to a user): "This operation also
 * returns app role assignments granted to groups that the user is a direct member of." The same
 * relationship when expanded (`/users?$expand=appRoleAssignments`), at most 20 of it.
 */
export function userAppRoleAssignments(ctx: DataContext, p: GraphObject): readonly GraphObject[] {
  const groups = new Set((ctx.index.memberOf.get(p.id) ?? []).filter((id) => ctx.index.objects.get(id)?.type === 'group'));
  const own = ctx.index.model.appRoleAssignments.filter((a) => a['principalId'] === p.id);
  return [...own, ...ctx.index.model.appRoleAssignments.filter((a) => groups.has(String(a['principalId'])))];
}
