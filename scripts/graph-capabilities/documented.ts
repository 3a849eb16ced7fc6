/**
 * What Microsoft's Graph API reference documents for each API the product calls, written down
 * per page (learn.microsoft.com/graph/api/…, source microsoftgraph/microsoft-graph-docs-contrib,
 * CC BY 4.0). Facts, not text: operators, parameters, limits and permissions as the pages list
 * them. `build.ts` checks every property against Microsoft's metadata and, given a docs checkout
 * (`--docs`), re-reads permissions and per-property `Supports $filter (…)` notes from it.
 *
 * Filter specs per property: `'eq in startsWith | ne endsWith eqNull'` — operators before `|` work
 * on any request, those after it only as advanced queries (`ConsistencyLevel: eventual` and
 * `$count=true`). `any` means the property is a collection filtered through `any()`.
 */

export type Mode = 'delegated' | 'application';

export interface DocumentedPermissions {
  /** Least privileged first; `null`: "Not supported." for this permission type. */
  readonly delegated: readonly string[] | null;
  readonly application: readonly string[] | null;
  /** Permissions the page says must be granted together (e.g. signIns' known issue). */
  readonly together?: readonly string[];
}

/** A shape the product keeps although the docs do not list it, and why. */
export interface UndocumentedButKept {
  readonly what: string;
  readonly reason: string;
  /** The documented shape to fall back to when Graph answers 400. */
  readonly fallback: string;
}

export interface DocumentedApi {
  readonly id: string;
  readonly method: 'GET';
  /** Path template under the version root; `{id}` is one key segment. */
  readonly path: string;
  readonly version: 'v1.0' | 'beta';
  /** The API reference page (file name under api-reference/<version>/api/, without `.md`). */
  readonly doc: string;
  /** The resource page whose property notes give the `$filter` operators (resources/<name>.md). */
  readonly resourceDoc?: string;
  /** Entity type of the returned objects, checked against the metadata. */
  readonly entityType: string;
  readonly collection: boolean;
  /** OData query parameters the page documents. */
  readonly queryParameters: readonly string[];
  /** `$filter` operators per property (see the header); absent: no `$filter`. */
  readonly filter?: Readonly<Record<string, string>>;
  /** Whether `not(…)` is allowed: never, always, or only as an advanced query. */
  readonly not?: 'never' | 'always' | 'advanced';
  /** `$orderby` properties: basic ones always, advanced ones only as advanced queries. */
  readonly orderBy?: { readonly basic: readonly string[]; readonly advanced: readonly string[] };
  /** Directory-object rules of the advanced-query page apply (see `ADVANCED_QUERY_RULES`). */
  readonly advancedQueries?: 'collection' | 'relationship';
  /** OData type casts allowed on this path and whether a cast needs an advanced query. */
  readonly casts?: { readonly types: readonly string[]; readonly needsAdvanced: boolean };
  readonly pageSize?: number;
  readonly topMax?: number;
  readonly permissions: DocumentedPermissions;
  /** Extra permission needed to see some properties (e.g. Conditional Access details). */
  readonly propertyPermissions?: Readonly<Record<string, DocumentedPermissions>>;
  readonly undocumentedButKept?: readonly UndocumentedButKept[];
  /** Where the docs are ambiguous or silent, said plainly. */
  readonly notes?: readonly string[];
  /**
   * Where each fact was read: `docs-contrib@<commit> <path>` for a page version read from the
   * repository, `learn.microsoft.com <page> (<date>)` for the published page.
   */
  readonly sources?: readonly string[];
}

const LEARN = (page: string): string => `learn.microsoft.com/graph/api/${page} (2026-12-06)`;
const CONTRIB = (commit: string, file: string): string => `docs-contrib@${commit.slice(0, 12)} api-reference/${file}`;

const DIR_STRING = 'eq ge le in startsWith | ne not eqNull';
const DIR_VALUE = 'eq in | ne not eqNull';
const DIR_DATE = 'eq ge le | ne not in eqNull';
const DIR_PARAMS = ['$count', '$expand', '$filter', '$orderby', '$search', '$select', '$top'];
const REL_PARAMS = ['$count', '$expand', '$filter', '$orderby', '$search', '$select', '$top'];
const same = (spec: string, names: readonly string[]): Record<string, string> => Object.fromEntries(names.map((n) => [n, spec]));

