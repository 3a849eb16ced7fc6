import type { CollectionDef } from './collection-def';
import { defineCollection, same } from './define';

/** `/reports/authenticationMethods/userRegistrationDetails` */
export const userRegistrationDetailsDef: CollectionDef = defineCollection({
  entityType: 'userRegistrationDetails',
  pageSize: 1000,
  maxTop: 1000,
  count: 'always',
  filter: {
    properties: {
      ...same('eq ne in', [
        'id', 'isAdmin', 'isMfaCapable', 'isMfaRegistered', 'isPasswordlessCapable', 'isSsprCapable', 'isSsprEnabled',
        'isSsprRegistered', 'isSystemPreferredAuthenticationMethodEnabled', 'userType', 'defaultMfaMethod',
        'userPreferredMethodForSecondaryAuthentication',
      ]),
      ...same('eq ne startsWith', ['userPrincipalName', 'userDisplayName']),
      lastUpdatedDateTime: 'eq ge le gt lt',
      ...same('any eq', ['methodsRegistered', 'systemPreferredAuthenticationMethods']),
    },
    not: 'always',
  },
  orderBy: { basic: ['userPrincipalName', 'userDisplayName', 'lastUpdatedDateTime'], advanced: [] },
});

/** beta `/reports/servicePrincipalSignInActivities` (last sign-in of each app, as client or resource). */
export const servicePrincipalSignInActivitiesDef: CollectionDef = defineCollection({
  entityType: 'servicePrincipalSignInActivity',
  pageSize: 1000,
  maxTop: 1000,
  count: 'none',
  filter: {
    properties: {
      ...same('eq ne in', ['id', 'appId']),
      'lastSignInActivity/lastSignInDateTime': 'eq ge le gt lt',
    },
    not: 'always',
  },
  orderBy: { basic: ['appId', 'lastSignInActivity/lastSignInDateTime'], advanced: [] },
});
