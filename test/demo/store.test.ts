import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSignIns, generateTenant } from '../../src/demo/generator';
import { exportDemoTenant, loadOrCreateDemoTenant, readManifest, readSignIns, resetDemoTenant, resolveOptions } from '../../src/demo/store';

const OPTIONS = { seed: 11, anchorTime: '2026-11-20T12:00:00Z', users: 80, days: 4 } as const;

const CONTRACT_FILES = ['users.json', 'groups.json', 'applications.json', 'servicePrincipals.json', 'devices.json', 'signIns.json',
  'directoryAudits.json', 'riskyUsers.json', 'riskyUserHistory.json', 'riskDetections.json', 'riskyServicePrincipals.json',
  'roleDefinitions.json', 'roleAssignments.json', 'roleEligibilitySchedules.json', 'userRegistrationDetails.json',
  'authenticationMethods.json', 'oauth2PermissionGrants.json', 'appRoleAssignments.json', 'accessPackageCatalogs.json',
  'accessPackages.json', 'accessPackageAssignmentPolicies.json', 'accessPackageAssignments.json',
  'accessPackageAssignmentRequests.json', 'groupOwners.json', 'groupMembers.json', 'appOwners.json', 'userDevices.json', 'tenant.json'];

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'entra-ask-demo-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('demo tenant persistence', () => {
  it('creates on first use, then loads the same tenant without regenerating', async () => {
    const dir = await tempDir();
    const first = await loadOrCreateDemoTenant(dir, OPTIONS);
    const manifest = await readManifest(dir);
    expect(manifest?.tenant.seed).toBe(11);
    const mtime = (await stat(first.signInsFile)).mtimeMs;
    const second = await loadOrCreateDemoTenant(dir);
    expect((await stat(second.signInsFile)).mtimeMs).toBe(mtime);
    expect(JSON.stringify(second.model)).toBe(JSON.stringify(first.model));
    expect(JSON.stringify(second.model)).toBe(JSON.stringify(generateTenant(OPTIONS)));
  });

  it('persists the streams: readSignIns gives back what the generator streams', async () => {
    const dir = await tempDir();
    const tenant = await resetDemoTenant(dir, OPTIONS);
    const persisted = await collect(readSignIns(tenant.signInsFile));
    const streamed = [...generateSignIns(tenant.model, { interactive: true })];
    expect(persisted.length).toBe(streamed.length);
    expect(JSON.stringify(persisted)).toBe(JSON.stringify(streamed));
    const nonInteractive = await collect(readSignIns(tenant.nonInteractiveSignInsFile));
    expect(nonInteractive.length).toBe((await readManifest(dir))?.nonInteractiveSignIns);
    expect(nonInteractive.every((s) => s['isInteractive'] === false)).toBe(true);
  });

  it('regenerates when asked for another seed, and reset replaces the tenant', async () => {
    const dir = await tempDir();
    const a = await loadOrCreateDemoTenant(dir, OPTIONS);
    const b = await loadOrCreateDemoTenant(dir, { ...OPTIONS, seed: 12 });
    expect(b.model.tenant.tenantId).not.toBe(a.model.tenant.tenantId);
    const c = await resetDemoTenant(dir, OPTIONS);
    expect(c.model.tenant.tenantId).toBe(a.model.tenant.tenantId);
  });

  it('concurrent first use generates once: both callers get the same tenant', async () => {
    const dir = await tempDir();
    const [a, b] = await Promise.all([loadOrCreateDemoTenant(dir, { ...OPTIONS, anchorTime: undefined }), loadOrCreateDemoTenant(dir, { ...OPTIONS, anchorTime: undefined })]);
    expect(a.model.tenant.anchorTime).toBe(b.model.tenant.anchorTime);
    expect((await readdir(dir)).filter((f) => f.includes('.tmp-') || f.includes('.lock'))).toEqual([]);
  });

  it('defaults: seed 42, 500 users, 30 days, anchored now', () => {
    // Only the option resolution (generating 500 × 30 here would be slow).
    const before = Date.now() - 1000;
    const o = resolveOptions({});
    expect([o.seed, o.users, o.days]).toEqual([42, 500, 30]);
    expect(Date.parse(o.anchorTime)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(o.anchorTime)).toBeLessThanOrEqual(Date.now());
  });

  it('exports the files of cli-contract.md, byte-identical for the same seed and anchor', async () => {
    const [d1, d2, o1, o2, d3, o3] = await Promise.all([tempDir(), tempDir(), tempDir(), tempDir(), tempDir(), tempDir()]);
    await resetDemoTenant(d1, OPTIONS);
    await resetDemoTenant(d2, OPTIONS);
    await resetDemoTenant(d3, { ...OPTIONS, seed: 12 });
    const written = await exportDemoTenant(d1, o1);
    await exportDemoTenant(d2, o2);
    await exportDemoTenant(d3, o3);
    const files = (await readdir(o1)).sort();
    for (const f of CONTRACT_FILES) expect(files).toContain(f);
    expect(files).toEqual([...written].sort());
    for (const f of files) {
      const [a, b] = await Promise.all([readFile(path.join(o1, f)), readFile(path.join(o2, f))]);
      expect(a.equals(b), f).toBe(true);
    }
    const differ = await Promise.all(['users.json', 'signIns.json', 'tenant.json'].map(async (f) =>
      !(await readFile(path.join(o1, f))).equals(await readFile(path.join(o3, f)))));
    expect(differ).toEqual([true, true, true]);
    const signIns = JSON.parse(await readFile(path.join(o1, 'signIns.json'), 'utf8')) as unknown[];
    expect(signIns.length).toBe((await readManifest(d1))?.signIns);
    const tenant = JSON.parse(await readFile(path.join(o1, 'tenant.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(tenant)).toEqual(['tenantId', 'domain', 'anchorTime', 'seed', 'users', 'days']);
    expect(tenant['domain']).toBe('woodgrovebank.com');
    for (const f of files.filter((x) => x !== 'tenant.json')) {
      expect(Array.isArray(JSON.parse(await readFile(path.join(o1, f), 'utf8'))), f).toBe(true);
    }
  });
});
