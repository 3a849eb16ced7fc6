import type { GraphObject } from '../../model';
import type { CollectionDef, Expander } from './collection-def';
import type { DataContext } from '../data/data-context';
import { USER_DEFAULT_PROPERTIES } from './default-properties';
import { assignmentsBy, userAppRoleAssignments } from '../data/app-role-assignments';
import { advancedOnly, defineCollection, DIR_DATE, DIR_STRING, DIR_STRINGS, DIR_VALUE, same } from './define';

/** Graph returns at most 20 objects for an expanded directory relationship. */
const EXPAND_LIMIT = 20;
const rel = (pick: (ctx: DataContext, row: GraphObject) => readonly string[] | undefined): Expander => (row, ctx) =>
  ctx.index.typed((pick(ctx, row) ?? []).slice(0, EXPAND_LIMIT));
/** An expanded list of non-directory objects (app role assignments), capped the same way. */
const list = (pick: (ctx: DataContext, row: GraphObject) => readonly GraphObject[]): Expander => (row, ctx) =>
  pick(ctx, row).slice(0, EXPAND_LIMIT);

const directory = { dialect: 'directory', pageSize: 100, maxTop: 999, advancedQueries: true, count: 'eventual' } as const;

const userFilter = {
  ...same(DIR_STRING, [
    'displayName', 'givenName', 'surname', 'mail', 'mailNickname', 'userPrincipalName', 'jobTitle', 'department',
    'companyName', 'city', 'country', 'state', 'officeLocation', 'usageLocation', 'employeeId', 'employeeType',
    'onPremisesSamAccountName', 'preferredLanguage', 'postalCode', 'mobilePhone', 'streetAddress',
  ]),
  ...same(DIR_VALUE, ['id', 'accountEnabled', 'externalUserState', 'creationType', 'onPremisesSyncEnabled', 'ageGroup']),
  userType: 'eq in startsWith | ne eqNull',
  ...same(DIR_DATE, ['createdDateTime', 'externalUserStateChangeDateTime', 'employeeHireDate']),
  ...same('eq ge le gt lt | ne eqNull', [
    'signInActivity/lastSignInDateTime', 'signInActivity/lastNonInteractiveSignInDateTime',
    'signInActivity/lastSuccessfulSignInDateTime',
  ]),
  lastPasswordChangeDateTime: '| eq ne ge le in eqNull',
  ...same(DIR_STRINGS, ['proxyAddresses', 'otherMails', 'businessPhones', 'imAddresses']),
  ...same('any eq', ['identities/issuer', 'identities/issuerAssignedId', 'identities/signInType', 'assignedLicenses/skuId']),
};

/** `/users` */
export const usersDef: CollectionDef = defineCollection({
  ...directory,
  entityType: 'user',
  filter: { properties: userFilter, not: 'advanced' },
  orderBy: { basic: ['displayName', 'userPrincipalName'], advanced: ['createdDateTime', 'givenName', 'surname', 'mail', 'jobTitle', 'department'] },
  search: ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'mailNickname', 'jobTitle', 'department'],
  defaultSelect: USER_DEFAULT_PROPERTIES,
  extraProperties: [
    'signInActivity', 'manager', 'directReports', 'memberOf', 'registeredDevices', 'ownedDevices', 'otherMails',
    'proxyAddresses', 'identities', 'imAddresses', 'assignedLicenses', 'assignedPlans', 'ageGroup', 'streetAddress',
    'postalCode', 'faxNumber', 'showInAddressList', 'securityIdentifier', 'deletedDateTime', 'preferredDataLocation',
    'onPremisesSamAccountName', 'onPremisesImmutableId', 'onPremisesLastSyncDateTime', 'onPremisesDistinguishedName',
    'onPremisesDomainName', 'onPremisesUserPrincipalName', 'onPremisesSecurityIdentifier', 'consentProvidedForMinor',
    'legalAgeGroupClassification', 'employeeOrgData', 'mailboxSettings', 'aboutMe', 'birthday', 'hireDate',
  ],
  expand: {
    memberOf: rel((ctx, r) => ctx.index.memberOf.get(r.id)),
    registeredDevices: rel((ctx, r) => ctx.index.devicesOfUser.get(r.id)),
    ownedDevices: rel((ctx, r) => ctx.index.devicesOfUser.get(r.id)),
    manager: (row, ctx) => {
      const id = ctx.index.managerOf.get(row.id);
      return id === undefined ? null : (ctx.index.typed([id])[0] ?? null);
    },
    directReports: rel((ctx, r) => ctx.index.directReports.get(r.id)),
    // The user resource: "appRoleAssignments … Supports $expand."
    appRoleAssignments: list(userAppRoleAssignments),
  },
});

