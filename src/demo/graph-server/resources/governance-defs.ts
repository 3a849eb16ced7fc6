import type { GraphObject } from '../../model';
import type { CollectionDef } from './collection-def';
import { defineCollection, same } from './define';
import { embedded, toMany, toOne } from './related';

const em = { pageSize: 100, maxTop: 999, count: 'always' } as const;
const TEXT = 'eq ne startsWith contains';

/** `/identityGovernance/entitlementManagement/catalogs` */
export const catalogsDef: CollectionDef = defineCollection({
  ...em,
  entityType: 'accessPackageCatalog',
  filter: {
    properties: { ...same('eq ne in', ['id', 'state', 'catalogType', 'isExternallyVisible']), displayName: TEXT, description: TEXT },
    not: 'always',
  },
  orderBy: { basic: ['displayName', 'createdDateTime'], advanced: [] },
  expand: { accessPackages: toMany('accessPackages', 'catalog') },
});

/** `/identityGovernance/entitlementManagement/accessPackages` */
export const accessPackagesDef: CollectionDef = defineCollection({
  ...em,
  entityType: 'accessPackage',
  filter: {
    properties: { ...same('eq ne in', ['id', 'isHidden', 'catalog/id', 'catalogId']), displayName: TEXT, description: TEXT },
    not: 'always',
  },
  orderBy: { basic: ['displayName', 'createdDateTime'], advanced: [] },
  expand: {
    catalog: toOne('catalog', 'accessPackageCatalogs'),
    assignmentPolicies: toMany('accessPackageAssignmentPolicies', 'accessPackage'),
    // The generated package carries its resource role scopes, each with its role and scope inline.
    resourceRoleScopes: (row) => (Array.isArray(row.resourceRoleScopes) ? (row.resourceRoleScopes as GraphObject[]) : []),
  },
});

/** `/identityGovernance/entitlementManagement/assignmentPolicies` */
export const assignmentPoliciesDef: CollectionDef = defineCollection({
  ...em,
  entityType: 'accessPackageAssignmentPolicy',
  filter: {
    properties: { ...same('eq ne in', ['id', 'accessPackage/id', 'accessPackageId', 'allowedTargetScope']), displayName: TEXT },
    not: 'always',
  },
  orderBy: { basic: ['displayName'], advanced: [] },
  expand: { accessPackage: toOne('accessPackage', 'accessPackages'), catalog: toOne('catalog', 'accessPackageCatalogs') },
});

/** `/identityGovernance/entitlementManagement/assignments` */
export const assignmentsDef: CollectionDef = defineCollection({
  ...em,
  entityType: 'accessPackageAssignment',
  filter: {
    properties: {
      ...same('eq ne in', ['id', 'state', 'status', 'accessPackage/id', 'accessPackageId', 'assignmentPolicy/id', 'target/objectId', 'target/id', 'target/email']),
      'target/displayName': TEXT,
      'schedule/expiration/endDateTime': 'eq ge le gt lt',
      expiredDateTime: 'eq ge le gt lt',
    },
    not: 'always',
  },
  expand: {
    target: embedded('target'),
    accessPackage: toOne('accessPackage', 'accessPackages'),
    assignmentPolicy: toOne('assignmentPolicy', 'accessPackageAssignmentPolicies'),
  },
});

/** `/identityGovernance/entitlementManagement/assignmentRequests` */
export const assignmentRequestsDef: CollectionDef = defineCollection({
  ...em,
  entityType: 'accessPackageAssignmentRequest',
  filter: {
    properties: {
      ...same('eq ne in', ['id', 'requestType', 'state', 'status', 'accessPackage/id', 'accessPackageId', 'requestor/objectId', 'requestor/id']),
      ...same('eq ge le gt lt', ['createdDateTime', 'completedDateTime']),
    },
    not: 'always',
  },
  orderBy: { basic: ['createdDateTime'], advanced: [] },
  expand: {
    requestor: embedded('requestor'),
    accessPackage: toOne('accessPackage', 'accessPackages'),
    assignment: toOne('assignment', 'accessPackageAssignments'),
  },
});

/** `/identityGovernance/entitlementManagement/connectedOrganizations` */
export const connectedOrganizationsDef: CollectionDef = defineCollection({
  ...em,
  entityType: 'connectedOrganization',
  filter: { properties: { ...same('eq ne in', ['id', 'state']), displayName: TEXT, description: TEXT }, not: 'always' },
  orderBy: { basic: ['displayName', 'createdDateTime'], advanced: [] },
});
