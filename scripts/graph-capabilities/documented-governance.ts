/** Documented facts for the role-management and entitlement-management APIs the product calls. */
import type { DocumentedApi } from './documented-types';
import { CONTRIB, EM_READ, ROLE_READ, same } from './documented-kit';

export const GOVERNANCE_APIS: readonly DocumentedApi[] = [
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
