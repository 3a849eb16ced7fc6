import { followUp, followUpFields } from '../../answers/answer-kit';
/**
 * Snapshot reports (report.*): access to an app on a date, during a window, additions in a
 * window, and group members by department. Every answer says that the source is the snapshot
 * tables and which snapshot dates were used; a date before the first snapshot is said plainly.
 */
import type { Answer, Cell } from '../../answers/answer';
import { kqlResult, type AnswerInput } from '../../answers/answer-input';
import { plural } from '../../answers/format';
import { concreteWindow } from '../../planning/time';
import { DEFAULT_WINDOW, REPORT_MAX_ROWS, dayOf, reportGroups } from './reports.plan';

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a KQL datetime cell (or any ISO text). */
function day(value: unknown): string {
  const t = Date.parse(String(value ?? ''));
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
}

/** Snapshot days, oldest first, from the `snapshots` query. */
function snapshotDays(input: AnswerInput): string[] {
  return kqlResult(input, 'snapshots').rows.map((r) => day(r[0])).filter((d) => d !== '').sort();
}

function listDays(days: readonly string[]): string {
  if (days.length <= 4) return days.join(', ');
  const range = `${days.length} snapshots from ${days[0] as string} to ${days[days.length - 1] as string}`;
  // A year of daily snapshots would list 365 dates: beyond a dozen, the range says it.
  return days.length <= 12 ? `${range} (${days.join(', ')})` : range;
}

const ACCESS_TABLES = 'AppRoleAssignments, EntraGroupMembership, EntraUsers, AppRoles';

function sourceNote(used: readonly string[], extra?: string, tables = ACCESS_TABLES): string {
  const which = used.length === 0 ? 'no snapshot' : used.length === 1 ? `the snapshot of ${used[0] as string}` : listDays(used);
  return [`The snapshot tables exported from Entra (${tables}), ${which}.`, extra]
    .filter(Boolean).join(' ');
}

function appName(input: AnswerInput): string {
  return input.resolved.app?.displayName ?? input.intent.slots.app ?? 'the app';
}

/** "Direct" or "Through group Sales Team". */
function how(type: unknown, group: unknown): string {
  return type === 'Group' ? `Through group ${String(group ?? '')}` : 'Direct';
}

/** People counted once, and how many have access directly / through a group. */
function peopleCounts(rows: readonly (readonly unknown[])[], upnAt: number, typeAt: number): { people: number; direct: number; group: number } {
  const direct = new Set<string>();
  const group = new Set<string>();
  for (const r of rows) (r[typeAt] === 'Group' ? group : direct).add(String(r[upnAt]));
  return { people: new Set(rows.map((r) => String(r[upnAt]))).size, direct: direct.size, group: group.size };
}

const CAPPED = ` Only the first ${REPORT_MAX_ROWS.toLocaleString('en-US')} rows were read: narrow the question for the rest.`;

function capped(summary: string, truncated: boolean): string {
  return truncated ? summary + CAPPED : summary;
}

function ways(c: { direct: number; group: number }): string {
  return `${c.direct.toLocaleString('en-US')} directly, ${c.group.toLocaleString('en-US')} through ${c.group === 1 ? 'a group' : 'groups'}`;
}

/** The window a report asked about, with people's words for it (`to` is exclusive). */
function windowOf(input: AnswerInput): { from: Date; to: Date; fromDay: string; lastDay: string } {
  const w = concreteWindow(input.intent.slots.window, input.now, DEFAULT_WINDOW);
  const endsAtMidnight = w.to.getTime() % DAY_MS === 0;
  const lastDay = new Date(endsAtMidnight ? w.to.getTime() - DAY_MS : w.to.getTime()).toISOString().slice(0, 10);
  return { from: w.from, to: w.to, fromDay: w.from.toISOString().slice(0, 10), lastDay };
}

/** Snapshots a window uses: the one in effect at its start (or the first), then those inside it. */
function windowSnapshots(days: readonly string[], from: Date, to: Date): { since?: string; used: string[]; startsBeforeHistory: boolean } {
  const ms = (d: string): number => Date.parse(`${d}T00:00:00Z`);
  const atStart = days.filter((d) => ms(d) <= from.getTime()).pop();
  const since = atStart ?? days[0];
  const used = since === undefined ? [] : days.filter((d) => ms(d) >= ms(since) && ms(d) < to.getTime());
  return { since: used.length > 0 ? since : undefined, used, startsBeforeHistory: atStart === undefined };
}

// ---- report.appAccessAsOf

