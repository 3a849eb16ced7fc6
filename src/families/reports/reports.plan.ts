/**
 * Snapshot reports (seed 000, "Step 4"): who had access to an app on a date, during a window,
 * who was added in a window, and the members of groups by department. KQL over the snapshot
 * tables (EntraUsers, EntraGroups, EntraGroupMembership, AppRoles, AppRoleAssignments), built
 * from the seed's examples but made exact: every lookup is matched on the same SnapshotDate (the
 * seed's joins repeat rows once per snapshot), access through groups is expanded to the group's
 * members at that snapshot, and a date picks the snapshot in effect then (the latest on or before
 * it). Slot values enter the text only through `kqlString` / `kqlList`.
 */
import { kqlString } from '../../kql/literal';
import type { PlanContext } from '../../planning/entities';
import type { KqlQuery, QueryPlan } from '../../planning/query-plan';
import { concreteWindow, isoSeconds } from '../../planning/time';
import { kqlList } from '../../planning/kql-text';

/** Rows an answer may hold; the full result is offered as CSV where a card cannot show them. */
export const REPORT_MAX_ROWS = 5000;

export const SNAPSHOT_SOURCE = 'KQL over the snapshot tables exported from Entra (EntraUsers, EntraGroups, EntraGroupMembership, AppRoles, AppRoleAssignments).';

const DAY_MS = 86_400_000;

/** A report window when the question gives none. */
export const DEFAULT_WINDOW = 'P30D';

/** The query listing the snapshot dates (the answer says which were used). */
export function snapshotsQuery(): KqlQuery {
  return { source: 'kql', reads: ['directory'], id: 'snapshots', maxRows: 1000, text: 'EntraUsers\n| distinct SnapshotDate\n| order by SnapshotDate asc' };
}

const dt = (d: Date): string => `datetime(${isoSeconds(d)})`;

/** Start of the UTC day of an ISO date or date-time. */
export function dayOf(value: string): Date {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);
}

/**
 * `access`: one row per snapshot, person id, role and way (Direct, or Group with its name) for the
 * app's service principal, for snapshots with `SnapshotDate` in `[since, until)` (KQL names); and
 * `people`: each user of those snapshots once, with the name of the latest one. Ids are matched
 * per snapshot (an assignment, a group's members and a role on the same day); names are joined
 * once, after the rows are summarised: joining every day's users (10,000 × 365 rows over a year)
 * cost seconds and most of the memory (issue 21). An id that is no user (a group or an app
 * assigned directly, a device in a group) has no row in `people` and drops out there.
 */
function accessLets(servicePrincipalId: string): string[] {
  return [
    `let servicePrincipalId = ${kqlString(servicePrincipalId)};`,
    'let assignments = AppRoleAssignments',
    '    | where ResourceId == servicePrincipalId and SnapshotDate >= since and SnapshotDate < until',
    '    | project SnapshotDate, PrincipalId, AppRoleIdStr = tostring(AppRoleId), PrincipalDisplayName, CreatedDateTime;',
    'let roles = AppRoles',
    '    | where ServicePrincipalId == servicePrincipalId and SnapshotDate >= since and SnapshotDate < until',
    '    | mvexpand AppRoles',
    '    | project SnapshotDate, RoleId = tostring(AppRoles.Id), RoleName = tostring(AppRoles.DisplayName);',
    'let groupAssignments = assignments',
    '    | join kind=inner (EntraGroupMembership | where SnapshotDate >= since and SnapshotDate < until) on $left.PrincipalId == $right.GroupId, $left.SnapshotDate == $right.SnapshotDate',
    '    | mvexpand Members',
    '    | project SnapshotDate, ObjectID = tostring(Members), AppRoleIdStr, AssignmentType = "Group", GroupName = PrincipalDisplayName, CreatedDateTime;',
    'let access = assignments',
    '    | project SnapshotDate, ObjectID = PrincipalId, AppRoleIdStr, AssignmentType = "Direct", GroupName = "", CreatedDateTime',
    '    | union groupAssignments',
    '    | join kind=inner roles on $left.AppRoleIdStr == $right.RoleId, $left.SnapshotDate == $right.SnapshotDate',
    '    | project SnapshotDate, ObjectID, RoleName, AssignmentType, GroupName, CreatedDateTime;',
    'let people = EntraUsers',
    '    | where SnapshotDate >= since and SnapshotDate < until',
    '    | summarize arg_max(SnapshotDate, UserPrincipalName, DisplayName) by ObjectID',
    '    | project ObjectID, UserPrincipalName, DisplayName;',
  ];
}

