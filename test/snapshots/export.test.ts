/**
 * `entra-ask export`: the shared test tenant read through the Graph protocol (the demo endpoint)
 * into the snapshot tables; rows compared with the tenant model; request counts; resume after an
 * injected failure; a second date; refusal of a complete date; refusal of a date other than the
 * source's day (issue 20); the bot's read-only engine seeing a new export on its next query.
 *
 * The library calls below pass `sourceDay: date`, as a run on that day would: only the command
 * line knows which day the source is on (the demo tenant's anchor day, 2026-11-20, here).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphServer } from '../../src/demo/graph-server';
import type { GraphServer } from '../../src/demo/graph-server';
import type { DemoTenant } from '../../src/demo/store';
import { openDemoKqlStore } from '../../src/runtime/kql-store';
import { createGraphSource } from '../../src/sources/graph';
import { EXPORT_GRAPH_OPTIONS } from '../../src/cli/export-command';
import { existsSync, rmSync } from 'node:fs';
import { ExportFailedError, exportSnapshot, localSnapshotSink, SnapshotDateError, SnapshotExistsError } from '../../src/snapshots/export';
import { snapshotFile } from '../../src/kql/engine/external-tables';
import { EXPORT_TABLES } from '../../src/snapshots/tables';
import type { GroupsMode } from '../../src/snapshots/graph-reader';
import { cli, kqlRows, privateTenant } from './helpers';

let tenant: { dir: string; demo: DemoTenant; remove(): void };
let server: GraphServer;

beforeAll(async () => {
  tenant = await privateTenant();
  server = await startGraphServer({ model: tenant.demo.model, host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await server?.close();
  tenant?.remove();
});

function source(options: { maxRetries?: number } = {}) {
  let requests = 0;
  const graph = createGraphSource({ mode: 'demo', baseUrl: server.url }, { ...EXPORT_GRAPH_OPTIONS, ...options, baseDelayMs: 1, onHttp: () => { requests += 1; } });
  return { graph, requests: () => requests };
}

async function exportDate(date: string, groupsMode: GroupsMode = 'delta', maxRetries?: number) {
  const s = source(maxRetries === undefined ? {} : { maxRetries });
  return exportSnapshot({ graph: s.graph, requests: s.requests, sink: localSnapshotSink(tenant.dir), date, sourceDay: date, groupsMode });
}

const sorted = (xs: Iterable<string>) => [...xs].sort();
/** The test tenant's anchor day: the day the demo Graph endpoint's state is (the source's today). */
const ANCHOR_DAY = '2026-11-20';

