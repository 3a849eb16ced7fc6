/**
 * Apps a person used (issue 16, thirteenth round, coordinator): apps used in the past, or the last app
 * signed into, are that person's sign-ins; the apps they may use stay user.apps. Questions of our own.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const QUESTIONS = [
  'which apps did Karita use this week', 'what applications has Alain used', 'what apps did Megan Bowen use yesterday',
  'what\'s the last app Karita signed into', 'which apps does Karita use', 'which apps can Karita access',
];

describeNoneFrozen(QUESTIONS);

describe('apps used in the past are the apps of the person\'s sign-ins (defining-siblings.ts PAST_APP_USE)', () => {
  it('this week: her sign-ins by app in the week (was her app access, the week named as not applied)', () => {
    const r = ask('which apps did Karita use this week');
    expect(r).toMatchObject({ name: 'signIns.summary', slots: { user: 'Karita Ojala', groupBy: 'app', window: { from: '2024-03-11T00:00:00Z', to: '2024-03-18T00:00:00Z' } } });
    expect(r.notApplied ?? []).toEqual([]);
  });

  it.each([
    ['what applications has Alain used', 'Alain Charon'],
    ['what apps did Megan Bowen use yesterday', 'Megan Bowen'],
  ])('%s → sign-ins by app', (q, user) => {
    expect(ask(q)).toMatchObject({ name: 'signIns.summary', slots: { user, groupBy: 'app' } });
  });

  it('the last app signed into is the latest sign-in (was her app access)', () => {
    expect(ask('what\'s the last app Karita signed into')).toMatchObject({ name: 'signIns.list', slots: { user: 'Karita Ojala' } });
  });

  it('the apps she uses or can access stay her apps', () => {
    expect(ask('which apps does Karita use')).toMatchObject({ name: 'user.apps', slots: { user: 'Karita Ojala' } });
    expect(ask('which apps can Karita access')).toMatchObject({ name: 'user.apps', slots: { user: 'Karita Ojala' } });
  });
});
