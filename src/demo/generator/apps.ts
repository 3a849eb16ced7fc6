import type { AppOwners, GraphObject } from '../model';
import { APP_SPECS, COMPROMISED_APP, SALESFORCE } from './catalog/app-specs';
import type { AppSpec } from './catalog/app-specs';
import { GRAPH_APP_ROLES, GRAPH_SCOPES, graphRole } from './catalog/graph-permissions';
import { MICROSOFT_TENANT_ID, RESOURCES } from './catalog/sign-in-apps';
import { INITIAL_DOMAIN } from './context';
import type { GenContext } from './context';
import { applicationObject, guidBytesId, keyCredential, passwordCredential, servicePrincipalObject } from './app-objects';
import type { AppIds, AppRoleDef } from './app-objects';
import type { Groups } from './groups';
import type { Person } from './person';
import { DAY, HOUR, iso } from './time';
import type { People } from './users';

/** Everything about apps: objects, grants, assignments, owners and risk. */
export interface Apps {
  readonly applications: GraphObject[];
  readonly servicePrincipals: GraphObject[];
  readonly oauth2PermissionGrants: GraphObject[];
  readonly appRoleAssignments: GraphObject[];
  readonly appOwners: AppOwners[];
  readonly riskyServicePrincipals: GraphObject[];
  readonly signInActivities: GraphObject[];
  readonly spRoles: { spId: string; roleName: string }[];
  readonly idsOf: (displayName: string) => AppIds;
  /** Secrets added in the window (for the audit log). */
  readonly secretsAdded: { spec: AppSpec; ids: AppIds; keyId: string; atMs: number }[];
  /** Direct Salesforce assignments made inside the window (for the audit log and snapshots). */
  readonly recentGrants: { person: Person; roleName: string; atMs: number }[];
}

