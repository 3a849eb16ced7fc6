import { describe, expect, it } from 'vitest';
import { code, readAll, rows, useServer } from './harness';
import { fixtureSignIns, gid, SIGNIN_COUNT } from './fixture';

const { get, server } = useServer();

describe('/auditLogs/signIns', () => {
  it('pages 1,000 at a time, newest first, every row exactly once', async () => {
    const all = await readAll(get, '/auditLogs/signIns');
    expect(all.pages).toBe(3);
    expect(all.rows).toHaveLength(SIGNIN_COUNT);
    expect(new Set(all.rows.map((r) => r['id'])).size).toBe(SIGNIN_COUNT);
    const times = all.rows.map((r) => String(r['createdDateTime']));
    expect([...times].sort().reverse()).toEqual(times);
    for (const l of all.links) expect(l.startsWith(`${server().url}/auditLogs/signIns?`)).toBe(true);
  });

  it('returns objects identical to the source rows', async () => {
    const source = [...fixtureSignIns()];
    const r = await get(`/auditLogs/signIns/${gid(10, 7)}`);
    expect(r.status).toBe(200);
    const { '@odata.context': ctx, ...obj } = r.body;
    expect(ctx).toBe(`${server().url}/$metadata#auditLogs/signIns/$entity`);
    expect(obj).toEqual(source[7]);
    const page = rows(await get('/auditLogs/signIns?$top=2'));
    expect(page).toEqual([source[SIGNIN_COUNT - 1], source[SIGNIN_COUNT - 2]]);
  });

  it('filters by createdDateTime range, user, app, status and location', async () => {
    const source = [...fixtureSignIns()];
    const from = String(source[100]?.['createdDateTime']);
    const to = String(source[199]?.['createdDateTime']);
    const range = await readAll(get, `/auditLogs/signIns?$filter=createdDateTime ge ${from} and createdDateTime le ${to}&$top=30`);
    expect(range.rows).toHaveLength(100);
    const karita = await readAll(get, "/auditLogs/signIns?$filter=userPrincipalName eq 'karita@woodgrovebank.com'");
    expect(karita.rows).toHaveLength(SIGNIN_COUNT / 250);
    const failed = await readAll(get, "/auditLogs/signIns?$filter=status/errorCode eq 50126 and appDisplayName eq 'Azure Portal'");
    expect(failed.rows.length).toBe(source.filter((s) => (s['status'] as { errorCode: number }).errorCode === 50126 && s['appDisplayName'] === 'Azure Portal').length);
    expect(failed.rows.every((r) => r['appDisplayName'] === 'Azure Portal')).toBe(true);
    const prefix = await readAll(get, "/auditLogs/signIns?$filter=startsWith(userPrincipalName,'user1') and location/countryOrRegion eq 'GB'");
    expect(prefix.rows.length).toBe(source.filter((s) => String(s['userPrincipalName']).startsWith('user1') && (s['location'] as { countryOrRegion: string }).countryOrRegion === 'GB').length);
    const risky = await get("/auditLogs/signIns?$filter=riskEventTypes_v2/any(t: t eq 'unfamiliarFeatures')");
    expect(rows(risky)).toHaveLength(SIGNIN_COUNT / 50);
    const notOk = await readAll(get, '/auditLogs/signIns?$filter=status/errorCode ne 0&$top=500');
    expect(notOk.rows.length).toBe(source.filter((s) => (s['status'] as { errorCode: number }).errorCode !== 0).length);
  });

  it('takes only $filter, $top, $skiptoken and $orderby, like the service', async () => {
    for (const option of ['$select=id', '$count=true', '$expand=x', '$search="userPrincipalName:karita"', '$skip=10']) {
      const r = await get(`/auditLogs/signIns?${option}`);
      expect(r.status, option).toBe(400);
    }
    const sel = await get('/auditLogs/signIns?$select=id');
    expect((sel.body['error'] as { message: string }).message).toContain("Query option 'Select' is not allowed");
    expect((await get("/auditLogs/signIns?$filter=isInteractive eq true")).status).toBe(400);
    const syntax = await get("/auditLogs/signIns?$filter=userId eq 'x");
    expect([syntax.status, code(syntax)]).toEqual([400, 'BadRequest']);
    expect((await get("/auditLogs/signIns?$filter=userPrincipalName ne 'x'")).status).toBe(400);
    expect((await get("/auditLogs/signIns?$filter=not(userId eq 'x')")).status).toBe(400);
  });

  it('$orderby=createdDateTime asc; $top at most 1,000; no $count or $skip', async () => {
    const asc = rows(await get('/auditLogs/signIns?$orderby=createdDateTime asc&$top=3'));
    expect(asc.map((r) => r['id'])).toEqual([gid(10, 0), gid(10, 1), gid(10, 2)]);
    expect((await get('/auditLogs/signIns?$top=1001')).status).toBe(400);
    expect((await get('/auditLogs/signIns?$count=true')).status).toBe(400);
    expect((await get('/auditLogs/signIns?$orderby=userPrincipalName')).status).toBe(400);
  });

  it('rejects filters on unsupported properties, and unknown ids are 404', async () => {
    const r = await get("/auditLogs/signIns?$filter=clientCredentialType eq 'x'");
    expect(r.status).toBe(400);
    expect(code(r)).toBe('BadRequest');
    expect((await get(`/auditLogs/signIns/${gid(10, 999999)}`)).status).toBe(404);
  });
});
