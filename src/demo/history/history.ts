/**
 * The demo tenant's history as the snapshot tables of seed 000 (EntraUsers, EntraGroups,
 * EntraGroupMembership, Applications, AppRoles, AppRoleAssignments, each with a SnapshotDate),
 * plus `salesforceAssignments`, Salesforce's own user export.
 *
 * A pure function of the tenant model (seed, anchor, users, groups, apps, assignments and the
 * audit log), so a persisted model gives the same history. The latest snapshot is the live model;
 * earlier ones differ the way a tenant does over months: people join (creation dates) and leave
 * (deleted "leavers" who exist only in history), accounts are disabled, group members come and go
 * (consistent with the audit log's "Add/Remove member from group" events inside its window;
 * invented changes are placed before the window), and Salesforce access is granted and removed
 * directly and through groups.
 */
import type { GraphObject, TenantModel } from '../model';
import { SALESFORCE } from '../generator/catalog/app-specs';
import { DEPARTMENTS } from '../generator/catalog/departments';
import { FIRST_NAMES, LAST_NAMES } from '../generator/catalog/names';
import { Rng, hashString, stableGuid } from '../generator/prng';
import { buildSalesforceExport, type SalesforceDiscrepancy } from './salesforce-export';
import { dayStartMs, snapshotDates } from './snapshot-dates';

/** Bump when generated history changes: stores built from an older history reload. */
export const HISTORY_VERSION = 1;

const DAY = 86_400_000;
const FOREVER = Number.POSITIVE_INFINITY;

export type SnapshotRow = Readonly<Record<string, unknown>>;

/** Rows of every snapshot table, keyed by table name (columns as in table-schemas.ts). */
export interface SnapshotTables {
  readonly EntraUsers: SnapshotRow[];
  readonly EntraGroups: SnapshotRow[];
  readonly EntraGroupMembership: SnapshotRow[];
  readonly Applications: SnapshotRow[];
  readonly AppRoles: SnapshotRow[];
  readonly AppRoleAssignments: SnapshotRow[];
  readonly salesforceAssignments: SnapshotRow[];
}

export interface SnapshotHistory {
  /** Snapshot days (`YYYY-MM-DD`), oldest first; the last is the anchor's day (the live tenant). */
  readonly dates: readonly string[];
  readonly tables: SnapshotTables;
  readonly salesforce: { readonly servicePrincipalId: string; readonly appId: string };
  /** What Salesforce's own export deliberately gets wrong (what an auditor should find). */
  readonly discrepancies: readonly SalesforceDiscrepancy[];
}

/** A user as the history knows them. */
export interface HistoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly upn: string;
  readonly employeeId: string;
  readonly userType: string;
  readonly createdMs: number;
  readonly jobTitle: string;
  readonly department: string;
  /** Disabled from this instant on (live disabled accounts), else never. */
  readonly disabledMs: number;
  /** Deleted at this instant (leavers), else never. */
  readonly deletedMs: number;
}

interface Span { readonly memberId: string; readonly from: number; readonly to: number }

/** An app role assignment with the interval it existed in. */
export interface HistoryAssignment {
  readonly appRoleId: string;
  readonly principalId: string;
  readonly principalDisplayName: string;
  readonly principalType: string;
  readonly resourceId: string;
  readonly resourceDisplayName: string;
  readonly from: number;
  readonly to: number;
}

const ms = (v: unknown): number => (typeof v === 'string' ? Date.parse(v) : Number.NaN);
const isoSec = (t: number): string => `${new Date(t).toISOString().slice(0, 19)}Z`;

/** A random instant (whole seconds) in [a, b); `a` itself when the range is empty. */
function between(rng: Rng, a: number, b: number): number {
  if (b - a < 2000) return a;
  return a + rng.int(0, Math.floor((b - a) / 1000) - 1) * 1000;
}

