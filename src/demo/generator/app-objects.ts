import type { GraphObject } from '../model';
import type { AppSpec } from './catalog/app-specs';
import { graphRole, graphScope } from './catalog/graph-permissions';
import { RESOURCES } from './catalog/sign-in-apps';
import { iso } from './time';

/** Identity of one app: its application object id (tenant apps only), appId and SP id. */
export interface AppIds {
  readonly applicationId: string | null;
  readonly appId: string;
  readonly spId: string;
  readonly ownerTenantId: string;
}

export interface AppRoleDef { readonly id: string; readonly value: string; readonly displayName: string; readonly description: string }

/** Base64url of GUIDs' bytes in Microsoft's mixed-endian order (how Entra forms grant/assignment ids). */
export function guidBytesId(...guids: string[]): string {
  const parts = guids.map((g) => {
    const b = Buffer.from(g.replace(/-/g, ''), 'hex');
    return Buffer.from([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], ...b.subarray(8)] as number[]);
  });
  return Buffer.concat(parts).toString('base64url');
}

function verifiedPublisher(spec: AppSpec, verifiedPublisherId: string, addedMs: number): Record<string, unknown> {
  return spec.verifiedPublisher
    ? { displayName: spec.verifiedPublisher, verifiedPublisherId, addedDateTime: iso(addedMs) }
    : { displayName: null, verifiedPublisherId: null, addedDateTime: null };
}

function appRoles(roles: readonly AppRoleDef[]): Record<string, unknown>[] {
  return roles.map((r) => ({
    allowedMemberTypes: ['User'], description: r.description, displayName: r.displayName, id: r.id, isEnabled: true, origin: 'Application', value: r.value,
  }));
}

function requiredResourceAccess(spec: AppSpec): Record<string, unknown>[] {
  const access = [
    ...spec.appPermissions.map((v) => ({ id: graphRole(v).id, type: 'Role' })),
    ...spec.delegated.map((v) => ({ id: graphScope(v).id, type: 'Scope' })),
  ];
  return access.length > 0 ? [{ resourceAppId: RESOURCES.graph.id, resourceAccess: access }] : [];
}

/** A password credential as Graph lists it (the secret itself is never returned). */
export function passwordCredential(keyId: string, displayName: string, startMs: number, days: number, hint: string): Record<string, unknown> {
  return { customKeyIdentifier: null, displayName, endDateTime: iso(startMs + days * 86_400_000), hint, keyId, secretText: null, startDateTime: iso(startMs) };
}

/** A certificate (key credential) as Graph lists it (the key itself is never returned). */
export function keyCredential(keyId: string, displayName: string, startMs: number, endMs: number): Record<string, unknown> {
  return { customKeyIdentifier: null, displayName, endDateTime: iso(endMs), key: null, keyId, startDateTime: iso(startMs), type: 'AsymmetricX509Cert', usage: 'Verify' };
}

/** Graph v1.0 `application` object of a tenant-registered app. */
export function applicationObject(
  spec: AppSpec, ids: AppIds, roles: readonly AppRoleDef[], createdMs: number, credentials: readonly Record<string, unknown>[], publisherDomain: string,
  certificates: readonly Record<string, unknown>[] = [],
): GraphObject {
  return {
    id: ids.applicationId as string,
    deletedDateTime: null,
    appId: ids.appId,
    createdDateTime: iso(createdMs),
    description: spec.description,
    displayName: spec.displayName,
    identifierUris: [`api://${ids.appId}`],
    isFallbackPublicClient: false,
    notes: null,
    publisherDomain,
    signInAudience: 'AzureADMyOrg',
    tags: [],
    verifiedPublisher: verifiedPublisher(spec, '', createdMs),
    api: { requestedAccessTokenVersion: 2, oauth2PermissionScopes: [] },
    appRoles: appRoles(roles),
    keyCredentials: [...certificates],
    passwordCredentials: [...credentials],
    requiredResourceAccess: requiredResourceAccess(spec),
    web: { homePageUrl: null, logoutUrl: null, redirectUris: [`https://${spec.displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${publisherDomain}/signin-oidc`], implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: true } },
  };
}

/** Graph v1.0 `servicePrincipal` object. */
export function servicePrincipalObject(
  spec: AppSpec, ids: AppIds, roles: readonly AppRoleDef[], verifiedPublisherId: string, addedMs: number,
  credentials: readonly Record<string, unknown>[],
): GraphObject {
  const external = spec.owner !== 'tenant';
  return {
    id: ids.spId,
    deletedDateTime: null,
    accountEnabled: true,
    appDisplayName: spec.displayName,
    appDescription: spec.description,
    appId: ids.appId,
    appOwnerOrganizationId: ids.ownerTenantId,
    appRoleAssignmentRequired: spec.displayName === 'Salesforce',
    appRoles: appRoles(roles),
    description: spec.description,
    displayName: spec.displayName,
    homepage: null,
    loginUrl: null,
    notes: null,
    oauth2PermissionScopes: [],
    preferredSingleSignOnMode: spec.displayName === 'Salesforce' ? 'saml' : null,
    replyUrls: [],
    servicePrincipalNames: [ids.appId],
    servicePrincipalType: 'Application',
    signInAudience: external ? 'AzureADMultipleOrgs' : 'AzureADMyOrg',
    tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
    verifiedPublisher: verifiedPublisher(spec, verifiedPublisherId, addedMs),
    keyCredentials: [],
    passwordCredentials: external ? [] : [...credentials],
  };
}
