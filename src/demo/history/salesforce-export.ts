/**
 * `salesforceAssignments`: Salesforce's own list of its users and roles (the "second source" of
 * seed 000's Example 4). It mostly agrees with Entra's latest snapshot, with five deliberate
 * discrepancies an auditor should find (listed in `discrepancies`).
 */
import type { HistoryAssignment, HistoryUser, SnapshotRow, SnapshotTables } from './history';

export type DiscrepancyKind = 'notProvisioned' | 'deletedInEntra' | 'removedInEntra' | 'roleMismatch' | 'localAccount';

export interface SalesforceDiscrepancy {
  readonly kind: DiscrepancyKind;
  /** Salesforce user name (the UPN). */
  readonly userName: string;
  readonly detail: string;
}

interface Access { user: HistoryUser; roles: Set<string>; direct: boolean; startMs: number }

const HOUR = 3_600_000;
const isoSec = (t: number): string => `${new Date(t).toISOString().slice(0, 19)}Z`;

export function buildSalesforceExport(args: {
  readonly tables: SnapshotTables;
  readonly lastSnapshot: string;
  readonly spId: string;
  readonly roles: readonly { id: string; value: string }[];
  readonly userById: ReadonlyMap<string, HistoryUser>;
  readonly leavers: readonly HistoryUser[];
  readonly formerDirect: readonly HistoryAssignment[];
  readonly domain: string;
  readonly appCreatedMs: number;
}): { rows: SnapshotRow[]; discrepancies: SalesforceDiscrepancy[] } {
  const { tables, lastSnapshot, spId, userById } = args;
  const roleName = (id: string): string => args.roles.find((r) => r.id === id)?.value ?? 'User';
  const latest = (rows: SnapshotRow[]): SnapshotRow[] => rows.filter((r) => r['SnapshotDate'] === lastSnapshot);
  const present = new Set(latest(tables.EntraUsers).map((u) => String(u['ObjectID'])));
  const members = new Map(latest(tables.EntraGroupMembership).map((m) => [String(m['GroupId']), m['Members'] as string[]]));
  const access = new Map<string, Access>();
  const grant = (userId: string, role: string, direct: boolean, startMs: number): void => {
    const user = userById.get(userId);
    if (!user || !present.has(userId)) return;
    const a = access.get(userId) ?? { user, roles: new Set<string>(), direct: false, startMs };
    a.roles.add(role);
    a.direct ||= direct;
    a.startMs = Math.min(a.startMs, startMs);
    access.set(userId, a);
  };
  for (const a of latest(tables.AppRoleAssignments)) {
    if (a['ResourceId'] !== spId) continue;
    const principal = String(a['PrincipalId']);
    const created = Date.parse(String(a['CreatedDateTime']));
    const role = roleName(String(a['AppRoleId']));
    if (members.has(principal)) {
      for (const m of members.get(principal) ?? []) grant(m, role, false, Math.max(created, userById.get(m)?.createdMs ?? created));
    } else grant(principal, role, true, created);
  }
  const discrepancies: SalesforceDiscrepancy[] = [];
  const byUpn = [...access.values()].sort((x, y) => x.user.upn.localeCompare(y.user.upn));
  // 1. The newest direct grant is not provisioned in Salesforce yet.
  const newest = byUpn.filter((a) => a.direct && a.roles.size === 1).sort((x, y) => y.startMs - x.startMs)[0];
  if (newest) discrepancies.push({ kind: 'notProvisioned', userName: newest.user.upn, detail: 'Assigned in Entra but has no Salesforce account yet.' });
  // 2. Someone only a group gives the User role is an Admin in Salesforce.
  const promoted = byUpn.find((a) => !a.direct && a !== newest && [...a.roles].every((r) => r === 'User'));
  if (promoted) discrepancies.push({ kind: 'roleMismatch', userName: promoted.user.upn, detail: 'User in Entra (through a group), Admin in Salesforce.' });
  const row = (u: HistoryUser, role: string, createdMs: number): SnapshotRow => ({
    UserName: u.upn, Name: u.displayName, EmployeeId: u.employeeId, Department: u.department, JobTitle: u.jobTitle,
    AppName: 'Salesforce', Role: role, CreatedDateTime: isoSec(createdMs + 2 * HOUR),
  });
  const rows: SnapshotRow[] = byUpn.filter((a) => a !== newest)
    .map((a) => row(a.user, a === promoted || a.roles.has('Admin') ? 'Admin' : 'User', a.startMs));
  // 3. A leaver deleted from Entra still has an active Salesforce account.
  const leaver = args.leavers.find((_, i) => i % 2 === 0 || i % 3 === 1);
  if (leaver) {
    rows.push(row(leaver, 'User', leaver.createdMs + 30 * 24 * HOUR));
    discrepancies.push({ kind: 'deletedInEntra', userName: leaver.upn, detail: 'Deleted from Entra ID, still active in Salesforce.' });
  }
  // 4. A direct assignment removed in Entra was never removed in Salesforce.
  const removed = args.formerDirect[1] ?? args.formerDirect[0];
  const removedUser = removed ? userById.get(removed.principalId) : undefined;
  if (removed && removedUser && !access.has(removedUser.id)) {
    rows.push(row(removedUser, roleName(removed.appRoleId), removed.from));
    discrepancies.push({ kind: 'removedInEntra', userName: removedUser.upn, detail: 'Assignment removed in Entra, account still active in Salesforce.' });
  }
  // 5. A local Salesforce account Entra knows nothing about.
  const local = `sf-integration@${args.domain}`;
  rows.push({
    UserName: local, Name: 'Salesforce Integration', EmployeeId: '', Department: 'IT', JobTitle: 'Integration account',
    AppName: 'Salesforce', Role: 'Admin', CreatedDateTime: isoSec((Number.isNaN(args.appCreatedMs) ? Date.parse(lastSnapshot) : args.appCreatedMs) + 26 * HOUR),
  });
  discrepancies.push({ kind: 'localAccount', userName: local, detail: 'A local Salesforce account with no Entra ID user.' });
  rows.sort((x, y) => String(x['UserName']).localeCompare(String(y['UserName'])));
  return { rows, discrepancies };
}