/** Generates the snapshot tables of the demo tenant. Deterministic in the model. */
export function generateSnapshotHistory(model: TenantModel): SnapshotHistory {
  const { seed, anchorTime, days } = model.tenant;
  const anchorMs = Math.floor(Date.parse(anchorTime) / 1000) * 1000;
  const dates = snapshotDates(anchorTime);
  const instants = dates.map((d, i) => (i === dates.length - 1 ? anchorMs : dayStartMs(d)));
  const historyStart = instants[0] as number;
  const windowStart = anchorMs - days * DAY;
  // Invented changes happen before the audit log's window, so the log never contradicts them.
  const churnEnd = Math.max(historyStart + 30 * DAY, Math.min(windowStart, anchorMs - 2 * DAY));
  const rng = (purpose: string, ...keys: number[]): Rng => new Rng(seed, hashString(`history:${purpose}`), ...keys);

  // ---- users: live ones, then leavers who exist only in history
  const users: HistoryUser[] = model.users.map((u) => liveUser(u, anchorMs));
  const usedUpns = new Set(users.map((u) => u.upn.toLowerCase()));
  const leavers = makeLeavers(model, seed, historyStart, churnEnd, usedUpns, rng);
  users.push(...leavers);
  const userById = new Map(users.map((u) => [u.id, u]));

  // ---- groups and membership spans
  const groupCreated = new Map(model.groups.map((g) => [g.id, ms(g['createdDateTime'])]));
  const groupByName = new Map(model.groups.map((g) => [String(g['displayName']), g]));
  const createdOf = (id: string, fallback: number): number => userById.get(id)?.createdMs ?? groupCreated.get(id) ?? fallback;
  const audits = membershipAudits(model.directoryAudits);
  const spans = new Map<string, Span[]>();
  const salesforceUsersId = groupByName.get('Salesforce Users')?.id;
  model.groups.forEach((g, gi) => {
    const gCreated = groupCreated.get(g.id) as number;
    const current = model.groupMembers.find((m) => m.groupId === g.id)?.memberIds ?? [];
    const dynamic = typeof g['membershipRule'] === 'string' && g['membershipRule'] !== '';
    const stable = dynamic || g['isAssignableToRole'] === true;
    const churn = g.id === salesforceUsersId ? 0.3 : stable ? 0 : 0.05;
    const r = rng('membership', gi);
    const list: Span[] = current.map((memberId) => {
      let from = Math.max(gCreated, createdOf(memberId, gCreated));
      const added = audits.added.get(`${g.id}|${memberId}`);
      if (added !== undefined) from = Math.max(from, added);
      else if (userById.has(memberId) && r.chance(churn)) from = Math.max(from, between(r, historyStart, churnEnd));
      return { memberId, from, to: FOREVER };
    });
    const involved = new Set([...current, ...(audits.removed.get(g.id)?.keys() ?? []), ...(audits.addedTo.get(g.id)?.keys() ?? [])]);
    // Added inside the audit window to a group they are not in now: a member from then until now.
    for (const [memberId, at] of audits.addedTo.get(g.id) ?? []) {
      if (!current.includes(memberId) && userById.has(memberId) && !audits.removed.get(g.id)?.has(memberId)) list.push({ memberId, from: at, to: anchorMs });
    }
    for (const [memberId, at] of audits.removed.get(g.id) ?? []) {
      if (current.includes(memberId) || !userById.has(memberId)) continue;
      const from = Math.max(gCreated, createdOf(memberId, gCreated), historyStart - 60 * DAY);
      if (from < at) list.push({ memberId, from, to: at });
    }
    if (!stable) {
      const candidates = model.users.filter((u) => u['userType'] === 'Member' && u['accountEnabled'] === true && !involved.has(u.id)
        && (g.id !== salesforceUsersId || ['Finance', 'Marketing', 'Sales'].includes(String(u['department']))));
      const k = g.id === salesforceUsersId ? Math.max(2, Math.round(current.length * 0.2)) : r.chance(0.25) ? 1 : 0;
      for (const u of r.sample(candidates, k)) {
        const from = Math.max(gCreated, createdOf(u.id, gCreated), historyStart - r.int(0, 60) * DAY);
        const to = between(r, Math.max(from, historyStart) + 7 * DAY, churnEnd);
        if (from < to) list.push({ memberId: u.id, from, to });
      }
    }
    spans.set(g.id, list);
  });
  leavers.forEach((l, i) => {
    const groups = [
      groupByName.get(`${l.department} Department`),
      l.department === 'Sales' ? groupByName.get('Sales Team') : undefined,
      i % 2 === 0 ? groupByName.get('Salesforce Users') : undefined,
    ];
    for (const g of groups) {
      if (!g) continue;
      const from = Math.max(groupCreated.get(g.id) as number, l.createdMs);
      if (from < l.deletedMs) spans.get(g.id)?.push({ memberId: l.id, from, to: l.deletedMs });
    }
  });

  // ---- applications and app role assignments
  const assignments: HistoryAssignment[] = model.appRoleAssignments.map((a) => ({
    appRoleId: String(a['appRoleId']), principalId: String(a['principalId']), principalDisplayName: String(a['principalDisplayName'] ?? ''),
    principalType: String(a['principalType'] ?? ''), resourceId: String(a['resourceId']), resourceDisplayName: String(a['resourceDisplayName'] ?? ''),
    from: ms(a['createdDateTime']), to: FOREVER,
  }));
  const sfSp = model.servicePrincipals.find((s) => s['displayName'] === SALESFORCE);
  const { formerDirect, extra } = sfSp
    ? salesforceChanges({ model, sfSp, assignments, leavers, groupByName, groupCreated, salesforceUsersId, historyStart, churnEnd, rng })
    : { formerDirect: [], extra: [] };
  assignments.push(...extra);

  // ---- the tables, snapshot by snapshot
  const tables: SnapshotTables = {
    EntraUsers: [], EntraGroups: [], EntraGroupMembership: [], Applications: [], AppRoles: [], AppRoleAssignments: [], salesforceAssignments: [],
  };
  const apps = model.applications.map((app) => ({ app, sp: model.servicePrincipals.find((s) => s['appId'] === app['appId']), created: ms(app['createdDateTime']) }));
  const createdDay = new Map(users.map((u) => [u.id, Number.isNaN(u.createdMs) ? null : `${new Date(u.createdMs).toISOString().slice(0, 10)}T00:00:00Z`]));
  dates.forEach((day, i) => {
    const t = instants[i] as number;
    const SnapshotDate = `${day}T00:00:00Z`;
    for (const u of users) {
      if (u.createdMs > t || u.deletedMs <= t) continue;
      tables.EntraUsers.push({
        ObjectID: u.id, DisplayName: u.displayName, UserPrincipalName: u.upn, EmployeeId: u.employeeId, UserType: u.userType,
        CreatedDateTime: createdDay.get(u.id), JobTitle: u.jobTitle, Department: u.department,
        AccountEnabled: t < u.disabledMs, CustomExtension: '', SnapshotDate,
      });
    }
    for (const g of model.groups) {
      if ((groupCreated.get(g.id) as number) > t) continue;
      tables.EntraGroups.push({ Id: g.id, DisplayName: String(g['displayName']), SnapshotDate });
      const members = (spans.get(g.id) ?? []).filter((s) => s.from <= t && t < s.to).map((s) => s.memberId);
      tables.EntraGroupMembership.push({ GroupId: g.id, Members: [...new Set(members)], SnapshotDate });
    }
    for (const { app, sp, created } of apps) {
      if (created > t) continue;
      const roles = (app['appRoles'] as { id: string; value: string; displayName: string; allowedMemberTypes: string[] }[] | undefined ?? [])
        .filter((x) => x.allowedMemberTypes.includes('User'))
        .map((x) => ({ Id: x.id, Value: x.value, DisplayName: x.displayName }));
      tables.Applications.push({ Name: String(app['displayName']), ApplicationId: String(app['appId']), ServicePrincipalId: sp?.id ?? '', SnapshotDate });
      tables.AppRoles.push({
        ApplicationId: String(app['appId']), DisplayName: String(app['displayName']), ServicePrincipalId: sp?.id ?? '',
        AppRoles: roles.length > 0 ? roles : null, SnapshotDate,
      });
    }
    for (const a of assignments) {
      if (a.from > t || t >= a.to) continue;
      tables.AppRoleAssignments.push({
        AppRoleId: a.appRoleId, CreatedDateTime: isoSec(a.from), PrincipalDisplayName: a.principalDisplayName, PrincipalId: a.principalId,
        ResourceDisplayName: a.resourceDisplayName, ResourceId: a.resourceId, SnapshotDate,
      });
    }
  });

  if (!sfSp) return { dates, tables, salesforce: { servicePrincipalId: '', appId: '' }, discrepancies: [] };
  const sf = buildSalesforceExport({
    tables, lastSnapshot: `${dates[dates.length - 1] as string}T00:00:00Z`, spId: sfSp.id, roles: sfSp['appRoles'] as { id: string; value: string }[],
    userById, leavers, formerDirect, domain: model.tenant.domain, appCreatedMs: ms(apps.find((a) => a.sp?.id === sfSp.id)?.app['createdDateTime']),
  });
  tables.salesforceAssignments.push(...sf.rows);
  return { dates, tables, salesforce: { servicePrincipalId: sfSp.id, appId: String(sfSp['appId']) }, discrepancies: sf.discrepancies };
}

