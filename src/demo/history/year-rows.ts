/**
 * A year history's rows of one day, fully materialised (one row per entity per SnapshotDate, as
 * seed 000's tables hold them): what the interval store's views must give, computed in
 * JavaScript. For tests and for measuring the materialised alternative; never for serving.
 */
import type { IntervalRow, YearHistory } from './year-history';

export type DayRow = Readonly<Record<string, unknown>>;

export interface DayTables {
  readonly EntraUsers: DayRow[];
  readonly EntraGroups: DayRow[];
  readonly EntraGroupMembership: DayRow[];
  readonly Applications: DayRow[];
  readonly AppRoles: DayRow[];
  readonly AppRoleAssignments: DayRow[];
}

const within = (day: number) => (r: { from: number; to: number }): boolean => r.from <= day && day < r.to;

/** The six snapshot tables of `history.days[day]`; Members sorted (the order is not part of the data). */
export function rowsOfDay(history: YearHistory, day: number): DayTables {
  const SnapshotDate = `${history.days[day] as string}T00:00:00Z`;
  const stamp = (rows: readonly IntervalRow[]): DayRow[] => rows.filter(within(day)).map((r) => ({ ...r.row, SnapshotDate }));
  const members = new Map<string, string[]>();
  for (const m of history.membership) if (within(day)(m)) members.set(m.groupId, [...(members.get(m.groupId) ?? []), m.memberId]);
  const groups = stamp(history.EntraGroups);
  return {
    EntraUsers: stamp(history.EntraUsers),
    EntraGroups: groups,
    EntraGroupMembership: groups.map((g) => ({ GroupId: g['Id'], Members: (members.get(String(g['Id'])) ?? []).sort(), SnapshotDate })),
    Applications: stamp(history.Applications),
    AppRoles: stamp(history.AppRoles),
    AppRoleAssignments: stamp(history.AppRoleAssignments),
  };
}
