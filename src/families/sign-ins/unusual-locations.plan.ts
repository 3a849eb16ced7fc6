import { kqlString } from '../../kql/literal';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { concreteWindow, durationMs, isoSeconds, type ConcreteWindow } from '../../planning/time';

export const UNUSUAL_DEFAULT_WINDOW = 'P7D';
export const UNUSUAL_DEFAULT_BASELINE = 'P30D';
export const UNUSUAL_ROW_LIMIT = 500;

/** The window asked for, and the baseline: as asked, or the 30 days just before the window. */
export function unusualWindows(ctx: Pick<PlanContext, 'intent' | 'now'>): { window: ConcreteWindow; baseline: ConcreteWindow } {
  const window = concreteWindow(ctx.intent.slots.window, ctx.now, UNUSUAL_DEFAULT_WINDOW);
  const asked = ctx.intent.slots.baseline;
  const baseline = asked === undefined
    ? { from: new Date(window.from.getTime() - durationMs(UNUSUAL_DEFAULT_BASELINE)), to: window.from }
    : 'last' in asked ? { from: new Date(window.from.getTime() - durationMs(asked.last)), to: window.from } : { from: new Date(asked.from), to: new Date(asked.to) };
  return { window, baseline };
}

const between = (w: ConcreteWindow): string => `| where TimeGenerated between (datetime(${isoSeconds(w.from)}) .. datetime(${isoSeconds(w.to)}))`;

/**
 * signIns.unusualLocations: per person (or for one person), the countries they signed in from in
 * the window that they never signed in from in the baseline — KQL over SigninLogs, where a
 * set difference over weeks of sign-ins is one anti-join instead of paging Graph. People with no
 * sign-in at all in the baseline are left out (every country would be "new"); the answer counts
 * them. A second query counts the people and countries of the baseline, so the card can say how
 * much history the comparison had.
 */
export function planUnusualLocations(ctx: PlanContext): QueryPlan {
  const { window, baseline } = unusualWindows(ctx);
  const who = ctx.resolved.user ? [`| where UserId == ${kqlString(ctx.resolved.user.id)}`] : [];
  const country = '| extend Country = tostring(LocationDetails.countryOrRegion)\n| where isnotempty(Country)';
  const usual = ['SigninLogs', between(baseline), ...who, country, '| distinct UserId, Country'].join('\n');
  const text = [
    `let usual = ${usual.replace(/\n/g, '\n    ')};`,
    'let known = usual | distinct UserId;',
    'SigninLogs',
    between(window),
    ...who,
    country,
    '| join kind=leftsemi known on UserId',
    '| join kind=leftanti usual on UserId, Country',
    '| summarize SignIns = count(), Failed = countif(ResultType != "0"), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated),',
    '    Cities = make_set(tostring(LocationDetails.city), 5), IPs = make_set(IPAddress, 5) by UserPrincipalName, UserId, Country',
    '| order by FirstSeen desc',
    `| take ${UNUSUAL_ROW_LIMIT}`,
  ].join('\n');
  const baselineText = [
    'SigninLogs', between(baseline), ...who,
    '| summarize People = dcount(UserId), Countries = dcount(tostring(LocationDetails.countryOrRegion)), First = min(TimeGenerated)',
  ].join('\n');
  return {
    queries: [
      { source: 'kql', reads: ['signInLogs'], id: 'unusual', text, maxRows: UNUSUAL_ROW_LIMIT },
      { source: 'kql', reads: ['signInLogs'], id: 'baseline', text: baselineText, maxRows: 1 },
    ],
    sourceNote: 'KQL over SigninLogs: countries of the window compared with each person\'s countries of the baseline, in the log store.',
  };
}
