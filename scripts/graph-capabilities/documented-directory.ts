/** Documented facts for the directory APIs the product calls: users, groups, applications, service principals. */
import type { DocumentedApi, DocumentedPermissions } from './documented-types';
import { APP_READ, CONTRIB, DIR_DATE, DIR_PARAMS, DIR_STRING, DIR_VALUE, GROUP_MEMBER_READ, LEARN, REL_PARAMS, same, USER_READ } from './documented-kit';

/**
 * User properties, from the advanced-query page's per-property table (includes/filter-directory-objects.md:
 * eq, ne, NOT, ge, le, in, startsWith, null values — Default or Advanced) and its rules: `in` works
 * by default wherever `eq` does; `endsWith` only as an advanced query and only on mail, otherMails,
 * userPrincipalName and proxyAddresses.
 */
const USER_FILTER = {
  accountEnabled: 'eq in | ne not ge le',
  ...same('eq ge le in startsWith | ne not eqNull', ['city', 'country', 'department']),
  ...same('eq ge le in startsWith | ne eqNull', ['givenName', 'surname', 'mailNickname', 'state']),
  usageLocation: 'eq ge le in startsWith | ne',
  displayName: 'eq in startsWith | ne not eqNull',
  jobTitle: 'eq ge le in startsWith | ne eqNull',
  mail: 'eq ge le in startsWith | ne endsWith',
  userPrincipalName: 'eq le in startsWith | ne endsWith',
  ...same('| eq ne not ge le in startsWith eqNull', ['companyName']),
  ...same('| eq ne ge le in startsWith eqNull', ['mobilePhone', 'officeLocation', 'postalCode', 'preferredLanguage', 'streetAddress']),
  employeeId: 'eq in startsWith | ne le eqNull',
  employeeHireDate: '| eq ne ge le in',
  id: 'eq in | ne not',
  userType: 'eq in | ne not eqNull',
  ...same('eq in | ne not', ['creationType', 'ageGroup', 'consentProvidedForMinor']),
  onPremisesSyncEnabled: 'eq in | ne ge le',
  createdDateTime: 'eq ge le | ne not in',
  ...same('eq ge le | ne', ['signInActivity/lastSignInDateTime', 'signInActivity/lastNonInteractiveSignInDateTime', 'signInActivity/lastSuccessfulSignInDateTime']),
  proxyAddresses: 'any eq ge le startsWith | ne endsWith eqNull',
  otherMails: 'any eq ge le in startsWith | ne endsWith',
  imAddresses: 'any eq ge le startsWith | ne not',
  businessPhones: 'any eq | not',
  'assignedLicenses/skuId': 'any eq | not',
};
const GROUP_FILTER = {
  ...same(DIR_STRING, ['displayName', 'description', 'mail', 'mailNickname', 'classification']),
  ...same(DIR_VALUE, ['id', 'mailEnabled', 'securityEnabled', 'isAssignableToRole', 'onPremisesSyncEnabled', 'visibility']),
  ...same(DIR_DATE, ['expirationDateTime', 'renewedDateTime']),
  groupTypes: 'any eq | ne not',
  proxyAddresses: 'any eq startsWith | endsWith',
};
const SP_FILTER = {
  ...same(DIR_STRING, ['displayName', 'appDisplayName']),
  ...same(DIR_VALUE, ['id', 'appId', 'servicePrincipalType', 'accountEnabled', 'appOwnerOrganizationId', 'appRoleAssignmentRequired']),
  ...same('any eq startsWith', ['tags', 'servicePrincipalNames']),
};
const APP_FILTER = {
  ...same(DIR_STRING, ['displayName', 'publisherDomain']),
  ...same(DIR_VALUE, ['id', 'appId', 'signInAudience']),
  ...same('any eq startsWith', ['identifierUris', 'tags']),
};
/** Directory objects reached through a relationship: every filter is an advanced query. */
const advancedOnly = (f: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, `| ${v.replace('|', ' ')}`]));
const REL_FILTER = advancedOnly({ ...USER_FILTER, ...GROUP_FILTER, ...SP_FILTER });

