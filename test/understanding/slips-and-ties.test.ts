/**
 * Ninth session of issue 16: typing slips, apps ranked by use, reports sent to the asker and everyday words for the
 * families' own ("2FA", "identities", "enumerate").
 * Every question is our own wording and failed on the code before (0167958); `npx tsx .scratch/perturb.ts typo`-style
 * measure: one letter left out of a word of six letters or more in each of the tune part's understood questions changed
 * 135 of 1,561 readings, now 44 (a slip was read as a person's name: "Show provisioing logs" as the sign-ins of
 * "provisioing").
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { englishSlip } from '../../src/understanding/text/english';
import { trainLogistic } from '../../src/understanding/classifier/train';
import { predict } from '../../src/understanding/classifier/linear-model';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
const reading = (q: string) => { const r = ask(q); return { name: r.name, slots: r.slots }; };

/** [with a slip, as meant]. */
const SLIPS: readonly [string, string][] = [
  ['Show the provisoning logs of the HR app', 'Show the provisioning logs of the HR app'],
  ['List the recommendatons with high priority', 'List the recommendations with high priority'],
  ['Which users haven\'t sgned in this month?', 'Which users haven\'t signed in this month?'],
  ['Which CA policies exclude trused locations?', 'Which CA policies exclude trusted locations?'],
  ['How do I restoe a deleted user?', 'How do I restore a deleted user?'],
  ['delte the Sales Team group', 'delete the Sales Team group'],
  ['Show me the reporting structue for the Marketing department', 'Show me the reporting structure for the Marketing department'],
];

describeNoneFrozen([...SLIPS.flat(), 'What are the top used applications?', 'top 5 used apps this month', 'most popular applications',
  'send me the risky users report',
  'email me the list of disabled accounts', 'apps deleted by Natasha', 'show alain\'s sign-ins', 'disable alain\'s account',
  'Show entra sign-ins for Karita', 'Show me users without 2FA', 'Show me all users without multi-factor authentication enabled',
  'How many users have two-factor authentication registered?', 'List sign-ins without 2-step verification this week',
  'Does the user\'s sign-in satisfy the MFA requirement?', 'How many identities are in my tenant?', 'Enumerate the first 10 users', 'List the managed identities',
  'I need a list of groups with public visibility', 'List groups with public visibility', 'We need a report of guests who never signed in',
  'Report the guests who never signed in', 'I need a list of risky users by risk level', 'List risky users by risk level',
  'What users haven\'t signed in recently?', 'Which users haven\'t signed in recently?', 'What accounts have not logged in lately?']);

describe('a typing slip', () => {
  it.each(SLIPS)('is read as the word meant: %s', (slip, meant) => {
    expect(reading(slip)).toEqual(reading(meant));
  });

  it('is put right only to the one common word a letter left out, doubled or swapped makes', () => {
    expect(englishSlip('provisioing')).toBe('provisioning');
    expect(englishSlip('acccount')).toBe('account');
    expect(englishSlip('recieve')).toBe('receive');
    // A wrong letter is not tried, nor a product's name, a word already English or a short word.
    expect(englishSlip('intune')).toBeUndefined();
    expect(englishSlip('entra')).toBeUndefined();
    expect(englishSlip('signed')).toBeUndefined();
    expect(englishSlip('ownr')).toBeUndefined();
  });

  it('never touches a name the tenant knows, typed in lower case, nor an address', () => {
    expect(ask('show alain\'s sign-ins').slots).toMatchObject({ user: 'Alain Charon' });
    expect(ask('disable alain\'s account')).toMatchObject({ name: 'change.refused', slots: { user: 'Alain Charon' } });
    expect(ask('Show entra sign-ins for Karita').slots).toMatchObject({ user: 'Karita Ojala' });
  });
});

