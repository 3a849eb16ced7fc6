import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { concreteWindow } from '../../planning/time';
import { kqlList, kqlSignInConditions, kqlStatus, kqlWindow } from '../../planning/kql-text';
import { graphPath } from '../../planning/graph-path';
import { get } from '../../planning/graph-get';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { obj } from '../../answers/format';

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

/**
 * privileged.signIns, first round: who holds a directory role, from Graph (active role
 * assignments with the principal). Not from the IdentityInfo table: it exists only where Sentinel
 * UEBA is on.
 */
export function planAdminSignIns(_ctx: PlanContext): QueryPlan {
  return {
    queries: [get('admins', graphPath('/roleManagement/directory/roleAssignments', { $expand: 'principal' }), { maxRows: ADMIN_LIMIT, reads: ['roleAssignments', 'directory'] })],
    sourceNote: 'KQL over SigninLogs for the users holding an active directory role (role assignments from Microsoft Graph; roles held through a group are not included).',
  };
}

/**
 * Second round: their sign-ins, with the monitoring filters of the privileged-account guide
 * (failures, error codes, outside working hours); the role holders' UPNs are a literal list.
 */
export function nextAdminSignIns(input: AnswerInput): QueryPlan | undefined {
  const upns = [...new Set(graphRows(input, 'admins').map((a) => obj(a.principal))
    .filter((p) => p['@odata.type'] === '#microsoft.graph.user' && typeof p.userPrincipalName === 'string')
    .map((p) => String(p.userPrincipalName).toLowerCase()))].sort();
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
