import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealTenant, type RealTenant } from '../real-tenant';

/** tenant.details through the real pipeline over the demo Graph endpoint, checked against the generated tenant. */
let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

describe('tenant.details', () => {
  it('reads /organization and /domains and shows the tenant id, name and domains of the tenant', async () => {
    const out = await t.ask({ name: 'tenant.details', slots: {} });
    expect(out.queries.map((q) => (q.source === 'graph' ? q.url.split('?')[0] : ''))).toEqual([
      'https://graph.microsoft.com/v1.0/organization', 'https://graph.microsoft.com/v1.0/domains',
    ]);
    const fact = (title: string): string | undefined => out.answer.facts.find((f) => f.title === title)?.value;
    expect(out.answer.kind).toBe('facts');
    expect(fact('Tenant ID')).toBe(t.model.tenant.tenantId);
    expect(fact('Default domain')).toBe(t.model.tenant.domain);
    expect(fact('Initial domain')).toMatch(/\.onmicrosoft\.com$/);
    expect(fact('Verified domains')).toContain(t.model.tenant.domain);
    expect(fact('Technical contact')).toContain(`@${t.model.tenant.domain}`);
    expect(out.answer.summary).toContain(t.model.tenant.tenantId);
  });
});
