import { kqlString } from '../../kql/literal';
import type { SummaryGroupBy } from '../../understanding/intent';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { concreteWindow } from '../../planning/time';
import { kqlSignInConditions, kqlStatus, kqlWindow } from '../../planning/kql-text';

export const SUMMARY_DEFAULT_WINDOW = 'P7D';

/** The `by` clause for each grouping; time groupings are bins, sorted by time. */
export const GROUP_BY: Readonly<Record<SummaryGroupBy, { readonly by: string; readonly time: boolean }>> = {
  app: { by: 'App = AppDisplayName', time: false },
  country: { by: 'Country = tostring(LocationDetails.countryOrRegion)', time: false },
  result: { by: 'Result = ResultType', time: false },
  errorCode: { by: 'Result = ResultType', time: false },
  user: { by: 'User = UserPrincipalName', time: false },
  hour: { by: 'Hour = bin(TimeGenerated, 1h)', time: true },
  day: { by: 'Day = bin(TimeGenerated, 1d)', time: true },
};

/** Counts and trends of sign-ins: aggregation is what the log store is for, so this is KQL. */
export function planSignInSummary(ctx: PlanContext): QueryPlan {
  const { slots } = ctx.intent;
  const group = GROUP_BY[slots.groupBy ?? 'day'];
  const lines = [
    'SigninLogs',
    kqlWindow(concreteWindow(slots.window, ctx.now, SUMMARY_DEFAULT_WINDOW)),
    ...(ctx.resolved.user ? [`| where UserId == ${kqlString(ctx.resolved.user.id)}`] : []),
    ...(ctx.resolved.app ? [`| where AppId == ${kqlString(ctx.resolved.app.appId ?? ctx.resolved.app.id)}`] : []),
    ...kqlStatus(slots.status, slots.errorCode),
    ...kqlSignInConditions(slots),
    `| summarize SignIns = count(), Failed = countif(ResultType != "0") by ${group.by}`,
    group.time ? `| order by ${group.by.split(' = ')[0]} asc` : '| order by SignIns desc',
    ...(slots.top && !group.time ? [`| take ${Math.min(Math.max(1, Math.trunc(slots.top)), 1000)}`] : []),
  ];
  return {
    queries: [{ source: 'kql', reads: ['signInLogs'], id: 'summary', text: lines.join('\n'), maxRows: 1000 }],
    sourceNote: 'KQL over SigninLogs: counting and trends run in the log store, not through Graph paging.',
  };
}