const USER_READ = { delegated: ['User.Read', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'], application: ['User.Read.All', 'Directory.Read.All'] };
const GROUP_MEMBER_READ = { delegated: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'], application: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'] };
const APP_READ = { delegated: ['Application.Read.All', 'Directory.Read.All'], application: ['Application.Read.All', 'Directory.Read.All'] };
const ROLE_READ = { delegated: ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'Directory.Read.All'], application: ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'Directory.Read.All'] };
const EM_READ = { delegated: ['EntitlementManagement.Read.All', 'EntitlementManagement.ReadWrite.All'], application: ['EntitlementManagement.Read.All', 'EntitlementManagement.ReadWrite.All'] };
const AUDIT_READ = { delegated: ['AuditLog.Read.All'], application: ['AuditLog.Read.All'] };

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

export const DOCUMENTED: readonly DocumentedApi[] = [
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
  relationship('user-list-directreports', '/users/{id}/directReports', 'user-list-directreports', USER_READ),
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
    permissions: { delegated: ['DelegatedPermissionGrant.Read.All', 'Directory.Read.All'], application: ['DelegatedPermissionGrant.Read.All', 'Directory.Read.All'] },
    notes: ['$count is not supported on oauth2PermissionGrants.'],
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
  // ── roles ──────────────────────────────────────────────────────────────
  {
    id: 'rbacapplication-list-roledefinitions', method: 'GET', path: '/roleManagement/directory/roleDefinitions', version: 'v1.0', doc: 'rbacapplication-list-roledefinitions', resourceDoc: 'unifiedroledefinition', entityType: 'unifiedRoleDefinition', collection: true,
    queryParameters: ['$filter', '$select', '$expand'], filter: same('eq in', ['id', 'displayName', 'isBuiltIn', 'isEnabled', 'templateId']), not: 'never', permissions: ROLE_READ,
    notes: ["unifiedRoleDefinition.displayName 'Supports $filter (eq, in)': no startsWith; match partial names client-side."],
  },
  {
    id: 'rbacapplication-list-roleassignments', method: 'GET', path: '/roleManagement/directory/roleAssignments', version: 'v1.0', doc: 'rbacapplication-list-roleassignments', resourceDoc: 'unifiedroleassignment', entityType: 'unifiedRoleAssignment', collection: true,
    queryParameters: ['$filter', '$select', '$expand'], filter: same('eq in', ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'appScopeId']), not: 'never', permissions: ROLE_READ,
    notes: ['The page requires a $filter on principalId, roleDefinitionId, directoryScopeId or appScopeId (eq, in); $expand principal and roleDefinition.'],
  },
  {
    id: 'rbacapplication-list-roleeligibilityschedules', method: 'GET', path: '/roleManagement/directory/roleEligibilitySchedules', version: 'v1.0', doc: 'rbacapplication-list-roleeligibilityschedules', resourceDoc: 'unifiedroleeligibilityschedule', entityType: 'unifiedRoleEligibilitySchedule', collection: true,
    queryParameters: ['$filter', '$select', '$expand'], filter: same('eq in', ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'appScopeId', 'status', 'memberType']), not: 'never',
    permissions: { delegated: ['RoleEligibilitySchedule.Read.Directory', 'RoleManagement.Read.Directory', 'RoleManagement.Read.All'], application: ['RoleEligibilitySchedule.Read.Directory', 'RoleManagement.Read.Directory', 'RoleManagement.Read.All'] },
    notes: ["The page: '$select, $filter, and $expand'. The resource gives no per-property operators; the product filters principalId eq / in, 'in' kept as on unifiedRoleAssignment (ambiguous)."],
    sources: [CONTRIB('073a3963b21637213e5f1e568a46929928f02ddf', 'v1.0/api/rbacapplication-list-roleeligibilityschedules.md')],
  },
  // ── entitlement management ─────────────────────────────────────────────
  {
    id: 'entitlementmanagement-list-catalogs', method: 'GET', path: '/identityGovernance/entitlementManagement/catalogs', version: 'v1.0', doc: 'entitlementmanagement-list-catalogs', resourceDoc: 'accesspackagecatalog', entityType: 'accessPackageCatalog', collection: true,
    queryParameters: ['$filter', '$select', '$expand', '$top', '$skip', '$count'], filter: { id: 'eq', displayName: 'eq contains', state: 'eq', catalogType: 'eq' }, not: 'never', pageSize: 100, topMax: 999, permissions: EM_READ,
  },
  {
    id: 'entitlementmanagement-list-accesspackages', method: 'GET', path: '/identityGovernance/entitlementManagement/accessPackages', version: 'v1.0', doc: 'entitlementmanagement-list-accesspackages', resourceDoc: 'accesspackage', entityType: 'accessPackage', collection: true,
    queryParameters: ['$filter', '$select', '$expand', '$top', '$skip', '$count'], filter: { id: 'eq', displayName: 'eq contains', description: 'eq contains', isHidden: 'eq', 'catalog/id': 'eq' }, not: 'never', pageSize: 100, topMax: 999, permissions: EM_READ,
    notes: ["accessPackage.displayName 'Supports $filter (eq, contains)': no startsWith."],
  },
  { id: 'accesspackage-get', method: 'GET', path: '/identityGovernance/entitlementManagement/accessPackages/{id}', version: 'v1.0', doc: 'accesspackage-get', resourceDoc: 'accesspackage', entityType: 'accessPackage', collection: false, queryParameters: ['$select', '$expand'], permissions: EM_READ },
  {
    id: 'entitlementmanagement-list-assignmentpolicies', method: 'GET', path: '/identityGovernance/entitlementManagement/assignmentPolicies', version: 'v1.0', doc: 'entitlementmanagement-list-assignmentpolicies', resourceDoc: 'accesspackageassignmentpolicy', entityType: 'accessPackageAssignmentPolicy', collection: true,
    queryParameters: ['$filter', '$select', '$expand', '$top'], filter: { id: 'eq', displayName: 'eq contains', 'accessPackage/id': 'eq', 'catalog/id': 'eq' }, not: 'never', pageSize: 100, topMax: 999, permissions: EM_READ,
  },
  {
    id: 'entitlementmanagement-list-assignments', method: 'GET', path: '/identityGovernance/entitlementManagement/assignments', version: 'v1.0', doc: 'entitlementmanagement-list-assignments', resourceDoc: 'accesspackageassignment', entityType: 'accessPackageAssignment', collection: true,
    queryParameters: ['$filter', '$select', '$expand', '$top', '$skip', '$count'], filter: { id: 'eq', state: 'eq', 'accessPackage/id': 'eq', 'target/objectId': 'eq', 'target/email': 'eq', 'assignmentPolicy/id': 'eq' }, not: 'never', pageSize: 100, topMax: 999, permissions: EM_READ,
  },
  {
    id: 'entitlementmanagement-list-assignmentrequests', method: 'GET', path: '/identityGovernance/entitlementManagement/assignmentRequests', version: 'v1.0', doc: 'entitlementmanagement-list-assignmentrequests', resourceDoc: 'accesspackageassignmentrequest', entityType: 'accessPackageAssignmentRequest', collection: true,
    queryParameters: ['$filter', '$select', '$expand', '$top', '$skip', '$count'], filter: { id: 'eq', state: 'eq', status: 'eq', requestType: 'eq', 'accessPackage/id': 'eq', 'requestor/objectId': 'eq' }, not: 'never', pageSize: 100, topMax: 999, permissions: EM_READ,
  },
];

