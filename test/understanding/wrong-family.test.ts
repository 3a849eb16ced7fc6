/**
 * Rules of the sixteenth round (issue-16v): in-scope questions read as the wrong family or with wrong slots, fixed by the form
 * of their wording. Each is tested on wording of our own, each failing on the code before it (39ac5fb).
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

/** One unnamed person described by their kind or state: which one is asked for, the kind is no filter of a list. */
const DESCRIBED_PERSON: readonly [string, string][] = [
  ['get the manager of a disabled user', 'user.details'],
  ['show the groups of a synced user', 'user.groups'],
  ['which groups is a cloud-only user in', 'user.groups'],
  ['what is the object ID of a synchronised user', 'user.details'],
];
/** Assignments with no kind said: entitlement management's. */
const BARE_ASSIGNMENTS = ['show me the assignments', 'who holds an assignment', 'list assignments using the Graph API', 'display every assignment'];

/** People or apps ranked by their sign-ins or use: the sign-in summary grouped by them. */
const RANKED_BY_USE: readonly [string, string][] = [
  ['who signs in most often', 'user'], ['who logs in the most', 'user'], ['which accounts log in the most', 'user'], ['which applications get used the most', 'app'],
  ['show applications with their sign-in activity', 'app'], ['what apps were accessed the most this week', 'app'],
];

describeNoneFrozen([...DESCRIBED_PERSON.map(([q]) => q), ...BARE_ASSIGNMENTS, ...RANKED_BY_USE.map(([q]) => q), 'audit logs in the last week', 'Alain signs in from Brazil every day', 'who has the Global Administrator role assignment', 'assignments ending next week', 'list the directory role assignments']);

describe('an unnamed person described by kind or state ("a cloud only user")', () => {
  it.each(DESCRIBED_PERSON)('%s → %s, the person asked for', (q, intent) => {
    const r = ask(q);
    expect(r.name).toBe(intent);
    expect(r.slots.user).toBeUndefined();
    expect(r.slots).not.toHaveProperty('accountEnabled');
    expect(r.slots).not.toHaveProperty('onPremisesSyncEnabled');
    expect(r.missing).toContain('user');
  });
  it('a noun of a kind before the noun makes a compound, not a description ("a user application role assignment")', () => {
    expect(ask('list a user application role assignment').name).not.toBe('app.users');
  });
});

describe('assignments with no kind said are access package assignments', () => {
  it.each(BARE_ASSIGNMENTS)('%s', (q) => {
    expect(ask(q).name).toBe('accessPackage.assignments');
  });
  it('role, app and expiring assignments keep their intents', () => {
    expect(ask('who has the Global Administrator role assignment').name).toBe('role.members');
    expect(ask('assignments ending next week').name).toBe('assignments.expiring');
    expect(ask('list the directory role assignments').name).toBe('role.members');
  });
});

describe('people or apps ranked by their sign-ins or use', () => {
  it.each(RANKED_BY_USE)('%s → signIns.summary by %s', (q, groupBy) => {
    const r = ask(q);
    expect(r.name).toBe('signIns.summary');
    expect(r.slots.groupBy).toBe(groupBy);
    expect(r.notApplied ?? []).toEqual([]);
  });
  it('"signs in" is signing in; "logs in" only after a subject or an adverb', () => {
    expect(ask('Alain signs in from Brazil every day')).toMatchObject({ name: 'signIns.list', slots: { user: 'Alain Charon', country: 'Brazil' } });
    expect(ask('audit logs in the last week').name).toBe('audit.changes');
  });
});