const directoryCollection = { collection: true, advancedQueries: 'collection', pageSize: 100, topMax: 999, queryParameters: DIR_PARAMS, not: 'advanced' } as const;
const relationship = (id: string, path: string, doc: string, permissions: DocumentedPermissions, extra: Partial<DocumentedApi> = {}): DocumentedApi => ({
  id, method: 'GET', path, version: 'v1.0', doc, resourceDoc: 'directoryobject', entityType: 'directoryObject', collection: true,
  queryParameters: REL_PARAMS, filter: REL_FILTER, not: 'advanced', orderBy: { basic: [], advanced: ['displayName', 'userPrincipalName', 'createdDateTime'] },
  advancedQueries: 'relationship', pageSize: 100, topMax: 999, permissions, ...extra,
});

export const DIRECTORY_APIS: readonly DocumentedApi[] = [
  // ── users ──────────────────────────────────────────────────────────────
  {
    id: 'user-list', method: 'GET', path: '/users', version: 'v1.0', doc: 'user-list', resourceDoc: 'user', entityType: 'user', ...directoryCollection,
    filter: USER_FILTER, orderBy: { basic: ['displayName', 'userPrincipalName'], advanced: ['createdDateTime', 'deletedDateTime'] },
    permissions: { delegated: ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'], application: ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'] },
    propertyPermissions: { signInActivity: { delegated: ['AuditLog.Read.All'], application: ['AuditLog.Read.All'], together: ['User.Read.All', 'AuditLog.Read.All'] } },
    notes: [
      'User.ReadBasic.All returns only the basic profile; the product reads accountEnabled, userType, department, createdDateTime and needs User.Read.All.',
      'Application least privileged User.ReadBasic.All as on the current page (older versions listed User.Read.All first); ambiguous across versions.',
      "signInActivity: 'Supports $filter (eq, ne, not, ge, le) but not with any other filterable properties' (user resource); needs AuditLog.Read.All and a Microsoft Entra ID P1 licence.",
    ],
  },
  {
    id: 'user-get', method: 'GET', path: '/users/{id}', version: 'v1.0', doc: 'user-get', resourceDoc: 'user', entityType: 'user', collection: false,
    queryParameters: ['$select', '$expand'], permissions: { delegated: ['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'], application: ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'] },
    propertyPermissions: { signInActivity: { delegated: ['AuditLog.Read.All'], application: ['AuditLog.Read.All'], together: ['User.Read.All', 'AuditLog.Read.All'] } },
  },
  { id: 'user-list-manager', method: 'GET', path: '/users/{id}/manager', version: 'v1.0', doc: 'user-list-manager', entityType: 'directoryObject', collection: false, queryParameters: ['$select', '$expand'], permissions: USER_READ },
  relationship('user-list-directreports', '/users/{id}/directReports', 'user-list-directreports', USER_READ, {
    notes: ["The page: 'This API doesn't support getting the direct report chain beyond the specified user's direct reports.' All levels (user.directReports transitive) are read from /users with $expand=manager instead."],
    sources: [LEARN('user-list-directreports')],
  }),
  {
    id: 'user-list-licensedetails', method: 'GET', path: '/users/{id}/licenseDetails', version: 'v1.0', doc: 'user-list-licensedetails', resourceDoc: 'licensedetails', entityType: 'licenseDetails', collection: true,
    queryParameters: ['$select'],
    permissions: { delegated: ['LicenseAssignment.Read.All', 'Directory.Read.All', 'User.Read', 'User.Read.All'], application: null },
    notes: [
      'Application: Not supported (current page). App-only alternative: /users/{id}?$select=assignedLicenses (User.Read.All) named through /subscribedSkus; assignedLicenses also holds licences assigned through groups.',
      'The page returns licences assigned directly and through licensed groups. Query parameters: not stated on the page read here; kept to $select (ambiguous).',
      'Delegated: the signed-in user needs a role with microsoft.directory/users/licenseDetails/read (least privileged listed: Guest Inviter, Directory Readers, Directory Writers, …).',
    ],
    sources: [LEARN('user-list-licensedetails')],
  },
  {
    id: 'subscribedsku-list', method: 'GET', path: '/subscribedSkus', version: 'v1.0', doc: 'subscribedsku-list', resourceDoc: 'subscribedsku', entityType: 'subscribedSku', collection: true,
    queryParameters: ['$select'],
    permissions: { delegated: ['LicenseAssignment.Read.All', 'Organization.Read.All', 'Directory.Read.All'], application: ['LicenseAssignment.Read.All', 'Organization.Read.All', 'Directory.Read.All'] },
    notes: [
      "The page: 'This method supports only the $select OData query parameter … It does not support $filter.' A SKU is narrowed by the answer.",
      'Least privileged LicenseAssignment.Read.All in both modes on the current page (higher: Directory.Read.All, Organization.Read.All, …); earlier versions of the page named Organization.Read.All as least privileged. Ambiguous across versions.',
    ],
    sources: [LEARN('subscribedsku-list')],
  },
  {
    id: 'directory-deleteditems-list', method: 'GET', path: '/directory/deletedItems', version: 'v1.0', doc: 'directory-deleteditems-list', resourceDoc: 'user', entityType: 'user', collection: true,
    queryParameters: DIR_PARAMS, filter: USER_FILTER, not: 'advanced', orderBy: { basic: ['displayName', 'userPrincipalName'], advanced: ['deletedDateTime'] },
    advancedQueries: 'collection', casts: { types: ['microsoft.graph.user'], needsAdvanced: false }, pageSize: 100, topMax: 999,
    permissions: { delegated: ['User.Read.All'], application: ['User.Read.All'] },
    notes: [
      "Only the user cast is listed (the product reads deleted users). The page: 'The OData cast type is a required part of the URI and calling GET /directory/deleteditems without a type is not supported' — the checker does not model a required cast; the demo endpoint serves only the cast path.",
      "Query options: 'the query parameters that are supported by the resource that is specified by the OData cast'; $orderby on deletedDateTime needs ConsistencyLevel: eventual and $count=true. Per-property $filter operators on deleted users are not given: the user resource's are assumed (ambiguous).",
      'Per resource type: user — User.Read.All delegated and application (the table of the page).',
    ],
    sources: [CONTRIB('02b4cba04d0426b41fe35819922b100050c5c441', 'v1.0/api/directory-deleteditems-list.md'), LEARN('directory-deleteditems-list')],
  },
  relationship('user-list-memberof', '/users/{id}/memberOf', 'user-list-memberof', USER_READ, {
    casts: { types: ['microsoft.graph.group', 'microsoft.graph.directoryRole', 'microsoft.graph.administrativeUnit'], needsAdvanced: false },
    notes: ['The page shows OData casts (…/memberOf/microsoft.graph.group) with and without ConsistencyLevel; a cast with $count, $filter or $search is an advanced query. Ambiguous for a plain cast: kept as not needing the headers.'],
  }),
  relationship('user-list-transitivememberof', '/users/{id}/transitiveMemberOf', 'user-list-transitivememberof', USER_READ, {
    casts: { types: ['microsoft.graph.group', 'microsoft.graph.directoryRole', 'microsoft.graph.administrativeUnit'], needsAdvanced: true },
    notes: ["Advanced query capabilities page: 'Use OData cast with transitive members list' is an advanced query (ConsistencyLevel: eventual and $count=true)."],
  }),
  relationship('user-list-ownedobjects', '/users/{id}/ownedObjects', 'user-list-ownedobjects', { delegated: ['User.Read', 'User.Read.All', 'Directory.Read.All'], application: null }, {
    casts: { types: ['microsoft.graph.group', 'microsoft.graph.application', 'microsoft.graph.servicePrincipal'], needsAdvanced: false },
    notes: [
      'Application: Not supported (current page). Older versions of the page (docs-contrib@0aa62abaee92) listed User.Read.All for Application.',
      'App-only alternative: /groups/{id}/owners per candidate group (GroupMember.Read.All), or /groups?$expand=owners.',
    ],
    sources: [LEARN('user-list-ownedobjects')],
  }),
  relationship('user-list-registereddevices', '/users/{id}/registeredDevices', 'user-list-registereddevices', { delegated: ['User.Read', 'User.Read.All', 'Directory.Read.All'], application: null }, {
    casts: { types: ['microsoft.graph.device', 'microsoft.graph.endpoint', 'microsoft.graph.appRoleAssignment'], needsAdvanced: false },
    notes: ['Application: Not supported. App-only alternative: /devices/{id}/registeredOwners and /registeredUsers support Application Device.Read.All (device-list-registeredusers).'],
    sources: [LEARN('user-list-registereddevices'), LEARN('device-list-registeredusers')],
  }),
  relationship('user-list-owneddevices', '/users/{id}/ownedDevices', 'user-list-owneddevices', { delegated: ['User.Read', 'User.Read.All', 'Directory.Read.All'], application: null }, {
    casts: { types: ['microsoft.graph.device', 'microsoft.graph.endpoint', 'microsoft.graph.appRoleAssignment'], needsAdvanced: false },
    notes: ['Application: Not supported.'],
  }),
  {
    id: 'authentication-list-methods', method: 'GET', path: '/users/{id}/authentication/methods', version: 'v1.0', doc: 'authentication-list-methods', entityType: 'authenticationMethod', collection: true,
    queryParameters: [], permissions: { delegated: ['UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All'], application: ['UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All'] },
    notes: ["The page: 'This method doesn't support optional query parameters to customize the response.'"],
  },
  {
    id: 'user-list-approleassignments', method: 'GET', path: '/users/{id}/appRoleAssignments', version: 'v1.0', doc: 'user-list-approleassignments', entityType: 'appRoleAssignment', collection: true,
    queryParameters: ['$count', '$filter', '$select', '$top'], filter: { resourceId: 'eq | ne not', principalId: 'eq' }, pageSize: 100, topMax: 999,
    permissions: { delegated: ['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'], application: ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'] },
  },
  // ── groups ─────────────────────────────────────────────────────────────
  {
    id: 'group-list', method: 'GET', path: '/groups', version: 'v1.0', doc: 'group-list', resourceDoc: 'group', entityType: 'group', ...directoryCollection,
    filter: GROUP_FILTER, orderBy: { basic: ['displayName'], advanced: ['deletedDateTime'] }, permissions: GROUP_MEMBER_READ,
    notes: ["Group properties: the advanced-query page's table read here covers users only; operators follow the group resource notes (ambiguous). The page's own example: groups createdDateTime ge is refused even as an advanced query."],
  },
  { id: 'group-get', method: 'GET', path: '/groups/{id}', version: 'v1.0', doc: 'group-get', resourceDoc: 'group', entityType: 'group', collection: false, queryParameters: ['$select', '$expand'], permissions: GROUP_MEMBER_READ },
  relationship('group-list-owners', '/groups/{id}/owners', 'group-list-owners', GROUP_MEMBER_READ),
  relationship('group-list-members', '/groups/{id}/members', 'group-list-members', GROUP_MEMBER_READ, {
    casts: { types: ['microsoft.graph.user', 'microsoft.graph.group', 'microsoft.graph.servicePrincipal', 'microsoft.graph.device', 'microsoft.graph.orgContact'], needsAdvanced: false },
  }),
  relationship('group-list-transitivemembers', '/groups/{id}/transitiveMembers', 'group-list-transitivemembers', GROUP_MEMBER_READ, {
    casts: { types: ['microsoft.graph.user', 'microsoft.graph.group', 'microsoft.graph.servicePrincipal', 'microsoft.graph.device', 'microsoft.graph.orgContact'], needsAdvanced: true },
    notes: ["Advanced query capabilities page, example: GET ../groups/{id}/transitiveMembers/microsoft.graph.user?$count=true with ConsistencyLevel: eventual."],
  }),
  {
    id: 'group-list-approleassignments', method: 'GET', path: '/groups/{id}/appRoleAssignments', version: 'v1.0', doc: 'group-list-approleassignments', entityType: 'appRoleAssignment', collection: true,
    queryParameters: ['$count', '$filter', '$select', '$top'], filter: { resourceId: 'eq | ne not' }, pageSize: 100, topMax: 999,
    permissions: { delegated: ['Directory.Read.All', 'AppRoleAssignment.ReadWrite.All'], application: ['Directory.Read.All', 'AppRoleAssignment.ReadWrite.All'] },
  },
  {
    id: 'group-delta', method: 'GET', path: '/groups/delta', version: 'v1.0', doc: 'group-delta', resourceDoc: 'group', entityType: 'group', collection: true,
    queryParameters: ['$select', '$filter', '$deltatoken', '$skiptoken'], filter: { id: 'eq' }, pageSize: 100, permissions: GROUP_MEMBER_READ,
    notes: ["$filter only 'id eq' (up to 50 ORed); $orderby, $top, $count, $search and $expand are not supported by delta."],
  },
  // ── applications and service principals ────────────────────────────────
  {
    id: 'application-list', method: 'GET', path: '/applications', version: 'v1.0', doc: 'application-list', resourceDoc: 'application', entityType: 'application', ...directoryCollection,
    filter: APP_FILTER, orderBy: { basic: [], advanced: ['createdDateTime', 'deletedDateTime', 'displayName'] }, permissions: APP_READ,
  },
  {
    id: 'serviceprincipal-list', method: 'GET', path: '/servicePrincipals', version: 'v1.0', doc: 'serviceprincipal-list', resourceDoc: 'serviceprincipal', entityType: 'servicePrincipal', ...directoryCollection,
    filter: SP_FILTER, orderBy: { basic: [], advanced: ['deletedDateTime', 'displayName'] }, permissions: APP_READ,
    notes: ['The sorting table lists servicePrincipal createdDateTime, which the v1.0 metadata does not have (beta only): left out.'],
  },
  { id: 'serviceprincipal-get', method: 'GET', path: '/servicePrincipals/{id}', version: 'v1.0', doc: 'serviceprincipal-get', resourceDoc: 'serviceprincipal', entityType: 'servicePrincipal', collection: false, queryParameters: ['$select', '$expand'], permissions: APP_READ },
  relationship('serviceprincipal-list-owners', '/servicePrincipals/{id}/owners', 'serviceprincipal-list-owners', APP_READ),
  {
    id: 'serviceprincipal-list-approleassignedto', method: 'GET', path: '/servicePrincipals/{id}/appRoleAssignedTo', version: 'v1.0', doc: 'serviceprincipal-list-approleassignedto', entityType: 'appRoleAssignment', collection: true,
    queryParameters: ['$count', '$filter', '$select', '$top', '$orderby'], filter: { principalId: 'eq', principalType: 'eq', resourceId: 'eq' }, pageSize: 100, topMax: 999, permissions: APP_READ,
  },
  {
    id: 'serviceprincipal-list-approleassignments', method: 'GET', path: '/servicePrincipals/{id}/appRoleAssignments', version: 'v1.0', doc: 'serviceprincipal-list-approleassignments', entityType: 'appRoleAssignment', collection: true,
    queryParameters: ['$count', '$filter', '$select', '$top'], filter: { resourceId: 'eq' }, pageSize: 100, topMax: 999, permissions: APP_READ,
  },
  {
    id: 'oauth2permissiongrant-list', method: 'GET', path: '/oauth2PermissionGrants', version: 'v1.0', doc: 'oauth2permissiongrant-list', resourceDoc: 'oauth2permissiongrant', entityType: 'oAuth2PermissionGrant', collection: true,
    queryParameters: ['$filter', '$select', '$top'], filter: same('eq', ['clientId', 'consentType', 'principalId', 'resourceId']), pageSize: 100, topMax: 999,
    permissionsFromPage: true,
    notes: [
      '$count is not supported on oauth2PermissionGrants.',
      "Permissions read from the page (docs-excerpts; the same in includes/permissions/oauth2permissiongrant-list-permissions.md at docs-contrib@76f025a09c05 and on the published List/Get oauth2PermissionGrants pages): least privileged Directory.Read.All in both modes. DelegatedPermissionGrant.Read.All exists in the permissions reference but is not listed for this API, so it is not relied on (until 2026-12-06 the table named it, written by hand against the page).",
    ],
  },
  {
    id: 'organization-list', method: 'GET', path: '/organization', version: 'v1.0', doc: 'organization-list', resourceDoc: 'organization', entityType: 'organization', collection: true,
    queryParameters: ['$select'], permissionsFromPage: true,
    notes: ['Permissions read from the page by build.ts (docs-excerpts: the page version and its includes/permissions/organization-list-permissions.md both list Directory.Read.All as the least privileged application permission; the published page may since list Organization.Read.All — not in the stored versions read here). User.Read (delegated) reads only id, displayName and verifiedDomains; other properties come back null.'],
    sources: [LEARN('organization-list')],
  },
  {
    id: 'domain-list', method: 'GET', path: '/domains', version: 'v1.0', doc: 'domain-list', resourceDoc: 'domain', entityType: 'domain', collection: true,
    queryParameters: ['$select'], permissionsFromPage: true,
    notes: ['Permissions read from the page by build.ts (docs-excerpts). The newest stored page version puts its table in includes/permissions/domain-list-permissions.md, which the store lacks; the newest stored version with its own table lists Directory.Read.All only for delegated and Domain.Read.All first for application.'],
    sources: [LEARN('domain-list')],
  },
  {
    id: 'conditionalaccessroot-list-policies', method: 'GET', path: '/identity/conditionalAccess/policies', version: 'v1.0', doc: 'conditionalaccessroot-list-policies', resourceDoc: 'conditionalaccesspolicy', entityType: 'conditionalAccessPolicy', collection: true,
    queryParameters: ['$skip', '$top', '$count', '$filter', '$orderby', '$select'],
    permissionsFromPage: true,
    notes: [
      'The v1.0 page: "supports the $skip, $top, $count, $filter, $orderby, and $select OData query parameters"; no per-property filter operators are given.',
      'Permissions read from the page by build.ts (docs-excerpts, stored versions 03e88f0a and 43bb086c agree: Policy.Read.All only, both modes).',
    ],
    sources: [LEARN('conditionalaccessroot-list-policies')],
  },
  {
    id: 'reportroot-list-serviceprincipalsigninactivities', method: 'GET', path: '/reports/servicePrincipalSignInActivities', version: 'beta', doc: 'reportroot-list-serviceprincipalsigninactivities', resourceDoc: 'serviceprincipalsigninactivity', entityType: 'servicePrincipalSignInActivity', collection: true,
    queryParameters: ['$filter', '$orderby', '$top'], filter: { appId: 'eq' }, permissions: { delegated: ['AuditLog.Read.All', 'Directory.Read.All'], application: ['AuditLog.Read.All', 'Directory.Read.All'] },
    notes: [
      'Beta only: no v1.0 counterpart. Needs a Microsoft Entra ID P1 licence.',
      "The page: '$top, $filter, and $orderBy'; its only filter example is appId eq, no per-property operators are given (lastSignInActivity/lastSignInDateTime ranges are not documented)."
    ],
    sources: [CONTRIB('129f46bfd87888d7fd1b638d0eaf60d8e0f75d05', 'beta/api/reportroot-list-serviceprincipalsigninactivities.md')],
  },
];
