import type { CollectionDef } from './collection-def';
import { defineCollection, same } from './define';

const EQ_START = 'eq ne startsWith';

/** `/auditLogs/signIns`: 1,000 a page, newest first. */
export const signInsDef: CollectionDef = defineCollection({
  entityType: 'signIn',
  pageSize: 1000,
  maxTop: 1000,
  count: 'none',
  filter: {
    properties: {
      createdDateTime: 'eq ge le gt lt',
      ...same(EQ_START, [
        'userPrincipalName', 'userDisplayName', 'appDisplayName', 'ipAddress', 'resourceDisplayName',
        'location/city', 'location/state', 'location/countryOrRegion', 'deviceDetail/browser',
        'deviceDetail/operatingSystem', 'deviceDetail/displayName', 'status/failureReason',
      ]),
      ...same('eq ne in', [
        'id', 'userId', 'appId', 'resourceId', 'correlationId', 'clientAppUsed', 'conditionalAccessStatus',
        'isInteractive', 'riskDetail', 'riskLevelAggregated', 'riskLevelDuringSignIn', 'riskState',
        'status/errorCode', 'deviceDetail/deviceId', 'deviceDetail/isCompliant', 'deviceDetail/isManaged',
        'deviceDetail/trustType', 'userType', 'authenticationRequirement', 'crossTenantAccessType',
      ]),
      ...same('any eq', ['riskEventTypes_v2', 'riskEventTypes', 'appliedConditionalAccessPolicies/result', 'appliedConditionalAccessPolicies/displayName']),
    },
    not: 'always',
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
      ...same(EQ_START, [
        'activityDisplayName', 'initiatedBy/user/displayName', 'initiatedBy/user/userPrincipalName',
        'initiatedBy/app/displayName',
      ]),
      ...same('any eq startsWith', ['targetResources/displayName', 'targetResources/userPrincipalName']),
      ...same('eq ne in', [
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
