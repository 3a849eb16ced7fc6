/**
 * `entra-ask export --to adx:…` through azure-kusto-ingest, offline against the ingestion
 * stand-in (what it received compared with the tenant), resume after injected ingestion
 * failures without duplicates; live only when ENTRA_ASK_ADX_CLUSTER and ENTRA_ASK_ADX_DATABASE
 * are set (az login / DefaultAzureCredential).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoTenant } from '../../src/demo/store';
import { parseAdxTarget } from '../../src/snapshots/adx';
import { startAdxStandIn } from '../../src/snapshots/adx-standin';
import type { AdxStandIn } from '../../src/snapshots/adx-standin';
import { cli, privateTenant } from './helpers';

let tenant: { dir: string; demo: DemoTenant; remove(): void };
let adx: AdxStandIn;

beforeAll(async () => {
  tenant = await privateTenant();
  adx = await startAdxStandIn({ token: 'test-token' });
});
afterAll(async () => {
  await adx?.close();
  tenant?.remove();
});

const env = () => ({ ADX_ACCESS_TOKEN: 'test-token' });

describe('export to Azure Data Explorer (offline stand-in)', () => {
  it('creates the tables and ingests the snapshot with its date', async () => {
    const r = await cli(tenant.dir, ['export', '--to', `adx:${adx.url}/Entra`, '--json'], env());
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as { store: string; rows: number };
    expect(s.store).toBe(`Azure Data Explorer ${adx.url}/Entra`);
    expect(adx.commands.map((c) => c.csl.split(' (')[0])).toEqual([
      '.create-merge table EntraUsers', '.create-merge table EntraGroups', '.create-merge table EntraGroupMembership',
      '.create-merge table Applications', '.create-merge table AppRoles', '.create-merge table AppRoleAssignments',
    ]);
    const m = tenant.demo.model;
    const users = adx.rows.get('Entra.EntraUsers') ?? [];
    expect(users.map((u) => u['ObjectID']).sort()).toEqual(m.users.map((u) => u.id).sort());
    expect(new Set(users.map((u) => u['SnapshotDate']))).toEqual(new Set(['2026-11-20T00:00:00.000000Z']));
    const karita = users.find((u) => u['UserPrincipalName'] === 'karita@woodgrovebank.com');
    expect(karita?.['AccountEnabled']).toBe(true);
    const membership = adx.rows.get('Entra.EntraGroupMembership') ?? [];
    const direct = new Map(m.groupMembers.map((g) => [g.groupId, [...g.memberIds].sort()]));
    for (const row of membership) expect([...(row['Members'] as string[])].sort()).toEqual(direct.get(String(row['GroupId'])) ?? []);
    expect(adx.rows.get('Entra.AppRoleAssignments')).toHaveLength(m.appRoleAssignments.length);
    expect(s.rows).toBe([...adx.rows.values()].reduce((n, v) => n + v.length, 0));
  }, 120_000);

  it('resumes after ingestion failures without sending a row twice', async () => {
    const target = `adx:${adx.url}/Resume`;
    // Two tables go through, then ingestion fails (the client's own retries included).
    adx.failIngestion(1000, 2);
    const failed = await cli(tenant.dir, ['export', '--to', target], env());
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/run the same command again to resume/);
    adx.failIngestion(0);
    const again = await cli(tenant.dir, ['export', '--to', target, '--json'], env());
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(again.stdout) as { resumed: boolean }).resumed).toBe(true);
    const m = tenant.demo.model;
    expect(adx.rows.get('Resume.EntraUsers')).toHaveLength(m.users.length);
    expect(adx.rows.get('Resume.EntraGroups')).toHaveLength(m.groups.length);
    expect(adx.rows.get('Resume.EntraGroupMembership')).toHaveLength(m.groups.length);
    expect(adx.rows.get('Resume.AppRoleAssignments')).toHaveLength(m.appRoleAssignments.length);
    // A complete date is refused.
    const third = await cli(tenant.dir, ['export', '--to', target], env());
    expect(third.code).toBe(1);
    expect(third.stderr).toMatch(/already complete in Azure Data Explorer/);
  }, 120_000);

  it('reads the target as <cluster-url>/<database>', () => {
    expect(parseAdxTarget('https://help.kusto.windows.net/Samples')).toEqual({ clusterUrl: 'https://help.kusto.windows.net', database: 'Samples' });
    expect(parseAdxTarget('http://example.com/db')).toBeUndefined();
    expect(parseAdxTarget('https://c.kusto.windows.net/')).toBeUndefined();
    expect(parseAdxTarget('https://c.kusto.windows.net/a/b')).toBeUndefined();
  });
});

const liveCluster = process.env['ENTRA_ASK_ADX_CLUSTER'];
const liveDatabase = process.env['ENTRA_ASK_ADX_DATABASE'];
describe.skipIf(!liveCluster || !liveDatabase)('export to Azure Data Explorer (live)', () => {
  it('ingests a snapshot of the demo tenant', async () => {
    const r = await cli(tenant.dir, ['export', '--to', `adx:${liveCluster}/${liveDatabase}`, '--json'], process.env as Record<string, string>);
    expect([0, 1]).toContain(r.code);
    if (r.code === 0) expect((JSON.parse(r.stdout) as { rows: number }).rows).toBeGreaterThan(0);
    else expect(r.stderr).toMatch(/already complete/);
  }, 600_000);
});
