import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/ask';
import { createGraphSource } from '../../src/sources/graph';
import { useServer } from '../graph-server/harness';
import { ANCHOR, fixtureSignIns } from '../graph-server/fixture';

/** Sign-ins as Graph beta has them: MFA details (v1.0 signIn has neither property). */
function* withMfa(): Iterable<Record<string, unknown>> {
  for (const s of fixtureSignIns()) yield { ...s, mfaDetail: { authMethod: 'PhoneAppNotification', authDetail: null }, authenticationRequirement: 'multiFactorAuthentication' };
}

describe('risky sign-ins say whether MFA was used, from beta (issue 17: mfaDetail is beta-only)', () => {
  const { server } = useServer({ strict: {}, signIns: () => withMfa() as never });
  it('reads /beta/auditLogs/signIns and shows MFA used, saying where MFA use comes from', async () => {
    const risky = [...fixtureSignIns()].find((s) => s['riskLevelDuringSignIn'] === 'high' && (s['status'] as { errorCode: number }).errorCode === 0)!;
    const pipeline = createPipeline({
      understand: () => ({ name: 'riskyUser.signIns', slots: { user: String(risky['userPrincipalName']), window: { last: 'P30D' } }, confidence: 1 }),
      graph: createGraphSource({ mode: 'demo', baseUrl: server().url }), now: () => new Date(ANCHOR), tenantId: '00000000-0000-0000-0000-000000000001',
    });
    const out = await pipeline.ask({ question: 'risky sign-ins', asker: { upn: 'admin@woodgrovebank.com' }, context: {} });
    expect(out.queries.some((q) => q.source === 'graph' && q.url.includes('/beta/auditLogs/signIns'))).toBe(true);
    expect(out.answer.kind).toBe('table');
    const mfa = out.answer.columns.indexOf('mfa');
    const successes = out.answer.rows.filter((r) => r[out.answer.columns.indexOf('result')] === 'Success');
    expect(successes.length).toBeGreaterThan(0);
    for (const r of successes) expect(r[mfa]).toBe('Yes');
    expect(out.answer.sourceNote).toMatch(/MFA use from the Microsoft Graph beta sign-in log/);
  });
});
