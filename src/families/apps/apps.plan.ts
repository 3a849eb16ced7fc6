import { odataString } from '../../sources/graph/odata';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { graphPath, segment } from '../../planning/graph-path';
import type { DirectoryRef, PlanContext } from '../../planning/entities';
import type { GraphRequest, QueryPlan } from '../../planning/query-plan';
import { chunks, distinct, get } from '../../planning/graph-get';
import { requireRef } from '../../planning/require';
import { principalRoleRequests } from '../../planning/roles';
import { resourceRequests } from '../../planning/app-roles';
import type { LookupExpand } from '../../planning/lookup-reads';

const SP_DETAIL_SELECT = [
  'id', 'appId', 'displayName', 'appDisplayName', 'verifiedPublisher', 'appOwnerOrganizationId',
  'signInAudience', 'servicePrincipalType', 'accountEnabled', 'appRoleAssignmentRequired', 'homepage', 'tags',
  'appRoles', 'oauth2PermissionScopes', 'notes',
].join(',');
const APP_DETAIL_SELECT = 'id,appId,displayName,signInAudience,publisherDomain,verifiedPublisher,createdDateTime,passwordCredentials,keyCredentials';

/** The service principal, and the application object when the app is registered in this tenant. */
export function planAppDetails(ctx: PlanContext): QueryPlan {
  const app = requireRef(ctx, 'app');
  return {
    queries: [
      get('sp', graphPath(`/servicePrincipals/${segment(app.id)}`, { $select: SP_DETAIL_SELECT }), { reads: ['directory'] }),
      get('application', graphPath('/applications', { $filter: `appId eq ${odataString(app.appId ?? '')}`, $select: APP_DETAIL_SELECT }), { reads: ['directory'] }),
      get('risk', `/identityProtection/riskyServicePrincipals/${segment(app.id)}`, { allowNotFound: true, reads: ['appRisk'] }),
    ],
  };
}

const OWNER_EXPAND = 'owners($select=id,displayName,userPrincipalName)';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * app.owners for one app (owners of the service principal and of the application object) or for
 * "these apps" (`slots.apps`: names or ids), with the owners expanded. No app at all plans
 * nothing; the answer then asks which app.
 */
export function planAppOwners(ctx: PlanContext): QueryPlan {
  const app: DirectoryRef | undefined = ctx.resolved.app;
  if (app) {
    return {
      queries: [
        get('spOwners', graphPath(`/servicePrincipals/${segment(app.id)}/owners`, { $select: 'id,displayName,userPrincipalName', $top: 999 }), { maxRows: 500, reads: ['directory'] }),
        get('appOwners', graphPath('/applications', { $filter: `appId eq ${odataString(app.appId ?? '')}`, $select: 'id,appId,displayName', $expand: OWNER_EXPAND }), { reads: ['directory'] }),
      ],
    };
  }
  const wanted = (ctx.intent.slots.apps ?? []).slice(0, 60);
  const ids = wanted.filter((a) => GUID.test(a));
  const names = wanted.filter((a) => !GUID.test(a));
  const queries: GraphRequest[] = [
    ...chunks(ids).map((part, i) => get(`apps.ids${i}`, graphPath('/servicePrincipals', {
      $filter: `id in (${part.map(odataString).join(',')}) or appId in (${part.map(odataString).join(',')})`,
      $select: 'id,appId,displayName', $expand: OWNER_EXPAND,
    }), { reads: ['directory'] })),
    ...chunks(names).map((part, i) => get(`apps.names${i}`, graphPath('/servicePrincipals', {
      $filter: `displayName in (${part.map(odataString).join(',')})`, $select: 'id,appId,displayName', $expand: OWNER_EXPAND,
    }), { reads: ['directory'] })),
  ];
  return { queries };
}

/** Microsoft Graph's application id: the same in every tenant (its service principal's id is not). */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const RESOURCE_SELECT = 'id,appId,displayName,appRoles,oauth2PermissionScopes';

/**
 * Delegated grants, application permissions (app role assignments) and directory roles of the
 * app; and, beside them, the Microsoft Graph API's service principal (by its appId, documented
 * `Supports $filter (eq)`): the API most grants and app roles name, so the second round that turns
 * ids into permission names is usually not needed (issue 21: 3 → 2 sequential round trips). A
 * grant or role of another API still costs that round. One more request when the app holds no
 * Microsoft Graph permission.
 */
export function planAppPermissions(ctx: PlanContext): QueryPlan {
  const app = requireRef(ctx, 'app');
  return {
    queries: [
      get('delegated', graphPath('/oauth2PermissionGrants', { $filter: `clientId eq ${odataString(app.id)}`, $top: 999 }), { maxRows: 5000, reads: ['directory'] }),
      get('application', graphPath(`/servicePrincipals/${segment(app.id)}/appRoleAssignments`, { $top: 999 }), { maxRows: 1000, reads: ['directory'] }),
      get('resources.graph', graphPath('/servicePrincipals', { $filter: `appId eq ${odataString(MICROSOFT_GRAPH_APP_ID)}`, $select: RESOURCE_SELECT }), { maxRows: 1, reads: ['directory'], shared: true }),
      ...principalRoleRequests(app.id, 'roles.'),
    ],
  };
}

/** Second round of app.permissions: the resource APIs not read yet, to turn role ids and scopes into names. */
export function nextAppPermissions(input: AnswerInput): QueryPlan | undefined {
  const known = new Set(graphRows(input, 'resources.graph').map((r) => r.id));
  const ids = distinct([...graphRows(input, 'delegated'), ...graphRows(input, 'application')].map((r) => r.resourceId)).filter((id) => !known.has(id));
  return ids.length > 0 ? { queries: resourceRequests(ids, RESOURCE_SELECT) } : undefined;
}

