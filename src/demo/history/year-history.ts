/**
 * A year of daily snapshots of the demo tenant (seed 000's tables), as validity intervals: each
 * row of EntraUsers, EntraGroups, Applications, AppRoles and AppRoleAssignments holds its columns
 * (without SnapshotDate) and the days `[from, to)` it is in the snapshots; group membership is one
 * interval per (group, member). The last day is the live model (what the demo Graph endpoint
 * serves); earlier days differ by the churn of a bank over a year:
 *
 * - **joiners**: live users created inside the year appear from their creation; a fifth of the
 *   leavers joined inside the year too;
 * - **leavers**: about one person in ten (annual attrition) exists only in history; 60 % had their
 *   account disabled 1–14 days before it was deleted; they leave their groups and direct
 *   assignments with the account;
 * - **department moves**: about 6 % of the live members worked in another department (and held
 *   that department's job title and `<Department> Department` group) until a day of the year;
 * - **group membership**: members added during the year (the audit log's "Add member to group"
 *   times inside its window, else 8 % of the members of groups that are neither dynamic nor
 *   role-assignable, at a random day), "Remove member from group" events of the audit log, and
 *   former members removed on a random day;
 * - **app role assignments**: live ones from their `createdDateTime`; former direct assignments
 *   (about one per 50 users) removed on a random day; leavers' direct assignments.
 *
 * Every change is also an event of `events` (the day it takes effect), so tests can replay them.
 * A pure function of the model and the number of days: no clock, no I/O, seeded randomness only.
 */
import type { GraphObject, TenantModel } from '../model';
import { DEPARTMENTS } from '../generator/catalog/departments';
import { FIRST_NAMES, LAST_NAMES } from '../generator/catalog/names';
import { Rng, hashString, stableGuid } from '../generator/prng';
import { liveUser, membershipAudits } from './history';
import { dayStartMs, utcDay } from './snapshot-dates';

/** Bump when the generated year changes: a stored year store of another version is rebuilt. */
export const YEAR_HISTORY_VERSION = 1;

const DAY = 86_400_000;

/** A row of a snapshot table (its columns without SnapshotDate), in the snapshots of days `[from, to)`. */
export interface IntervalRow {
  readonly row: Readonly<Record<string, unknown>>;
  /** Index into `days` of the first snapshot holding the row. */
  readonly from: number;
  /** Index of the first snapshot without it (`days.length`: still there on the last day). */
  readonly to: number;
}

/** One member of one group during days `[from, to)`. */
export interface MembershipInterval {
  readonly groupId: string;
  readonly memberId: string;
  readonly from: number;
  readonly to: number;
}

export type ChurnKind = 'join' | 'leave' | 'disable' | 'departmentMove' | 'groupAdd' | 'groupRemove' | 'assignmentAdd' | 'assignmentRemove';

/** A change, in effect from the snapshot of `days[day]` on. */
export interface ChurnEvent {
  readonly day: number;
  readonly kind: ChurnKind;
  /** The user (join, leave, disable, departmentMove), member (group*) or principal (assignment*). */
  readonly principalId: string;
  /** The group of group* events, the service principal of assignment* events. */
  readonly targetId?: string;
  /** The app role of assignment* events. */
  readonly roleId?: string;
  /** departmentMove: the department before and after. */
  readonly fromDepartment?: string;
  readonly toDepartment?: string;
}

export interface YearHistory {
  /** Snapshot days (`YYYY-MM-DD`), oldest first, one per day; the last is the anchor's day. */
  readonly days: readonly string[];
  readonly EntraUsers: readonly IntervalRow[];
  readonly EntraGroups: readonly IntervalRow[];
  readonly membership: readonly MembershipInterval[];
  readonly Applications: readonly IntervalRow[];
  readonly AppRoles: readonly IntervalRow[];
  readonly AppRoleAssignments: readonly IntervalRow[];
  /** Every change after the first day, by day. */
  readonly events: readonly ChurnEvent[];
}

