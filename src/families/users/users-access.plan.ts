import type { Answer } from '../../answers/answer';
import { delegatedOnlyAnswer } from '../../answers/delegated-only';
import { odataString } from '../../sources/graph/odata';
import { EM_BASE, graphPath, segment } from '../../planning/graph-path';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { distinct, get } from '../../planning/graph-get';
import { requireRef } from '../../planning/require';
import { principalRoleRequests } from '../../planning/roles';
import { isDefaultAppRole, resourceRequests } from '../../planning/app-roles';
import { concreteWindow, isoSeconds } from '../../planning/time';
import type { LookupExpand } from '../../planning/lookup-reads';

/** The audit events of the window asked for ("password resets this week"); none asked: the whole log. */
function windowClauses(ctx: PlanContext): string[] {
  if (ctx.intent.slots.window === undefined) return [];
  const w = concreteWindow(ctx.intent.slots.window, ctx.now, 'P30D');
  return [`activityDateTime ge ${isoSeconds(w.from)}`, `activityDateTime le ${isoSeconds(w.to)}`];
}

/** When the password was last set, and the password events the audit log holds about the user. */
export function planPasswordChange(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  return {
    queries: [
      get('user', graphPath(`/users/${segment(user.id)}`, { $select: 'id,displayName,userPrincipalName,lastPasswordChangeDateTime,createdDateTime,onPremisesSyncEnabled' }), { reads: ['directory', 'account'] }),
      get('audits', graphPath('/auditLogs/directoryAudits', {
        $filter: [`targetResources/any(t: t/id eq ${odataString(user.id)})`, ...windowClauses(ctx)].join(' and '), $top: 500,
      }), { maxRows: 500, reads: ['auditLogs'] }),
    ],
    sourceNote: 'Microsoft Graph user object and directory audit log (kept for 30 days); password events are picked from the audit events that target the user.',
  };
}

const DEVICE_SELECT = 'id,deviceId,displayName,operatingSystem,operatingSystemVersion,trustType,isCompliant,isManaged,accountEnabled,approximateLastSignInDateTime,registrationDateTime';

/** App-only mode: List registeredDevices and ownedDevices are delegated only, so user.devices says so. */
export function refuseUserDevices(ctx: PlanContext): Answer | undefined {
  return delegatedOnlyAnswer(ctx, {
    what: `the devices of ${ctx.resolved.user?.displayName ?? 'a person'}`, apis: ['List registeredDevices', 'List ownedDevices'],
    links: [
      { title: 'List registeredDevices (Microsoft Graph)', url: 'https://learn.microsoft.com/graph/api/user-list-registereddevices' },
      { title: 'List ownedDevices (Microsoft Graph)', url: 'https://learn.microsoft.com/graph/api/user-list-owneddevices' },
    ],
  });
}

export function planUserDevices(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  const base = `/users/${segment(user.id)}`;
  return {
    queries: [
      get('registered', graphPath(`${base}/registeredDevices`, { $select: DEVICE_SELECT, $top: 100 }), { maxRows: 500, reads: ['directory', 'deviceActivity'] }),
      get('owned', graphPath(`${base}/ownedDevices`, { $select: DEVICE_SELECT, $top: 100 }), { maxRows: 500, reads: ['directory', 'deviceActivity'] }),
    ],
  };
}

export function planUserAuthMethods(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  return {
    queries: [
      get('methods', `/users/${segment(user.id)}/authentication/methods`, { maxRows: 100, reads: ['authMethods'] }),
      // Beta: defaultMfaMethod (shown on the card) is a beta-only property of userRegistrationDetails.
      { ...get('registration', `/reports/authenticationMethods/userRegistrationDetails/${segment(user.id)}`, { allowNotFound: true, reads: ['mfaRegistration'] }), version: 'beta' },
    ],
    sourceNote: 'Microsoft Graph authentication methods; the registration report from Graph beta (its defaultMfaMethod is not in v1.0).',
  };
}

/** Direct role assignments, PIM eligibilities, and role-assignable groups the user is in. */
export function planUserRoles(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  return {
    queries: [
      ...principalRoleRequests(user.id),
      get('groups', graphPath(`/users/${segment(user.id)}/transitiveMemberOf/microsoft.graph.group`, {
        $select: 'id,displayName,isAssignableToRole', $top: 999, $count: 'true',
      }), { maxRows: 5000, eventual: true, reads: ['directory'] }),
    ],
  };
}

/** Second round of user.roles: the assignments and eligibilities of role-assignable groups. */
export function nextUserRoles(input: AnswerInput): QueryPlan | undefined {
  const groups = graphRows(input, 'groups').filter((g) => g.isAssignableToRole === true).slice(0, 20);
  return { queries: groups.flatMap((g, i) => principalRoleRequests(String(g.id), `group${i}.`)) };
}


/**
 * The apps a user can access: one list. Microsoft (List appRoleAssignments granted to a user): "This
 * operation also returns app role assignments granted to groups that the user is a direct member
 * of", and "to ensure complete results for users with many indirect app role assignments, use the
 * ConsistencyLevel header set to eventual and $count". Groups reached only through another group
 * give no app access ("The assignment doesn't cascade to nested groups", Manage users and groups
 * assignment to an application), which is what this list holds.
 */
export function planUserApps(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  return {
    queries: [
      get('direct', graphPath(`/users/${segment(user.id)}/appRoleAssignments`, { $top: 999, $count: 'true' }), { maxRows: 2000, eventual: true, reads: ['directory'] }),
    ],
  };
}

/**
 * The same list, fetched by the user's name lookup (`$expand=appRoleAssignments`; the user
 * resource: "appRoleAssignments … Supports $expand"): the expanded relationship is the navigation
 * property the list above reads, so we read it as holding the direct groups' assignments too (the
 * list's page says so; no page says it of the expansion, and this is not checked on a real tenant). Graph expands at most 20 and gives
 * no nextLink, so a list of 20 is read again in full by `direct` (with `$count` and
 * `ConsistencyLevel`, which Microsoft advises for users with many indirect assignments and which
 * Graph refuses together with `$expand`). The role names then come in the second round trip, not
 * the third.
 */
export const USER_APPS_WITH_LOOKUP: readonly LookupExpand[] = [
  { slot: 'user', property: 'appRoleAssignments', answers: 'direct', reads: ['directory'] },
];

/** Second round of user.apps: the resource apps whose role names the list needs (default access needs none). */
export function nextUserApps(input: AnswerInput): QueryPlan | undefined {
  const named = graphRows(input, 'direct').filter((a) => !isDefaultAppRole(a.appRoleId));
  const resources = distinct(named.map((a) => a.resourceId));
  return resources.length === 0 ? undefined : { queries: resourceRequests(resources) };
}

export function planUserAccessPackages(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  return {
    queries: [
      get('assignments', graphPath(`${EM_BASE}/assignments`, {
        $filter: `target/objectId eq ${odataString(user.id)}`, $expand: 'accessPackage,assignmentPolicy',
      }), { maxRows: 1000, reads: ['entitlement'] }),
    ],
  };
}