export function buildApps(ctx: GenContext, people: People, groups: Groups): Apps {
  const P = people.byPersona;
  const graphSpId = ctx.guid('sp:Microsoft Graph');
  const applications: GraphObject[] = [];
  const servicePrincipals: GraphObject[] = [graphServicePrincipal(graphSpId)];
  const grants: GraphObject[] = [];
  const assignments: GraphObject[] = [];
  const appOwners: AppOwners[] = [];
  const signInActivities: GraphObject[] = [];
  const spRoles: { spId: string; roleName: string }[] = [];
  const secretsAdded: Apps['secretsAdded'] = [];
  const recentGrants: Apps['recentGrants'] = [];
  const ids = new Map<string, AppIds>();
  APP_SPECS.forEach((spec, index) => {
    const rng = ctx.rng('app', index);
    const tenantApp = spec.owner === 'tenant';
    const appIds: AppIds = {
      applicationId: tenantApp ? ctx.guid(`application:${spec.displayName}`) : null,
      appId: ctx.guid(`appId:${spec.displayName}`),
      spId: ctx.guid(`sp:${spec.displayName}`),
      ownerTenantId: spec.owner === 'tenant' ? ctx.tenantId : ctx.guid(spec.owner.tenantLabel),
    };
    ids.set(spec.displayName, appIds);
    const createdMs = ctx.anchorMs - rng.int(Math.max(250, (spec.lastSignInDaysAgo ?? 0) + 30), 1500) * DAY - rng.int(0, 86_399) * 1000;
    const roles: AppRoleDef[] = spec.displayName === SALESFORCE
      ? [
        { id: ctx.guid('approle:Salesforce:Admin'), value: 'Admin', displayName: 'Admin', description: 'Salesforce administrators' },
        { id: ctx.guid('approle:Salesforce:User'), value: 'User', displayName: 'User', description: 'Salesforce standard users' },
      ]
      : [];
    const credentials = [];
    if (tenantApp && spec.appPermissions.length > 0) {
      credentials.push(passwordCredential(ctx.guid(`secret:${spec.displayName}:1`), 'initial', createdMs, 730, rng.pick(['Xy7', 'q~4', 'Tn2'])));
    }
    if (spec.secretAddedDaysAgo !== undefined) {
      const atMs = ctx.anchorMs - spec.secretAddedDaysAgo * DAY - rng.int(1, 20) * HOUR;
      const keyId = ctx.guid(`secret:${spec.displayName}:2`);
      credentials.push(passwordCredential(keyId, spec.displayName === COMPROMISED_APP ? 'backup-key' : 'rotation', atMs, 365, 'k8Q'));
      if (atMs >= ctx.windowStartMs) secretsAdded.push({ spec, ids: appIds, keyId, atMs });
    }
    // The credentials story (apps.credentialsExpiring): a payroll secret and the HR connector's
    // certificate run out within the month; the legacy tool's certificate expired weeks ago.
    const certificates = [];
    if (spec.displayName === 'Woodgrove Payroll Sync') {
      credentials.push(passwordCredential(ctx.guid(`secret:${spec.displayName}:expiring`), 'payroll-export', ctx.anchorMs - 344 * DAY - 5 * HOUR, 365, 'Pq3'));
    }
    if (spec.displayName === 'HR Provisioning Connector') {
      certificates.push(keyCredential(ctx.guid(`cert:${spec.displayName}`), 'CN=hr-provisioning.woodgrovebank.com', ctx.anchorMs - 353 * DAY, ctx.anchorMs + 12 * DAY + 3 * HOUR));
    }
    if (spec.displayName === 'Legacy Expense Tool') {
      certificates.push(keyCredential(ctx.guid(`cert:${spec.displayName}`), 'CN=legacy-expense', ctx.anchorMs - 770 * DAY, ctx.anchorMs - 40 * DAY));
    }
    const publisherDomain = tenantApp ? INITIAL_DOMAIN : (spec.owner as { domain: string }).domain;
    if (tenantApp) applications.push(applicationObject(spec, appIds, roles, createdMs, credentials, publisherDomain, certificates));
    servicePrincipals.push(servicePrincipalObject(spec, appIds, roles, spec.verifiedPublisher ? String(rng.int(1000000, 9999999)) : '', createdMs, credentials));
    appOwners.push({ servicePrincipalId: appIds.spId, ownerIds: spec.ownerPersonas.map((k) => P[k].id) });
    for (const value of spec.appPermissions) {
      const role = graphRole(value);
      assignments.push(assignment(appIds.spId, role.id, graphSpId, 'Microsoft Graph', spec.displayName, 'ServicePrincipal', createdMs + DAY));
    }
    if (spec.delegated.length > 0 && spec.delegatedConsent) {
      const principal = spec.delegatedConsent === 'AllPrincipals' ? null : P[spec.delegatedConsent];
      grants.push({
        id: principal ? guidBytesId(appIds.spId, graphSpId, principal.id) : guidBytesId(appIds.spId, graphSpId),
        clientId: appIds.spId,
        consentType: principal ? 'Principal' : 'AllPrincipals',
        principalId: principal ? principal.id : null,
        resourceId: graphSpId,
        scope: spec.delegated.join(' '),
      });
    }
    if (spec.directoryRole) spRoles.push({ spId: appIds.spId, roleName: spec.directoryRole });
    const last = spec.lastSignInDaysAgo === null ? null : ctx.anchorMs - spec.lastSignInDaysAgo * DAY - rng.int(1, 20) * HOUR;
    signInActivities.push({
      id: guidBytesId(appIds.appId),
      appId: appIds.appId,
      lastSignInActivity: { lastSignInDateTime: last === null ? null : iso(last), lastSignInRequestId: last === null ? null : ctx.guid(`sp-signin:${spec.displayName}`) },
    });
    if (spec.displayName === SALESFORCE) recentGrants.push(...salesforceAssignments(ctx, appIds, roles, people, groups, assignments, createdMs));
  });
  const compromised = ids.get(COMPROMISED_APP) as AppIds;
  const fabrikam = ids.get('Fabrikam Data Connector') as AppIds;
  const riskyServicePrincipals = [
    riskySp(compromised, COMPROMISED_APP, 'high', 'confirmedCompromised', 'adminConfirmedServicePrincipalCompromised', ctx.anchorMs - 2 * DAY - 3 * HOUR),
    riskySp(fabrikam, 'Fabrikam Data Connector', 'medium', 'atRisk', 'none', ctx.anchorMs - 6 * DAY - 7 * HOUR),
  ].filter((r) => Date.parse(String(r['riskLastUpdatedDateTime'])) >= ctx.windowStartMs - 30 * DAY);
  return {
    applications, servicePrincipals, oauth2PermissionGrants: grants, appRoleAssignments: assignments, appOwners,
    riskyServicePrincipals, signInActivities, spRoles, secretsAdded, recentGrants,
    idsOf: (name) => {
      const found = ids.get(name);
      if (!found) throw new Error(`no app ${name}`);
      return found;
    },
  };
}

