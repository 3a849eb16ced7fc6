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
