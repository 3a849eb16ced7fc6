import type { CollectionDef } from './collection-def';
import { defineCollection, same } from './define';

const RISK = 'eq ne in';
const TEXT = 'eq ne startsWith';
const DATE = 'eq ge le gt lt';

/** `/identityProtection/riskyUsers` (and `/{id}/history`). */
export const riskyUsersDef: CollectionDef = defineCollection({
  entityType: 'riskyUser',
  pageSize: 500,
  maxTop: 500,
  count: 'always',
  filter: {
    properties: {
      ...same(RISK, ['id', 'riskLevel', 'riskState', 'riskDetail', 'isDeleted', 'isProcessing', 'userId']),
      ...same(TEXT, ['userPrincipalName', 'userDisplayName']),
      riskLastUpdatedDateTime: DATE,
    },
    not: 'always',
  },
  orderBy: { basic: ['riskLastUpdatedDateTime', 'userDisplayName', 'userPrincipalName', 'riskLevel'], advanced: [] },
});

/** `/identityProtection/riskyUsers/{id}/history` */
export const riskyUserHistoryDef: CollectionDef = defineCollection({ ...riskyUsersDef, entityType: 'riskyUserHistoryItem' });

/** `/identityProtection/riskDetections` */
export const riskDetectionsDef: CollectionDef = defineCollection({
  entityType: 'riskDetection',
  pageSize: 500,
  maxTop: 500,
  count: 'always',
  filter: {
    properties: {
      ...same(RISK, [
        'id', 'requestId', 'correlationId', 'riskEventType', 'riskType', 'riskLevel', 'riskState', 'riskDetail',
        'source', 'detectionTimingType', 'activity', 'tokenIssuerType', 'userId', 'ipAddress',
      ]),
      ...same(TEXT, ['userPrincipalName', 'userDisplayName', 'location/city', 'location/countryOrRegion']),
      ...same(DATE, ['detectedDateTime', 'activityDateTime', 'lastUpdatedDateTime']),
    },
    not: 'always',
  },
  orderBy: { basic: ['detectedDateTime', 'activityDateTime', 'lastUpdatedDateTime', 'riskLevel'], advanced: [] },
});

/** `/identityProtection/riskyServicePrincipals` */
export const riskyServicePrincipalsDef: CollectionDef = defineCollection({
  entityType: 'riskyServicePrincipal',
  pageSize: 500,
  maxTop: 500,
  count: 'always',
  filter: {
    properties: {
      ...same(RISK, ['id', 'appId', 'riskLevel', 'riskState', 'riskDetail', 'servicePrincipalType', 'isEnabled', 'isProcessing']),
      displayName: TEXT,
      riskLastUpdatedDateTime: DATE,
    },
    not: 'always',
  },
  orderBy: { basic: ['riskLastUpdatedDateTime', 'displayName', 'riskLevel'], advanced: [] },
});
