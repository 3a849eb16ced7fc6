/**
 * A year of daily snapshots (issue 21), on the small test tenant over 30 days: the generator's
 * churn against its own event list (replayed day by day, compared with what KQL sees through the
 * interval store's views), the last day against the live model, the views against the same days
 * materialised in JavaScript, and report.* answers over the interval store against the same
 * answers over fully materialised per-day rows in ordinary tables.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateYearHistory, type YearHistory } from '../../src/demo/history/year-history';
import { rowsOfDay } from '../../src/demo/history/year-rows';
import { writeYearStore } from '../../src/demo/store/year-store';
import { createEmbeddedEngine, type EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import { writeTable } from '../../src/kql/engine/table-writer';
import { runReport } from '../../bench/report-runner';
import { yearQuestions } from '../../bench/snapshots-year';
import { small } from './fixture';
import { SALESFORCE } from '../../src/demo/generator/catalog/app-specs';
import { SEED_EXAMPLE_1, SEED_EXAMPLE_2, SEED_EXAMPLE_3, SEED_EXAMPLE_4, seedQuery } from '../../src/demo/history/seed-queries';

const DAYS = 30;
let h: YearHistory;
let dir: string;
let store: EmbeddedKqlEngine;

beforeAll(async () => {
  h = generateYearHistory(small(), DAYS);
  dir = mkdtempSync(path.join(os.tmpdir(), 'entra-ask-year-'));
  await writeYearStore(dir, small(), h);
  store = await createEmbeddedEngine({ dbPath: ':memory:', anchorTime: small().tenant.anchorTime, externalTablesIn: dir });
}, 120_000);

afterAll(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function rows(query: string): Promise<unknown[][]> {
  return (await store.query(query)).rows.map((r) => [...r]);
}

const dayOfCell = (v: unknown): string => new Date(String(v)).toISOString().slice(0, 10);

/** Per-day values of a `summarize … by SnapshotDate` query, by day index. */
async function perDay(query: string): Promise<number[]> {
  const byDay = new Map((await rows(query)).map((r) => [dayOfCell(r[0]), Number(r[1])]));
  return h.days.map((d) => byDay.get(d) ?? 0);
}

describe('year of daily snapshots: the generator', () => {
  it('is deterministic and ends on the anchor day, one snapshot a day', () => {
    expect(JSON.stringify(generateYearHistory(small(), DAYS))).toBe(JSON.stringify(h));
    expect(h.days).toHaveLength(DAYS);
    expect(h.days[DAYS - 1]).toBe(small().tenant.anchorTime.slice(0, 10));
    for (let i = 1; i < DAYS; i++) expect(Date.parse(h.days[i] as string) - Date.parse(h.days[i - 1] as string)).toBe(86_400_000);
  });

  it('has every kind of churn', () => {
    const kinds = new Set(h.events.map((e) => e.kind));
    for (const k of ['leave', 'disable', 'departmentMove', 'groupAdd', 'groupRemove', 'assignmentAdd', 'assignmentRemove'] as const) expect(kinds, k).toContain(k);
  });

  it('the last day is the live directory: users, groups, members, assignments', () => {
    const m = small();
    const last = rowsOfDay(h, DAYS - 1);
    expect(last.EntraUsers.map((u) => u['ObjectID']).sort()).toEqual(m.users.map((u) => u.id).sort());
    for (const u of m.users) {
      const row = last.EntraUsers.find((r) => r['ObjectID'] === u.id)!;
      expect([row['Department'], row['JobTitle'], row['AccountEnabled']]).toEqual([u['department'] ?? '', u['jobTitle'] ?? '', u['accountEnabled'] === true]);
    }
    expect(last.EntraGroups.map((g) => g['Id']).sort()).toEqual(m.groups.map((g) => g.id).sort());
    for (const g of m.groupMembers) {
      const row = last.EntraGroupMembership.find((r) => r['GroupId'] === g.groupId)!;
      expect(row['Members']).toEqual([...g.memberIds].sort());
    }
    const key = (r: Record<string, unknown>) => `${String(r['PrincipalId'])}|${String(r['ResourceId'])}|${String(r['AppRoleId'])}`;
    expect(last.AppRoleAssignments.map(key).sort()).toEqual(m.appRoleAssignments.map((a) => key({ PrincipalId: a['principalId'], ResourceId: a['resourceId'], AppRoleId: a['appRoleId'] })).sort());
  });

  it('a leaver is present the day before leaving and absent from then on; a disabled-first leaver is disabled before', () => {
    const leaves = h.events.filter((e) => e.kind === 'leave');
    expect(leaves.length).toBeGreaterThan(0);
    for (const e of leaves) {
      const present = (day: number) => rowsOfDay(h, day).EntraUsers.some((u) => u['ObjectID'] === e.principalId);
      expect(present(e.day - 1), e.principalId).toBe(true);
      expect(present(e.day)).toBe(false);
      expect(present(DAYS - 1)).toBe(false);
      const disabledAt = h.events.find((x) => x.kind === 'disable' && x.principalId === e.principalId)?.day;
      if (disabledAt !== undefined) {
        expect(disabledAt).toBeLessThan(e.day);
        expect(rowsOfDay(h, disabledAt).EntraUsers.find((u) => u['ObjectID'] === e.principalId)?.['AccountEnabled']).toBe(false);
      }
    }
  });
});