describe('export through the Graph protocol', () => {
  const DATE = '2026-11-20';
  let summary: Awaited<ReturnType<typeof exportDate>>;

  beforeAll(async () => {
    summary = await exportDate(DATE);
  });

  it('fills the six tables with the tenant model\'s rows', async () => {
    const m = tenant.demo.model;
    expect(summary.tables.map((t) => [t.table, t.status])).toEqual([
      ['EntraUsers', 'written'], ['EntraGroups', 'written'], ['EntraGroupMembership', 'written'],
      ['Applications', 'written'], ['AppRoles', 'written'], ['AppRoleAssignments', 'written'],
    ]);
    const when = `SnapshotDate == datetime(${DATE})`;

    const users = await kqlRows(tenant.dir, `EntraUsers | where ${when}`);
    expect(sorted(users.map((u) => String(u['ObjectID'])))).toEqual(sorted(m.users.map((u) => u.id)));
    for (const u of m.users) {
      const row = users.find((r) => r['ObjectID'] === u.id)!;
      expect(row['UserPrincipalName']).toBe(u['userPrincipalName']);
      expect(row['DisplayName']).toBe(u['displayName']);
      expect(row['Department']).toBe(u['department'] ?? '');
      expect(row['JobTitle']).toBe(u['jobTitle'] ?? '');
      expect(row['EmployeeId']).toBe(u['employeeId'] ?? '');
      expect(row['UserType']).toBe(u['userType'] ?? '');
      expect(row['AccountEnabled']).toBe(u['accountEnabled'] === true);
      expect(Date.parse(String(row['CreatedDateTime']))).toBe(Date.parse(String(u['createdDateTime'])));
    }

    const groups = await kqlRows(tenant.dir, `EntraGroups | where ${when}`);
    expect(sorted(groups.map((g) => `${String(g['Id'])} ${String(g['DisplayName'])}`))).toEqual(sorted(m.groups.map((g) => `${g.id} ${String(g['displayName'])}`)));

    const membership = await kqlRows(tenant.dir, `EntraGroupMembership | where ${when}`);
    expect(membership).toHaveLength(m.groups.length);
    const direct = new Map(m.groupMembers.map((g) => [g.groupId, g.memberIds]));
    for (const row of membership) {
      const members = (typeof row['Members'] === 'string' ? JSON.parse(row['Members']) : row['Members']) as string[];
      expect(sorted(members)).toEqual(sorted(direct.get(String(row['GroupId'])) ?? []));
    }
    // Nested groups: some group's members include a group, exported as its id.
    const groupIds = new Set(m.groups.map((g) => g.id));
    const nested = m.groupMembers.filter((g) => g.memberIds.some((id) => groupIds.has(id)));
    expect(nested.length).toBeGreaterThan(0);
    const nestedRows = await kqlRows(tenant.dir, `EntraGroupMembership | where ${when} | mv-expand Members to typeof(string) | join kind=inner (EntraGroups | where ${when} | project Members = Id) on Members | distinct GroupId`);
    expect(sorted(nestedRows.map((r) => String(r['GroupId'])))).toEqual(sorted(nested.map((g) => g.groupId)));

    const apps = await kqlRows(tenant.dir, `Applications | where ${when}`);
    const spByAppId = new Map(m.servicePrincipals.map((s) => [String(s['appId']), s.id]));
    expect(sorted(apps.map((a) => `${String(a['ApplicationId'])} ${String(a['Name'])} ${String(a['ServicePrincipalId'])}`)))
      .toEqual(sorted(m.applications.map((a) => `${String(a['appId'])} ${String(a['displayName'])} ${spByAppId.get(String(a['appId'])) ?? ''}`)));

    const roles = await kqlRows(tenant.dir, `AppRoles | where ${when} | mv-expand AppRoles | project ApplicationId, RoleId = tostring(AppRoles.Id), RoleName = tostring(AppRoles.DisplayName) | where isnotempty(RoleId)`);
    const expectedRoles: string[] = [];
    for (const a of m.applications) {
      const sp = m.servicePrincipals.find((s) => s['appId'] === a['appId']);
      const list = (Array.isArray(a['appRoles']) && a['appRoles'].length > 0 ? a['appRoles'] : (sp?.['appRoles'] ?? [])) as Record<string, unknown>[];
      for (const r of list) if ((r['allowedMemberTypes'] as string[]).includes('User')) expectedRoles.push(`${String(a['appId'])} ${String(r['id'])} ${String(r['displayName'])}`);
    }
    expect(expectedRoles.length).toBeGreaterThan(0);
    expect(sorted(roles.map((r) => `${String(r['ApplicationId'])} ${String(r['RoleId'])} ${String(r['RoleName'])}`))).toEqual(sorted(expectedRoles));

    const assignments = await kqlRows(tenant.dir, `AppRoleAssignments | where ${when}`);
    const key = (p: unknown, r: unknown, res: unknown) => `${String(p)} ${String(r)} ${String(res)}`;
    expect(sorted(assignments.map((a) => key(a['PrincipalId'], a['AppRoleId'], a['ResourceId']))))
      .toEqual(sorted(m.appRoleAssignments.map((a) => key(a['principalId'], a['appRoleId'], a['resourceId']))));
    // Group assignments are there too (Example 1 of the seed joins them with memberships).
    expect(m.appRoleAssignments.some((a) => a['principalType'] === 'Group')).toBe(true);
  }, 240_000);

  it('makes far fewer requests than one per group', async () => {
    const m = tenant.demo.model;
    const pages = (n: number, size: number) => Math.max(1, Math.ceil(n / size));
    const memberRefs = m.groupMembers.reduce((n, g) => n + g.memberIds.length, 0);
    // users: $top=999 pages; groups: delta pages of 100 entries (a group per 1,000 members);
    // applications + service principals: $top=999; assignments: one $batch per 20 service principals.
    const bound = pages(m.users.length, 999) + pages(m.groups.length + Math.ceil(memberRefs / 1000), 100)
      + pages(m.applications.length, 999) + pages(m.servicePrincipals.length, 999) + pages(m.servicePrincipals.length, 20);
    expect(summary.requests).toBeLessThanOrEqual(bound);
    // The seed's way: one request per group for memberships alone, plus the listings.
    expect(summary.requests * 4).toBeLessThan(m.groups.length + m.servicePrincipals.length);
  });

  it('refuses a date that is already complete, changing nothing', async () => {
    await expect(exportDate(DATE)).rejects.toBeInstanceOf(SnapshotExistsError);
    const r = await cli(tenant.dir, ['export', '--date', DATE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/snapshot 2026-11-20 is already complete/);
    const n = await kqlRows(tenant.dir, `EntraUsers | where SnapshotDate == datetime(${DATE}) | count`);
    expect(n[0]?.['Count']).toBe(tenant.demo.model.users.length);
  });

  it('gives the same rows with one members request per group in $batch', async () => {
    const s = await exportDate('2026-10-01', 'batched');
    const m = tenant.demo.model;
    expect(s.requests).toBeGreaterThan(summary.requests);
    const a = await kqlRows(tenant.dir, 'EntraGroupMembership | where SnapshotDate == datetime(2026-10-01) | mv-expand Members to typeof(string) | summarize n = count()');
    expect(a[0]?.['n']).toBe(m.groupMembers.reduce((n, g) => n + g.memberIds.length, 0));
  });
});

describe('resume and dates', () => {
  it('resumes after an injected failure without duplicating rows', async () => {
    const DATE = '2026-11-18';
    // Service principals are unavailable: users and groups get written, applications fail.
    server.setFaults({ rate503: 1, paths: ['/servicePrincipals'], retryAfterSeconds: 0 });
    let failure: unknown;
    try {
      await exportDate(DATE, 'delta', 0);
    } catch (e) {
      failure = e;
    } finally {
      server.setFaults(undefined);
    }
    expect(failure).toBeInstanceOf(ExportFailedError);
    expect((failure as ExportFailedError).written.map((t) => t.table)).toEqual(['EntraUsers', 'EntraGroups', 'EntraGroupMembership']);
    expect((failure as Error).message).toMatch(/run the same command again to resume/);
    // Written tables are queryable already.
    const partial = await kqlRows(tenant.dir, `Applications | where SnapshotDate == datetime(${DATE}) | count`);
    expect(partial[0]?.['Count']).toBe(0);

    const resumed = await exportDate(DATE);
    expect(resumed.resumed).toBe(true);
    expect(resumed.tables.map((t) => [t.table, t.status])).toEqual([
      ['EntraUsers', 'skipped'], ['EntraGroups', 'skipped'], ['EntraGroupMembership', 'skipped'],
      ['Applications', 'written'], ['AppRoles', 'written'], ['AppRoleAssignments', 'written'],
    ]);
    const m = tenant.demo.model;
    const counts = await kqlRows(tenant.dir, `union withsource=T EntraUsers, EntraGroups, AppRoleAssignments | where SnapshotDate == datetime(${DATE}) | summarize n = count() by T`);
    const byTable = Object.fromEntries(counts.map((c) => [String(c['T']), c['n']]));
    expect(byTable).toEqual({ EntraUsers: m.users.length, EntraGroups: m.groups.length, AppRoleAssignments: m.appRoleAssignments.length });
  });

  /** What the error message tells a person to do to export a complete date again. */
  const deleteSnapshot = (date: string) => {
    for (const t of EXPORT_TABLES) rmSync(snapshotFile(tenant.dir, t, date), { force: true });
  };

  it('exports today\'s snapshot through the command line (--json summary)', async () => {
    deleteSnapshot(ANCHOR_DAY);
    const r = await cli(tenant.dir, ['export', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as { tables: unknown[]; rows: number; requests: number; elapsedMs: number; snapshotDate: string };
    expect(s.snapshotDate).toBe(ANCHOR_DAY);
    expect(s.tables).toHaveLength(6);
    expect(s.requests).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
    const byDate = await kqlRows(tenant.dir, `EntraUsers | where SnapshotDate in (datetime(2026-11-18), datetime(${ANCHOR_DAY})) | summarize n = count() by SnapshotDate | order by SnapshotDate asc`);
    expect(byDate.map((d) => d['n'])).toEqual([tenant.demo.model.users.length, tenant.demo.model.users.length]);
  });

  it('plain progress lines and a summary without --json', async () => {
    deleteSnapshot(ANCHOR_DAY);
    const r = await cli(tenant.dir, ['export', '--date', ANCHOR_DAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/EntraUsers: \d+ rows \(1\/6 tables, \d+ requests so far/);
    expect(r.stdout).toMatch(/snapshot 2026-11-20 exported to embedded .* rows in \d+ Graph requests/);
  });

  it('refuses a past date: Graph gives only today\'s state, so nothing is written (issue 20)', async () => {
    expect(tenant.demo.model.tenant.anchorTime.slice(0, 10)).toBe(ANCHOR_DAY);
    const r = await cli(tenant.dir, ['export', '--date', '2026-10-02']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/snapshot 2026-10-02 refused: it is before today \(2026-11-20, UTC\), and Microsoft Graph gives only the tenant's current state/);
    expect(r.stderr).toMatch(/Nothing was written/);
    const json = await cli(tenant.dir, ['export', '--date', '2026-10-02', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: 'SnapshotDateError', requests: 0 });
    const n = await kqlRows(tenant.dir, 'union EntraUsers, EntraGroups, EntraGroupMembership, Applications, AppRoles, AppRoleAssignments | where SnapshotDate == datetime(2026-10-02) | count');
    expect(n[0]?.['Count']).toBe(0);
    for (const t of EXPORT_TABLES) expect(existsSync(snapshotFile(tenant.dir, t, '2026-10-02')), t).toBe(false);
  });

  it('refuses a future date the same way', async () => {
    const r = await cli(tenant.dir, ['export', '--date', '2026-11-21']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/snapshot 2026-11-21 refused: it is after today \(2026-11-20, UTC\)/);
    for (const t of EXPORT_TABLES) expect(existsSync(snapshotFile(tenant.dir, t, '2026-11-21')), t).toBe(false);
  });

  it('the library refuses a date other than the source\'s day before reading anything', async () => {
    const s = source();
    const run = exportSnapshot({ graph: s.graph, requests: s.requests, sink: localSnapshotSink(tenant.dir), date: '2026-09-01', sourceDay: ANCHOR_DAY });
    await expect(run).rejects.toBeInstanceOf(SnapshotDateError);
    expect(s.requests()).toBe(0);
  });

  it('is seen by an engine opened before the export, on its next query', async () => {
    const engine = await openDemoKqlStore(tenant.demo);
    try {
      const before = await engine.query('EntraGroups | where SnapshotDate == datetime(2026-09-15) | count');
      expect(before.rows[0]?.[0]).toBe(0);
      await exportDate('2026-09-15');
      const after = await engine.query('EntraGroups | where SnapshotDate == datetime(2026-09-15) | count');
      expect(after.rows[0]?.[0]).toBe(tenant.demo.model.groups.length);
    } finally {
      await engine.close();
    }
  });

  it('refuses a bad date', async () => {
    const r = await cli(tenant.dir, ['export', '--date', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--date must be a calendar date/);
  });
});