const groupFilter = {
  ...same(DIR_STRING, ['displayName', 'description', 'mail', 'mailNickname', 'classification', 'onPremisesSamAccountName']),
  ...same(DIR_VALUE, ['id', 'mailEnabled', 'securityEnabled', 'isAssignableToRole', 'onPremisesSyncEnabled', 'visibility']),
  ...same(DIR_DATE, ['createdDateTime', 'expirationDateTime', 'renewedDateTime']),
  membershipRule: '| eq ne startsWith in',
  membershipRuleProcessingState: 'eq | ne',
  groupTypes: 'any eq | ne',
  resourceProvisioningOptions: 'any eq',
  proxyAddresses: DIR_STRINGS,
};

/** `/groups` */
export const groupsDef: CollectionDef = defineCollection({
  ...directory,
  entityType: 'group',
  filter: { properties: groupFilter, not: 'advanced' },
  orderBy: { basic: ['displayName'], advanced: ['createdDateTime', 'mail'] },
  search: ['displayName', 'description', 'mail', 'mailNickname'],
  extraProperties: [
    'members', 'owners', 'memberOf', 'assignedLicenses', 'onPremisesSamAccountName', 'onPremisesSecurityIdentifier',
    'onPremisesLastSyncDateTime', 'resourceProvisioningOptions', 'resourceBehaviorOptions', 'theme', 'creationOptions',
  ],
  expand: {
    members: rel((ctx, r) => ctx.index.members.get(r.id)),
    owners: rel((ctx, r) => ctx.index.owners.get(r.id)),
    memberOf: rel((ctx, r) => ctx.index.memberOf.get(r.id)),
  },
});

/** `/servicePrincipals` */
export const servicePrincipalsDef: CollectionDef = defineCollection({
  ...directory,
  entityType: 'servicePrincipal',
  filter: {
    properties: {
      ...same(DIR_STRING, ['displayName', 'publisherName', 'appDisplayName', 'description']),
      ...same(DIR_VALUE, ['id', 'appId', 'servicePrincipalType', 'accountEnabled', 'appOwnerOrganizationId', 'appRoleAssignmentRequired', 'signInAudience']),
      ...same(DIR_STRINGS, ['tags', 'servicePrincipalNames', 'replyUrls', 'notificationEmailAddresses']),
      ...same('| any eq ge le', ['passwordCredentials/endDateTime', 'keyCredentials/endDateTime']),
      'verifiedPublisher/displayName': DIR_STRING,
    },
    not: 'advanced',
  },
  orderBy: { basic: ['displayName'], advanced: ['appDisplayName'] },
  search: ['displayName', 'description', 'appDisplayName', 'publisherName'],
  extraProperties: [
    'owners', 'memberOf', 'alternativeNames', 'applicationTemplateId', 'disabledByMicrosoftStatus', 'info', 'logoutUrl',
    'notificationEmailAddresses', 'publisherName', 'samlSingleSignOnSettings', 'tokenEncryptionKeyId',
    'resourceSpecificApplicationPermissions', 'addIns',
  ],
  expand: {
    owners: rel((ctx, r) => ctx.index.owners.get(r.id)),
    memberOf: rel((ctx, r) => ctx.index.memberOf.get(r.id)),
    // The servicePrincipal resource: appRoleAssignedTo and appRoleAssignments "Supports $expand";
    // oauth2PermissionGrants does not say so, and is refused here.
    appRoleAssignedTo: list(assignmentsBy('resourceId')),
    appRoleAssignments: list(assignmentsBy('principalId')),
  },
});

