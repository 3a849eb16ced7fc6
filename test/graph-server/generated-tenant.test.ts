import { describe, expect, it } from 'vitest';
import { generateSignIns, generateTenant } from '../../src/demo/generator';
import type { GeneratedTenantModel, GraphObject } from '../../src/demo/model';
import { SignInStore } from '../../src/demo/graph-server';
import { code, readAll, rows, useServer } from './harness';

/** The contract suite's core assertions, against a tenant from the real generator. */
const model = generateTenant({ seed: 7, anchorTime: '2026-11-20T12:00:00Z', users: 150, days: 3 }) as GeneratedTenantModel;
const generated = [...generateSignIns(model, { interactive: true })];
const signIns = (): Iterable<GraphObject> => generated;
const { get } = useServer({ model, signIns });
const EVENTUAL = { ConsistencyLevel: 'eventual' };
const byUpn = (upn: string): GraphObject => model.users.find((u) => u['userPrincipalName'] === upn) as GraphObject;

describe('against a generated tenant', () => {
  it('the sign-in store gives back every generated sign-in exactly as generated', async () => {
    const source = generated;
    const store = await SignInStore.build(signIns);
    expect(store.length).toBe(source.length);
    const mismatches: number[] = [];
    for (let i = 0; i < source.length; i++) if (JSON.stringify(store.objectAt(i)) !== JSON.stringify(source[i])) mismatches.push(i);
    expect(mismatches).toEqual([]);
  });

  it('pages every user and every sign-in exactly once', async () => {
    const users = await readAll(get, '/users?$top=60&$select=id');
    expect(users.rows.map((u) => u['id']).sort()).toEqual(model.users.map((u) => u.id).sort());
    const all = await readAll(get, '/auditLogs/signIns');
    expect(all.rows).toHaveLength(generated.length);
    expect(new Set(all.rows.map((r) => r['id'])).size).toBe(all.rows.length);
  });

  it('owners and members match the model for every group', async () => {
    for (const g of model.groupOwners) {
      const r = await get(`/groups/${g.groupId}/owners?$select=id`);
      expect(rows(r).map((o) => o['id']).sort()).toEqual([...g.ownerIds].sort());
    }
    for (const g of model.groupMembers.slice(0, 15)) {
      const r = await readAll(get, `/groups/${g.groupId}/members?$select=id`);
      expect(r.rows.map((o) => o['id']).sort()).toEqual([...g.memberIds].sort());
    }
  });

  it('answers the questions of the demo stories', async () => {
    const karita = byUpn('karita@woodgrovebank.com');
    // An OData cast on a transitive relationship is an advanced query: $count=true and ConsistencyLevel: eventual.
    const groups = rows(await get('/users/karita@woodgrovebank.com/transitiveMemberOf/microsoft.graph.group?$select=displayName&$count=true', { ConsistencyLevel: 'eventual' }));
    expect(groups.map((g) => g['displayName'])).toContain('Finance Department');
    const failures = await readAll(get, `/auditLogs/signIns?$filter=userId eq '${karita.id}' and status/errorCode eq 50126`);
    expect(failures.rows.length).toBeGreaterThan(0);
    const risky = rows(await get("/identityProtection/riskyUsers?$filter=riskLevel eq 'high'&$select=userPrincipalName"));
    expect(risky.map((r) => r['userPrincipalName'])).toEqual(expect.arrayContaining(['karita@woodgrovebank.com', 'julieta@woodgrovebank.com']));
    const fin = rows(await get("/groups?$filter=displayName eq 'Finance Department'&$expand=owners($select=displayName)"));
    expect((fin[0]?.['owners'] as GraphObject[]).map((o) => o['displayName'])).toContain('Megan Bowen');
    const manager = await get('/users/karita@woodgrovebank.com/manager?$select=displayName');
    expect(manager.body['displayName']).toBe('Megan Bowen');
    const reports = rows(await get('/users/meganb@woodgrovebank.com/directReports?$select=userPrincipalName'));
    expect(reports.map((r) => r['userPrincipalName'])).toContain('karita@woodgrovebank.com');
    const guests = await get("/users?$filter=userType eq 'Guest'&$count=true&$top=1", EVENTUAL);
    expect(guests.body['@odata.count']).toBe(model.users.filter((u) => u['userType'] === 'Guest').length);
  });

  it('serves every object of every collection by id, unchanged', async () => {
    const paths: [string, readonly GraphObject[]][] = [
      ['/groups', model.groups],
      ['/servicePrincipals', model.servicePrincipals],
      ['/applications', model.applications],
      ['/devices', model.devices],
      ['/identityProtection/riskyUsers', model.riskyUsers],
      ['/identityProtection/riskDetections', model.riskDetections],
      ['/roleManagement/directory/roleDefinitions', model.roleDefinitions],
      ['/roleManagement/directory/roleAssignments', model.roleAssignments],
      ['/identityGovernance/entitlementManagement/accessPackages', model.accessPackages],
      ['/identityGovernance/entitlementManagement/assignments', model.accessPackageAssignments],
    ];
    for (const [path, objects] of paths) {
      for (const o of objects.slice(0, 5)) {
        const body = { ...(await get(`${path}/${encodeURIComponent(o.id)}`)).body };
        delete body['@odata.context'];
        expect(body, `${path}/${o.id}`).toEqual(o);
      }
    }
  });

  it('roleAssignments expand principal; access packages expand catalog', async () => {
    const ra = rows(await get('/roleManagement/directory/roleAssignments?$expand=principal($select=displayName)'));
    expect(ra.length).toBe(model.roleAssignments.length);
    expect(ra.every((a) => a['principal'] !== null)).toBe(true);
    const aps = rows(await get('/identityGovernance/entitlementManagement/accessPackages?$expand=catalog($select=displayName)'));
    expect(aps.every((a) => typeof (a['catalog'] as GraphObject | null)?.['displayName'] === 'string')).toBe(true);
  });

  it('a user without a manager answers 404 on /manager', async () => {
    const noManager = model.users.find((u) => !model.userManagers.some((m) => m.userId === u.id)) as GraphObject;
    const r = await get(`/users/${noManager.id}/manager`);
    expect(r.status).toBe(404);
    expect(code(r)).toBe('Request_ResourceNotFound');
  });
});
