import { describe, expect, it } from 'vitest';
import { code, readAll, rows, useServer } from './harness';
import { gid } from './fixture';

const { get, server } = useServer();
const EVENTUAL = { ConsistencyLevel: 'eventual' };
const names = (r: { body: Record<string, unknown> }): string[] =>
  ((r.body['value'] as Record<string, unknown>[]) ?? []).map((o) => String(o['displayName'])).sort();

describe('navigation paths', () => {
  it('/groups/{id}/owners returns typed directory objects', async () => {
    const r = await get(`/groups/${gid(2, 0)}/owners?$select=id,displayName`);
    expect(r.status).toBe(200);
    expect(r.body['@odata.context']).toBe(`${server().url}/$metadata#directoryObjects(id,displayName)`);
    expect(rows(r)).toEqual([
      { '@odata.type': '#microsoft.graph.user', id: gid(1, 1), displayName: 'Megan Bowen' },
      { '@odata.type': '#microsoft.graph.user', id: gid(1, 10), displayName: 'User010 Tester' },
    ]);
  });

  it('$select on directoryObject results accepts any directory property, even on an empty result', async () => {
    const none = await get(`/groups/${gid(2, 6)}/owners?$select=id,displayName,userPrincipalName`);
    expect([none.status, rows(none)]).toEqual([200, []]);
    const mixed = await get(`/groups/${gid(2, 5)}/members?$select=id,userPrincipalName,deviceId`);
    expect(mixed.status).toBe(200);
    expect(rows(mixed).find((m) => m['@odata.type'] === '#microsoft.graph.user')?.['userPrincipalName']).toBe('karita@woodgrovebank.com');
  });

  it('/groups/{id}/members pages and counts with ConsistencyLevel', async () => {
    const all = await readAll(get, `/groups/${gid(2, 2)}/members?$top=50`);
    expect(all.rows).toHaveLength(130);
    expect(all.pages).toBe(3);
    const counted = await get(`/groups/${gid(2, 2)}/members?$count=true&$top=1`, EVENTUAL);
    expect(counted.body['@odata.count']).toBe(130);
    expect((await get(`/groups/${gid(2, 2)}/members?$count=true`)).status).toBe(400);
  });

  it('filters on members are advanced queries', async () => {
    const plain = await get(`/groups/${gid(2, 0)}/members?$filter=startsWith(displayName,'Karita')`);
    expect(plain.status).toBe(400);
    expect(code(plain)).toBe('Request_UnsupportedQuery');
    const adv = await get(`/groups/${gid(2, 0)}/members?$filter=startsWith(displayName,'Karita')&$count=true`, EVENTUAL);
    expect(names(adv)).toEqual(['Karita Tester']);
  });

  it('a type cast segment narrows members', async () => {
    const r = await get(`/groups/${gid(2, 5)}/members/microsoft.graph.user`);
    expect(names(r)).toEqual(['Karita Tester']);
    expect(r.body['@odata.context']).toBe(`${server().url}/$metadata#users`);
    const devices = await get(`/groups/${gid(2, 5)}/members/microsoft.graph.device`);
    expect(names(devices)).toEqual(['KARITA-LAPTOP']);
  });

  it('users in directoryObject results carry the user default property set', async () => {
    const members = rows(await get(`/groups/${gid(2, 5)}/members`));
    const user = members.find((m) => m['@odata.type'] === '#microsoft.graph.user') ?? {};
    expect(user).toHaveProperty('userPrincipalName', 'karita@woodgrovebank.com');
    expect(user).not.toHaveProperty('department');
    expect(user).not.toHaveProperty('proxyAddresses');
    const device = members.find((m) => m['@odata.type'] === '#microsoft.graph.device') ?? {};
    expect(device).toHaveProperty('operatingSystem', 'Windows');
  });

  it('/groups/{id}/transitiveMembers walks nested groups', async () => {
    const r = await get(`/groups/${gid(2, 4)}/transitiveMembers`);
    expect(names(r)).toEqual(['KARITA-LAPTOP', 'Karita Tester', 'Nested Child', 'Salesforce', 'User009 Tester']);
  });

  it('/users/{id}/memberOf and /transitiveMemberOf', async () => {
    expect(names(await get(`/users/${gid(1, 0)}/memberOf`))).toEqual(['Finance Department', 'MDM policy - West', 'Nested Child']);
    expect(names(await get(`/users/${gid(1, 0)}/transitiveMemberOf`))).toEqual(['Finance Department', 'MDM policy - West', 'Nested Child', 'Nested Parent']);
    // An OData cast on a transitive relationship is an advanced query: $count=true and ConsistencyLevel: eventual.
    expect(names(await get('/users/karita@woodgrovebank.com/transitiveMemberOf/microsoft.graph.group?$select=displayName&$count=true', { ConsistencyLevel: 'eventual' }))).toHaveLength(4);
  });

  it('/users/{id}/ownedObjects, registeredDevices, appRoleAssignments, authentication/methods', async () => {
    expect(names(await get(`/users/${gid(1, 1)}/ownedObjects`))).toEqual(['Finance Department', 'MDM policy - West']);
    expect(names(await get(`/users/${gid(1, 0)}/registeredDevices`))).toEqual(['KARITA-LAPTOP']);
    // "This operation also returns app role assignments granted to groups that the user is a direct
    // member of" (List appRoleAssignments granted to a user): Karita's own and Finance Department's.
    const karita = rows(await get(`/users/${gid(1, 0)}/appRoleAssignments?$count=true`, { ConsistencyLevel: 'eventual' }));
    expect(karita.map((a) => [a['principalType'], a['principalDisplayName'], a['resourceDisplayName']])).toEqual([
      ['User', 'Karita Tester', 'Salesforce'], ['Group', 'Finance Department', 'Salesforce'],
    ]);
    expect(rows(await get(`/users/${gid(1, 5)}/appRoleAssignments`)).map((a) => a['principalDisplayName'])).toEqual(['Finance Department']);
    // Nested Parent's assignment reaches its direct member User009, not Karita, who is in it only
    // through Nested Child (assignments don't cascade to nested groups).
    expect(rows(await get(`/users/${gid(1, 9)}/appRoleAssignments`)).map((a) => a['principalDisplayName'])).toEqual(['Finance Department', 'Nested Parent']);
    expect(rows(await get(`/users/${gid(1, 150)}/appRoleAssignments`))).toEqual([]);
    const methods = rows(await get(`/users/${gid(1, 0)}/authentication/methods`));
    expect(methods.map((m) => m['@odata.type'])).toEqual([
      '#microsoft.graph.passwordAuthenticationMethod',
      '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
    ]);
    expect(methods[0]).not.toHaveProperty('userId');
  });

  it('/servicePrincipals/{id}/appRoleAssignedTo and owners; /applications/{id}/owners', async () => {
    const assigned = await get(`/servicePrincipals/${gid(3, 0)}/appRoleAssignedTo?$filter=principalType eq 'Group'`);
    expect(rows(assigned).map((a) => a['principalDisplayName'])).toEqual(['Finance Department']);
    expect(names(await get(`/servicePrincipals/${gid(3, 0)}/owners`))).toEqual(['User002 Tester']);
    expect(names(await get(`/applications/${gid(7, 0)}/owners`))).toEqual(['User002 Tester']);
  });

  it('$expand=owners on groups (one expand at a time)', async () => {
    const r = await get(`/groups?$filter=displayName eq 'Finance Department'&$expand=owners($select=displayName)&$select=id,displayName`);
    const g = rows(r)[0] ?? {};
    expect((g['owners'] as Record<string, unknown>[]).map((o) => o['displayName'])).toEqual(['Megan Bowen', 'User010 Tester']);
    expect((await get('/groups?$expand=owners,members')).status).toBe(400);
  });

  it('$expand=appRoleAssignments on users is the relationship the list reads (direct groups\' assignments too)', async () => {
    const list = rows(await get(`/users/${gid(1, 0)}/appRoleAssignments`));
    const one = await get(`/users/${gid(1, 0)}?$select=id,displayName&$expand=appRoleAssignments`);
    expect(one.status).toBe(200);
    expect(one.body['appRoleAssignments']).toEqual(list);
    expect(list.map((a) => a['id'])).toEqual(['ara-1', 'ara-2']);
    const found = rows(await get(`/users?$filter=startsWith(displayName,'Karita')&$select=id&$expand=appRoleAssignments&$top=25`));
    expect(found.map((u) => u['appRoleAssignments'])).toEqual([list]);
  });

  it('$expand on service principals: appRoleAssignedTo and appRoleAssignments, not oauth2PermissionGrants', async () => {
    const sp = await get(`/servicePrincipals?$filter=displayName eq 'Salesforce'&$select=id&$expand=appRoleAssignedTo`);
    expect((rows(sp)[0]?.['appRoleAssignedTo'] as Record<string, unknown>[]).map((a) => a['id'])).toEqual(['ara-1', 'ara-2']);
    const own = await get(`/servicePrincipals/${gid(3, 1)}?$expand=appRoleAssignments`);
    expect(own.body['appRoleAssignments']).toEqual([]);
    expect((await get(`/servicePrincipals/${gid(3, 1)}?$expand=oauth2PermissionGrants`)).status).toBe(400);
  });

  it('$expand is refused with advanced queries (ConsistencyLevel: eventual, $search)', async () => {
    const q = `/users?$filter=startsWith(displayName,'Karita')&$expand=appRoleAssignments`;
    expect((await get(q)).status).toBe(200);
    const advanced = await get(`${q}&$count=true`, EVENTUAL);
    expect([advanced.status, code(advanced)]).toEqual([400, 'Request_UnsupportedQuery']);
    expect((await get('/users?$search="displayName:Karita"&$expand=appRoleAssignments', EVENTUAL)).status).toBe(400);
  });

  it('an expanded relationship holds at most 20 objects and no nextLink', async () => {
    const r = await get(`/groups/${gid(2, 2)}?$expand=members`);
    expect((r.body['members'] as unknown[]).length).toBe(20);
    expect(JSON.stringify(r.body)).not.toContain('nextLink');
  });

  it('unknown segments, unknown ids and unsupported methods answer like Graph', async () => {
    const seg = await get('/gruops');
    expect(seg.status).toBe(400);
    expect(code(seg)).toBe('BadRequest');
    expect((seg.body['error'] as { message: string }).message).toBe("Resource not found for the segment 'gruops'.");
    const nav = await get(`/groups/${gid(2, 0)}/ownerz`);
    expect(nav.status).toBe(400);
    const missing = await get(`/groups/${gid(2, 99)}/owners`);
    expect(missing.status).toBe(404);
    expect(code(missing)).toBe('Request_ResourceNotFound');
    const post = await fetch(`${server().url}/users`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    const del = await fetch(`${server().url}/users/${gid(1, 0)}`, { method: 'DELETE' });
    expect(del.status).toBe(405);
  });
});
