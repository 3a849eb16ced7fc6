/**
 * Rules written from the thirty-sixth tune batch (Power BI's tenant-auditing questions, a Microsoft 365 data chatbot's
 * suggestions, an MSP dashboard's agent questions, an Entra chat app's test and router queries, blog posts on SMS and MFA
 * reporting: PBI-AUD, T365BOT, MSPAI, EPL and the T-* keys of test/understanding/real-world), each tested on wording of our own
 * and each failing on the code before it (d9e0cf3): what costs the most, "text messaging" as the SMS method, role activations,
 * PIM assignments, why an object is disabled or deleted, people counted by a column of theirs, an authentication method's
 * adoption rate, a ranking by how often people sign in, and "those users who …" described by its clause.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const PRICES = ['Which of our subscriptions are the most expensive?', 'What is the cheapest Entra ID plan?', 'show the cost of each licence we hold'];
const TEXTING = ['which users still rely on text messaging for their second factor', 'people using texting as an MFA method'];
const ACTIVATIONS = ['show me role activations from last week', 'role elevation history', 'Global Administrator role activations this month'];
const WHY_CHANGED = ["Why is Alain's account disabled?", 'why was Karita deleted', 'why did Jason get deactivated'];
const COUNTED = ['How many users do we have per country?', 'user count per country', 'how many employees do we have in each country'];
const ADOPTION = ['What is my MFA enrollment rate?', "What's my MFA coverage?", 'what is my passkey registration percentage'];
const FREQUENT = ['Which accounts log in most often?', 'which users sign in the most frequently this week'];

describeNoneFrozen([
  ...PRICES, ...TEXTING, ...ACTIVATIONS, ...WHY_CHANGED, ...COUNTED, ...ADOPTION, ...FREQUENT,
  'show PIM role assignments', 'list the PIM assignments', 'new PIM assignments this week', 'who activated the Security Administrator role yesterday',
  'Why is Alain blocked?', 'How many users signed in per country?', 'list guest users by department', 'show me MFA registration for Finance Department',
  'how do I message those users who need to register', 'show me those guests who never signed in',
  'Which is the recommended setting?', 'which one is the right option for guests', 'which is the correct owner of Finance Department',
  'which countries do people sign in from most often', 'which guests fail to sign in most often',
  'which licences do guest users have', 'what licenses do disabled accounts hold', 'what licenses do we have', 'List disabled users with active licenses',
]);

describe('what costs the most or least is a price, which no family reads (question-form.ts)', () => {
  it.each(PRICES)('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('unknown');
    expect(got.outOfScope).toBeDefined();
  });
});

describe('"text messaging" and "texting" are the SMS method, English words, never a group or a person (filters.ts, english.ts)', () => {
  it.each(TEXTING)('%s', (q) => {
    const got = ask(q);
    expect(got).toMatchObject({ name: 'users.mfaStatus', slots: { method: 'mobilePhone' } });
    expect(got.slots.group).toBeUndefined();
  });
});

describe('role activations are PIM events, and PIM assignments are who holds roles (defining-siblings.ts)', () => {
  it.each(ACTIVATIONS)('%s', (q) => {
    expect(ask(q)).toMatchObject({ name: 'privileged.changes', slots: { changeKind: 'activation' } });
  });
  it('the assignments themselves are the holders; new ones and who made them stay the changes', () => {
    expect(ask('list the PIM assignments').name).toBe('role.members');
    expect(ask('show PIM role assignments').name).toBe('role.members');
    expect(ask('new PIM assignments this week').name).toBe('privileged.changes');
    expect(ask('who activated the Security Administrator role yesterday').name).not.toBe('role.members');
  });
});

describe("why an object is disabled or deleted is the change in its audit history (audit-rules.ts)", () => {
  it.each(WHY_CHANGED)('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('audit.forObject');
    expect(got.slots.user).toBeDefined();
  });
  it('why someone is blocked from signing in stays the troubleshooter', () => {
    expect(ask('Why is Alain blocked?')).toMatchObject({ name: 'signIns.troubleshoot', slots: { user: 'Alain Charon' } });
  });
});

describe('people counted by a column of theirs are the people, the breakdown named (intent-cues.ts, not-applied.ts)', () => {
  it.each(COUNTED)('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('users.search');
    expect(got.notApplied?.some((n) => n.startsWith('grouped or counted by '))).toBe(true);
  });
  it('sign-ins counted by country stay the summary; a list of guests by department names the grouping', () => {
    expect(ask('How many users signed in per country?')).toMatchObject({ name: 'signIns.summary', slots: { groupBy: 'country' } });
    expect(ask('list guest users by department').notApplied).toContain("grouped or counted by department (each person's row shows the department)");
  });
});

describe("an authentication method's adoption rate is the registration report (product-question.ts)", () => {
  it.each(ADOPTION)('%s', (q) => {
    expect(ask(q).name).toBe('users.mfaStatus');
  });
  it('registration in one group stays the report', () => {
    expect(ask('show me MFA registration for Finance Department').name).toBe('users.mfaStatus');
  });
});

describe('a ranking by how often people sign in groups by them (filters.ts findGroupBy)', () => {
  it.each(FREQUENT)('%s', (q) => {
    expect(ask(q)).toMatchObject({ name: 'signIns.summary', slots: { groupBy: 'user' } });
  });
});

describe('"those users who …" is described by its clause, not a reference to the conversation (analyse.ts)', () => {
  it('a how-to that neither reads nor changes is a question about the product', () => {
    expect(ask('how do I message those users who need to register').name).toBe('unknown');
  });
  it('a request for such people reads them', () => {
    expect(ask('show me those guests who never signed in')).toMatchObject({ name: 'users.inactive', slots: { userType: 'guest' } });
  });
});

describe('which of the options is right is a judgement about the product (question-form.ts)', () => {
  // The learnt gate took "Which is the correct description?" at 0.813 before batch 36 and 0.798 after retraining on it (threshold
  // 0.80): the form decides now, not the gate's margin.
  it.each(['Which is the recommended setting?', 'which one is the right option for guests'])('%s', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'how the product behaves' });
  });
  it('a named object stays with the families', () => {
    expect(ask('which is the correct owner of Finance Department')).toMatchObject({ name: 'group.owners', slots: { group: 'Finance Department' } });
  });
});

describe("the licences of people described by a filter are the people's licences, the filter named (defining-siblings.ts, understand.ts)", () => {
  it.each([
    ['which licences do guest users have', 'user type = guest'],
    ['what licenses do disabled accounts hold', 'disabled accounts only'],
  ])('%s', (q, named) => {
    const got = ask(q);
    expect(got.name).toBe('users.licenses');
    expect(got.notApplied).toContain(named);
  });
  it("the tenant's own licences and licensed people as a qualifier stay as they were", () => {
    expect(ask('what licenses do we have').name).toBe('licenses.summary');
    expect(ask('List disabled users with active licenses')).toMatchObject({ name: 'users.search', slots: { accountEnabled: false } });
  });
});

describe('"most often" ranks by how often, like "most frequently", and any people named are ranked (counted-conditions.ts, findGroupBy)', () => {
  it.each([
    ['which countries do people sign in from most often', 'country'],
    ['which guests fail to sign in most often', 'user'],
  ])('%s', (q, groupBy) => {
    expect(ask(q)).toMatchObject({ name: 'signIns.summary', slots: { groupBy } });
  });
});