export function answerAppAccessAsOf(input: AnswerInput): Answer {
  const app = appName(input);
  const asked = dayOf(input.intent.slots.date ?? input.now.toISOString()).toISOString().slice(0, 10);
  const days = snapshotDays(input);
  const used = days.filter((d) => d <= asked).pop();
  const title = `Who had access to ${app} on ${asked}`;
  const first = days[0];
  if (!used) {
    return {
      kind: 'empty', title,
      summary: first
        ? `${asked} is before the first snapshot (${first}): the history does not say who had access to ${app} then.`
        : 'There are no snapshots yet: export the tenant first (entra-ask export).',
      columns: [], rows: [], facts: [], ...followUpFields(first ? [followUp(`Who had access to ${app} on ${first}?`, `${app} access on ${first}`, `Access on ${first}`), followUp(`Who has access to ${app}?`, `Who has access to ${app}?`, `Access to ${app} now`, 'Who has access now?')] : [followUp(`Who has access to ${app}?`, `Who has access to ${app}?`, `Access to ${app} now`, 'Who has access now?')]),
      sourceNote: sourceNote([], first ? `The first snapshot is ${first}.` : undefined),
    };
  }
  const res = kqlResult(input, 'access');
  // DisplayName, UserPrincipalName, RoleName, AssignmentType, GroupName, CreatedDateTime, SnapshotDate
  const previous = days.filter((d) => d < used).pop();
  const since = days[0] as string;
  const followUps = followUpFields([
    ...(previous ? [followUp(`Who was added to ${app} between ${previous} and ${used}?`, `Added to ${app} ${previous} to ${used}`, `Added ${previous} to ${used}`), followUp(`Who had access to ${app} on ${previous}?`, `${app} access on ${previous}`, `Access on ${previous}`)] : []),
    followUp(`Who had access to ${app} between ${since} and ${used}?`, `${app} access ${since} to ${used}`, `Access ${since} to ${used}`),
    followUp(`Who has access to ${app}?`, `Who has access to ${app}?`, `Access to ${app} now`, 'Who has access now?'),
  ]);
  const inEffect = used === asked ? '' : ` (the snapshot in effect on ${asked})`;
  const note = sourceNote([used], used !== asked ? `No snapshot was taken on ${asked}; the latest before it (${used}) was used.` : undefined);
  if (res.rows.length === 0) {
    return { kind: 'empty', title, summary: `Nobody had access to ${app} in the snapshot of ${used}${inEffect}.`, columns: [], rows: [], facts: [], ...followUps, sourceNote: note };
  }
  const c = peopleCounts(res.rows, 1, 3);
  return {
    kind: 'table', title,
    summary: capped(`${plural(c.people, 'person', 'people')} had access to ${app} in the snapshot of ${used}${inEffect}: ${ways(c)}.`, res.truncated),
    columns: ['displayName', 'userPrincipalName', 'role', 'access', 'assigned'],
    columnTitles: ['Name', 'User', 'Role', 'Access', 'Assignment created'],
    rows: res.rows.map((r): Cell[] => [String(r[0] ?? ''), String(r[1] ?? ''), String(r[2] ?? ''), how(r[3], r[4]), day(r[5]) || null]),
    facts: [], ...followUps, sourceNote: note,
  };
}

// ---- report.appAccessBetween / report.appAccessAdded (rows: DisplayName, UPN, Role, Type, Group, FirstSeen, LastSeen, Created[, Change])

function windowAnswerBase(input: AnswerInput, verb: string) {
  const app = appName(input);
  const w = windowOf(input);
  const days = snapshotDays(input);
  const snaps = windowSnapshots(days, w.from, w.to);
  const title = `${verb} ${app}, ${w.fromDay} to ${w.lastDay}`;
  return { app, w, days, snaps, title };
}

function beforeHistory(app: string, w: { fromDay: string; lastDay: string }, days: readonly string[], title: string): Answer {
  const first = days[0];
  return {
    kind: 'empty', title,
    summary: first
      ? `${w.fromDay} to ${w.lastDay} is before the first snapshot (${first}): the history does not cover it.`
      : 'There are no snapshots yet: export the tenant first (entra-ask export).',
    columns: [], rows: [], facts: [], ...followUpFields(first ? [followUp(`Who had access to ${app} on ${first}?`, `${app} access on ${first}`, `Access on ${first}`)] : []),
    sourceNote: sourceNote([], first ? `The first snapshot is ${first}.` : undefined),
  };
}

