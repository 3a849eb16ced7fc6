import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../../src/pipeline/ask';
import { createGraphSource } from '../../../src/sources/graph';
import { PERSONAS } from '../../../src/demo/personas';
import type { Intent } from '../../../src/understanding/intent';
import { column, startRealTenant, TENANT, upn, userOf, type RealTenant } from '../real-tenant';

/** policies.conditionalAccess through the real pipeline over the demo Graph endpoint, checked against the tenant's own policies. */
let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

type Policy = { displayName: string; state: string; conditions: { users: { includeUsers: string[]; excludeUsers: string[] } } };
const policies = (): Policy[] => t.model.conditionalAccessPolicies as unknown as Policy[];
const names = (ps: readonly Policy[]): string[] => ps.map((p) => p.displayName).sort();

/** The pipeline with the configured emergency-access accounts (as the runtime passes BREAK_GLASS_ACCOUNTS). */
async function askWithBreakGlass(intent: Intent) {
  const graph = createGraphSource({ mode: 'demo', baseUrl: t.server.url });
  const pipeline = createPipeline({
    understand: () => intent, graph, now: () => new Date(TENANT.anchorTime), tenantId: t.model.tenant.tenantId,
    breakGlassAccounts: [PERSONAS.breakGlass1.upn, PERSONAS.breakGlass2.upn],
  });
  return pipeline.ask({ question: 'q', asker: { upn: PERSONAS.patti.upn }, context: {} });
}

describe('policies.conditionalAccess', () => {
  it('lists every policy of the tenant with its state, from /identity/conditionalAccess/policies', async () => {
    const out = await t.ask({ name: 'policies.conditionalAccess', slots: {} });
    expect(out.queries[0]).toEqual({ source: 'graph', method: 'GET', url: 'https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies' });
    expect([...column(out.answer, 'displayName')].sort()).toEqual(names(policies()));
    const on = policies().filter((p) => p.state === 'enabled').length;
    expect(out.answer.summary).toContain(`${on} on`);
    // the story: one report-only policy, one disabled pilot
    expect(policies().filter((p) => p.state === 'enabledForReportingButNotEnforced')).toHaveLength(1);
    expect(policies().filter((p) => p.state === 'disabled')).toHaveLength(1);
  });

  it.each([['reportOnly', 'enabledForReportingButNotEnforced'], ['disabled', 'disabled'], ['enabled', 'enabled']])('state %s keeps only those policies and says so', async (state, graphState) => {
    const out = await t.ask({ name: 'policies.conditionalAccess', slots: { state } });
    expect([...column(out.answer, 'displayName')].sort()).toEqual(names(policies().filter((p) => p.state === graphState)));
    expect(out.answer.title).toMatch(/turned on|turned off|report-only/);
  });

  it('"exclude the break-glass accounts": the policies whose excluded users include an emergency-access account, named', async () => {
    const ids = new Set([userOf(t.model, 'breakGlass1').id, userOf(t.model, 'breakGlass2').id]);
    const out = await askWithBreakGlass({ name: 'policies.conditionalAccess', slots: { excludes: 'breakGlass' } });
    expect([...column(out.answer, 'displayName')].sort()).toEqual(names(policies().filter((p) => p.conditions.users.excludeUsers.some((id) => ids.has(id)))));
    expect(out.answer.title).toContain('exclude the emergency-access (break-glass) accounts');
    expect(String(column(out.answer, 'excludes')[0])).toContain('Emergency Access 0');
  });

  it('a person: policies that include all users or that person, minus those excluding them; group and role reach named as not evaluated', async () => {
    const karita = userOf(t.model, 'karita');
    const out = await t.ask({ name: 'policies.conditionalAccess', slots: { user: upn('karita') } });
    const expected = policies().filter((p) => (p.conditions.users.includeUsers.includes('All') || p.conditions.users.includeUsers.includes(karita.id)) && !p.conditions.users.excludeUsers.includes(karita.id));
    expect([...column(out.answer, 'displayName')].sort()).toEqual(names(expected));
    expect(out.answer.summary).toContain('group and role membership is not evaluated');
  });
});