const ms = (v: unknown): number => (typeof v === 'string' ? Date.parse(v) : Number.NaN);
const isoSec = (t: number): string => `${new Date(t).toISOString().slice(0, 19)}Z`;
const createdDay = (t: number): string | null => (Number.isNaN(t) ? null : `${utcDay(t)}T00:00:00Z`);

interface UserVersion { readonly from: number; readonly department: string; readonly jobTitle: string; readonly enabled: boolean }

/** Generates `dayCount` daily snapshots ending on the anchor's day (default a year). */
export function generateYearHistory(model: TenantModel, dayCount = 365): YearHistory {
  const { seed, anchorTime } = model.tenant;
  const n = Math.max(2, Math.floor(dayCount));
  const anchorMs = Math.floor(Date.parse(anchorTime) / 1000) * 1000;
  const lastStart = dayStartMs(utcDay(anchorMs));
  const days = Array.from({ length: n }, (_, i) => utcDay(lastStart - (n - 1 - i) * DAY));
  const firstStart = lastStart - (n - 1) * DAY;
  /** The first snapshot taken at or after `t` (midnight, or the anchor itself for the last day); `n` when none. */
  const dayOf = (t: number): number => {
    if (Number.isNaN(t) || t <= firstStart) return 0;
    const i = Math.ceil((t - firstStart) / DAY);
    if (i < n - 1) return i;
    return t <= anchorMs ? n - 1 : n;
  };
  const rng = (purpose: string, ...keys: number[]): Rng => new Rng(seed, hashString(`year:${purpose}`), ...keys);
  const events: ChurnEvent[] = [];
  const randomDay = (r: Rng, lo: number, hi: number): number => (hi <= lo ? lo : r.int(lo, hi - 1));

  // ---- users: live ones (with department moves and disabling), then leavers
  const EntraUsers: IntervalRow[] = [];
  const userFrom = new Map<string, number>();
  const userTo = new Map<string, number>();
  const moves = new Map<string, { day: number; department: string }>();
  const moveRng = rng('moves');
  const departmentNames = DEPARTMENTS.map((d) => d.name);
  const userRow = (u: { id: string; displayName: string; upn: string; employeeId: string; userType: string; createdMs: number }, v: UserVersion) => ({
    ObjectID: u.id, DisplayName: u.displayName, UserPrincipalName: u.upn, EmployeeId: u.employeeId, UserType: u.userType,
    CreatedDateTime: createdDay(u.createdMs), JobTitle: v.jobTitle, Department: v.department, AccountEnabled: v.enabled, CustomExtension: '',
  });
  const pushVersions = (u: Parameters<typeof userRow>[0], from: number, to: number, versions: UserVersion[]): void => {
    const cuts = versions.filter((v) => v.from > from && v.from < to).sort((a, b) => a.from - b.from);
    let start = from;
    let current = versions.filter((v) => v.from <= from).pop() ?? (versions[0] as UserVersion);
    for (const next of cuts) {
      if (next.from > start) EntraUsers.push({ row: userRow(u, current), from: start, to: next.from });
      start = next.from;
      current = next;
    }
    if (to > start) EntraUsers.push({ row: userRow(u, current), from: start, to });
  };
  for (const g of model.users) {
    const u = liveUser(g, anchorMs);
    const from = dayOf(u.createdMs);
    userFrom.set(u.id, from);
    userTo.set(u.id, n);
    if (from > 0) events.push({ day: from, kind: 'join', principalId: u.id });
    const disabledDay = u.disabledMs === Number.POSITIVE_INFINITY ? n : Math.max(from, dayOf(u.disabledMs));
    const versions: UserVersion[] = [];
    let department = u.department;
    let jobTitle = u.jobTitle;
    if (u.userType === 'Member' && disabledDay === n && department !== '' && moveRng.chance(0.06)) {
      const day = randomDay(moveRng, Math.max(from + 1, 1), n);
      const old = moveRng.pick(departmentNames.filter((d) => d !== department));
      if (day > from && day < n) {
        moves.set(u.id, { day, department: old });
        events.push({ day, kind: 'departmentMove', principalId: u.id, fromDepartment: old, toDepartment: department });
        department = old;
        jobTitle = moveRng.pick((DEPARTMENTS.find((d) => d.name === old) ?? DEPARTMENTS[0]!).titles);
        versions.push({ from: 0, department, jobTitle, enabled: true }, { from: day, department: u.department, jobTitle: u.jobTitle, enabled: true });
      }
    }
    if (versions.length === 0) versions.push({ from: 0, department: u.department, jobTitle: u.jobTitle, enabled: true });
    if (disabledDay < n) {
      if (disabledDay > from) events.push({ day: disabledDay, kind: 'disable', principalId: u.id });
      versions.push({ from: disabledDay, department: u.department, jobTitle: u.jobTitle, enabled: false });
      if (disabledDay <= from) versions.splice(0, versions.length - 1);
    }
    pushVersions(u, from, n, versions.map((v, i) => (i === 0 ? { ...v, from: 0 } : v)));
  }
  const leavers = makeLeavers(model, n, firstStart, rng, randomDay);
  for (const l of leavers) {
    userFrom.set(l.id, l.from);
    userTo.set(l.id, l.leave);
    if (l.from > 0) events.push({ day: l.from, kind: 'join', principalId: l.id });
    events.push({ day: l.leave, kind: 'leave', principalId: l.id });
    const versions: UserVersion[] = [{ from: 0, department: l.department, jobTitle: l.jobTitle, enabled: true }];
    if (l.disabled < l.leave) {
      versions.push({ from: l.disabled, department: l.department, jobTitle: l.jobTitle, enabled: false });
      if (l.disabled > l.from) events.push({ day: l.disabled, kind: 'disable', principalId: l.id });
    }
    pushVersions(l, l.from, l.leave, versions);
  }
  const userExists = (id: string): boolean => userFrom.has(id);

  // ---- groups and membership
  const EntraGroups: IntervalRow[] = [];
  const groupFrom = new Map<string, number>();
  for (const g of model.groups) {
    const from = dayOf(ms(g['createdDateTime']));
    groupFrom.set(g.id, from);
    if (from < n) EntraGroups.push({ row: { Id: g.id, DisplayName: String(g['displayName'] ?? '') }, from, to: n });
  }
  const groupByName = new Map(model.groups.map((g) => [String(g['displayName']), g]));
  const audits = membershipAudits(model.directoryAudits);
  const membership: MembershipInterval[] = [];
  const addMembership = (groupId: string, memberId: string, from: number, to: number): void => {
    const f = Math.max(from, groupFrom.get(groupId) ?? 0, userFrom.get(memberId) ?? 0);
    const t = Math.min(to, userTo.get(memberId) ?? n);
    if (f >= t) return;
    membership.push({ groupId, memberId, from: f, to: t });
    // Every boundary inside the year is an event, also when it is the member's join or leave.
    if (f > 0) events.push({ day: f, kind: 'groupAdd', principalId: memberId, targetId: groupId });
    if (t < n) events.push({ day: t, kind: 'groupRemove', principalId: memberId, targetId: groupId });
  };
  const liveMembers = model.users.filter((u) => u['userType'] === 'Member' && u['accountEnabled'] === true);
  model.groups.forEach((g, gi) => {
    const current = model.groupMembers.find((m) => m.groupId === g.id)?.memberIds ?? [];
    const currentSet = new Set(current);
    const dynamic = typeof g['membershipRule'] === 'string' && g['membershipRule'] !== '';
    const stable = dynamic || g['isAssignableToRole'] === true;
    const r = rng('membership', gi);
    const departmentGroup = / Department$/.test(String(g['displayName'])) ? String(g['displayName']).replace(/ Department$/, '') : undefined;
    for (const memberId of current) {
      let from = 0;
      const added = audits.added.get(`${g.id}|${memberId}`);
      const move = moves.get(memberId);
      if (added !== undefined) from = dayOf(added);
      else if (departmentGroup !== undefined && move !== undefined) from = move.day;
      else if (!stable && userExists(memberId) && r.chance(0.08)) from = randomDay(r, 1, n);
      addMembership(g.id, memberId, from, n);
    }
    for (const [memberId, at] of audits.removed.get(g.id) ?? []) {
      if (!currentSet.has(memberId) && userExists(memberId)) addMembership(g.id, memberId, 0, dayOf(at));
    }
    if (departmentGroup !== undefined) {
      for (const [userId, move] of moves) if (move.department === departmentGroup) addMembership(g.id, userId, 0, move.day);
    }
    if (!stable && current.length > 0) {
      const k = Math.round(current.length * 0.03) + (r.chance(0.3) ? 1 : 0);
      for (const u of r.sample(liveMembers.filter((x) => !currentSet.has(x.id)), k)) {
        const to = randomDay(r, 1, n);
        addMembership(g.id, u.id, randomDay(r, 0, to), to);
      }
    }
  });
  const nonStable = model.groups.filter((g) => !(typeof g['membershipRule'] === 'string' && g['membershipRule'] !== '') && g['isAssignableToRole'] !== true);
  leavers.forEach((l, i) => {
    const r = rng('leaver-groups', i);
    const own = groupByName.get(`${l.department} Department`);
    if (own) addMembership(own.id, l.id, 0, n);
    for (const g of r.sample(nonStable, 2)) addMembership(g.id, l.id, 0, n);
  });

  // ---- applications, roles and assignments
  const Applications: IntervalRow[] = [];
  const AppRoles: IntervalRow[] = [];
  const spByAppId = new Map(model.servicePrincipals.map((s) => [String(s['appId']), s]));
  const userRoles = new Map<string, { sp: GraphObject; roles: { id: string }[] }>();
  for (const app of model.applications) {
    const from = dayOf(ms(app['createdDateTime']));
    if (from >= n) continue;
    const sp = spByAppId.get(String(app['appId']));
    const roles = ((app['appRoles'] as { id: string; value: string; displayName: string; allowedMemberTypes: string[] }[] | undefined) ?? [])
      .filter((x) => x.allowedMemberTypes.includes('User'))
      .map((x) => ({ Id: x.id, Value: x.value, DisplayName: x.displayName }));
    Applications.push({ row: { Name: String(app['displayName']), ApplicationId: String(app['appId']), ServicePrincipalId: sp?.id ?? '' }, from, to: n });
    AppRoles.push({ row: { ApplicationId: String(app['appId']), DisplayName: String(app['displayName']), ServicePrincipalId: sp?.id ?? '', AppRoles: roles.length > 0 ? roles : null }, from, to: n });
    if (sp && roles.length > 0) userRoles.set(sp.id, { sp, roles: roles.map((x) => ({ id: x.Id })) });
  }
  const AppRoleAssignments: IntervalRow[] = [];
  const assignment = (a: { appRoleId: string; created: number; principalId: string; principalName: string; sp: GraphObject }, from: number, to: number): void => {
    const f = Math.max(from, userFrom.get(a.principalId) ?? 0);
    const t = Math.min(to, userTo.get(a.principalId) ?? n);
    if (f >= t) return;
    AppRoleAssignments.push({
      row: {
        AppRoleId: a.appRoleId, CreatedDateTime: isoSec(a.created), PrincipalDisplayName: a.principalName, PrincipalId: a.principalId,
        ResourceDisplayName: String(a.sp['displayName'] ?? ''), ResourceId: a.sp.id,
      },
      from: f, to: t,
    });
    const at = { principalId: a.principalId, targetId: a.sp.id, roleId: a.appRoleId };
    if (f > 0) events.push({ day: f, kind: 'assignmentAdd', ...at });
    if (t < n) events.push({ day: t, kind: 'assignmentRemove', ...at });
  };
  const spById = new Map(model.servicePrincipals.map((s) => [s.id, s]));
  for (const a of model.appRoleAssignments) {
    const sp = spById.get(String(a['resourceId']));
    if (!sp) continue;
    const created = ms(a['createdDateTime']);
    assignment({ appRoleId: String(a['appRoleId']), created, principalId: String(a['principalId']), principalName: String(a['principalDisplayName'] ?? ''), sp }, dayOf(created), n);
  }
  const apps = [...userRoles.values()];
  if (apps.length > 0) {
    const r = rng('former-assignments');
    for (const u of r.sample(liveMembers, Math.max(3, Math.round(model.users.length / 50)))) {
      const { sp, roles } = r.pick(apps);
      const to = randomDay(r, 1, n);
      const from = randomDay(r, 0, to);
      const created = Math.min(firstStart + from * DAY, anchorMs) - r.int(1, 86_400 * 60) * 1000;
      assignment({ appRoleId: r.pick(roles).id, created, principalId: u.id, principalName: String(u['displayName'] ?? ''), sp }, from, to);
    }
    leavers.forEach((l, i) => {
      const lr = rng('leaver-assignments', i);
      if (!lr.chance(0.5)) return;
      for (const { sp, roles } of lr.sample(apps, lr.int(1, 2))) {
        const created = Math.max(l.createdMs + DAY, firstStart - lr.int(1, 400) * DAY);
        assignment({ appRoleId: lr.pick(roles).id, created, principalId: l.id, principalName: l.displayName, sp }, dayOf(created), n);
      }
    });
  }
  events.sort((a, b) => a.day - b.day);
  return { days, EntraUsers, EntraGroups, membership, Applications, AppRoles, AppRoleAssignments, events };
}

