import { odataString } from '../sources/graph/odata';
import { graphPath } from './graph-path';
import { chunks, get } from './graph-get';

/** The app role id of "default access" (an assignment to an app that defines no roles). */
export const DEFAULT_APP_ROLE_ID = '00000000-0000-0000-0000-000000000000';

/** Whether an assignment's appRoleId is default access, which needs no role name from the resource app. */
export function isDefaultAppRole(appRoleId: unknown): boolean {
  return appRoleId === undefined || appRoleId === null || appRoleId === '' || appRoleId === DEFAULT_APP_ROLE_ID;
}

/** Service principals by id (for app role names), 15 ids per request. */
export function resourceRequests(ids: readonly string[], select = 'id,appId,displayName,appRoles'): ReturnType<typeof get>[] {
  return chunks(ids).map((part, i) => get(`resources${i}`, graphPath('/servicePrincipals', {
    $filter: `id in (${part.map(odataString).join(',')})`, $select: select,
  }), { maxRows: 100, reads: ['directory'], shared: true }));
}