/**
 * Salesforce access that no longer exists: direct assignments removed before the audit window
 * (one Admin), leavers' direct assignments (gone with the account), and a group that held the
 * User role for a few months.
 */
function salesforceChanges(c: {
  model: TenantModel; sfSp: GraphObject; assignments: readonly HistoryAssignment[]; leavers: readonly HistoryUser[];
  groupByName: ReadonlyMap<string, GraphObject>; groupCreated: ReadonlyMap<string, number>; salesforceUsersId: string | undefined;
  historyStart: number; churnEnd: number; rng: (p: string, ...k: number[]) => Rng;
}): { formerDirect: HistoryAssignment[]; extra: HistoryAssignment[] } {
  const { model, sfSp, leavers, groupByName, groupCreated, historyStart, churnEnd } = c;
  const sfRoles = (sfSp['appRoles'] as { id: string; value: string }[] | undefined) ?? [];
  const roleId = (value: string): string => sfRoles.find((x) => x.value === value)?.id ?? '';
  const sfAssignment = (principalId: string, name: string, type: string, role: string, from: number, to: number): HistoryAssignment => ({
    appRoleId: roleId(role), principalId, principalDisplayName: name, principalType: type, resourceId: sfSp.id, resourceDisplayName: SALESFORCE, from, to,
  });
  const directNow = new Set(c.assignments.filter((a) => a.resourceId === sfSp.id).map((a) => a.principalId));
  const r = c.rng('salesforce-direct');
  const formerCandidates = model.users.filter((u) => u['userType'] === 'Member' && u['accountEnabled'] === true && !directNow.has(u.id)
    && ['Sales', 'Marketing', 'Retail Banking', 'Operations', 'Finance'].includes(String(u['department'])));
  const formerDirect = r.sample(formerCandidates, Math.max(3, Math.round(model.users.length / 100))).map((u, i) => {
    const created = ms(u['createdDateTime']);
    const from = Math.max(created + DAY, between(r, historyStart - 90 * DAY, historyStart + 45 * DAY));
    const to = between(r, Math.min(from + 35 * DAY, churnEnd - DAY), churnEnd);
    return sfAssignment(u.id, String(u['displayName']), 'User', i === 0 ? 'Admin' : 'User', from, Math.max(to, from + DAY));
  });
  const leaverDirect = leavers.filter((_, i) => i % 3 === 1)
    .map((l) => sfAssignment(l.id, l.displayName, 'User', 'User', Math.max(l.createdMs + DAY, historyStart - 60 * DAY), l.deletedMs));
  const formerGroup = groupByName.get('Marketing Campaigns') ?? model.groups.find((g) => g.id !== c.salesforceUsersId);
  const groupRemoval = formerGroup
    ? [sfAssignment(formerGroup.id, String(formerGroup['displayName']), 'Group', 'User',
      Math.max(groupCreated.get(formerGroup.id) ?? historyStart, historyStart - 120 * DAY),
      Math.min(between(c.rng('salesforce-group'), historyStart + 50 * DAY, historyStart + 100 * DAY), churnEnd - DAY))]
    : [];
  return { formerDirect, extra: [...formerDirect, ...leaverDirect, ...groupRemoval] };
}

