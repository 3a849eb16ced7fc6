import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { concreteWindow } from '../../planning/time';
import { kqlList, kqlSignInConditions, kqlStatus, kqlWindow } from '../../planning/kql-text';
import { graphPath } from '../../planning/graph-path';
import { get } from '../../planning/graph-get';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { obj } from '../../answers/format';
import { ROLE_ASSIGNMENTS, ROLE_ELIGIBILITIES } from '../../planning/roles';
import { nextRoleMembers, ROLE_GROUP_LIMIT } from './privileged.plan';

export const BREAK_GLASS_WINDOW = 'P30D';
export const ADMIN_SIGN_IN_WINDOW = 'P7D';

const SIGN_IN_COLUMNS = '| project TimeGenerated, UserPrincipalName, AppDisplayName, IPAddress, Country = tostring(LocationDetails.countryOrRegion), ResultType, ConditionalAccessStatus';

/** Any sign-in or directory change by an emergency-access account is something to look at. */
export function planBreakGlass(ctx: PlanContext): QueryPlan {
  const accounts = ctx.breakGlassAccounts ?? [];
  const window = kqlWindow(concreteWindow(ctx.intent.slots.window, ctx.now, BREAK_GLASS_WINDOW));
  const list = kqlList(accounts);
  return {
    queries: [
      { source: 'kql', reads: ['signInLogs'], id: 'signIns', maxRows: 500, text: ['SigninLogs', window, `| where UserPrincipalName in~ ${list}`, SIGN_IN_COLUMNS, '| order by TimeGenerated desc'].join('\n') },
      {
        source: 'kql', reads: ['auditLogs'], id: 'audits', maxRows: 500,
        text: ['AuditLogs', window, `| where tostring(InitiatedBy.user.userPrincipalName) in~ ${list}`,
          '| project TimeGenerated, Actor = tostring(InitiatedBy.user.userPrincipalName), OperationName, Target = tostring(TargetResources[0].displayName), Result',
          '| order by TimeGenerated desc'].join('\n'),
      },
    ],
    sourceNote: 'KQL over SigninLogs and AuditLogs for the emergency-access accounts named in configuration (BREAK_GLASS_ACCOUNTS).',
  };
}

/** Role holders read from Graph for privileged.signIns (a bound on the literal list in the KQL). */
export const ADMIN_LIMIT = 2000;

/** What privileged.signIns counts as an admin, for the card. */
export const ADMIN_COVERAGE = 'users holding a directory role at any scope, active or PIM-eligible, directly or as a transitive member of a role-assignable group that holds it';

/**
 * privileged.signIns, first round: who holds a directory role, from Graph: active assignments and
 * PIM eligibilities, each with its principal. Not from the IdentityInfo table: it exists only
 * where Sentinel UEBA is on.
 */
export function planAdminSignIns(_ctx: PlanContext): QueryPlan {
  return {
    queries: [
      get('active', graphPath(ROLE_ASSIGNMENTS, { $expand: 'principal' }), { maxRows: ADMIN_LIMIT, reads: ['roleAssignments', 'directory'] }),
      get('eligible', graphPath(ROLE_ELIGIBILITIES, { $expand: 'principal' }), { maxRows: ADMIN_LIMIT, reads: ['roleAssignments', 'directory'] }),
    ],
    sourceNote: `KQL over SigninLogs for the ${ADMIN_COVERAGE} (role assignments, eligibility schedules and group members from Microsoft Graph; at most ${ROLE_GROUP_LIMIT} groups are expanded).`,
  };
}

/** Second round: the users of the groups that hold a role (transitive members), as role.members reads them. */
export function nextAdminGroups(input: AnswerInput): QueryPlan | undefined {
  return nextRoleMembers(input);
}

/** The role holders' UPNs (lower case, sorted) and how many came through groups. */
export function adminUpns(input: AnswerInput): { readonly upns: readonly string[]; readonly throughGroups: number; readonly groups: number } {
  const principals = [...graphRows(input, 'active'), ...graphRows(input, 'eligible')].map((a) => obj(a.principal));
  const direct = principals.filter((p) => p['@odata.type'] === '#microsoft.graph.user' && typeof p.userPrincipalName === 'string').map((p) => String(p.userPrincipalName).toLowerCase());
  const groupIds = new Set(principals.filter((p) => p['@odata.type'] === '#microsoft.graph.group').map((p) => String(p.id)));
  const viaGroups = [...input.results].flatMap(([id, r]) => (id.startsWith('members.') && r.source === 'graph' ? r.rows : []))
    .map((m) => m['userPrincipalName']).filter((u): u is string => typeof u === 'string').map((u) => u.toLowerCase());
  const upns = [...new Set([...direct, ...viaGroups])].sort();
  return { upns, throughGroups: upns.filter((u) => !direct.includes(u)).length, groups: groupIds.size };
}

/**
 * Last round: their sign-ins, with the monitoring filters of the privileged-account guide
 * (failures, error codes, outside working hours); the role holders' UPNs are a literal list.
 */
export function lastAdminSignIns(input: AnswerInput): QueryPlan | undefined {
  const { upns } = adminUpns(input);
  const { slots } = input.intent;
  const lines = [
    'SigninLogs',
    kqlWindow(concreteWindow(slots.window, input.now, ADMIN_SIGN_IN_WINDOW)),
    upns.length > 0 ? `| where UserPrincipalName in~ ${kqlList(upns)}` : '| where false // no user holds a directory role',
    ...kqlStatus(slots.status, slots.errorCode),
    ...kqlSignInConditions(slots),
    ...(slots.outsideWorkingHours ? ['| where hourofday(TimeGenerated) < 7 or hourofday(TimeGenerated) >= 19 or dayofweek(TimeGenerated) in (0d, 6d)'] : []),
    SIGN_IN_COLUMNS,
    '| order by TimeGenerated desc',
  ];
  return { queries: [{ source: 'kql', reads: ['signInLogs'], id: 'signIns', maxRows: 500, text: lines.join('\n') }] };
}
