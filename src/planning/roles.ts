import { odataString } from '../sources/graph/odata';
import { graphPath } from './graph-path';
import type { GraphRequest } from './query-plan';
import { get } from './graph-get';

export const ROLE_ASSIGNMENTS = '/roleManagement/directory/roleAssignments';
export const ROLE_ELIGIBILITIES = '/roleManagement/directory/roleEligibilitySchedules';
/** Plain `$expand`: the PIM schedule APIs reject a nested `$select` (InvalidFilter). */
export const ROLE_DEFINITION_EXPAND = 'roleDefinition';

/**
 * Active role assignments and PIM eligibilities of one principal (user, group or service
 * principal), with the role definition expanded. Both collections filter on `principalId eq`.
 */
export function principalRoleRequests(principalId: string, prefix = ''): GraphRequest[] {
  const filter = `principalId eq ${odataString(principalId)}`;
  return [
    get(`${prefix}active`, graphPath(ROLE_ASSIGNMENTS, { $filter: filter, $expand: ROLE_DEFINITION_EXPAND }), { maxRows: 500, reads: ['roleAssignments'] }),
    get(`${prefix}eligible`, graphPath(ROLE_ELIGIBILITIES, { $filter: filter, $expand: ROLE_DEFINITION_EXPAND }), { maxRows: 500, reads: ['roleAssignments'] }),
  ];
}