export const APP_USERS_LIMIT = 5000;
export const APP_USERS_GROUP_LIMIT = 25;
/** Directly assigned users looked up for their UPN and account state (15 a request). */
export const APP_USERS_DIRECT_LIMIT = 150;

/**
 * First round of app.users: the assignments. The app's lookup usually brings them already
 * (`APP_USERS_WITH_LOOKUP`), and then this round sends nothing.
 */
export function planAppUsers(ctx: PlanContext): QueryPlan {
  const app = requireRef(ctx, 'app');
  return {
    queries: [
      get('assigned', graphPath(`/servicePrincipals/${segment(app.id)}/appRoleAssignedTo`, { $top: 999 }), { maxRows: APP_USERS_LIMIT, reads: ['directory'] }),
    ],
  };
}

/**
 * The assignments, fetched by the app's name lookup (`$expand=appRoleAssignedTo`; the
 * servicePrincipal resource: "appRoleAssignedTo … Supports $expand"). Graph expands at most 20 and
 * gives no nextLink, so a list of 20 is read in full by `assigned`.
 */
export const APP_USERS_WITH_LOOKUP: readonly LookupExpand[] = [
  { slot: 'app', property: 'appRoleAssignedTo', answers: 'assigned', reads: ['directory'] },
];

/**
 * Second round of app.users: the app's roles (by name), the direct user members of each assigned
 * group, and the directly assigned users. The app's own object is read here, not in the first
 * round, because nothing waits for it: with the assignments from the lookup, this is the second
 * round trip, not the third. Not nested groups' members: Microsoft documents that a group's
 * assignment "doesn't cascade to nested groups" (Manage users and groups assignment to an application).
 */
export function nextAppUsers(input: AnswerInput): QueryPlan | undefined {
  const app = input.resolved.app;
  const groups = distinct(graphRows(input, 'assigned').filter((a) => a.principalType === 'Group').map((a) => a.principalId))
    .slice(0, APP_USERS_GROUP_LIMIT);
  const users = distinct(graphRows(input, 'assigned').filter((a) => a.principalType === 'User').map((a) => a.principalId)).slice(0, APP_USERS_DIRECT_LIMIT);
  return {
    queries: [
      ...(app ? [get('sp', graphPath(`/servicePrincipals/${segment(app.id)}`, { $select: 'id,appId,displayName,appRoles,appRoleAssignmentRequired' }), { reads: ['directory'] })] : []),
      ...groups.map((g) => get(`members.${g}`, graphPath(`/groups/${segment(g)}/members/microsoft.graph.user`, {
        $select: 'id,displayName,userPrincipalName,accountEnabled', $top: 999,
      }), { maxRows: APP_USERS_LIMIT, reads: ['directory', 'accountState'] })),
      // Groups nested in an assigned group: named on the card, since their members get no access.
      ...groups.map((g) => get(`nested.${g}`, graphPath(`/groups/${segment(g)}/members/microsoft.graph.group`, { $select: 'id,displayName', $top: 999 }), { maxRows: 100, reads: ['directory'] })),
      ...chunks(users).map((part, i) => get(`users${i}`, graphPath('/users', {
        $filter: `id in (${part.map(odataString).join(',')})`, $select: 'id,displayName,userPrincipalName,accountEnabled',
      }), { reads: ['directory', 'accountState'] })),
    ],
  };
}

/**
 * apps.external: `ne` on appOwnerOrganizationId is an advanced query (`$count=true` and
 * `ConsistencyLevel: eventual`); the tenant id is a Guid, written unquoted.
 */
export function planAppsExternal(ctx: PlanContext): QueryPlan {
  const tenant = GUID.test(ctx.tenantId) ? ctx.tenantId : '00000000-0000-0000-0000-000000000000';
  return {
    queries: [get('apps', graphPath('/servicePrincipals', {
      $filter: `appOwnerOrganizationId ne ${tenant}`, $count: true,
      $select: 'id,appId,displayName,verifiedPublisher,appOwnerOrganizationId,servicePrincipalType,signInAudience,accountEnabled',
      $top: 999,
    }), { eventual: true, maxRows: 5000, reads: ['directory'] })],
  };
}

/**
 * apps.unused: sign-in logs keep 30 days, so "no sign-ins in 90 days" comes from the usage
 * report behind Entra's "Remove unused applications" recommendation — beta
 * `/reports/servicePrincipalSignInActivities` (last use as client or resource, delegated or
 * app-only) — joined in the answer with the service principals and the tenant's app registrations
 * (their creation date tells a new app from an abandoned one).
 */
export function planAppsUnused(): QueryPlan {
  return {
    queries: [
      { ...get('activity', '/reports/servicePrincipalSignInActivities', { maxRows: 5000, reads: ['signInLogs'] }), version: 'beta' },
      get('sps', graphPath('/servicePrincipals', {
        $select: 'id,appId,displayName,verifiedPublisher,appOwnerOrganizationId,servicePrincipalType,accountEnabled', $top: 999,
      }), { maxRows: 5000, reads: ['directory'] }),
      get('registrations', graphPath('/applications', { $select: 'id,appId,createdDateTime', $top: 999 }), { maxRows: 5000, reads: ['directory'] }),
    ],
    sourceNote: 'Sign-in logs keep 30 days, so last use comes from Microsoft Graph\'s service principal sign-in activity report (beta), the source of Entra\'s "Remove unused applications" recommendation.',
  };
}