interface YearLeaver {
  readonly id: string; readonly displayName: string; readonly upn: string; readonly employeeId: string; readonly userType: string;
  readonly createdMs: number; readonly department: string; readonly jobTitle: string;
  /** Day indexes: first snapshot, first snapshot disabled (`leave` when never), first snapshot without them. */
  readonly from: number; readonly disabled: number; readonly leave: number;
}

/** About one person in ten left during the year (deleted); 60 % were disabled first. */
function makeLeavers(model: TenantModel, n: number, firstStart: number, rng: (p: string, ...k: number[]) => Rng, randomDay: (r: Rng, lo: number, hi: number) => number): YearLeaver[] {
  const count = Math.max(3, Math.round(model.users.length * 0.1 * (n / 365)));
  const used = new Set(model.users.map((u) => String(u['userPrincipalName'] ?? '').toLowerCase()));
  const out: YearLeaver[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng('leaver', i);
    const dept = r.pick(DEPARTMENTS);
    const given = r.pick(FIRST_NAMES);
    const surname = r.pick(LAST_NAMES);
    const base = `${given}.${surname}`.toLowerCase().replace(/[^a-z.]/g, '');
    let upn = `${base}@${model.tenant.domain}`;
    for (let k = 2; used.has(upn); k++) upn = `${base}${k}@${model.tenant.domain}`;
    used.add(upn);
    const leave = randomDay(r, 1, n - 1);
    const joinedInYear = r.chance(0.2) && leave > 1;
    const from = joinedInYear ? randomDay(r, 1, leave) : 0;
    const createdMs = joinedInYear ? firstStart + (from - 1) * DAY + r.int(0, 86_399) * 1000 : firstStart - r.int(30, 3000) * DAY - r.int(0, 86_399) * 1000;
    const disabled = r.chance(0.6) ? Math.max(from, leave - r.int(1, 14)) : leave;
    out.push({
      id: stableGuid(model.tenant.seed, `year:leaver:${upn}`), displayName: `${given} ${surname}`, upn, employeeId: `WGL${String(700_000 + i)}`,
      userType: 'Member', createdMs, department: dept.name, jobTitle: r.pick(dept.titles), from, disabled, leave,
    });
  }
  return out;
}