describe('year of daily snapshots: the interval store seen through KQL', () => {
  it('counts per day equal the replay of the generator\'s events from the first day', async () => {
    const users = await perDay('EntraUsers | summarize count() by SnapshotDate');
    const disabled = await perDay('EntraUsers | where not(AccountEnabled) | summarize count() by SnapshotDate');
    const members = await perDay('EntraGroupMembership | mvexpand Members | where isnotempty(Members) | summarize count() by SnapshotDate');
    const assignments = await perDay('AppRoleAssignments | summarize count() by SnapshotDate');
    const first = rowsOfDay(h, 0);
    let u = first.EntraUsers.length;
    const off = new Set(first.EntraUsers.filter((r) => r['AccountEnabled'] === false).map((r) => String(r['ObjectID'])));
    let m = first.EntraGroupMembership.reduce((a, g) => a + (g['Members'] as string[]).length, 0);
    let a = first.AppRoleAssignments.length;
    const replayed: number[][] = [[u, off.size, m, a]];
    for (let day = 1; day < DAYS; day++) {
      for (const e of h.events.filter((x) => x.day === day)) {
        if (e.kind === 'join') u += 1;
        if (e.kind === 'leave') { u -= 1; off.delete(e.principalId); }
        if (e.kind === 'disable') off.add(e.principalId);
        if (e.kind === 'groupAdd') m += 1;
        if (e.kind === 'groupRemove') m -= 1;
        if (e.kind === 'assignmentAdd') a += 1;
        if (e.kind === 'assignmentRemove') a -= 1;
      }
      replayed.push([u, off.size, m, a]);
    }
    expect(h.days.map((_, i) => [users[i], disabled[i], members[i], assignments[i]])).toEqual(replayed);
    expect(new Set(users).size).toBeGreaterThan(1); // the counts do change over the days
  });

  it('a department move shows in Department and JobTitle from its day on', async () => {
    const move = h.events.find((e) => e.kind === 'departmentMove')!;
    const got = await rows(`EntraUsers | where ObjectID == '${move.principalId}' | project SnapshotDate, Department | order by SnapshotDate asc`);
    const dept = new Map(got.map((r) => [dayOfCell(r[0]), String(r[1])]));
    expect(dept.get(h.days[move.day - 1] as string)).toBe(move.fromDepartment);
    expect(dept.get(h.days[move.day] as string)).toBe(move.toDepartment);
  });

  it('every table of a day equals the day materialised (first, middle and last day)', async () => {
    const norm = (r: Record<string, unknown>) => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, k === 'SnapshotDate' || k === 'CreatedDateTime' ? (v === null ? null : Date.parse(String(v))) : v]));
    for (const day of [0, Math.floor(DAYS / 2), DAYS - 1]) {
      const want = rowsOfDay(h, day);
      for (const table of Object.keys(want) as (keyof typeof want)[]) {
        const r = await store.query(`${table} | where SnapshotDate == datetime(${h.days[day] as string})`);
        const got = r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c.name, row[i]])));
        expect(got.map(norm).sort(), `${table} on ${h.days[day] as string}`).toEqual(want[table].map(norm).sort());
      }
    }
  });
});

