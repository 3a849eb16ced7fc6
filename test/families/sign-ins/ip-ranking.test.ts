import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESIGN_CARD_BYTES } from '../../../src/cards/render-answer';
import { cardBytes } from '../../../src/cards/card-size';
import { storyScripts, STORY_IPS } from '../../../src/demo/generator/sign-ins/stories';
import { PERSONAS } from '../../../src/demo/personas';
import { rankIps } from '../../../src/families/sign-ins/ip-ranking';
import { cardFor } from '../../../src/runtime/respond';
import { startRealTenant, type RealTenant } from '../real-tenant';

const at = (i: number): string => new Date(Date.UTC(2026, 10, 20, 12, 0, 0) - i * 60_000).toISOString();
const signIn = (i: number, ip: string, country: string, errorCode: number, extra: Record<string, unknown> = {}) => ({
  createdDateTime: at(i), ipAddress: ip, userId: 'u1', status: { errorCode }, location: { city: country === 'NG' ? 'Lagos' : 'Seattle', countryOrRegion: country }, ...extra,
});

describe('rankIps: by failures and how unusual an IP is, not by recency', () => {
  it('puts the one foreign IP with many failures first, however old, and names why', () => {
    const rows = [
      ...Array.from({ length: 6 }, (_, i) => signIn(i, `73.221.18.${i}`, 'US', i % 2 === 0 ? 50126 : 0)),
      ...Array.from({ length: 4 }, (_, i) => signIn(100 + i, '102.89.34.117', 'NG', 50126)),
    ];
    const ranked = rankIps(rows);
    expect(ranked[0]).toMatchObject({ ip: '102.89.34.117', failures: 4, unusualCountry: true, place: 'Lagos, Nigeria' });
    expect(ranked.slice(1).every((x) => !x.unusualCountry)).toBe(true);
  });

  it('an IP many users fail from (spray) outranks one person\'s typos', () => {
    const rows = [
      signIn(1, '10.0.0.1', 'US', 50126), signIn(2, '10.0.0.1', 'US', 50126), signIn(3, '10.0.0.1', 'US', 50126),
      ...['a', 'b', 'c'].flatMap((u, k) => [signIn(10 + k, '203.0.113.9', 'US', 50126, { userId: u })]),
    ];
    expect(rankIps(rows)[0]!.ip).toBe('203.0.113.9');
    expect(rankIps(rows)[0]!.users).toBe(3);
  });

  it('a flagged risky sign-in weighs its IP up', () => {
    const rows = [signIn(1, '10.0.0.1', 'US', 50126), signIn(2, '10.0.0.1', 'US', 50126), signIn(3, '10.0.0.2', 'US', 50074, { riskLevelDuringSignIn: 'high' }), signIn(4, '10.0.0.2', 'US', 50126)];
    expect(rankIps(rows).map((x) => x.ip)).toEqual(['10.0.0.2', '10.0.0.1']);
  });
});

describe('failed sign-ins for Karita on the demo tenant: the attacker\'s IP is named first', () => {
  let t: RealTenant;
  beforeAll(async () => { t = await startRealTenant(); }, 60_000);
  afterAll(() => t?.close());

  it('names the story\'s attacker IP first with its failure count, and the card stays under the design size', async () => {
    const out = await t.ask({ name: 'signIns.failures', slots: { user: PERSONAS.karita.upn, window: { last: 'P7D' } } }, 'Show me failed sign-ins for Karita this week and the IPs');
    // From the story: the attacker's failures (bad passwords, the MFA prompt that stopped them).
    const failures = storyScripts().filter((s) => s.persona === 'karita' && s.ip === STORY_IPS.karitaAttacker && s.error !== null).length;
    expect(failures).toBeGreaterThanOrEqual(8);
    expect(out.answer.summary).toMatch(new RegExp(`Most failures: ${STORY_IPS.karitaAttacker.replace(/\./g, '\\.')} \\(Lagos, Nigeria\\): ${failures} failures, flagged risky, unusual country`));
    const card = cardFor(out);
    expect(cardBytes(card)).toBeLessThanOrEqual(DESIGN_CARD_BYTES);
    expect(JSON.stringify(card)).toContain(`${STORY_IPS.karitaAttacker} (Lagos, Nigeria): ${failures} failures`);
  });

  it('all of Karita\'s sign-ins: the attacker IP leads the failures and the rest is counted, never "…"', async () => {
    const out = await t.ask({ name: 'signIns.list', slots: { user: PERSONAS.karita.upn, window: { last: 'P7D' } } });
    expect(out.answer.summary).toContain(`Most failures from: ${STORY_IPS.karitaAttacker} (Lagos, Nigeria)`);
    expect(out.answer.summary).not.toContain('…');
    expect(out.answer.summary).toMatch(/; \d+ other IP addresses\.$/);
    expect(cardBytes(cardFor(out))).toBeLessThanOrEqual(DESIGN_CARD_BYTES);
  });
});
