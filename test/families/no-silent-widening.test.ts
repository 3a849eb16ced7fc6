import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../src/families/registry';
import type { IntentName, SlotName, Slots } from '../../src/understanding/intent';
import { INTENT_EXAMPLES } from '../../src/families/registry';
import { understand } from '../../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from '../understanding/fixtures/demo-gazetteer';
import { startRealTenant, TENANT, type RealTenant } from './real-tenant';

/**
 * No handler silently widens a question: for every intent and every filter slot it accepts, the
 * question with the filter gets a different plan or a different answer than the question without
 * it (over the generated tenant's own data), unless the filter is listed below with the reason
 * it cannot change this tenant's answer. And constraints the understood intent cannot take are
 * named (`notApplied`), never dropped.
 */
let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

const now = new Date(TENANT.anchorTime);
const day = (d: number): string => new Date(now.getTime() + d * 86_400_000).toISOString();

/** A value for each filter slot that narrows the demo tenant's answers. */
const VALUES: Readonly<Partial<Record<SlotName, unknown>>> = {
  department: 'Finance', userType: 'guest', accountEnabled: false, status: 'failure', riskLevel: 'high', riskState: 'atRisk',
  country: 'Brazil', errorCode: 50126, window: { from: day(-2), to: day(0) }, top: 2, highPrivilegeOnly: true,
  createdWithin: { last: 'P30D' }, maxOwners: 1, outsideWorkingHours: true, excludes: 'breakGlass',
};

/** The subject each intent needs, from the generated tenant. */
function subjects(intent: IntentName): Slots | undefined {
  const needs = SCHEMAS[intent].needs ?? [];
  if (needs.length === 0) return {};
  if (needs.every((n) => n === 'user')) return { user: 'karita@woodgrovebank.com' };
  return undefined;
}

/** Filters that cannot change this tenant's answer here, with the reason. */
const CANNOT_NARROW: ReadonlySet<string> = new Set([
  'policies.conditionalAccess excludes', // the test pipeline has no BREAK_GLASS_ACCOUNTS: every policy with exclusions excludes them
]);

/** Answered from KQL, which this test's pipeline does not have (their filters are checked by the KQL plan tests). */
const KQL_ONLY: ReadonlySet<IntentName> = new Set(['signIns.summary', 'privileged.signIns', 'privileged.breakGlass']);

/**
 * Found by this test and not fixed yet (issue 16): the handler ignores the filter. Listed so the
 * test stays red for anything new; each must go (fix the handler or stop accepting the slot).
 */
const KNOWN_GAPS: ReadonlySet<string> = new Set([
  'user.passwordChange window', // the audit resets are not limited to the window asked for
  'riskyUser.signIns riskLevel', // not checked whether the handler or the data (all of Karita's risky sign-ins high?) makes it equal
  // Since issue 17 the list is read whole (Graph documents no $orderby there) and the answer keeps
  // the newest N (risk.answer.ts riskListRows); not yet checked that the demo tenant has more than 2 risky apps.
  'riskyApps.list top',
]);

describe('no handler silently widens a question', () => {
  const cases: [IntentName, SlotName][] = [];
  for (const [intent, schema] of Object.entries(SCHEMAS) as [IntentName, { accepts: readonly SlotName[] }][]) {
    if (subjects(intent) === undefined || KQL_ONLY.has(intent)) continue;
    // A slot that cannot narrow this intent's answer is not a case (CANNOT_NARROW says why for each).
    for (const slot of schema.accepts) if (VALUES[slot] !== undefined && !CANNOT_NARROW.has(`${intent} ${slot}`)) cases.push([intent, slot]);
  }

  it.each(cases)('%s: the %s filter changes the plan or the answer', async (intent, slot) => {
    const base = subjects(intent)!;
    const without = await t.ask({ name: intent, slots: base });
    const withIt = await t.ask({ name: intent, slots: { ...base, [slot]: VALUES[slot] } as Slots });
    const same = JSON.stringify(without.queries) === JSON.stringify(withIt.queries)
      && JSON.stringify({ ...without.answer, elapsedMs: 0 }) === JSON.stringify({ ...withIt.answer, elapsedMs: 0 });
    // A known gap that starts working must leave the list (the test fails until it does).
    expect(same, `${intent} ${KNOWN_GAPS.has(`${intent} ${slot}`) ? 'no longer ignores (remove it from KNOWN_GAPS)' : 'ignores'} ${slot}`).toBe(KNOWN_GAPS.has(`${intent} ${slot}`));
  }, 60_000);
});

describe('constraints the understood intent cannot take are named, not dropped', () => {
  const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
  it.each([
    ['List users in Finance or Marketing department.', { department: 'Finance' }, 'department = Marketing (one department at a time)'],
    ['Show sign-ins from non-compliant devices.', {}, 'non-compliant devices'],
    ['show me sign-ins without MFA this week', {}, 'without MFA'],
    ['which users are synced from on-premises', {}, 'synced from on-premises / cloud-only'],
    ['Show logins from specific web browsers.', {}, 'browser'],
  ] as const)('%s', (question, slots, named) => {
    const intent = ask(question);
    expect(intent.slots).toMatchObject(slots);
    expect(intent.notApplied ?? []).toContain(named);
  });

  it.each([
    ['guest users in the Human Resources department', { userType: 'guest', department: 'Human Resources' }],
    ['disabled accounts in Finance', { accountEnabled: false, department: 'Finance' }],
    ['failed sign-ins from Brazil this week', { country: 'Brazil' }],
  ] as const)('%s: every constraint is applied', (question, slots) => {
    const intent = ask(question);
    expect(intent.slots).toMatchObject(slots);
    expect(intent.notApplied ?? []).toEqual([]);
  });

  it('a question about who holds a licence is users.licenses with the licence applied (questions.md), nothing left out', () => {
    for (const [question, sku] of [['Are there any users with a P2 licence?', 'Microsoft Entra ID P2'], ['which users have an E5 license', 'Microsoft 365 E5']] as const) {
      const intent = ask(question);
      expect(intent.name, question).toBe('users.licenses');
      expect(intent.slots.sku, question).toBe(sku);
      expect(intent.notApplied ?? [], question).toEqual([]);
    }
  });

  it('the pipeline puts them on the answer and in its summary (ask --json answer.notApplied)', async () => {
    const out = await t.ask({ name: 'users.search', slots: { department: 'Finance' }, notApplied: ['department = Marketing (one department at a time)'] });
    expect(out.answer.notApplied).toEqual(['department = Marketing (one department at a time)']);
    expect(out.answer.summary).toContain('Not applied: department = Marketing (one department at a time)');
  });

  it('every help example is understood with nothing left out', () => {
    for (const [name, example] of Object.entries(INTENT_EXAMPLES)) expect(ask(example).notApplied ?? [], `${name}: ${example}`).toEqual([]);
  });
});
