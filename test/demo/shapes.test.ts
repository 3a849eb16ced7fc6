import { describe, expect, it } from 'vitest';
import type { GraphObject } from '../../src/demo/model';
import { GUID, ISO_Z, small, smallNonInteractive, smallSignIns } from './fixture';

/** Every string property whose name ends in DateTime, anywhere in the object. */
function dateTimes(value: unknown, out: [string, unknown][] = [], key = ''): [string, unknown][] {
  if (Array.isArray(value)) value.forEach((v) => dateTimes(v, out, key));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (/DateTime$/.test(k)) out.push([k, v]);
      else dateTimes(v, out, k);
    }
  }
  return out;
}

const REQUIRED: Record<string, readonly string[]> = {
  users: ['id', 'displayName', 'userPrincipalName', 'mail', 'jobTitle', 'department', 'accountEnabled', 'userType', 'createdDateTime', 'lastPasswordChangeDateTime', 'signInActivity', 'usageLocation'],
  groups: ['id', 'displayName', 'description', 'groupTypes', 'securityEnabled', 'mailEnabled', 'mailNickname', 'membershipRule', 'isAssignableToRole', 'createdDateTime', 'securityIdentifier'],
  applications: ['id', 'appId', 'displayName', 'signInAudience', 'createdDateTime', 'appRoles', 'requiredResourceAccess', 'passwordCredentials', 'keyCredentials', 'verifiedPublisher', 'publisherDomain'],
  servicePrincipals: ['id', 'appId', 'displayName', 'appOwnerOrganizationId', 'servicePrincipalType', 'accountEnabled', 'appRoles', 'oauth2PermissionScopes', 'verifiedPublisher', 'servicePrincipalNames'],
  devices: ['id', 'deviceId', 'displayName', 'operatingSystem', 'operatingSystemVersion', 'trustType', 'isCompliant', 'isManaged', 'registrationDateTime', 'approximateLastSignInDateTime', 'accountEnabled'],
  directoryAudits: ['id', 'category', 'correlationId', 'result', 'resultReason', 'activityDisplayName', 'activityDateTime', 'loggedByService', 'operationType', 'initiatedBy', 'targetResources', 'additionalDetails'],
  riskyUsers: ['id', 'isDeleted', 'isProcessing', 'riskLastUpdatedDateTime', 'riskLevel', 'riskState', 'riskDetail', 'userDisplayName', 'userPrincipalName'],
  riskyUserHistory: ['id', 'userId', 'initiatedBy', 'activity', 'riskLevel', 'riskState', 'riskDetail', 'riskLastUpdatedDateTime'],
  riskDetections: ['id', 'requestId', 'correlationId', 'riskEventType', 'riskState', 'riskLevel', 'riskDetail', 'source', 'detectionTimingType', 'activity', 'ipAddress', 'location', 'activityDateTime', 'detectedDateTime', 'lastUpdatedDateTime', 'userId', 'userPrincipalName'],
  riskyServicePrincipals: ['id', 'appId', 'displayName', 'riskLevel', 'riskState', 'riskDetail', 'riskLastUpdatedDateTime', 'servicePrincipalType'],
  roleDefinitions: ['id', 'displayName', 'description', 'isBuiltIn', 'isEnabled', 'templateId', 'rolePermissions'],
  roleAssignments: ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId'],
  roleEligibilitySchedules: ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'memberType', 'status', 'scheduleInfo', 'createdDateTime'],
  userRegistrationDetails: ['id', 'userPrincipalName', 'userDisplayName', 'userType', 'isAdmin', 'isMfaRegistered', 'isMfaCapable', 'isSsprRegistered', 'isPasswordlessCapable', 'methodsRegistered', 'lastUpdatedDateTime'],
  authenticationMethods: ['id', 'userId', '@odata.type'],
  oauth2PermissionGrants: ['id', 'clientId', 'consentType', 'principalId', 'resourceId', 'scope'],
  appRoleAssignments: ['id', 'appRoleId', 'createdDateTime', 'principalDisplayName', 'principalId', 'principalType', 'resourceDisplayName', 'resourceId'],
  accessPackageCatalogs: ['id', 'displayName', 'description', 'catalogType', 'state', 'isExternallyVisible', 'createdDateTime'],
  accessPackages: ['id', 'displayName', 'description', 'isHidden', 'createdDateTime', 'modifiedDateTime'],
  accessPackageAssignmentPolicies: ['id', 'displayName', 'allowedTargetScope', 'expiration', 'requestApprovalSettings', 'requestorSettings', 'accessPackage'],
  accessPackageAssignments: ['id', 'state', 'status', 'schedule', 'target', 'accessPackage', 'assignmentPolicy'],
  accessPackageAssignmentRequests: ['id', 'requestType', 'state', 'status', 'createdDateTime', 'requestor', 'accessPackage'],
};

const SIGN_IN_FIELDS = ['id', 'createdDateTime', 'userDisplayName', 'userPrincipalName', 'userId', 'appId', 'appDisplayName', 'ipAddress',
  'clientAppUsed', 'correlationId', 'conditionalAccessStatus', 'isInteractive', 'riskDetail', 'riskLevelAggregated', 'riskLevelDuringSignIn',
  'riskState', 'riskEventTypes_v2', 'resourceDisplayName', 'resourceId', 'status', 'deviceDetail', 'location', 'appliedConditionalAccessPolicies'];

