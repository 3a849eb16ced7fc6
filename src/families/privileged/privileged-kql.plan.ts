import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { concreteWindow } from '../../planning/time';
import { kqlList, kqlStatus, kqlWindow } from '../../planning/kql-text';

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

/**
 * Sign-ins of everyone holding a directory role (IdentityInfo.AssignedRoles), with the monitoring
 * filters of the privileged-account guide: failures, error codes, outside working hours.
 */
export function planAdminSignIns(ctx: PlanContext): QueryPlan {
  const { slots } = ctx.intent;
  const lines = [
    'let admins = IdentityInfo | where array_length(AssignedRoles) > 0 | distinct AccountUPN;',
    'SigninLogs',
    kqlWindow(concreteWindow(slots.window, ctx.now, ADMIN_SIGN_IN_WINDOW)),
    '| where UserPrincipalName in~ (admins)',
    ...kqlStatus(slots.status, slots.errorCode),
    ...(slots.outsideWorkingHours ? ['| where hourofday(TimeGenerated) < 7 or hourofday(TimeGenerated) >= 19 or dayofweek(TimeGenerated) in (0d, 6d)'] : []),
    SIGN_IN_COLUMNS,
    '| order by TimeGenerated desc',
  ];
  return {
    queries: [{ source: 'kql', reads: ['signInLogs', 'roleAssignments', 'directory'], id: 'signIns', maxRows: 500, text: lines.join('\n') }],
    sourceNote: 'KQL over SigninLogs joined with the role holders in IdentityInfo.',
  };
}
