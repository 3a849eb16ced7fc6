/**
 * A group's or a department's sign-ins (issue 16, thirteenth round, coordinator): sign-ins, with the
 * group or department no sign-in intent takes named in `notApplied` — never the group's details or
 * members, and never dropped without a word. Questions of our own, written as an admin would.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const QUESTIONS = [
  'sign-ins of the Finance Department group', 'show sign-ins for the Sales Team group', 'sign-in logs of the Marketing group',
  'how many sign-ins did the Finance Department group have this week', 'failed sign-ins of the Finance group', 'Finance group sign-ins today',
  'sign ins by members of Finance', 'failed sign-ins in the Sales department this week',
  'who owns the Finance Department group', 'members of the Sales Team group', 'which apps does the Finance Department group give access to',
  'Find groups containing \'Fin\'', 'which groups contain Karita',
];

describeNoneFrozen(QUESTIONS);

describe('a group\'s sign-ins are sign-ins, the group named as not applied (defining-siblings.ts)', () => {
  it.each([
    ['sign-ins of the Finance Department group', 'signIns.list', 'group = Finance Department'],
    ['show sign-ins for the Sales Team group', 'signIns.list', 'group = Sales Team'],
    ['sign-in logs of the Marketing group', 'signIns.list', 'group = Marketing'],
    ['how many sign-ins did the Finance Department group have this week', 'signIns.summary', 'group = Finance Department'],
  ])('%s → %s, "%s" not applied (the first two were group.details)', (q, intent, words) => {
    const r = ask(q);
    expect(r.name).toBe(intent);
    expect(r.notApplied).toContain(words);
  });

  it('a group named by a part of its name, which the question calls a group, is named too (was dropped without a word)', () => {
    for (const q of ['failed sign-ins of the Finance group', 'Finance group sign-ins today']) {
      const r = ask(q);
      expect(r.name.startsWith('signIns.')).toBe(true);
      expect(r.notApplied).toContain('group = Finance');
    }
  });

  it('a department\'s sign-ins name the department (was dropped without a word)', () => {
    expect(ask('sign ins by members of Finance').notApplied).toContain('department = Finance');
    const r = ask('failed sign-ins in the Sales department this week');
    expect(r.name).toBe('signIns.failures');
    expect(r.notApplied).toContain('department = Sales');
  });

  it('questions about the group itself stay the group\'s', () => {
    expect(ask('who owns the Finance Department group')).toMatchObject({ name: 'group.owners', slots: { group: 'Finance Department' } });
    expect(ask('members of the Sales Team group')).toMatchObject({ name: 'group.members', slots: { group: 'Sales Team' } });
    expect(ask('which apps does the Finance Department group give access to')).toMatchObject({ name: 'group.apps', slots: { group: 'Finance Department' } });
  });
});

describe('groups holding a text in their name (group-filters.ts findNameContains)', () => {
  it('"Find groups containing \'Fin\'" is a name search (nameContains was dropped: every group was listed)', () => {
    expect(ask('Find groups containing \'Fin\'')).toMatchObject({ name: 'groups.search', slots: { nameContains: 'Fin' } });
  });

  it('groups containing a known person are that person\'s groups', () => {
    expect(ask('which groups contain Karita')).toMatchObject({ name: 'user.groups', slots: { user: 'Karita Ojala' } });
  });
});
