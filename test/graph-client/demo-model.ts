import type { GraphObject, TenantModel } from '../../src/demo/model';

/** Display names a careless client would break: quotes, look-alikes, URL and OData syntax. */
export const HOSTILE_NAMES = [
  "Siobhán O'Brien",
  "' or 1 eq 1 or displayName eq '",
  'Ana & Bo #1 + 100% /x?y=z',
  'Zoë O\u2019Neil \u02BCquoted\u02BC',
  'Back\\slash "double" | semi;colon',
  'https://evil.example/v1.0/users',
] as const;

export const USER_COUNT = 250;
export const GROUP_COUNT = 60;

const gid = (ns: number, i: number): string => `${ns.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;

/** A small tenant for the Graph client's end-to-end tests: numbered users plus the hostile names. */
export function clientTestModel(): TenantModel {
  const users: GraphObject[] = Array.from({ length: USER_COUNT }, (_v, i) => {
    const name = HOSTILE_NAMES[i] ?? `Person ${String(i).padStart(3, '0')}`;
    const upn = `person${i}@woodgrovebank.com`;
    return {
      id: gid(1, i),
      displayName: name,
      givenName: name.split(' ')[0] ?? name,
      surname: 'Test',
      userPrincipalName: upn,
      mail: upn,
      mailNickname: `person${i}`,
      jobTitle: 'Analyst',
      department: i % 2 === 0 ? 'Finance' : 'Sales',
      accountEnabled: true,
      userType: 'Member',
      createdDateTime: '2026-01-01T00:00:00Z',
      businessPhones: [],
      mobilePhone: null,
      officeLocation: null,
      preferredLanguage: 'en-US',
    };
  });
  const groups: GraphObject[] = Array.from({ length: GROUP_COUNT }, (_v, g) => ({
    id: gid(2, g),
    displayName: g === 0 ? 'Finance Department' : `Project ${g}`,
    mailNickname: g === 0 ? 'finance' : `project${g}`,
    securityEnabled: true,
    mailEnabled: false,
    groupTypes: [],
    createdDateTime: '2026-01-01T00:00:00Z',
  }));
  const group = groups[0] as GraphObject;
  // Finance has 130 members; project g has g members.
  const members = groups.map((gr, g) => ({ groupId: gr.id, memberIds: users.slice(0, g === 0 ? 130 : g).map((u) => u.id) }));
  return {
    tenant: { tenantId: gid(0, 1), domain: 'woodgrovebank.com', anchorTime: '2026-11-20T12:00:00Z', seed: 1, users: USER_COUNT, days: 1 },
    users,
    groups,
    applications: [],
    servicePrincipals: [],
    devices: [],
    directoryAudits: [],
    riskyUsers: [],
    riskyUserHistory: [],
    riskDetections: [],
    riskyServicePrincipals: [],
    roleDefinitions: [],
    roleAssignments: [],
    roleEligibilitySchedules: [],
    userRegistrationDetails: [],
    authenticationMethods: [],
    oauth2PermissionGrants: [],
    appRoleAssignments: [],
    accessPackageCatalogs: [],
    accessPackages: [],
    accessPackageAssignmentPolicies: [],
    accessPackageAssignments: [],
    accessPackageAssignmentRequests: [],
    groupOwners: [{ groupId: group.id, ownerIds: [gid(1, 0), gid(1, 1)] }],
    groupMembers: members,
    appOwners: [],
    userDevices: [],
  };
}

export const userId = (i: number): string => gid(1, i);
export const financeGroupId = gid(2, 0);
export const groupId = (g: number): string => gid(2, g);