/**
 * The same `access` and `people` over the validity intervals (`<Table>Intervals`: a row holds for
 * the snapshots of days ValidFrom ≤ day < ValidTo, midnight UTC, one snapshot a day), for a store
 * that has them: each row is tested once for overlap with `[since, until)` instead of once per
 * day. An assignment, a group's member and a role hold together on the days their intervals
 * share, so `access` keeps that common part, cut to the window (`From`, `To`); a row holds on some
 * snapshot of the window exactly when `From < To` (both bounds of a day are midnights, and `since`
 * is a snapshot's date). Each person's name is the one of their latest interval in the window,
 * which holds on the window's last day they were seen, as `arg_max(SnapshotDate, …)` does.
 */
function accessLetsOverIntervals(servicePrincipalId: string): string[] {
  const overlaps = 'ValidFrom < until and ValidTo > since';
  return [
    `let servicePrincipalId = ${kqlString(servicePrincipalId)};`,
    'let assignments = AppRoleAssignmentsIntervals',
    `    | where ResourceId == servicePrincipalId and ${overlaps}`,
    '    | project PrincipalId, AppRoleIdStr = tostring(AppRoleId), PrincipalDisplayName, CreatedDateTime, From = ValidFrom, To = ValidTo;',
    'let roles = AppRolesIntervals',
    `    | where ServicePrincipalId == servicePrincipalId and ${overlaps}`,
    '    | mvexpand AppRoles',
    '    | project RoleId = tostring(AppRoles.Id), RoleName = tostring(AppRoles.DisplayName), RoleFrom = ValidFrom, RoleTo = ValidTo;',
    'let groupAssignments = assignments',
    `    | join kind=inner (EntraGroupMembershipIntervals | where ${overlaps}) on $left.PrincipalId == $right.GroupId`,
    '    | project ObjectID = MemberId, AppRoleIdStr, AssignmentType = "Group", GroupName = PrincipalDisplayName, CreatedDateTime, From = max_of(From, ValidFrom), To = min_of(To, ValidTo);',
    'let access = assignments',
    '    | project ObjectID = PrincipalId, AppRoleIdStr, AssignmentType = "Direct", GroupName = "", CreatedDateTime, From, To',
    '    | union groupAssignments',
    '    | join kind=inner roles on $left.AppRoleIdStr == $right.RoleId',
    '    | project ObjectID, RoleName, AssignmentType, GroupName, CreatedDateTime, From = max_of(From, RoleFrom, since), To = min_of(To, RoleTo, until)',
    '    | where From < To;',
    'let people = EntraUsersIntervals',
    `    | where ${overlaps}`,
    '    | summarize arg_max(ValidFrom, UserPrincipalName, DisplayName) by ObjectID',
    '    | project ObjectID, UserPrincipalName, DisplayName;',
  ];
}

function appId(ctx: PlanContext): string {
  const app = ctx.resolved.app;
  if (!app) throw new Error('bug: report planned without a resolved app');
  return app.id;
}

/** Per person, role and path: when the access was first and last seen in the snapshots. */
const FIRST_LAST_SEEN = [
  '| summarize FirstSeen = min(SnapshotDate), LastSeen = max(SnapshotDate), CreatedDateTime = min(CreatedDateTime)',
  '    by ObjectID, RoleName, AssignmentType, GroupName',
];