describe('report.* over the interval store equal the same answers over materialised per-day rows', () => {
  let materialised: EmbeddedKqlEngine;
  beforeAll(async () => {
    materialised = await createEmbeddedEngine({ dbPath: ':memory:', anchorTime: small().tenant.anchorTime, skipWarmUp: true });
    const all = h.days.map((_, i) => rowsOfDay(h, i));
    for (const table of Object.keys(all[0]!) as (keyof (typeof all)[0])[]) await writeTable(materialised, table, all.flatMap((d) => d[table]));
  }, 120_000);
  afterAll(async () => { await materialised?.close(); });

  it('every question (4 intents, several apps, dates and windows across the days)', async () => {
    // Besides the bench's questions: windows that start and end inside the days, off midnight,
    // before the first day, and one second long.
    const bench = yearQuestions(small(), h.days);
    const at = (i: number, time: string) => `${h.days[i]}T${time}.000Z`;
    const windows = [[at(3, '12:00:00'), at(17, '15:30:00')], [at(0, '00:00:00'), at(1, '00:00:00')], ['2020-01-01T00:00:00.000Z', at(10, '00:00:01')], [at(20, '23:59:59'), at(21, '00:00:00')]];
    const apps = bench.filter((q) => q.intent === 'report.appAccessBetween').map((q) => q.resolved).filter((r, i, all) => all.findIndex((x) => x.app?.id === r.app?.id) === i);
    const extra = apps.flatMap((resolved) => windows.flatMap(([from, to]) => (['report.appAccessBetween', 'report.appAccessAdded'] as const).map((intent) => ({
      label: `${resolved.app?.displayName} ${intent} ${from}..${to}`, intent, slots: { app: resolved.app?.displayName ?? '', window: { from: from!, to: to! } }, resolved,
    }))));
    const questions = [...bench, ...extra];
    expect(new Set(questions.map((q) => q.intent)).size).toBe(4);
    const now = new Date(small().tenant.anchorTime);
    let withRows = 0;
    for (const q of questions) {
      const a = (await runReport(store, q, now)).answer;
      const b = (await runReport(materialised, q, now)).answer;
      expect(a.kind, q.label).not.toBe('error');
      expect(a, q.label).toEqual(b);
      // 30 daily snapshots are named as a range, not listed one by one (the bench's windows; the
      // short extra ones list their few dates).
      if (bench.includes(q)) expect((a.sourceNote ?? '').length, q.label).toBeLessThan(400);
      if (a.rows.length > 0) withRows += 1;
    }
    expect(withRows).toBeGreaterThanOrEqual(questions.length / 3); // windows before the 30 days are empty answers
  }, 120_000);

  it('the four KQL examples of seed 000, unchanged but for the service principal and dates inside the days', async () => {
    const sf = small().servicePrincipals.find((s) => s['displayName'] === SALESFORCE)!;
    const first = h.days[0] as string;
    const mid = h.days[Math.floor(DAYS / 2)] as string;
    const last = h.days[DAYS - 1] as string;
    const texts = [
      seedQuery(SEED_EXAMPLE_1, sf.id, { '2024-01-13': mid }),
      seedQuery(SEED_EXAMPLE_2, sf.id, { '2024-01-01': first, '2024-03-14': last }),
      seedQuery(SEED_EXAMPLE_3, sf.id, { '2024-03-01': mid, '2024-03-14': last }),
      seedQuery(SEED_EXAMPLE_4, sf.id, { '2023-06-01': first, '2024-03-13': last }),
    ];
    const sorted = (r: { rows: readonly (readonly unknown[])[] }) => r.rows.map((x) => JSON.stringify(x)).sort();
    for (const [i, text] of texts.entries()) {
      const a = await store.query(text);
      expect(sorted(a), `example ${i + 1}`).toEqual(sorted(await materialised.query(text)));
      expect(a.rows.length, `example ${i + 1}`).toBeGreaterThan(0);
    }
  }, 120_000);
});
