/**
 * The demo tenant as data: every collection of `entra-ask demo export` (cli-contract.md), each an
 * array of objects in Microsoft Graph v1.0's JSON shape. One generated model feeds the local Graph
 * endpoint, the embedded KQL store and the exports.
 *
 * Sign-ins can run to millions for the large tenant, so they are not part of this object: they
 * are streamed by the generator (see `SignInSource`) and persisted as NDJSON.
 */

/** A Graph object as Graph returns it (property names and value formats of v1.0). */
export type GraphObject = Record<string, unknown> & { readonly id: string };

export interface TenantInfo {
  readonly tenantId: string;
  readonly domain: string;
  /** ISO date-time: the tenant's "now". */
  readonly anchorTime: string;
  readonly seed: number;
  readonly users: number;
  readonly days: number;
}

export interface GroupOwners { readonly groupId: string; readonly ownerIds: readonly string[] }
export interface GroupMembers { readonly groupId: string; readonly memberIds: readonly string[] }
export interface AppOwners { readonly servicePrincipalId: string; readonly ownerIds: readonly string[] }
export interface UserDevices { readonly userId: string; readonly deviceIds: readonly string[] }
/** A user's direct manager (Graph `/users/{id}/manager`), as a side table. */
export interface UserManager { readonly userId: string; readonly managerId: string }

export interface TenantModel {
  readonly tenant: TenantInfo;
  readonly users: readonly GraphObject[];
  readonly groups: readonly GraphObject[];
  readonly applications: readonly GraphObject[];
  readonly servicePrincipals: readonly GraphObject[];
  readonly devices: readonly GraphObject[];
  readonly directoryAudits: readonly GraphObject[];
  readonly riskyUsers: readonly GraphObject[];
  readonly riskyUserHistory: readonly GraphObject[];
  readonly riskDetections: readonly GraphObject[];
  readonly riskyServicePrincipals: readonly GraphObject[];
  readonly roleDefinitions: readonly GraphObject[];
  readonly roleAssignments: readonly GraphObject[];
  readonly roleEligibilitySchedules: readonly GraphObject[];
  readonly userRegistrationDetails: readonly GraphObject[];
  /** Each has `userId` beside the Graph method object's own properties. */
  readonly authenticationMethods: readonly GraphObject[];
  readonly oauth2PermissionGrants: readonly GraphObject[];
  readonly appRoleAssignments: readonly GraphObject[];
  readonly accessPackageCatalogs: readonly GraphObject[];
  readonly accessPackages: readonly GraphObject[];
  readonly accessPackageAssignmentPolicies: readonly GraphObject[];
  readonly accessPackageAssignments: readonly GraphObject[];
  readonly accessPackageAssignmentRequests: readonly GraphObject[];
  readonly groupOwners: readonly GroupOwners[];
  readonly groupMembers: readonly GroupMembers[];
  readonly appOwners: readonly AppOwners[];
  readonly userDevices: readonly UserDevices[];
}

/**
 * What the generator adds beside the collections of `TenantModel` (kept out of that interface so
 * that hand-written models and code mapping over its keys stay unchanged). Persisted with the
 * tenant; `userManagers.json`, `servicePrincipalSignInActivities.json` and
 * `connectedOrganizations.json`, `conditionalAccessPolicies.json`, `subscribedSkus.json` and
 * `deletedUsers.json` are also written by `demo export`.
 */
export interface GeneratedTenantModel extends TenantModel {
  /** Direct manager of each user who has one (`/users/{id}/manager`, `directReports`). */
  readonly userManagers: readonly UserManager[];
  /**
   * Graph `servicePrincipalSignInActivity` (reports; id, appId, lastSignInActivity
   * {lastSignInDateTime, lastSignInRequestId}): how unused apps are found.
   */
  readonly servicePrincipalSignInActivities: readonly GraphObject[];
  /** Entitlement management connected organisations (Graph `connectedOrganization`). */
  readonly connectedOrganizations: readonly GraphObject[];
  /** Conditional Access policies (Graph `conditionalAccessPolicy`, `/identity/conditionalAccess/policies`). */
  readonly conditionalAccessPolicies: readonly GraphObject[];
  /** The tenant's subscriptions (Graph `subscribedSku`, `/subscribedSkus`); users hold them in `assignedLicenses`. */
  readonly subscribedSkus: readonly GraphObject[];
  /** Users deleted in the last 30 days, still restorable (Graph `/directory/deletedItems/microsoft.graph.user`). */
  readonly deletedUsers: readonly GraphObject[];
}

/** Sign-ins (Graph `signIn` objects), oldest first, produced without holding them all. */
export type SignInSource = () => AsyncIterable<GraphObject> | Iterable<GraphObject>;
