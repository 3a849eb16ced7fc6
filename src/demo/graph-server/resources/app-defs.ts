import type { CollectionDef } from './collection-def';
import { defineCollection, same } from './define';

/** `/servicePrincipals/{id}/appRoleAssignedTo`, `/users/{id}/appRoleAssignments`, … */
export const appRoleAssignmentsDef: CollectionDef = defineCollection({
  entityType: 'appRoleAssignment',
  dialect: 'directory',
  count: 'eventual',
  advancedQueries: true,
  filter: {
    properties: {
      ...same('eq in | ne', ['principalId', 'resourceId', 'appRoleId', 'id', 'principalType']),
      ...same('eq startsWith | ne', ['principalDisplayName', 'resourceDisplayName']),
      createdDateTime: 'eq ge le | ne',
    },
    not: 'advanced',
  },
  orderBy: { basic: [], advanced: ['principalDisplayName', 'createdDateTime'] },
});

/** `/oauth2PermissionGrants` (delegated permission grants). */
export const oauth2PermissionGrantsDef: CollectionDef = defineCollection({
  entityType: 'oAuth2PermissionGrant',
  dialect: 'directory',
  count: 'none',
  filter: { properties: same('eq', ['clientId', 'consentType', 'principalId', 'resourceId', 'id']), not: 'never' },
});

/** `/users/{id}/authentication/methods`: no query options beyond `$select`. */
export const authenticationMethodsDef: CollectionDef = defineCollection({
  entityType: 'authenticationMethod',
  count: 'none',
  filter: { properties: {}, not: 'never' },
});
