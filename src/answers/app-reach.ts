import type { Cell } from './answer';
import type { Row } from './answer-input';
import { formatDateTime, str } from './format';
import { appRoleName } from './answer-kit';

/** One app a principal reaches, through which role and which assignment. */
export interface Reach { readonly app: string; readonly role: string; readonly via: string; readonly since: Cell }

export function reachOf(a: Row, resources: Map<string, Row>, via: string): Reach {
  return {
    app: str(a.resourceDisplayName) || str(resources.get(str(a.resourceId))?.displayName) || str(a.resourceId),
    role: appRoleName(resources.get(str(a.resourceId)), a.appRoleId), via, since: formatDateTime(a.createdDateTime),
  };
}

export const REACH_COLUMNS = [['app', 'App'], ['role', 'Role'], ['via', 'Access through'], ['since', 'Assigned']] as const;
