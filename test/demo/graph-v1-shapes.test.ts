import { describe, expect, it } from 'vitest';
import { loadGraphTypes } from './graph-types';
import { small, smallNonInteractive, smallSignIns } from './fixture';

const COLLECTION_TYPES: Record<string, string> = {
  users: 'User', groups: 'Group', applications: 'Application', servicePrincipals: 'ServicePrincipal', devices: 'Device',
  directoryAudits: 'DirectoryAudit', riskyUsers: 'RiskyUser', riskyUserHistory: 'RiskyUserHistoryItem', riskDetections: 'RiskDetection',
  riskyServicePrincipals: 'RiskyServicePrincipal', roleDefinitions: 'UnifiedRoleDefinition', roleAssignments: 'UnifiedRoleAssignment',
  roleEligibilitySchedules: 'UnifiedRoleEligibilitySchedule', userRegistrationDetails: 'UserRegistrationDetails',
  oauth2PermissionGrants: 'OAuth2PermissionGrant', appRoleAssignments: 'AppRoleAssignment', accessPackageCatalogs: 'AccessPackageCatalog',
  accessPackages: 'AccessPackage', accessPackageAssignmentPolicies: 'AccessPackageAssignmentPolicy', accessPackageAssignments: 'AccessPackageAssignment',
  accessPackageAssignmentRequests: 'AccessPackageAssignmentRequest', connectedOrganizations: 'ConnectedOrganization',
};

/** Nested property → its Graph type, by `Type.property`. */
const NESTED: Record<string, string> = {
  'User.signInActivity': 'SignInActivity', 'SignIn.status': 'SignInStatus', 'SignIn.location': 'SignInLocation', 'SignInLocation.geoCoordinates': 'GeoCoordinates',
  'SignIn.deviceDetail': 'DeviceDetail', 'SignIn.appliedConditionalAccessPolicies': 'AppliedConditionalAccessPolicy',
  'DirectoryAudit.initiatedBy': 'AuditActivityInitiator', 'AuditActivityInitiator.user': 'UserIdentity', 'AuditActivityInitiator.app': 'AppIdentity',
  'DirectoryAudit.targetResources': 'TargetResource', 'TargetResource.modifiedProperties': 'ModifiedProperty', 'DirectoryAudit.additionalDetails': 'KeyValue',
  'RiskDetection.location': 'SignInLocation', 'RiskyUserHistoryItem.activity': 'RiskUserActivity',
  'Application.appRoles': 'AppRole', 'ServicePrincipal.appRoles': 'AppRole', 'Application.passwordCredentials': 'PasswordCredential',
  'ServicePrincipal.passwordCredentials': 'PasswordCredential', 'Application.verifiedPublisher': 'VerifiedPublisher', 'ServicePrincipal.verifiedPublisher': 'VerifiedPublisher',
  'Application.requiredResourceAccess': 'RequiredResourceAccess', 'RequiredResourceAccess.resourceAccess': 'ResourceAccess', 'Application.web': 'WebApplication',
  'Application.api': 'ApiApplication', 'ServicePrincipal.oauth2PermissionScopes': 'PermissionScope', 'UnifiedRoleDefinition.rolePermissions': 'UnifiedRolePermission',
  'UnifiedRoleEligibilitySchedule.scheduleInfo': 'RequestSchedule', 'RequestSchedule.expiration': 'ExpirationPattern',
  'AccessPackageAssignment.schedule': 'EntitlementManagementSchedule', 'AccessPackageAssignmentRequest.schedule': 'EntitlementManagementSchedule',
  'EntitlementManagementSchedule.expiration': 'ExpirationPattern', 'AccessPackageAssignment.target': 'AccessPackageSubject',
  'AccessPackageAssignmentRequest.requestor': 'AccessPackageSubject', 'AccessPackageAssignmentPolicy.expiration': 'ExpirationPattern',
  'AccessPackageAssignmentPolicy.requestApprovalSettings': 'AccessPackageAssignmentApprovalSettings',
  'AccessPackageAssignmentApprovalSettings.stages': 'AccessPackageApprovalStage', 'AccessPackageAssignmentPolicy.requestorSettings': 'AccessPackageAssignmentRequestorSettings',
  'AccessPackage.resourceRoleScopes': 'AccessPackageResourceRoleScope', 'AccessPackageResourceRoleScope.role': 'AccessPackageResourceRole',
  'AccessPackageResourceRoleScope.scope': 'AccessPackageResourceScope', 'AccessPackageResourceRole.resource': 'AccessPackageResource',
};

/** Properties the generator adds on purpose beyond Graph v1.0, with the reason. */
const EXTRAS: Record<string, readonly string[]> = {
  // Beta signIn properties the KQL tables (AuthenticationRequirement, MfaDetail) need.
  SignIn: ['authenticationRequirement', 'mfaDetail'],
  // Graph returns the @odata.type of abstract/derived values in JSON.
  AccessPackageApprovalStage: [],
  ConnectedOrganization: [],
};

function check(types: ReturnType<typeof loadGraphTypes>, value: unknown, type: string, where: string, problems: string[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v) => check(types, v, type, where, problems));
    return;
  }
  const props = types.props(type);
  if (!props) {
    problems.push(`${where}: unknown Graph type ${type}`);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    if (key === '@odata.type' || (EXTRAS[type] ?? []).includes(key)) continue;
    if (!props.has(key)) problems.push(`${where}.${key} is not a property of ${type}`);
    const nested = NESTED[`${type}.${key}`];
    if (nested) check(types, v, nested, `${where}.${key}`, problems);
  }
}

describe('property names are Graph v1.0 property names (microsoft-graph-types)', () => {
  const types = loadGraphTypes();

  it('every collection of the model', () => {
    const m = small() as unknown as Record<string, unknown[]>;
    const problems: string[] = [];
    for (const [collection, type] of Object.entries(COLLECTION_TYPES)) {
      expect(m[collection]?.length, collection).toBeGreaterThan(0);
      for (const row of m[collection] ?? []) check(types, row, type, collection, problems);
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('authentication methods, by their @odata.type (plus userId)', () => {
    const problems: string[] = [];
    for (const method of small().authenticationMethods) {
      const type = String(method['@odata.type']).replace('#microsoft.graph.', '');
      const name = type.charAt(0).toUpperCase() + type.slice(1);
      const { userId: _userId, ...rest } = method;
      expect(typeof _userId).toBe('string');
      check(types, rest, name, name, problems);
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('sign-ins, interactive and not (a sample)', () => {
    const problems: string[] = [];
    for (const s of [...smallSignIns().slice(0, 2000), ...smallNonInteractive().slice(0, 500)]) check(types, s, 'SignIn', 'signIn', problems);
    expect([...new Set(problems)]).toEqual([]);
  });
});