describe('apps ranked by their use', () => {
  it.each(['What are the top used applications?', 'most popular applications', 'top 5 used apps this month'])('are the sign-ins counted by app: %s', (q) => {
    expect(ask(q)).toMatchObject({ name: 'signIns.summary', slots: { groupBy: 'app' } });
  });
});

describe('a report sent or mailed to the asker', () => {
  it.each(['send me the risky users report', 'email me the list of disabled accounts'])('is a request for records: %s', (q) => {
    expect(['unknown', 'change.refused']).not.toContain(ask(q).name);
  });
});

describe('the learnt gate\'s trainer (trainLogistic)', () => {
  const rows = [
    ...Array.from({ length: 30 }, (_, i) => ({ features: ['a', i % 2 === 0 ? 'x' : 'y'], label: 'pos' })),
    ...Array.from({ length: 30 }, (_, i) => ({ features: ['b', i % 2 === 0 ? 'x' : 'y'], label: 'neg' })),
    { features: ['a', 'x'], label: 'neg' }, { features: ['b', 'y'], label: 'pos' },
  ];
  const p = (m: ReturnType<typeof trainLogistic>, f: string[]) => predict(m, f)[1]!;

  it('learns which features mark the positive class and is the same for the same examples', () => {
    const m = trainLogistic(rows, ['neg', 'pos'], { l2: 0.01 });
    expect(p(m, ['a', 'x'])).toBeGreaterThan(0.8);
    expect(p(m, ['b', 'y'])).toBeLessThan(0.2);
    expect(trainLogistic(rows, ['neg', 'pos'], { l2: 0.01 })).toEqual(m);
  });

  it('moves little when an example is left out, whatever the order of the rest', () => {
    const m = trainLogistic(rows, ['neg', 'pos'], { l2: 0.01 });
    const fewer = trainLogistic([...rows.slice(1)].reverse(), ['neg', 'pos'], { l2: 0.01 });
    for (const f of [['a', 'x'], ['a', 'y'], ['b', 'x'], ['b', 'y']]) expect(Math.abs(p(m, f) - p(fewer, f))).toBeLessThan(0.05);
  });
});

describe('everyday words for the families\' own', () => {
  /** [everyday wording, the families' wording]: both read alike. */
  const SAME: readonly [string, string][] = [
    ['Show me users without 2FA', 'Show me users without MFA'],
    ['Show me all users without multi-factor authentication enabled', 'Show me all users without MFA enabled'],
    ['How many users have two-factor authentication registered?', 'How many users have MFA registered?'],
    ['List sign-ins without 2-step verification this week', 'List sign-ins without MFA this week'],
    ['Does the user\'s sign-in satisfy the Multi-Factor Authentication (MFA) requirement?', 'Does the user\'s sign-in satisfy the MFA requirement?'],
    ['How many identities are in my tenant?', 'How many users are in my tenant?'],
    ['Which identities haven\'t signed in for the last 30 days?', 'Which users haven\'t signed in for the last 30 days?'],
    ['Enumerate the first 10 users', 'List the first 10 users'],
  ];
  it.each(SAME)('%s', (everyday, own) => {
    expect(reading(everyday)).toEqual(reading(own));
  });

  it('keeps identities that are not people', () => {
    expect(ask('List the managed identities').name).not.toBe('users.search');
  });
});

describe('the question\'s form', () => {
  it.each([
    ['I need a list of groups with public visibility', 'List groups with public visibility'],
    ['We need a report of guests who never signed in', 'Report the guests who never signed in'],
    ['I need a list of risky users by risk level', 'List risky users by risk level'],
  ])('a need for a list or report of records asks for them: %s', (need, request) => {
    expect(reading(need)).toEqual(reading(request));
  });

  it('"what users haven\'t signed in" is the inactive users, as "which users" is', () => {
    expect(reading('What users haven\'t signed in recently?')).toEqual(reading('Which users haven\'t signed in recently?'));
    expect(ask('What accounts have not logged in lately?').name).toBe('users.inactive');
  });
});