/** A live user as the history knows them (disabled accounts: from a few days after their last sign-in). */
export function liveUser(u: GraphObject, anchorMs: number): HistoryUser {
  const created = ms(u['createdDateTime']);
  const activity = u['signInActivity'] as { lastSignInDateTime?: string | null } | null | undefined;
  const last = ms(activity?.lastSignInDateTime ?? undefined);
  const disabledMs = u['accountEnabled'] === false ? Math.min(anchorMs, (Number.isNaN(last) ? created : last) + 3 * DAY) : FOREVER;
  return {
    id: u.id, displayName: String(u['displayName'] ?? ''), upn: String(u['userPrincipalName'] ?? ''), employeeId: String(u['employeeId'] ?? ''),
    userType: String(u['userType'] ?? 'Member'), createdMs: created, jobTitle: String(u['jobTitle'] ?? ''), department: String(u['department'] ?? ''),
    disabledMs, deletedMs: FOREVER,
  };
}

/** People who worked at Woodgrove during the history and were deleted before the audit window. */
function makeLeavers(model: TenantModel, seed: number, historyStart: number, churnEnd: number, used: Set<string>, rng: (p: string, ...k: number[]) => Rng): HistoryUser[] {
  const count = Math.max(3, Math.round(model.users.length / 40));
  const domain = model.tenant.domain;
  const out: HistoryUser[] = [];
  const preferred = ['Sales', 'Marketing', 'Finance'];
  for (let i = 0; i < count; i++) {
    const r = rng('leaver', i);
    const dept = (i < preferred.length ? DEPARTMENTS.find((d) => d.name === preferred[i]) : undefined) ?? r.pick(DEPARTMENTS);
    const given = r.pick(FIRST_NAMES);
    const surname = r.pick(LAST_NAMES);
    const base = `${given}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '');
    let upn = `${base}@${domain}`;
    for (let n = 2; used.has(upn); n++) upn = `${base}${n}@${domain}`;
    used.add(upn);
    out.push({
      id: stableGuid(seed, `history:leaver:${upn}`), displayName: `${given} ${surname}`, upn, employeeId: `WGB${String(900_000 + i * 7)}`,
      userType: 'Member', createdMs: historyStart - r.int(120, 2000) * DAY - r.int(0, 86_399) * 1000, jobTitle: r.pick(dept.titles),
      department: dept.name, disabledMs: FOREVER, deletedMs: between(r, historyStart + 10 * DAY, churnEnd),
    });
  }
  return out;
}

/** Group membership changes the audit log records: latest add and remove per (group, user). */
export function membershipAudits(audits: readonly GraphObject[]): {
  added: Map<string, number>; addedTo: Map<string, Map<string, number>>; removed: Map<string, Map<string, number>>;
} {
  const added = new Map<string, number>();
  const addedTo = new Map<string, Map<string, number>>();
  const removed = new Map<string, Map<string, number>>();
  for (const a of audits) {
    const activity = a['activityDisplayName'];
    if (activity !== 'Add member to group' && activity !== 'Remove member from group') continue;
    const targets = (a['targetResources'] as { id: string; type: string }[] | undefined) ?? [];
    const user = targets.find((x) => x.type === 'User');
    const group = targets.find((x) => x.type === 'Group');
    const at = ms(a['activityDateTime']);
    if (!user || !group || Number.isNaN(at)) continue;
    if (activity === 'Add member to group') {
      const key = `${group.id}|${user.id}`;
      added.set(key, Math.max(added.get(key) ?? 0, at));
      const byUser = addedTo.get(group.id) ?? new Map<string, number>();
      byUser.set(user.id, Math.max(byUser.get(user.id) ?? 0, at));
      addedTo.set(group.id, byUser);
    } else {
      const byUser = removed.get(group.id) ?? new Map<string, number>();
      byUser.set(user.id, Math.max(byUser.get(user.id) ?? 0, at));
      removed.set(group.id, byUser);
    }
  }
  return { added, addedTo, removed };
}
