import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const FILES = [
  'users.json', 'groups.json', 'applications.json', 'servicePrincipals.json', 'devices.json', 'signIns.json',
  'directoryAudits.json', 'riskyUsers.json', 'riskyUserHistory.json', 'riskDetections.json', 'riskyServicePrincipals.json',
  'roleDefinitions.json', 'roleAssignments.json', 'roleEligibilitySchedules.json', 'userRegistrationDetails.json',
  'authenticationMethods.json', 'oauth2PermissionGrants.json', 'appRoleAssignments.json', 'accessPackageCatalogs.json',
  'accessPackages.json', 'accessPackageAssignmentPolicies.json', 'accessPackageAssignments.json',
  'accessPackageAssignmentRequests.json', 'groupOwners.json', 'groupMembers.json', 'appOwners.json', 'userDevices.json', 'tenant.json',
];

async function digest(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) out[f] = createHash('sha256').update(await readFile(path.join(dir, f))).digest('hex');
  return out;
}

describe('entra-ask demo export', () => {
  it('writes every file of the contract, with the personas, byte-identical when repeated', async () => {
    const a = await mkdtemp(path.join(os.tmpdir(), 'entra-ask-export-a-'));
    const b = await mkdtemp(path.join(os.tmpdir(), 'entra-ask-export-b-'));
    const first = await runCli(['demo', 'export', a]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/wrote \d+ files/);
    expect((await readdir(a)).sort()).toEqual(expect.arrayContaining([...FILES].sort()));
    const users = JSON.parse(await readFile(path.join(a, 'users.json'), 'utf8')) as { userPrincipalName: string }[];
    expect(users.map((u) => u.userPrincipalName)).toEqual(expect.arrayContaining(['karita@woodgrovebank.com', 'alain@woodgrovebank.com']));
    const tenant = JSON.parse(await readFile(path.join(a, 'tenant.json'), 'utf8'));
    expect(tenant).toMatchObject({ domain: 'woodgrovebank.com', seed: 7, users: 150, days: 10, anchorTime: '2026-11-20T12:00:00Z' });
    expect((await runCli(['demo', 'export', b])).code).toBe(0);
    expect(await digest(b)).toEqual(await digest(a));
  }, 120_000);

  it.each([
    [['demo'], /usage/],
    [['demo', 'export'], /one directory/],
    [['demo', 'reset', '--users', 'many'], /--users must be a whole number/],
    [['demo', 'reset', '--anchor', 'yesterday'], /--anchor must be an ISO date-time/],
  ])('exits 2 with a message for %j', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
