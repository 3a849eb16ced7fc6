/** Documented facts for the log, report and identity-protection APIs the product calls. */
import type { DocumentedApi } from './documented-types';
import { AUDIT_READ, CONTRIB, LEARN, same } from './documented-kit';

export const LOG_APIS: readonly DocumentedApi[] = [
  // ── sign-ins and audit ─────────────────────────────────────────────────
  {
    id: 'signin-list', method: 'GET', path: '/auditLogs/signIns', version: 'v1.0', doc: 'signin-list', resourceDoc: 'signin', entityType: 'signIn', collection: true,
    queryParameters: ['$filter', '$top', '$skiptoken', '$orderby'],
    filter: {
      createdDateTime: 'eq ge le',
      ...same('eq startsWith', ['userPrincipalName', 'userDisplayName', 'appDisplayName', 'ipAddress', 'location/city', 'location/state', 'location/countryOrRegion', 'deviceDetail/browser', 'deviceDetail/operatingSystem']),
      ...same('eq', ['id', 'userId', 'appId', 'resourceId', 'resourceDisplayName', 'correlationId', 'clientAppUsed', 'conditionalAccessStatus', 'isInteractive', 'riskDetail', 'riskLevelAggregated', 'riskLevelDuringSignIn', 'riskState', 'status/errorCode']),
      riskEventTypes_v2: 'any eq startsWith',
    },
    not: 'never', orderBy: { basic: ['createdDateTime'], advanced: [] }, pageSize: 1000, topMax: 1000,
    permissions: { delegated: ['AuditLog.Read.All', 'Directory.Read.All'], application: ['AuditLog.Read.All', 'Directory.Read.All'] },
    propertyPermissions: { appliedConditionalAccessPolicies: { delegated: ['Policy.Read.ConditionalAccess', 'Policy.Read.All'], application: ['Policy.Read.ConditionalAccess', 'Policy.Read.All'] } },
    undocumentedButKept: [{
      what: "status/errorCode ne 0", reason: "The signIn resource documents only eq on status/errorCode, but 'ne 0' (failed sign-ins) is the shape Microsoft's own portal samples and most scripts use, and Graph answers it.",
      fallback: "Filter the time window (and user/app) only and keep errorCode != 0 client-side.",
    }],
    notes: [
      "Page size and $top maximum 1,000; newest first. The page lists $top, $skiptoken and $filter; createdDateTime 'Supports $orderby'.",
      'mfaDetail, authenticationRequirement, authenticationDetails and signInEventTypes are beta-only properties of signIn.',
      'Reading appliedConditionalAccessPolicies needs a Conditional Access read permission besides AuditLog.Read.All (signins-roles-for-ca-data include).',
      'Older versions of the page (2020) required AuditLog.Read.All and Directory.Read.All together (a known issue); the current page lists AuditLog.Read.All as least privileged and Directory.Read.All as higher.',
      'appliedConditionalAccessPolicies: "returned only for callers with privileges to read conditional access data" (appliedConditionalAccessPolicy resource); the exact permission list is on the page it links to and was not read here: Policy.Read.ConditionalAccess assumed as least privileged (ambiguous).',
    ],
    sources: [LEARN('signin-get'), CONTRIB('00e146a92755a19260d07a735eee6e9df034f45f', 'v1.0/api/signin-list.md'), 'learn.microsoft.com/graph/api/resources/appliedconditionalaccesspolicy (2026-12-06)', 'github.com/microsoftgraph/microsoft-graph-docs/issues/7340 (status/errorCode: eq only)'],
  },
  {
    // The beta page documents the same query support; beta signIn has mfaDetail and authenticationRequirement (riskyUser.signIns / summary read them).
    id: 'signin-list-beta', method: 'GET', path: '/auditLogs/signIns', version: 'beta', doc: 'signin-list', resourceDoc: 'signin', entityType: 'signIn', collection: true,
    queryParameters: ['$filter', '$top', '$skiptoken', '$orderby'],
    filter: {
      createdDateTime: 'eq ge le',
      ...same('eq startsWith', ['userPrincipalName', 'userDisplayName', 'appDisplayName', 'ipAddress', 'location/city', 'location/state', 'location/countryOrRegion', 'deviceDetail/browser', 'deviceDetail/operatingSystem']),
      ...same('eq', ['id', 'userId', 'appId', 'resourceId', 'resourceDisplayName', 'correlationId', 'clientAppUsed', 'conditionalAccessStatus', 'isInteractive', 'riskDetail', 'riskLevelAggregated', 'riskLevelDuringSignIn', 'riskState', 'status/errorCode']),
      riskEventTypes_v2: 'any eq startsWith',
      authenticationRequirement: 'eq startsWith',
    },
    not: 'never', orderBy: { basic: ['createdDateTime'], advanced: [] }, pageSize: 1000, topMax: 1000,
    permissions: { delegated: ['AuditLog.Read.All', 'Directory.Read.All'], application: ['AuditLog.Read.All', 'Directory.Read.All'] },
    propertyPermissions: { appliedConditionalAccessPolicies: { delegated: ['Policy.Read.ConditionalAccess', 'Policy.Read.All'], application: ['Policy.Read.ConditionalAccess', 'Policy.Read.All'] } },
    notes: [
      'Beta (subject to change): used only where the answer needs mfaDetail / authenticationRequirement, which v1.0 signIn lacks; the answer says so.',
      "The beta signIn resource: authenticationRequirement 'Supports $filter (eq, startsWith)'; deviceDetail only on browser and operatingSystem (so not isCompliant).",
    ],
    sources: [LEARN('signin-list?view=graph-rest-beta'), CONTRIB('027089ba862ead70fe2f55e6e7f79d42e39decd6', 'beta/resources/signin.md')],
  },
  {
    id: 'directoryaudit-list', method: 'GET', path: '/auditLogs/directoryAudits', version: 'v1.0', doc: 'directoryaudit-list', resourceDoc: 'directoryaudit', entityType: 'directoryAudit', collection: true,
    queryParameters: ['$filter', '$top', '$skiptoken', '$orderby'],
    filter: {
      activityDateTime: 'eq ge le', activityDisplayName: 'eq startsWith', correlationId: 'eq', id: 'eq', loggedByService: 'eq', result: 'eq',
      ...same('eq', ['initiatedBy/user/id', 'initiatedBy/user/displayName', 'initiatedBy/app/appId', 'initiatedBy/app/displayName']),
      'initiatedBy/user/userPrincipalName': 'eq startsWith',
      'targetResources/id': 'any eq', 'targetResources/displayName': 'any eq startsWith',
    },
    not: 'never', orderBy: { basic: ['activityDateTime'], advanced: [] },
    permissions: AUDIT_READ,
    sources: [CONTRIB('05296ab344f3de89a102bceca9b5d6ce1df7a3ef', 'v1.0/api/directoryaudit-list.md'), 'learn.microsoft.com/graph/api/resources/directoryaudit (2026-12-06)'],
    notes: [
      "The page (2024-08): '$filter (eq, ge, le, startswith), $top, $orderby, and skiptoken'; no $top maximum is given.",
      "category has no 'Supports $filter' note on the directoryAudit resource: filter it client-side or use loggedByService / activityDisplayName.",
      'result: documented values success, failure, timeout, unknownFutureValue.',
    ],
  },
  // ── reports ────────────────────────────────────────────────────────────
  {
    id: 'authenticationmethodsroot-list-userregistrationdetails', method: 'GET', path: '/reports/authenticationMethods/userRegistrationDetails', version: 'v1.0', doc: 'authenticationmethodsroot-list-userregistrationdetails', resourceDoc: 'userregistrationdetails', entityType: 'userRegistrationDetails', collection: true,
    queryParameters: ['$filter', '$orderby', '$skiptoken'],
    filter: {
      ...same('eq', ['id', 'isAdmin', 'isMfaCapable', 'isMfaRegistered', 'isPasswordlessCapable', 'isSsprCapable', 'isSsprEnabled', 'isSsprRegistered', 'isSystemPreferredAuthenticationMethodEnabled', 'userType', 'userPreferredMethodForSecondaryAuthentication']),
      ...same('eq startsWith', ['userPrincipalName', 'userDisplayName']),
      methodsRegistered: 'any eq', systemPreferredAuthenticationMethods: 'any eq',
    },
    not: 'never', orderBy: { basic: ['userPrincipalName', 'userDisplayName', 'lastUpdatedDateTime'], advanced: [] },
    permissions: AUDIT_READ,
    notes: [
      'defaultMfaMethod is beta-only (v1.0 has userPreferredMethodForSecondaryAuthentication and systemPreferredAuthenticationMethods).',
      "The page: 'supports only the $filter and $orderBy OData query parameters': $top and $select are not documented; page with @odata.nextLink.",
      "The current page adds: 'This method doesn't work for disabled users.'",
    ],
    sources: [CONTRIB('02704428c6d78d15780887ec5c2464a08013318c', 'v1.0/api/authenticationmethodsroot-list-userregistrationdetails.md'), LEARN('authenticationmethodsroot-list-userregistrationdetails')],
  },
  { id: 'userregistrationdetails-get', method: 'GET', path: '/reports/authenticationMethods/userRegistrationDetails/{id}', version: 'v1.0', doc: 'userregistrationdetails-get', resourceDoc: 'userregistrationdetails', entityType: 'userRegistrationDetails', collection: false, queryParameters: ['$select'], permissions: AUDIT_READ },
  { id: 'userregistrationdetails-get-beta', method: 'GET', path: '/reports/authenticationMethods/userRegistrationDetails/{id}', version: 'beta', doc: 'userregistrationdetails-get', resourceDoc: 'userregistrationdetails', entityType: 'userRegistrationDetails', collection: false, queryParameters: ['$select'], permissions: AUDIT_READ, notes: ['Beta: defaultMfaMethod (user.authMethods) exists only here.'], sources: [LEARN('userregistrationdetails-get?view=graph-rest-beta')] },
  // ── identity protection ────────────────────────────────────────────────
  {
    id: 'riskyuser-list', method: 'GET', path: '/identityProtection/riskyUsers', version: 'v1.0', doc: 'riskyuser-list', resourceDoc: 'riskyuser', entityType: 'riskyUser', collection: true,
    queryParameters: ['$filter', '$select', '$top', '$skiptoken'],
    filter: { ...same('eq in', ['id', 'riskLevel', 'riskState', 'riskDetail', 'isDeleted', 'isProcessing']), ...same('eq startsWith', ['userPrincipalName', 'userDisplayName']), riskLastUpdatedDateTime: 'eq ge le' },
    not: 'never', topMax: 500,
    permissions: { delegated: ['IdentityRiskyUser.Read.All'], application: ['IdentityRiskyUser.Read.All'] },
    notes: [
      "The page: 'supports the $filter and $select OData query parameters … The maximum page size with $top is 500 objects.' $orderby is not documented.",
      'The riskyUser resource gives no per-property $filter notes; the operators here are those of the page examples (riskLevel eq, riskState eq, riskLastUpdatedDateTime ranges). Ambiguous.',
    ],
    sources: [LEARN('riskyuser-list'), 'learn.microsoft.com/graph/api/resources/riskyuser (2026-12-06)'],
  },
  { id: 'riskyuser-get', method: 'GET', path: '/identityProtection/riskyUsers/{id}', version: 'v1.0', doc: 'riskyuser-get', resourceDoc: 'riskyuser', entityType: 'riskyUser', collection: false, queryParameters: ['$select'], permissions: { delegated: ['IdentityRiskyUser.Read.All'], application: ['IdentityRiskyUser.Read.All'] } },
  { id: 'riskyuser-list-history', method: 'GET', path: '/identityProtection/riskyUsers/{id}/history', version: 'v1.0', doc: 'riskyuser-list-history', resourceDoc: 'riskyuserhistoryitem', entityType: 'riskyUserHistoryItem', collection: true, queryParameters: ['$filter', '$select', '$top'], permissions: { delegated: ['IdentityRiskyUser.Read.All'], application: ['IdentityRiskyUser.Read.All'] } },
  {
    id: 'riskdetection-list', method: 'GET', path: '/identityProtection/riskDetections', version: 'v1.0', doc: 'riskdetection-list', resourceDoc: 'riskdetection', entityType: 'riskDetection', collection: true,
    queryParameters: ['$filter', '$select', '$top', '$skiptoken'],
    filter: { ...same('eq', ['id', 'userId', 'riskEventType', 'riskLevel', 'riskState', 'riskDetail', 'source', 'detectionTimingType', 'activity', 'ipAddress', 'requestId', 'correlationId']), ...same('eq startsWith', ['userPrincipalName', 'userDisplayName']), ...same('eq ge le', ['detectedDateTime', 'activityDateTime', 'lastUpdatedDateTime']) },
    not: 'never', pageSize: 20, topMax: 500,
    permissions: { delegated: ['IdentityRiskEvent.Read.All'], application: ['IdentityRiskEvent.Read.All'] },
    notes: ["The page (2024-10): '$filter and $select … The default page size is 20 objects while the maximum with $top is 500.' Per-property operators are not listed on the resource: eq, and ge/le on the dates, kept (ambiguous)."],
    sources: [CONTRIB('20125ed911224f341fb11ce664712238c566a137', 'v1.0/api/riskdetection-list.md')],
  },
  {
    id: 'identityprotectionroot-list-riskyserviceprincipals', method: 'GET', path: '/identityProtection/riskyServicePrincipals', version: 'v1.0', doc: 'identityprotectionroot-list-riskyserviceprincipals', resourceDoc: 'riskyserviceprincipal', entityType: 'riskyServicePrincipal', collection: true,
    queryParameters: ['$count', '$filter', '$select', '$top', '$skiptoken'],
    filter: same('eq', ['id', 'appId', 'displayName', 'riskLevel', 'riskState', 'riskDetail', 'riskLastUpdatedDateTime', 'servicePrincipalType', 'isEnabled', 'isProcessing']),
    not: 'never',
    permissions: { delegated: ['IdentityRiskyServicePrincipal.Read.All'], application: ['IdentityRiskyServicePrincipal.Read.All'] },
    notes: ["The page: '$count, $filter, $select, and $top'; no $top maximum. riskyServicePrincipal: riskLastUpdatedDateTime, riskLevel, riskState, riskDetail 'Supports $filter (eq)'. $orderby is not documented."],
    sources: [CONTRIB('02b4cba04d0426b41fe35819922b100050c5c441', 'v1.0/api/identityprotectionroot-list-riskyserviceprincipals.md'), 'learn.microsoft.com/graph/api/resources/riskyserviceprincipal (2026-12-06)'],
  },
  { id: 'riskyserviceprincipal-get', method: 'GET', path: '/identityProtection/riskyServicePrincipals/{id}', version: 'v1.0', doc: 'riskyserviceprincipal-get', resourceDoc: 'riskyserviceprincipal', entityType: 'riskyServicePrincipal', collection: false, queryParameters: ['$select'], permissions: { delegated: ['IdentityRiskyServicePrincipal.Read.All'], application: ['IdentityRiskyServicePrincipal.Read.All'] } },
];
