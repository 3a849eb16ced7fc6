import type { GeneratedTenantModel } from '../model';

/** Model collections and their file names (cli-contract.md order), then the generator's extras. */
export const COLLECTION_FILES = [
  ['users', 'users.json'],
  ['groups', 'groups.json'],
  ['applications', 'applications.json'],
  ['servicePrincipals', 'servicePrincipals.json'],
  ['devices', 'devices.json'],
  ['directoryAudits', 'directoryAudits.json'],
  ['riskyUsers', 'riskyUsers.json'],
  ['riskyUserHistory', 'riskyUserHistory.json'],
  ['riskDetections', 'riskDetections.json'],
  ['riskyServicePrincipals', 'riskyServicePrincipals.json'],
  ['roleDefinitions', 'roleDefinitions.json'],
  ['roleAssignments', 'roleAssignments.json'],
  ['roleEligibilitySchedules', 'roleEligibilitySchedules.json'],
  ['userRegistrationDetails', 'userRegistrationDetails.json'],
  ['authenticationMethods', 'authenticationMethods.json'],
  ['oauth2PermissionGrants', 'oauth2PermissionGrants.json'],
  ['appRoleAssignments', 'appRoleAssignments.json'],
  ['accessPackageCatalogs', 'accessPackageCatalogs.json'],
  ['accessPackages', 'accessPackages.json'],
  ['accessPackageAssignmentPolicies', 'accessPackageAssignmentPolicies.json'],
  ['accessPackageAssignments', 'accessPackageAssignments.json'],
  ['accessPackageAssignmentRequests', 'accessPackageAssignmentRequests.json'],
  ['groupOwners', 'groupOwners.json'],
  ['groupMembers', 'groupMembers.json'],
  ['appOwners', 'appOwners.json'],
  ['userDevices', 'userDevices.json'],
  ['userManagers', 'userManagers.json'],
  ['servicePrincipalSignInActivities', 'servicePrincipalSignInActivities.json'],
  ['connectedOrganizations', 'connectedOrganizations.json'],
  ['conditionalAccessPolicies', 'conditionalAccessPolicies.json'],
  ['subscribedSkus', 'subscribedSkus.json'],
  ['deletedUsers', 'deletedUsers.json'],
] as const satisfies readonly (readonly [Exclude<keyof GeneratedTenantModel, 'tenant'>, string])[];

export const TENANT_FILE = 'tenant.json';
/** Data-folder only: generator version and options, to notice a stale folder. */
export const MANIFEST_FILE = 'manifest.json';
export const SIGN_INS_FILE = 'signIns.ndjson';
export const NON_INTERACTIVE_SIGN_INS_FILE = 'nonInteractiveSignIns.ndjson';
/** Export only: the interactive sign-ins as one JSON array. */
export const EXPORT_SIGN_INS_FILE = 'signIns.json';

/** Bump when the generator's output changes, so persisted tenants are regenerated. */
export const GENERATOR_VERSION = 9;