function assignment(principalId: string, appRoleId: string, resourceId: string, resourceDisplayName: string, principalDisplayName: string, principalType: string, createdMs: number): GraphObject {
  return {
    id: guidBytesId(principalId, appRoleId).slice(0, 43),
    deletedDateTime: null,
    appRoleId,
    createdDateTime: iso(createdMs),
    principalDisplayName,
    principalId,
    principalType,
    resourceDisplayName,
    resourceId,
  };
}

/**
 * Salesforce: Admin and User roles for a few people directly, User for two groups, and a stream
 * of direct User grants to crowd members inside the window (audited, so "who was added to
 * Salesforce between …" has answers).
 */
function salesforceAssignments(
  ctx: GenContext, ids: AppIds, roles: readonly AppRoleDef[], people: People, groups: Groups, out: GraphObject[], createdMs: number,
): Apps['recentGrants'] {
  const [admin, user] = roles as [AppRoleDef, AppRoleDef];
  const P = people.byPersona;
  const salesHead = people.all.find((p) => p.jobTitle === 'VP of Sales');
  const direct: [Person, AppRoleDef][] = [[P.patti, admin], [P.megan, user], [P.giovanna, user]];
  if (salesHead) direct.push([salesHead, admin]);
  direct.forEach(([person, role], i) => out.push(assignment(person.id, role.id, ids.spId, SALESFORCE, person.displayName, 'User', createdMs + (i + 2) * DAY)));
  for (const name of ['Salesforce Users', 'Sales Team']) {
    out.push(assignment(groups.idOf(name), user.id, ids.spId, SALESFORCE, name, 'Group', createdMs + 10 * DAY));
  }
  const rng = ctx.rng('salesforce-grants');
  const candidates = people.all.filter((p) => p.personaKey === null && p.kind === 'member' && p.activity === 'active'
    && (p.department === 'Marketing' || p.department === 'Retail Banking' || p.department === 'Operations'));
  const grants = rng.sample(candidates, Math.max(4, Math.round(people.all.length / 100)))
    .map((person) => ({ person, roleName: 'User', atMs: ctx.windowStartMs + rng.int(3600, ctx.days * 86_400 - 3600) * 1000 }))
    .sort((a, b) => a.atMs - b.atMs);
  for (const g of grants) out.push(assignment(g.person.id, user.id, ids.spId, SALESFORCE, g.person.displayName, 'User', g.atMs));
  return grants;
}

function riskySp(ids: AppIds, name: string, level: string, state: string, detail: string, atMs: number): GraphObject {
  return {
    id: ids.spId, appId: ids.appId, displayName: name, isEnabled: true, isProcessing: false,
    riskLastUpdatedDateTime: iso(atMs), riskLevel: level, riskState: state, riskDetail: detail, servicePrincipalType: 'Application',
  };
}

function graphServicePrincipal(id: string): GraphObject {
  return {
    id, deletedDateTime: null, accountEnabled: true, appDisplayName: RESOURCES.graph.name, appDescription: null,
    appId: RESOURCES.graph.id, appOwnerOrganizationId: MICROSOFT_TENANT_ID, appRoleAssignmentRequired: false,
    appRoles: GRAPH_APP_ROLES.map((r) => ({ allowedMemberTypes: ['Application'], description: r.description, displayName: r.description, id: r.id, isEnabled: true, origin: 'Application', value: r.value })),
    description: null, displayName: RESOURCES.graph.name, homepage: null, loginUrl: null, notes: null,
    oauth2PermissionScopes: GRAPH_SCOPES.map((s) => ({ adminConsentDescription: s.description, adminConsentDisplayName: s.description, id: s.id, isEnabled: true, type: 'User', userConsentDescription: s.description, userConsentDisplayName: s.description, value: s.value })),
    preferredSingleSignOnMode: null, replyUrls: [], servicePrincipalNames: [RESOURCES.graph.id, 'https://graph.microsoft.com'],
    servicePrincipalType: 'Application', signInAudience: 'AzureADMultipleOrgs', tags: [],
    verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null }, keyCredentials: [], passwordCredentials: [],
  };
}