/** The directory rules of "Advanced query capabilities on Microsoft Entra ID objects" (aad-advanced-queries). */
export const ADVANCED_QUERY_RULES = {
  doc: 'https://learn.microsoft.com/graph/aad-advanced-queries',
  source: 'docs-contrib@01a90577547e concepts/aad-advanced-queries.md (2023-04-14) and docs-contrib@0a8bce95be3b includes/filter-directory-objects.md (user properties)',
  headers: { ConsistencyLevel: 'eventual' },
  rules: [
    '$count as a segment without ConsistencyLevel: eventual is 400 Request_BadRequest "$count is not currently supported."; $count=true without it is silently ignored (no @odata.count).',
    '$search needs ConsistencyLevel: eventual.',
    'ne, not, endsWith and eq null in $filter need ConsistencyLevel: eventual and $count=true.',
    '$orderby: user displayName and userPrincipalName and group displayName by default; createdDateTime, deletedDateTime and application / servicePrincipal displayName only as advanced queries; $filter together with $orderby always needs ConsistencyLevel: eventual and $count=true.',
    'in works by default wherever eq does; endsWith only as an advanced query and only on mail, otherMails, userPrincipalName and proxyAddresses.',
    '$filter, $orderby, $search and $count on relationships (members, memberOf, transitiveMembers, transitiveMemberOf, owners, ownedObjects, …) are advanced queries.',
    'OData cast with a transitive list (~/me/transitiveMemberOf/microsoft.graph.group?$count=true) is an advanced query.',
    '$expand is not supported together with advanced queries.',
  ],
} as const;