/** The same over intervals: the last snapshot is the last midnight before `LastTo` (a midnight, or `until`). */
const FIRST_LAST_SEEN_OVER_INTERVALS = [
  '| summarize FirstSeen = min(From), LastTo = max(To), CreatedDateTime = min(CreatedDateTime)',
  '    by ObjectID, RoleName, AssignmentType, GroupName',
  '| extend LastSeen = iff(LastTo == startofday(LastTo), LastTo - 1d, startofday(LastTo))',
];

/** `access` and `people` (and how to summarise `access`) for the store the context names. */
function accessPlan(ctx: PlanContext): { lets: string[]; firstLastSeen: readonly string[] } {
  return ctx.snapshotIntervals
    ? { lets: accessLetsOverIntervals(appId(ctx)), firstLastSeen: FIRST_LAST_SEEN_OVER_INTERVALS }
    : { lets: accessLets(appId(ctx)), firstLastSeen: FIRST_LAST_SEEN };
}

/** The people's names, joined once to the summarised rows. */
const WITH_NAMES = '| join kind=inner people on ObjectID';

/** An app-access report: the `access` query and the snapshot dates it used. */
function accessReport(lines: readonly string[]): QueryPlan {
  return {
    queries: [{ source: 'kql', reads: ['directory'], id: 'access', maxRows: REPORT_MAX_ROWS, text: lines.join('\n') }, snapshotsQuery()],
    sourceNote: SNAPSHOT_SOURCE,
  };
}

/** Example 1: access on one date (the snapshot in effect then), direct and through groups. */
export function planAppAccessAsOf(ctx: PlanContext): QueryPlan {
  const date = dayOf(ctx.intent.slots.date ?? ctx.now.toISOString());
  const lines = [
    `let asOf = ${dt(new Date(date.getTime() + DAY_MS))}; // the end of the day asked about`,
    'let since = toscalar(EntraUsers | where SnapshotDate < asOf | summarize max(SnapshotDate)); // the snapshot in effect then',
    'let until = since + 1s;',
    ...accessPlan(ctx).lets,
    'access',
    ...(ctx.snapshotIntervals ? ['| extend SnapshotDate = since'] : []),
    WITH_NAMES,
    '| project DisplayName, UserPrincipalName, RoleName, AssignmentType, GroupName, CreatedDateTime, SnapshotDate',
    '| order by DisplayName asc, RoleName asc, AssignmentType asc, GroupName asc',
  ];
  return accessReport(lines);
}

/** The window's KQL bounds: `windowStart`, `windowEnd` and `since`, the snapshot in effect at its start. */
function windowLets(ctx: PlanContext): string[] {
  const w = concreteWindow(ctx.intent.slots.window, ctx.now, DEFAULT_WINDOW);
  return [
    `let windowStart = ${dt(w.from)};`,
    `let windowEnd = ${dt(w.to)};`,
    'let atStart = toscalar(EntraUsers | where SnapshotDate <= windowStart | summarize max(SnapshotDate)); // the snapshot in effect at the start',
    'let firstSnapshot = toscalar(EntraUsers | summarize min(SnapshotDate));',
    'let since = iff(isnull(atStart), firstSnapshot, atStart);',
    'let until = windowEnd;',
  ];
}

/** Example 2 made exact: anyone with access in a snapshot in effect during the window. */
export function planAppAccessBetween(ctx: PlanContext): QueryPlan {
  const { lets, firstLastSeen } = accessPlan(ctx);
  const lines = [
    ...windowLets(ctx),
    ...lets,
    'access',
    ...firstLastSeen,
    WITH_NAMES,
    '| project DisplayName, UserPrincipalName, RoleName, AssignmentType, GroupName, FirstSeen, LastSeen, CreatedDateTime',
    '| order by DisplayName asc, RoleName asc, AssignmentType asc, GroupName asc',
  ];
  return accessReport(lines);
}