/** `/applications` */
export const applicationsDef: CollectionDef = defineCollection({
  ...directory,
  entityType: 'application',
  filter: {
    properties: {
      ...same(DIR_STRING, ['displayName', 'publisherDomain', 'description']),
      ...same(DIR_VALUE, ['id', 'appId', 'signInAudience', 'isFallbackPublicClient']),
      createdDateTime: DIR_DATE,
      ...same(DIR_STRINGS, ['identifierUris', 'tags', 'web/redirectUris']),
      ...same('| any eq ge le', ['passwordCredentials/endDateTime', 'keyCredentials/endDateTime']),
      'verifiedPublisher/displayName': DIR_STRING,
    },
    not: 'advanced',
  },
  orderBy: { basic: ['displayName'], advanced: ['createdDateTime'] },
  search: ['displayName', 'description'],
  extraProperties: ['owners'],
  expand: {
    owners: (row, ctx) => {
      const sp = typeof row['appId'] === 'string' ? ctx.index.servicePrincipalsByAppId.get(row['appId']) : undefined;
      return ctx.index.typed((ctx.index.owners.get(row.id) ?? (sp ? ctx.index.owners.get(sp.id) : undefined) ?? []).slice(0, EXPAND_LIMIT));
    },
  },
});

/** `/devices` */
export const devicesDef: CollectionDef = defineCollection({
  ...directory,
  entityType: 'device',
  filter: {
    properties: {
      ...same(DIR_STRING, ['displayName', 'operatingSystem', 'operatingSystemVersion', 'manufacturer', 'model']),
      ...same(DIR_VALUE, ['id', 'deviceId', 'accountEnabled', 'isCompliant', 'isManaged', 'trustType', 'profileType', 'deviceOwnership', 'enrollmentType']),
      ...same(DIR_DATE, ['approximateLastSignInDateTime', 'registrationDateTime', 'createdDateTime']),
      physicalIds: 'any eq startsWith',
    },
    not: 'advanced',
  },
  orderBy: { basic: ['displayName'], advanced: ['approximateLastSignInDateTime'] },
  search: ['displayName'],
  extraProperties: ['registeredOwners', 'registeredUsers'],
  expand: {
    registeredOwners: rel((ctx, r) => ctx.index.usersOfDevice.get(r.id)),
    registeredUsers: rel((ctx, r) => ctx.index.usersOfDevice.get(r.id)),
  },
});

/**
 * Directory objects reached through a relationship (`/groups/{id}/members`, `/users/{id}/memberOf`, …):
 * filtering, sorting and counting them are advanced queries.
 */
export const directoryObjectsDef: CollectionDef = defineCollection({
  ...directory,
  entityType: 'directoryObject',
  lenientSelect: true,
  filter: advancedOnly({
    properties: { ...userFilter, ...groupFilter, ...servicePrincipalsDef.filter.properties, ...devicesDef.filter.properties },
    not: 'advanced',
  }),
  orderBy: { basic: [], advanced: ['displayName', 'userPrincipalName', 'createdDateTime'] },
  search: ['displayName', 'mail', 'userPrincipalName', 'description', 'mailNickname'],
});

/**
 * `/directory/deletedItems/microsoft.graph.user`: the user resource's query options (directory-deleteditems-list);
 * `$orderby` on displayName and userPrincipalName, on deletedDateTime only as an advanced query.
 */
export const deletedUsersDef: CollectionDef = {
  ...usersDef,
  orderBy: { basic: ['displayName', 'userPrincipalName'], advanced: ['deletedDateTime'] },
  extraProperties: [...(usersDef.extraProperties ?? []), 'deletedDateTime'],
};
