import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphObject } from '../../../src/demo/model';
import { startGraphServer } from '../../../src/demo/graph-server';
import { PERSONAS } from '../../../src/demo/personas';
import { createPipeline } from '../../../src/pipeline/ask';
import { createGraphSource } from '../../../src/sources/graph';
import { column, startRealTenant, userOf, type RealTenant } from '../real-tenant';

/** users.licenses and licenses.summary through the real pipeline, checked against the tenant's own subscriptions and users. */
let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

const P2 = 'AAD_PREMIUM_P2';
const skuOf = (part: string): GraphObject => t.model.subscribedSkus.find((s) => s['skuPartNumber'] === part)!;
const holds = (u: GraphObject, skuId: string): boolean => (u['assignedLicenses'] as { skuId: string }[]).some((a) => a.skuId === skuId);

describe('licenses.summary', () => {
  it('every subscription with seats bought, assigned and available, from /subscribedSkus', async () => {
    const out = await t.ask({ name: 'licenses.summary', slots: {} });
    expect(out.queries).toEqual([{ source: 'graph', method: 'GET', url: 'https://graph.microsoft.com/v1.0/subscribedSkus?$select=skuId,skuPartNumber,capabilityStatus,consumedUnits,prepaidUnits,appliesTo' }]);
    expect([...column(out.answer, 'skuPartNumber')].sort()).toEqual(t.model.subscribedSkus.map((s) => s['skuPartNumber']).sort());
    for (const s of t.model.subscribedSkus) {
      const i = column(out.answer, 'skuPartNumber').indexOf(s['skuPartNumber']);
      const enabled = (s['prepaidUnits'] as { enabled: number }).enabled;
      // consumed units are the users who hold the SKU
      expect(s['consumedUnits']).toBe(t.model.users.filter((u) => holds(u, String(s['skuId']))).length);
      expect(column(out.answer, 'enabled')[i]).toBe(enabled);
      expect(column(out.answer, 'consumedUnits')[i]).toBe(s['consumedUnits']);
      expect(column(out.answer, 'available')[i]).toBe(enabled - Number(s['consumedUnits']));
    }
  });

  it('"how many P2 licences do we have and how many are used": one row and a summary with the model\'s figures', async () => {
    const p2 = skuOf(P2);
    const enabled = (p2['prepaidUnits'] as { enabled: number }).enabled;
    expect(enabled).toBe(25);
    expect(Number(p2['consumedUnits'])).toBeGreaterThan(0);
    const out = await t.ask({ name: 'licenses.summary', slots: { sku: P2 } });
    expect(out.answer.rows).toHaveLength(1);
    expect(out.answer.summary).toBe(`Microsoft Entra ID P2: ${p2['consumedUnits']} of ${enabled} assigned, ${enabled - Number(p2['consumedUnits'])} available.`);
    const none = await t.ask({ name: 'licenses.summary', slots: { sku: 'EMSPREMIUM' } });
    expect(none.answer.kind).toBe('empty');
    expect(none.answer.summary).toContain('The tenant has no Enterprise Mobility + Security E5 subscription');
  });
});

describe('users.licenses', () => {
  it("Karita's licences from /users/{id}/licenseDetails, as her assignedLicenses say", async () => {
    const karita = userOf(t.model, 'karita');
    const out = await t.ask({ name: 'users.licenses', slots: { user: 'karita@woodgrovebank.com' } });
    expect(out.queries.map((q) => (q.source === 'graph' ? q.url.split('?')[0] : ''))).toContain(`https://graph.microsoft.com/v1.0/users/${karita.id}/licenseDetails`);
    const expected = (karita['assignedLicenses'] as { skuId: string }[]).map((a) => t.model.subscribedSkus.find((s) => s['skuId'] === a.skuId)!['skuPartNumber']);
    expect(expected).toContain(P2);
    expect([...column(out.answer, 'skuPartNumber')].sort()).toEqual([...expected].sort());
  });

  it('"who has Entra ID P2": a second request filtered by the P2 skuId, exactly its holders', async () => {
    const p2 = skuOf(P2);
    const out = await t.ask({ name: 'users.licenses', slots: { sku: P2 } });
    const last = out.queries.at(-1)!;
    expect(decodeURIComponent(last.source === 'graph' ? last.url : '')).toContain(`$filter=assignedLicenses/any(x:x/skuId eq ${String(p2['skuId'])})`);
    const expected = t.model.users.filter((u) => holds(u, String(p2['skuId']))).map((u) => u['userPrincipalName']).sort();
    expect([...column(out.answer, 'userPrincipalName')].sort()).toEqual(expected);
    expect(out.answer.summary).toContain(`${expected.length} users hold Microsoft Entra ID P2 (25 bought)`);
  });

  it('"users without a licence": every user of the model with no assigned licence, Alain among them', async () => {
    const out = await t.ask({ name: 'users.licenses', slots: { unlicensed: true } });
    const expected = t.model.users.filter((u) => (u['assignedLicenses'] as unknown[]).length === 0);
    const members = expected.filter((u) => u['userType'] === 'Member').length;
    expect(members).toBeGreaterThan(1);
    expect(expected.map((u) => u['userPrincipalName'])).toContain('alain@woodgrovebank.com');
    expect([...column(out.answer, 'userPrincipalName')].sort()).toEqual(expected.map((u) => u['userPrincipalName']).sort());
    expect(out.answer.summary).toBe(`${expected.length} of ${t.model.users.length} users hold no licence: ${members} members and ${expected.length - members} guests.`);
  });
});

describe('users.licenses in app-only mode (List licenseDetails: "Application: Not supported")', () => {
  it('the strict endpoint refuses licenseDetails to an app; the plan reads assignedLicenses instead and answers the same', async () => {
    const server = await startGraphServer({ model: t.model, signIns: () => [], strict: { authMode: 'appOnly' } });
    try {
      const karita = userOf(t.model, 'karita');
      const refused = await fetch(`${server.url}/users/${karita.id}/licenseDetails`, { headers: { authorization: 'Bearer x' } });
      expect(refused.status).toBe(403);
      const graph = createGraphSource({ mode: 'demo', baseUrl: server.url });
      const pipeline = createPipeline({ understand: () => ({ name: 'users.licenses', slots: { user: 'karita@woodgrovebank.com' } }), graph, now: () => new Date(t.model.tenant.anchorTime), tenantId: t.model.tenant.tenantId, graphAuth: 'appOnly' });
      const out = await pipeline.ask({ question: 'q', asker: { upn: PERSONAS.patti.upn }, context: {} });
      const urls = out.queries.map((q) => (q.source === 'graph' ? decodeURIComponent(q.url) : ''));
      expect(urls.some((u) => u.includes('/licenseDetails'))).toBe(false);
      expect(urls).toContain(`https://graph.microsoft.com/v1.0/users/${karita.id}?$select=id,displayName,assignedLicenses`);
      const expected = (karita['assignedLicenses'] as { skuId: string }[]).map((a) => t.model.subscribedSkus.find((s) => s['skuId'] === a.skuId)!['skuPartNumber']);
      expect([...column(out.answer, 'skuPartNumber')].sort()).toEqual([...expected].sort());
    } finally {
      await server.close();
    }
  });
});
