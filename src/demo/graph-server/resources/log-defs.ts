import type { CollectionDef } from './collection-def';
import { defineCollection, same } from './define';

/**
 * `/auditLogs/signIns`: 1,000 a page (also the `$top` maximum), newest first. Takes `$filter`,
 * `$top`, `$skiptoken` and `$orderby` on createdDateTime — not `$select`, `$count`, `$search`.
 * Filterable properties as the signIn resource documents them; `ne` on `status/errorCode` as
 * widely used against the service.
 */
export const signInsDef: CollectionDef = defineCollection({
  entityType: 'signIn',
  pageSize: 1000,
  maxTop: 1000,
  count: 'none',
  rejectedOptions: ['$select', '$expand', '$count', '$search'],
  filter: {
    properties: {
      createdDateTime: 'eq ge le gt lt',
      ...same('eq startsWith', [
        'userPrincipalName', 'userDisplayName', 'appDisplayName', 'ipAddress', 'location/city', 'location/state',
        'location/countryOrRegion', 'deviceDetail/browser', 'deviceDetail/operatingSystem',
        // beta only (v1.0 signIn has no such property; strict mode refuses it there from the capability table)
        'authenticationRequirement',
      ]),
      ...same('eq', [
        'id', 'userId', 'appId', 'resourceId', 'resourceDisplayName', 'correlationId', 'clientAppUsed',
        'conditionalAccessStatus', 'riskDetail', 'riskLevelAggregated', 'riskLevelDuringSignIn', 'riskState',
      ]),
      'status/errorCode': 'eq ne',
      riskEventTypes_v2: 'any eq startsWith',
    },
    not: 'never',
  },
  orderBy: { basic: ['createdDateTime'], advanced: [] },
  defaultOrder: [{ property: 'createdDateTime', desc: true }],
});

/** `/auditLogs/directoryAudits`: newest first. */
export const directoryAuditsDef: CollectionDef = defineCollection({
  entityType: 'directoryAudit',
  pageSize: 1000,
  maxTop: 1000,
  count: 'none',
  filter: {
    properties: {
      activityDateTime: 'eq ge le gt lt',
      ...same('eq startsWith', [
        'activityDisplayName', 'initiatedBy/user/displayName', 'initiatedBy/user/userPrincipalName',
        'initiatedBy/app/displayName',
      ]),
      ...same('any eq startsWith', ['targetResources/displayName', 'targetResources/userPrincipalName']),
      ...same('eq', [
        'id', 'category', 'correlationId', 'loggedByService', 'result', 'operationType', 'initiatedBy/user/id',
        'initiatedBy/app/appId', 'initiatedBy/app/servicePrincipalId',
      ]),
      ...same('any eq startsWith', ['targetResources/id', 'targetResources/type']),
    },
    not: 'always',
  },
  orderBy: { basic: ['activityDateTime'], advanced: [] },
  defaultOrder: [{ property: 'activityDateTime', desc: true }],
});