/**
 * Example 3 made exact: people with access in the window who had none at its start. Each
 * person's paths are summarised once (`materialize`); someone with a path first seen in the
 * snapshot in effect at the start had access then, and is left out with all their paths.
 */
export function planAppAccessAdded(ctx: PlanContext): QueryPlan {
  const { lets, firstLastSeen } = accessPlan(ctx);
  const lines = [
    ...windowLets(ctx),
    ...lets,
    'let seen = materialize(access',
    ...firstLastSeen.map((l) => `    ${l}`),
    '    );',
    'let before = seen | where FirstSeen == since | distinct ObjectID;',
    'seen',
    '| join kind=anti before on ObjectID',
    WITH_NAMES,
    '| project DisplayName, UserPrincipalName, RoleName, AssignmentType, GroupName, FirstSeen, LastSeen, CreatedDateTime, Change = "Added"',
    '| order by FirstSeen asc, DisplayName asc',
  ];
  return accessReport(lines);
}

/** The groups a report names: `groups`, or the single `group`. */
export function reportGroups(ctx: Pick<PlanContext, 'intent'>): string[] {
  const { groups, group } = ctx.intent.slots;
  const names = groups && groups.length > 0 ? [...groups] : group ? [group] : [];
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}

/** The auditor scenario: members of the named groups in the latest snapshot, by department. */
export function planGroupMembersByDepartment(ctx: PlanContext): QueryPlan {
  const names = kqlList(reportGroups(ctx));
  // Over intervals: the latest snapshot is the day before the last interval ends, and a row is in
  // it when its interval holds that day.
  const lets = ctx.snapshotIntervals
    ? [
      'let latestSnapshot = toscalar(EntraGroupsIntervals | summarize max(ValidTo)) - 1d;',
      `let chosenGroups = EntraGroupsIntervals | where ValidFrom <= latestSnapshot and ValidTo > latestSnapshot and DisplayName in~ ${names} | project GroupId = Id, GroupName = DisplayName;`,
    ]
    : [
      'let latestSnapshot = toscalar(EntraGroups | summarize max(SnapshotDate));',
      `let chosenGroups = EntraGroups | where SnapshotDate == latestSnapshot and DisplayName in~ ${names} | project GroupId = Id, GroupName = DisplayName;`,
    ];
  const memberRows = ctx.snapshotIntervals
    ? [
      'EntraGroupMembershipIntervals',
      '| where ValidFrom <= latestSnapshot and ValidTo > latestSnapshot',
      '| join kind=inner chosenGroups on GroupId',
      '| join kind=inner (EntraUsersIntervals | where ValidFrom <= latestSnapshot and ValidTo > latestSnapshot | project ObjectID, DisplayName, UserPrincipalName, Department, JobTitle) on $left.MemberId == $right.ObjectID',
    ]
    : [
      'EntraGroupMembership',
      '| where SnapshotDate == latestSnapshot',
      '| join kind=inner chosenGroups on GroupId',
      '| mvexpand Members',
      '| extend MemberId = tostring(Members)',
      '| join kind=inner (EntraUsers | where SnapshotDate == latestSnapshot | project ObjectID, DisplayName, UserPrincipalName, Department, JobTitle) on $left.MemberId == $right.ObjectID',
    ];
  const members = [
    ...lets,
    ...memberRows,
    '| project Department = iff(isempty(Department), "(no department)", Department), DisplayName, UserPrincipalName, JobTitle, GroupName',
    '| order by Department asc, DisplayName asc, GroupName asc',
  ];
  return {
    queries: [
      { source: 'kql', reads: ['directory'], id: 'members', maxRows: REPORT_MAX_ROWS, text: members.join('\n') },
      { source: 'kql', reads: ['directory'], id: 'groups', maxRows: 1000, text: [...lets, 'chosenGroups', '| order by GroupName asc'].join('\n') },
      snapshotsQuery(),
    ],
    sourceNote: SNAPSHOT_SOURCE,
  };
}