export function answerAppAccessBetween(input: AnswerInput): Answer {
  const { app, w, days, snaps, title } = windowAnswerBase(input, 'Who had access to');
  if (snaps.used.length === 0) return beforeHistory(app, w, days, title);
  const first = snaps.used[0] as string;
  const last = snaps.used[snaps.used.length - 1] as string;
  const note = sourceNote(snaps.used, snaps.startsBeforeHistory
    ? `The window starts before the first snapshot (${first}): access before ${first} is not known.`
    : first < w.fromDay ? `${first} is the snapshot in effect on ${w.fromDay}.` : undefined);
  const followUps = followUpFields([followUp(`Who was added to ${app} between ${w.fromDay} and ${w.lastDay}?`, `Added to ${app} ${w.fromDay} to ${w.lastDay}`, `Added ${w.fromDay} to ${w.lastDay}`), followUp(`Who had access to ${app} on ${last}?`, `${app} access on ${last}`, `Access on ${last}`), followUp(`Who had access to ${app} on ${first}?`, `${app} access on ${first}`, `Access on ${first}`)]);
  const res = kqlResult(input, 'access');
  if (res.rows.length === 0) {
    return { kind: 'empty', title, summary: `Nobody had access to ${app} in any snapshot from ${first} to ${last}.`, columns: [], rows: [], facts: [], ...followUps, sourceNote: note };
  }
  const c = peopleCounts(res.rows, 1, 3);
  const stillThere = new Set(res.rows.filter((r) => day(r[6]) === last).map((r) => String(r[1])));
  const lost = c.people - stillThere.size;
  return {
    kind: 'table', title,
    summary: `${plural(c.people, 'person', 'people')} had access to ${app} at some point from ${w.fromDay} to ${w.lastDay}: ${ways(c)}.`
      + (lost > 0 ? ` ${lost.toLocaleString('en-US')} of them no longer had it on ${last}.` : '') + (res.truncated ? CAPPED : ''),
    columns: ['displayName', 'userPrincipalName', 'role', 'access', 'firstSeen', 'lastSeen'],
    columnTitles: ['Name', 'User', 'Role', 'Access', 'First snapshot', 'Last snapshot'],
    rows: res.rows.map((r): Cell[] => [String(r[0] ?? ''), String(r[1] ?? ''), String(r[2] ?? ''), how(r[3], r[4]), day(r[5]), day(r[6])]),
    facts: [], ...followUps, sourceNote: note,
  };
}

export function answerAppAccessAdded(input: AnswerInput): Answer {
  const { app, w, days, snaps, title } = windowAnswerBase(input, 'Who was added to');
  if (snaps.used.length === 0) return beforeHistory(app, w, days, title);
  const base = snaps.since as string;
  const last = snaps.used[snaps.used.length - 1] as string;
  const note = sourceNote(snaps.used, snaps.startsBeforeHistory
    ? `The window starts before the first snapshot (${base}): people who already had access then are not counted as added; additions before ${base} cannot be seen.`
    : `Compared with the snapshot of ${base}, in effect on ${w.fromDay}.`);
  const followUps = followUpFields([followUp(`Who had access to ${app} between ${w.fromDay} and ${w.lastDay}?`, `${app} access ${w.fromDay} to ${w.lastDay}`, `Access ${w.fromDay} to ${w.lastDay}`), followUp(`Who had access to ${app} on ${base}?`, `${app} access on ${base}`, `Access on ${base}`), followUp(`Who has access to ${app}?`, `Who has access to ${app}?`, `Access to ${app} now`, 'Who has access now?')]);
  const res = kqlResult(input, 'access');
  if (snaps.used.length < 2 || res.rows.length === 0) {
    return {
      kind: 'empty', title,
      summary: snaps.used.length < 2
        ? `Only one snapshot (${base}) covers ${w.fromDay} to ${w.lastDay}, so no change can be seen.`
        : `Nobody was added to ${app} between the snapshots of ${base} and ${last}.`,
      columns: [], rows: [], facts: [], ...followUps, sourceNote: note,
    };
  }
  const c = peopleCounts(res.rows, 1, 3);
  return {
    kind: 'table', title,
    summary: capped(`${plural(c.people, 'person was', 'people were')} added to ${app} between the snapshots of ${base} and ${last}: ${ways(c)}.`, res.truncated),
    columns: ['displayName', 'userPrincipalName', 'role', 'access', 'firstSeen', 'stillHasAccess', 'assigned'],
    columnTitles: ['Name', 'User', 'Role', 'Access', 'First snapshot with access', `Still on ${last}`, 'Assignment created'],
    rows: res.rows.map((r): Cell[] => [
      String(r[0] ?? ''), String(r[1] ?? ''), String(r[2] ?? ''), how(r[3], r[4]), day(r[5]), day(r[6]) === last ? 'Yes' : 'No', day(r[7]) || null,
    ]),
    facts: [], ...followUps, sourceNote: note,
  };
}

