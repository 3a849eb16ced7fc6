import { describe, expect, it } from 'vitest';
import { code, readAll, rows, useServer } from './harness';
import { gid, USER_COUNT } from './fixture';

const { get, server } = useServer();
const EVENTUAL = { ConsistencyLevel: 'eventual' };

describe('/users', () => {
  it('pages 100 at a time with an absolute nextLink on the server origin, reaching every user once', async () => {
    const all = await readAll(get, '/users');
    expect(all.pages).toBe(3);
    expect(all.rows).toHaveLength(USER_COUNT);
    expect(new Set(all.rows.map((u) => u['id'])).size).toBe(USER_COUNT);
    for (const link of all.links) {
      expect(link.startsWith(`${server().url}/users?`)).toBe(true);
      expect(link).toContain('$skiptoken=');
    }
  });

  it('returns the default property set and @odata.context', async () => {
    const r = await get('/users?$top=1');
    expect(r.body['@odata.context']).toBe(`${server().url}/$metadata#users`);
    expect(Object.keys(rows(r)[0] ?? {}).sort()).toEqual(
      ['businessPhones', 'displayName', 'givenName', 'id', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName'].sort(),
    );
  });

  it('honours $select and writes it into @odata.context', async () => {
    const r = await get('/users?$select=id,department&$top=2');
    expect(rows(r)[0]).toEqual({ id: gid(1, 0), department: 'Finance' });
    expect(r.body['@odata.context']).toBe(`${server().url}/$metadata#users(id,department)`);
  });

  it('rejects an unknown $select property', async () => {
    const r = await get('/users?$select=nope');
    expect(r.status).toBe(400);
    expect(code(r)).toBe('Request_BadRequest');
  });

  it('$top: 999 at most', async () => {
    expect(rows(await get('/users?$top=999'))).toHaveLength(USER_COUNT);
    const r = await get('/users?$top=1000');
    expect(r.status).toBe(400);
    expect(code(r)).toBe('Request_BadRequest');
    expect((r.body['error'] as { message: string }).message).toContain('between 1 and 999');
    expect((await get('/users?$top=0')).status).toBe(400);
  });

  it('rejects $skip like Graph', async () => {
    const r = await get('/users?$skip=5');
    expect(r.status).toBe(400);
  });

  it('filters with eq, startsWith, in, any() and and/or', async () => {
    expect(rows(await get("/users?$filter=userPrincipalName eq 'KARITA@woodgrovebank.com'")).map((u) => u['id'])).toEqual([gid(1, 0)]);
    expect(rows(await get("/users?$filter=startsWith(displayName,'Megan')&$select=displayName"))).toEqual([{ displayName: 'Megan Bowen' }]);
    const dept = await get("/users?$filter=department eq 'Finance' and accountEnabled eq true&$top=999&$select=department,accountEnabled");
    expect(rows(dept).length).toBeGreaterThan(50);
    expect(rows(dept).every((u) => u['department'] === 'Finance' && u['accountEnabled'] === true)).toBe(true);
    const inList = await get(`/users?$filter=id in ('${gid(1, 0)}','${gid(1, 1)}')`);
    expect(rows(inList)).toHaveLength(2);
    const lic = await get(`/users?$filter=assignedLicenses/any(x:x/skuId eq ${gid(99, 1)})&$top=999`);
    expect(rows(lic)).toHaveLength(USER_COUNT / 2);
    const proxy = await get("/users?$filter=proxyAddresses/any(p:startsWith(p,'SMTP:karita'))");
    expect(rows(proxy)).toHaveLength(1);
    const or = await get("/users?$filter=userType eq 'Guest' or displayName eq 'Megan Bowen'&$top=999");
    expect(rows(or)).toHaveLength(11);
  });

  it('allows at most 15 alternatives in one in (…) or or-chain', async () => {
    const ids = (n: number): string => Array.from({ length: n }, (_, i) => `'${gid(1, i)}'`).join(',');
    expect(rows(await get(`/users?$filter=id in (${ids(15)})`))).toHaveLength(15);
    const tooMany = await get(`/users?$filter=id in (${ids(16)})`);
    expect([tooMany.status, code(tooMany)]).toEqual([400, 'Request_UnsupportedQuery']);
    const ors = Array.from({ length: 16 }, (_, i) => `id eq '${gid(1, i)}'`).join(' or ');
    expect((await get(`/users?$filter=${ors}`)).status).toBe(400);
  });

  it('filters dates with ge/le', async () => {
    const r = await get('/users?$filter=createdDateTime ge 2026-11-10T12:00:00Z&$select=createdDateTime');
    expect(rows(r)).toHaveLength(11);
  });

  it('needs ConsistencyLevel: eventual and $count=true for ne, not, endsWith', async () => {
    for (const f of ["userType ne 'Member'", "not(userType eq 'Member')", "endsWith(mail,'@woodgrovebank.com')"]) {
      const plain = await get(`/users?$filter=${f}`);
      expect(plain.status, f).toBe(400);
      expect(code(plain)).toBe('Request_UnsupportedQuery');
      const adv = await get(`/users?$filter=${f}&$count=true`, EVENTUAL);
      expect(adv.status, f).toBe(200);
    }
    const guests = await get("/users?$filter=userType ne 'Member'&$count=true", EVENTUAL);
    expect(guests.body['@odata.count']).toBe(10);
  });

  it('rejects filtering on a property Graph cannot filter', async () => {
    const r = await get("/users?$filter=officeLocation2 eq 'x'");
    expect(r.status).toBe(400);
    expect(code(r)).toBe('Request_UnsupportedQuery');
    expect((r.body['error'] as { message: string }).message).toContain("'officeLocation2'");
  });

  it('rejects malformed filters', async () => {
    const r = await get("/users?$filter=displayName eq 'unterminated");
    expect(r.status).toBe(400);
    expect(code(r)).toBe('Request_BadRequest');
  });

  it('$count needs ConsistencyLevel: eventual', async () => {
    expect((await get('/users?$count=true')).status).toBe(400);
    const r = await get('/users?$count=true&$top=1', EVENTUAL);
    expect(r.body['@odata.count']).toBe(USER_COUNT);
    const text = await fetch(`${server().url}/users/$count`, { headers: EVENTUAL });
    expect(await text.text()).toBe(String(USER_COUNT));
  });

  it('$search needs ConsistencyLevel: eventual and property:value clauses', async () => {
    const plain = await get('/users?$search="displayName:megan"');
    expect(plain.status).toBe(400);
    expect(code(plain)).toBe('Request_UnsupportedQuery');
    const r = await get('/users?$search="displayName:megan"', EVENTUAL);
    expect(rows(r).map((u) => u['displayName'])).toEqual(['Megan Bowen']);
    const or = await get('/users?$search="displayName:megan" OR "displayName:karita"', EVENTUAL);
    expect(rows(or)).toHaveLength(2);
    expect((await get('/users?$search=megan', EVENTUAL)).status).toBe(400);
  });

  it('$orderby: displayName always; other properties and filter+orderby need an advanced query', async () => {
    const r = await get('/users?$orderby=displayName desc&$top=1&$select=displayName');
    expect(rows(r)[0]?.['displayName']).toBe('User249 Tester');
    expect((await get('/users?$orderby=createdDateTime')).status).toBe(400);
    expect((await get('/users?$orderby=createdDateTime&$count=true', EVENTUAL)).status).toBe(200);
    const both = await get("/users?$filter=department eq 'IT'&$orderby=displayName");
    expect(both.status).toBe(400);
    expect(code(both)).toBe('Request_UnsupportedQuery');
  });

  it('gets a user by id or userPrincipalName; unknown → 404 Request_ResourceNotFound', async () => {
    const byId = await get(`/users/${gid(1, 0)}?$select=displayName`);
    expect(byId.body).toEqual({ '@odata.context': `${server().url}/$metadata#users(displayName)/$entity`, displayName: 'Karita Tester' });
    const byUpn = await get('/users/karita@woodgrovebank.com');
    expect(byUpn.body['id']).toBe(gid(1, 0));
    const missing = await get(`/users/${gid(1, 9999)}`);
    expect(missing.status).toBe(404);
    expect(code(missing)).toBe('Request_ResourceNotFound');
  });

  it('$expand=memberOf on a user', async () => {
    const r = await get(`/users/${gid(1, 0)}?$expand=memberOf($select=id,displayName)&$select=id`);
    const memberOf = r.body['memberOf'] as Record<string, unknown>[];
    expect(memberOf.map((g) => g['displayName']).sort()).toEqual(['Finance Department', 'MDM policy - West', 'Nested Child']);
    expect(memberOf[0]?.['@odata.type']).toBe('#microsoft.graph.group');
  });
});
