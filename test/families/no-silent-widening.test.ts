import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../src/families/registry';
import type { IntentName, SlotName, Slots } from '../../src/understanding/intent';
import { answeringIntent, INTENT_EXAMPLES } from '../../src/families/registry';
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
  authRequirement: 'singleFactor', deviceCompliant: false, departments: ['Finance', 'Marketing'], onPremisesSyncEnabled: true, city: 'Helsinki',
};

/** The subject each intent needs, from the generated tenant. */
function subjects(intent: IntentName): Slots | undefined {
  // audit.forObject needs one of user, group, app, role or access package (no single `needs`): a group of the audit story.
  if (intent === 'audit.forObject') return { group: 'Mortgage Pilot Team' };
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
const KQL_ONLY: ReadonlySet<IntentName> = new Set(['signIns.summary', 'privileged.signIns', 'privileged.breakGlass', 'signIns.unusualLocations']);

/**
 * Found by this test and not fixed yet (issue 16): the handler ignores the filter. Listed so the
 * test stays red for anything new; each must go (fix the handler or stop accepting the slot).
 */
const KNOWN_GAPS: ReadonlySet<string> = new Set([
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
    ['risky sign-ins for Karita without MFA', { user: 'Karita Ojala' }, 'without MFA'],
    ['risky sign-ins for Karita from non-compliant devices', { user: 'Karita Ojala' }, 'non-compliant devices'],
    ['list groups without owners synced from on-premises', { maxOwners: 0 }, 'synced from on-premises'],
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
    ['List users in Finance or Marketing department.', { departments: ['Finance', 'Marketing'] }],
    ['Show sign-ins from non-compliant devices.', { deviceCompliant: false }],
    ['show me sign-ins without MFA this week', { authRequirement: 'singleFactor' }],
    ['sign-ins that used MFA today', { authRequirement: 'multiFactor' }],
    ['failed admin sign-ins from non-compliant devices this week', { status: 'failure', deviceCompliant: false }],
    ['which users are synced from on-premises', { onPremisesSyncEnabled: true }],
    ['cloud-only accounts in Finance', { onPremisesSyncEnabled: false, department: 'Finance' }],
    ['users created in the last 7 days', { createdWithin: { last: 'P7D' } }],
    ['sign-ins blocked by conditional access this week', { errorCode: 53003 }],
    ['locked accounts this week', { errorCode: 50053 }],
    ['who had access to Salesforce on March 13', { app: 'Salesforce', date: '2024-03-13' }],
  ] as const)('%s: every constraint is applied', (question, slots) => {
    const intent = ask(question);
    expect(intent.slots).toMatchObject(slots);
    expect(intent.notApplied ?? []).toEqual([]);
  });

  it('a date on app.users is answered by the snapshots (report.appAccessAsOf\'s handler and policy), the intent shown stays', () => {
    const intent = ask('who had access to Salesforce on March 13');
    expect(intent.name).toBe('app.users');
    expect(answeringIntent(intent).name).toBe('report.appAccessAsOf');
    expect(answeringIntent(ask('who has access to Salesforce')).name).toBe('app.users');
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
