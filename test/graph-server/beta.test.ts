import { describe, expect, it } from 'vitest';
import { generateTenant } from '../../src/demo/generator';
import type { GeneratedTenantModel } from '../../src/demo/model';
import { createGraphSource } from '../../src/sources/graph';
import { code, rows, useServer } from './harness';
import type { Reply } from './harness';

/** The beta version root: what only beta has (service principal sign-in activity), and v1.0 beside it. */
const model = generateTenant({ seed: 7, anchorTime: '2026-11-20T12:00:00Z', users: 60, days: 2 }) as GeneratedTenantModel;
const { server, get } = useServer({ model, signIns: () => [] });
const beta = (path: string) => get(server().url.replace(/\/v1\.0$/, '/beta') + path);

describe('beta', () => {
  it('serves /reports/servicePrincipalSignInActivities with @odata.context on the beta root', async () => {
    const r = await beta('/reports/servicePrincipalSignInActivities');
    expect(r.status).toBe(200);
    expect(rows(r).map((a) => a['appId']).sort()).toEqual(model.servicePrincipalSignInActivities.map((a) => a['appId']).sort());
    expect(String(r.body['@odata.context'])).toMatch(/\/beta\/\$metadata#/);
  });

  it('filters by appId and by last sign-in time', async () => {
    const one = model.servicePrincipalSignInActivities[0]!;
    const r = await beta(`/reports/servicePrincipalSignInActivities?$filter=appId eq '${String(one['appId'])}'`);
    expect(rows(r)).toEqual([one]);
    // The page documents $filter on appId only (eq): a date range is applied by the reader.
    const everyone = rows(await beta('/reports/servicePrincipalSignInActivities'));
    const old = { body: { value: everyone.filter((a) => { const t = (a['lastSignInActivity'] as { lastSignInDateTime: string | null }).lastSignInDateTime; return t !== null && Date.parse(t) <= Date.parse('2026-08-01T00:00:00Z'); }) } } as unknown as Reply;
    const want = model.servicePrincipalSignInActivities.filter((a) => {
      const t = (a['lastSignInActivity'] as { lastSignInDateTime: string | null }).lastSignInDateTime;
      return t !== null && Date.parse(t) <= Date.parse('2026-08-01T00:00:00Z');
    });
    expect(want.length).toBeGreaterThan(0);
    expect(rows(old).map((a) => a['appId']).sort()).toEqual(want.map((a) => a['appId']).sort());
  });

  it('is not in v1.0, and v1.0 resources are under beta too', async () => {
    const v1 = await get('/reports/servicePrincipalSignInActivities');
    expect(v1.status).toBeGreaterThanOrEqual(400);
    expect(code(v1)).toBeTruthy();
    const users = await beta('/users?$select=id&$top=5');
    expect(rows(users)).toHaveLength(5);
  });

  it('the Graph source sends each request to its version, also in one executeAll, and shows the beta URL', async () => {
    const source = createGraphSource({ mode: 'demo', baseUrl: server().url });
    const reqs = [
      { source: 'graph', id: 'activity', method: 'GET', path: '/reports/servicePrincipalSignInActivities', version: 'beta' },
      { source: 'graph', id: 'users', method: 'GET', path: '/users?$select=id&$top=3' },
      { source: 'graph', id: 'sps', method: 'GET', path: '/servicePrincipals?$select=id&$top=3' },
    ] as const;
    const results = await source.executeAll(reqs);
    const activity = results.get('activity');
    expect(activity && 'rows' in activity ? activity.rows.length : -1).toBe(model.servicePrincipalSignInActivities.length);
    const users = results.get('users');
    expect(users && 'rows' in users ? users.rows.length : -1).toBe(3);
    const single = await source.execute(reqs[0]);
    expect(single.rows.length).toBe(model.servicePrincipalSignInActivities.length);
    expect(source.shownUrl(reqs[0])).toBe('https://graph.microsoft.com/beta/reports/servicePrincipalSignInActivities');
    expect(source.shownUrl(reqs[1])).toBe('https://graph.microsoft.com/v1.0/users?$select=id&$top=3');
  });
});