const FAILURE_TEXT: Record<number, RegExp> = {
  50126: /invalid username or password/, 50074: /^Strong Authentication is required\.$/, 500121: /strong authentication request/,
  53003: /blocked by Conditional Access/, 50053: /locked/, 50057: /disabled/, 50076: /multi-factor authentication/, 70044: /session has expired/,
};

describe('Graph v1.0 shapes', () => {
  it('every collection has its required properties', () => {
    const m = small() as unknown as Record<string, GraphObject[]>;
    for (const [collection, props] of Object.entries(REQUIRED)) {
      expect(m[collection]?.length, collection).toBeGreaterThan(0);
      for (const row of m[collection] ?? []) for (const p of props) expect(row, `${collection}.${p}`).toHaveProperty([p]);
    }
  });

  it('object ids are GUIDs where Graph uses GUIDs; ids are unique per collection', () => {
    const m = small() as unknown as Record<string, GraphObject[]>;
    for (const c of ['users', 'groups', 'applications', 'servicePrincipals', 'devices', 'riskyUsers', 'riskDetections', 'roleEligibilitySchedules', 'accessPackages', 'accessPackageAssignments']) {
      const rows = m[c] ?? [];
      for (const row of rows) expect(row.id, c).toMatch(GUID);
      expect(new Set(rows.map((r) => r.id)).size, c).toBe(rows.length);
    }
    for (const a of small().roleAssignments) expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}-1$/);
    expect(small().tenant.tenantId).toMatch(GUID);
  });

  it('every …DateTime is null or ISO-8601 UTC with Z', () => {
    const m = small() as unknown as Record<string, unknown>;
    const all = dateTimes(m).concat(dateTimes(smallSignIns().slice(0, 3000)));
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter(([, v]) => v !== null && !ISO_Z.test(String(v))).slice(0, 3)).toEqual([]);
  });

  it('sign-ins have the signIn shape and nested objects', () => {
    const problems: string[] = [];
    const keys = (o: unknown): string => Object.keys(o as object).join(',');
    for (const s of [...smallSignIns(), ...smallNonInteractive()]) {
      const missing = SIGN_IN_FIELDS.filter((p) => !(p in s));
      if (missing.length > 0) problems.push(`${s.id} lacks ${missing.join(',')}`);
      if (!GUID.test(s.id) || !GUID.test(String(s['correlationId']))) problems.push(`${s.id} ids`);
      if (!ISO_Z.test(String(s['createdDateTime']))) problems.push(`${s.id} createdDateTime`);
      if (keys(s['status']) !== 'errorCode,failureReason,additionalDetails') problems.push(`${s.id} status`);
      const location = s['location'] as Record<string, unknown>;
      if (keys(location) !== 'city,state,countryOrRegion,geoCoordinates' || keys(location['geoCoordinates']) !== 'altitude,latitude,longitude') problems.push(`${s.id} location`);
      if (keys(s['deviceDetail']) !== 'deviceId,displayName,operatingSystem,browser,isCompliant,isManaged,trustType') problems.push(`${s.id} deviceDetail`);
      if (!['success', 'failure', 'notApplied'].includes(String(s['conditionalAccessStatus']))) problems.push(`${s.id} CA status`);
      if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(String(s['ipAddress']))) problems.push(`${s.id} ip`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('the error-code mix is realistic and each failure has its real reason text', () => {
    const counts = new Map<number, number>();
    const wrongText: string[] = [];
    for (const s of smallSignIns()) {
      const status = s['status'] as { errorCode: number; failureReason: string };
      counts.set(status.errorCode, (counts.get(status.errorCode) ?? 0) + 1);
      const text = FAILURE_TEXT[status.errorCode];
      if (text && !text.test(status.failureReason)) wrongText.push(`${status.errorCode}: ${status.failureReason}`);
    }
    expect(wrongText.slice(0, 3)).toEqual([]);
    const total = smallSignIns().length;
    expect((counts.get(0) ?? 0) / total).toBeGreaterThan(0.85);
    for (const code of [50126, 50074, 500121, 53003, 50076, 70044, 50057]) expect(counts.get(code) ?? 0, String(code)).toBeGreaterThan(0);
    expect([...counts.keys()].every((c) => [0, 50126, 50074, 500121, 53003, 50053, 50057, 50076, 70044, 90072].includes(c))).toBe(true);
  });

  it('interactive and non-interactive streams are flagged, and mostly happen in office hours', () => {
    expect(smallSignIns().every((s) => s['isInteractive'] === true)).toBe(true);
    expect(smallNonInteractive().every((s) => s['isInteractive'] === false)).toBe(true);
    const perUserDay = smallSignIns().length / (small().users.length * small().tenant.days);
    expect(perUserDay).toBeGreaterThan(10);
    expect(perUserDay).toBeLessThan(18);
    const countries = new Set(smallSignIns().map((s) => (s['location'] as { countryOrRegion: string }).countryOrRegion));
    expect(countries.size).toBeGreaterThanOrEqual(6);
    expect(new Set(smallSignIns().map((s) => s['appDisplayName'])).size).toBeGreaterThanOrEqual(10);
  });
});