// ---- report.groupMembersByDepartment (rows: Department, DisplayName, UPN, JobTitle, GroupName)

export function answerGroupMembersByDepartment(input: AnswerInput): Answer {
  const asked = reportGroups(input);
  const found = kqlResult(input, 'groups').rows.map((r) => String(r[1]));
  const foundLower = new Set(found.map((g) => g.toLowerCase()));
  const missing = asked.filter((g) => !foundLower.has(g.toLowerCase()));
  const days = snapshotDays(input);
  const latest = days[days.length - 1];
  const names = found.length > 0 ? found : asked;
  const title = `Members of ${names.length <= 3 ? names.join(', ').replace(/, ([^,]*)$/, ' and $1') : `${names.length} groups`} by department`;
  const note = sourceNote(latest ? [latest] : [], 'Direct members (nested groups are not expanded).', 'EntraGroups, EntraGroupMembership, EntraUsers');
  const notFound = missing.length > 0 ? ` Not in the snapshot: ${missing.join(', ')}.` : '';
  if (found.length === 0) {
    return {
      kind: 'empty', title,
      summary: `No group called ${asked.map((g) => `"${g}"`).join(' or ')} in the snapshot of ${latest ?? '(none)'}. Check the names.`,
      columns: [], rows: [], facts: [], ...followUpFields(asked[0] ? [followUp(`Who is in ${asked[0]}?`, `Who is in ${asked[0]}?`, `Members of ${asked[0]}`)] : []), sourceNote: note,
    };
  }
  const res = kqlResult(input, 'members');
  const people = new Map<string, { dept: string; name: string; upn: string; title: string; groups: string[] }>();
  for (const r of res.rows) {
    const upn = String(r[2] ?? '');
    const p = people.get(upn) ?? { dept: String(r[0] ?? ''), name: String(r[1] ?? ''), upn, title: String(r[3] ?? ''), groups: [] };
    if (!p.groups.includes(String(r[4]))) p.groups.push(String(r[4]));
    people.set(upn, p);
  }
  const followUps = followUpFields([...found.slice(0, 1).flatMap((g) => [followUp(`Who owns ${g}?`, `Who owns ${g}?`, `Owners of ${g}`), followUp(`Who is in ${g}?`, `Who is in ${g}?`, `Members of ${g}`)]), ...found.slice(1, 2).map((g) => followUp(`Who owns ${g}?`, `Who owns ${g}?`, `Owners of ${g}`))]);
  if (people.size === 0) {
    return { kind: 'empty', title, summary: `${found.join(', ')} had no user members in the snapshot of ${latest ?? ''}.${notFound}`, columns: [], rows: [], facts: [], ...followUps, sourceNote: note };
  }
  const byDept = new Map<string, number>();
  for (const p of people.values()) byDept.set(p.dept, (byDept.get(p.dept) ?? 0) + 1);
  const depts = [...byDept.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rows = [...people.values()].sort((a, b) => a.dept.localeCompare(b.dept) || a.name.localeCompare(b.name));
  return {
    kind: 'table', title,
    summary: `${plural(people.size, 'member')} of ${plural(found.length, 'group')} in ${plural(byDept.size, 'department')}: ${depts.slice(0, 5).map(([d, n]) => `${d} ${n}`).join(', ')}${depts.length > 5 ? ', …' : ''}.${notFound}${res.truncated ? CAPPED : ''}`,
    columns: ['department', 'displayName', 'userPrincipalName', 'jobTitle', 'groups'],
    columnTitles: ['Department', 'Name', 'User', 'Job title', 'Groups'],
    rows: rows.map((p): Cell[] => [p.dept, p.name, p.upn, p.title || null, p.groups.join(', ')]),
    facts: depts.map(([d, n]) => ({ title: d, value: plural(n, 'member') })),
    ...followUps, sourceNote: note,
  };
}

/** report.groupMembersByDepartment without a group: ask which ones. */
export function askForGroups(): Answer {
  return {
    kind: 'clarify', title: 'Which groups?',
    summary: 'Name the groups, e.g. "members of Finance Department and Sales Team by department".',
    columns: [], rows: [], facts: [], followUps: [], choices: [],
  };
}
