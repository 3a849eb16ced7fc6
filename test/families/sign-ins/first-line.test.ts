/**
 * The first line answers (issue 20): "When did Alain last sign in?" (understood as Alain's
 * sign-ins) starts with the fact, taken here from the tenant's own sign-ins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../src/demo/personas';
import { startRealTenant, TENANT, type RealTenant } from '../real-tenant';

const minute = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

describe('a person\'s sign-ins start with the last sign-in', () => {
  let t: RealTenant;
  beforeAll(async () => { t = await startRealTenant(); }, 60_000);
  afterAll(() => t?.close());

  for (const persona of ['alain', 'karita'] as const) {
    it(`${persona}: "Last sign-in: <time> to <app> (<result>)" is the first sentence`, async () => {
      const out = await t.ask({ name: 'signIns.list', slots: { user: PERSONAS[persona].upn } }, `When did ${persona} last sign in?`);
      const from = Date.parse(TENANT.anchorTime) - 7 * 24 * 3600_000;
      const mine = t.signIns
        .filter((s) => s['userPrincipalName'] === PERSONAS[persona].upn && Date.parse(String(s['createdDateTime'])) >= from)
        .sort((a, b) => String(b['createdDateTime']).localeCompare(String(a['createdDateTime'])));
      const latest = mine[0]!;
      const code = (latest['status'] as { errorCode: number }).errorCode;
      expect(out.answer.summary.startsWith(`Last sign-in: ${minute(String(latest['createdDateTime']))} to ${String(latest['appDisplayName'])} (`)).toBe(true);
      if (code === 0) expect(out.answer.summary).toMatch(/^Last sign-in: [^.]*\(success\)\. /);
      else {
        const ok = mine.find((s) => (s['status'] as { errorCode: number }).errorCode === 0)!;
        expect(out.answer.summary).toContain(`; last successful: ${minute(String(ok['createdDateTime']))}. `);
      }
    });
  }

  it('a list for everyone has no "Last sign-in" line', async () => {
    const out = await t.ask({ name: 'signIns.failures', slots: { window: { last: 'P1D' } } });
    expect(out.answer.summary).not.toMatch(/^Last sign-in/);
  });
});
