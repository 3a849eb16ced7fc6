import type { GraphObject, TenantModel } from '../../src/demo/model';

/** A deterministic GUID from a namespace number and an index. */
export const gid = (ns: number, i: number): string =>
  `${ns.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

export const ANCHOR = Date.parse('2026-11-20T12:00:00Z');
export const USER_COUNT = 250;
export const SIGNIN_COUNT = 2500;

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

function users(): GraphObject[] {
  const out: GraphObject[] = [];
  for (let i = 0; i < USER_COUNT; i++) {
    const first = i === 0 ? 'Karita' : i === 1 ? 'Megan' : `User${String(i).padStart(3, '0')}`;
    const upn = i === 0 ? 'karita@woodgrovebank.com' : i === 1 ? 'megan.bowen@woodgrovebank.com' : `user${i}@woodgrovebank.com`;
    out.push({
      id: gid(1, i),
      displayName: i === 1 ? 'Megan Bowen' : `${first} Tester`,
      givenName: first,
      surname: i === 1 ? 'Bowen' : 'Tester',
      userPrincipalName: upn,
      mail: upn,
      jobTitle: i % 10 === 0 ? 'Finance Manager' : 'Analyst',
      department: i % 3 === 0 ? 'Finance' : i % 3 === 1 ? 'Sales' : 'IT',
      accountEnabled: i % 17 !== 0,
      userType: i % 25 === 24 ? 'Guest' : 'Member',
      createdDateTime: iso(ANCHOR - i * 86_400_000),
      businessPhones: [],
      mobilePhone: null,
      officeLocation: 'Seattle',
      preferredLanguage: 'en-US',
      proxyAddresses: [`SMTP:${upn}`],
      assignedLicenses: i % 2 === 0 ? [{ skuId: gid(99, 1), disabledPlans: [] }] : [],
    });
  }
  return out;
}

function groups(): GraphObject[] {
  const names = ['Finance Department', 'MDM policy - West', 'Sales Dynamic', 'Helpdesk Admins', 'Nested Parent', 'Nested Child', 'Ownerless'];
  return names.map((displayName, i) => ({
    id: gid(2, i),
    displayName,
    description: `${displayName} group`,
    mail: i === 1 ? 'mdm-west@woodgrovebank.com' : null,
    mailEnabled: i === 1,
    securityEnabled: i !== 1,
    groupTypes: i === 1 ? ['Unified'] : i === 2 ? ['DynamicMembership'] : [],
    membershipRule: i === 2 ? 'user.department -eq "Sales"' : null,
    isAssignableToRole: i === 3,
    createdDateTime: iso(ANCHOR - (i + 100) * 86_400_000),
    visibility: i === 1 ? 'Private' : null,
  }));
}

function servicePrincipals(): GraphObject[] {
  return ['Salesforce', 'Graph Explorer', 'Risky App'].map((displayName, i) => ({
    id: gid(3, i),
    appId: gid(4, i),
    displayName,
    servicePrincipalType: 'Application',
    accountEnabled: true,
    appRoles: [{ id: gid(5, i), displayName: 'User', value: 'User' }],
    tags: i === 0 ? ['WindowsAzureActiveDirectoryIntegratedApp'] : [],
  }));
}

const APPS = ['Azure Portal', 'Office 365 Exchange Online', 'Microsoft Teams', 'Salesforce'];
const COUNTRIES = ['US', 'GB', 'DE', 'BR'];

/** Sign-ins oldest first: one every 10 minutes before the anchor. */
export function* fixtureSignIns(count = SIGNIN_COUNT): Iterable<GraphObject> {
  const start = ANCHOR - count * 600_000;
  for (let i = 0; i < count; i++) {
    const u = i % USER_COUNT;
    const upn = u === 0 ? 'karita@woodgrovebank.com' : u === 1 ? 'megan.bowen@woodgrovebank.com' : `user${u}@woodgrovebank.com`;
    const errorCode = i % 20 === 0 ? 50126 : i % 33 === 0 ? 50074 : 0;
    yield {
      id: gid(10, i),
      createdDateTime: iso(start + i * 600_000),
      userDisplayName: `User ${u}`,
      userPrincipalName: upn,
      userId: gid(1, u),
      appId: gid(4, i % APPS.length),
      appDisplayName: APPS[i % APPS.length],
      ipAddress: `10.0.${u % 256}.${i % 7}`,
      clientAppUsed: 'Browser',
      correlationId: gid(11, i),
      conditionalAccessStatus: errorCode === 0 ? 'success' : 'notApplied',
      isInteractive: true,
      riskDetail: 'none',
      riskLevelAggregated: 'none',
      riskLevelDuringSignIn: i % 50 === 0 ? 'high' : 'none',
      riskState: 'none',
      riskEventTypes_v2: i % 50 === 0 ? ['unfamiliarFeatures'] : [],
      resourceDisplayName: 'Microsoft Graph',
      resourceId: gid(6, 0),
      status: { errorCode, failureReason: errorCode === 0 ? 'Other.' : 'Invalid username or password.', additionalDetails: null },
      deviceDetail: { deviceId: '', displayName: '', operatingSystem: 'Windows10', browser: 'Edge 120.0.0', isCompliant: false, isManaged: false, trustType: '' },
      location: { city: 'Seattle', state: 'Washington', countryOrRegion: COUNTRIES[u % COUNTRIES.length], geoCoordinates: null },
      appliedConditionalAccessPolicies: [],
    };
  }
}

const empty: readonly GraphObject[] = [];

/** A small hand-made tenant: 250 users, nested groups with owners, three apps, sign-ins apart. */
export function fixtureModel(): TenantModel {
  const us = users();
  const ids = (from: number, to: number): string[] => us.slice(from, to).map((u) => u.id);
  return {
    tenant: { tenantId: gid(0, 1), domain: 'woodgrovebank.com', anchorTime: iso(ANCHOR), seed: 1, users: USER_COUNT, days: 30 },
    users: us,
    groups: groups(),
    applications: servicePrincipals().map((sp, i) => ({ id: gid(7, i), appId: sp['appId'], displayName: sp['displayName'], signInAudience: 'AzureADMyOrg' }) as GraphObject),
    servicePrincipals: servicePrincipals(),
    devices: [{ id: gid(8, 0), deviceId: gid(9, 0), displayName: 'KARITA-LAPTOP', operatingSystem: 'Windows', accountEnabled: true }],
    directoryAudits: [0, 1, 2].map((i) => ({
      id: `Directory_${i}`,
      activityDateTime: iso(ANCHOR - i * 3_600_000),
      activityDisplayName: i === 0 ? 'Reset user password' : 'Add member to group',
      category: i === 0 ? 'UserManagement' : 'GroupManagement',
      result: 'success',
      initiatedBy: { user: { id: gid(1, 2), userPrincipalName: 'user2@woodgrovebank.com', displayName: 'User002 Tester' }, app: null },
      targetResources: [{ id: gid(1, 0), type: 'User', userPrincipalName: 'karita@woodgrovebank.com', displayName: 'Karita Tester' }],
    })),
    riskyUsers: [{ id: gid(1, 0), userPrincipalName: 'karita@woodgrovebank.com', userDisplayName: 'Karita Tester', riskLevel: 'high', riskState: 'atRisk', riskDetail: 'none', riskLastUpdatedDateTime: iso(ANCHOR - 3_600_000), isDeleted: false, isProcessing: false }],
    riskyUserHistory: [{ id: gid(1, 0), userId: gid(1, 0), riskLevel: 'high', riskState: 'atRisk', riskDetail: 'none', riskLastUpdatedDateTime: iso(ANCHOR - 3_600_000), userPrincipalName: 'karita@woodgrovebank.com', userDisplayName: 'Karita Tester', activity: { eventTypes: [], riskEventTypes: ['unfamiliarFeatures'], detail: 'none' }, initiatedBy: null }],
    riskDetections: [{ id: gid(12, 0), userId: gid(1, 0), userPrincipalName: 'karita@woodgrovebank.com', riskEventType: 'unfamiliarFeatures', riskLevel: 'high', riskState: 'atRisk', detectedDateTime: iso(ANCHOR - 7_200_000), ipAddress: '203.0.113.9' }],
    riskyServicePrincipals: [{ id: gid(3, 2), appId: gid(4, 2), displayName: 'Risky App', riskLevel: 'high', riskState: 'confirmedCompromised', riskLastUpdatedDateTime: iso(ANCHOR - 86_400_000) }],
    roleDefinitions: [
      { id: '62e90394-69f5-4237-9190-012177145e10', displayName: 'Global Administrator', isBuiltIn: true, templateId: '62e90394-69f5-4237-9190-012177145e10' },
      { id: '5d6b6bb7-de71-4623-b4af-96380a352509', displayName: 'Security Reader', isBuiltIn: true, templateId: '5d6b6bb7-de71-4623-b4af-96380a352509' },
    ],
    roleAssignments: [
      { id: 'ra-1', principalId: gid(1, 2), roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10', directoryScopeId: '/' },
      { id: 'ra-2', principalId: gid(1, 3), roleDefinitionId: '5d6b6bb7-de71-4623-b4af-96380a352509', directoryScopeId: '/' },
    ],
    roleEligibilitySchedules: [{ id: 'es-1', principalId: gid(1, 4), roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10', directoryScopeId: '/', memberType: 'Direct', status: 'Provisioned' }],
    userRegistrationDetails: us.slice(0, 5).map((u, i) => ({ id: u.id, userPrincipalName: u['userPrincipalName'], userDisplayName: u['displayName'], isAdmin: i === 2, isMfaRegistered: i !== 2, isMfaCapable: i !== 2, methodsRegistered: i === 2 ? [] : ['microsoftAuthenticatorPush'], userType: 'member' })),
    authenticationMethods: [
      { id: gid(13, 0), userId: gid(1, 0), '@odata.type': '#microsoft.graph.passwordAuthenticationMethod', createdDateTime: null },
      { id: gid(13, 1), userId: gid(1, 0), '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod', displayName: 'iPhone' },
    ],
    oauth2PermissionGrants: [{ id: 'grant-1', clientId: gid(3, 1), consentType: 'AllPrincipals', principalId: null, resourceId: gid(3, 0), scope: 'User.Read' }],
    appRoleAssignments: [
      { id: 'ara-1', principalId: gid(1, 0), principalType: 'User', principalDisplayName: 'Karita Tester', resourceId: gid(3, 0), resourceDisplayName: 'Salesforce', appRoleId: gid(5, 0) },
      { id: 'ara-2', principalId: gid(2, 0), principalType: 'Group', principalDisplayName: 'Finance Department', resourceId: gid(3, 0), resourceDisplayName: 'Salesforce', appRoleId: gid(5, 0) },
      { id: 'ara-3', principalId: gid(2, 4), principalType: 'Group', principalDisplayName: 'Nested Parent', resourceId: gid(3, 1), resourceDisplayName: 'Graph Explorer', appRoleId: gid(5, 1) },
    ],
    accessPackageCatalogs: [{ id: 'cat-1', displayName: 'Research', state: 'published', catalogType: 'userManaged', isExternallyVisible: false }],
    accessPackages: [{ id: 'ap-1', displayName: 'Project Falcon', description: 'Falcon project sites and apps', catalog: { id: 'cat-1' }, isHidden: false }],
    accessPackageAssignmentPolicies: [{ id: 'pol-1', displayName: 'Falcon policy', accessPackage: { id: 'ap-1' } }],
    accessPackageAssignments: [{ id: 'asg-1', state: 'delivered', status: 'Delivered', accessPackage: { id: 'ap-1' }, target: { objectId: gid(1, 5), displayName: 'User005 Tester' }, schedule: { expiration: { endDateTime: iso(ANCHOR + 3 * 86_400_000) } } }],
    accessPackageAssignmentRequests: [{ id: 'req-1', requestType: 'userAdd', state: 'pendingApproval', status: 'PendingApproval', createdDateTime: iso(ANCHOR - 86_400_000), accessPackage: { id: 'ap-1' }, requestor: { objectId: gid(1, 6) } }],
    groupOwners: [
      { groupId: gid(2, 0), ownerIds: [gid(1, 1), gid(1, 10)] },
      { groupId: gid(2, 1), ownerIds: [gid(1, 1)] },
      { groupId: gid(2, 4), ownerIds: [gid(1, 2)] },
    ],
    groupMembers: [
      { groupId: gid(2, 0), memberIds: [gid(1, 0), ...ids(3, 40)] },
      { groupId: gid(2, 1), memberIds: [gid(1, 0), gid(1, 7)] },
      { groupId: gid(2, 2), memberIds: ids(100, 230) },
      { groupId: gid(2, 3), memberIds: [gid(1, 2), gid(1, 3)] },
      { groupId: gid(2, 4), memberIds: [gid(2, 5), gid(1, 9)] },
      { groupId: gid(2, 5), memberIds: [gid(1, 0), gid(8, 0), gid(3, 0)] },
    ],
    appOwners: [{ servicePrincipalId: gid(3, 0), ownerIds: [gid(1, 2)] }],
    userDevices: [{ userId: gid(1, 0), deviceIds: [gid(8, 0)] }],
  };
}

export { empty };
