/**
 * Constraints that `shared/spec/questions.md` says an answer applies or names ("Honest answers"),
 * read as slots the intent's answer applies (issue 16, ninth round): the kind of an admin-role
 * change, the risk level of a person's risky sign-ins, the MFA requirement of admins' sign-ins,
 * and Temporary Access Passes, which the audit log records on the user they were issued to.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const QUESTIONS = [
  'new global admins this month', 'who became a security administrator', 'who was granted privileged roles last week', 'who got new roles',
  'which admins got a temporary access pass', 'was a passkey added to an admin', 'show admin role removals', 'privileged role changes this week',
  'medium risk sign-ins for Alain', 'admins signing in with single-factor authentication', 'admin sign-ins that used MFA today',
  'temporary access passes issued this week', 'were any TAPs issued to helpdesk administrators',
];

describeNoneFrozen(QUESTIONS);

describe('privileged.changes: the kind of change asked for is applied (changeKind), as questions.md\'s examples distinguish them', () => {
  it.each([
    ['new global admins this month', 'added'],
    ['who became a security administrator', 'added'],
    ['who was granted privileged roles last week', 'added'],
    ['who got new roles', 'added'],
    ['show admin role removals', 'removed'],
  ] as const)('%s → %s', (q, kind) => {
    const intent = ask(q);
    expect(intent.name).toBe('privileged.changes');
    expect(intent.slots.changeKind).toBe(kind);
  });

  it.each(['which admins got a temporary access pass', 'was a passkey added to an admin', 'privileged role changes this week'])(
    '%s: a sign-in method given to an admin, or any change, is no role assignment kind', (q) => {
      const intent = ask(q);
      expect(intent.name).toBe('privileged.changes');
      expect(intent.slots.changeKind).toBeUndefined();
    },
  );
});

describe('sign-in constraints of questions.md on the sign-in intents that apply them', () => {
  it('a person\'s risky sign-ins at a risk level keep the level (riskLevel)', () => {
    expect(ask('medium risk sign-ins for Alain')).toMatchObject({ name: 'riskyUser.signIns', slots: { user: 'Alain Charon', riskLevel: 'medium' } });
  });

  it.each([
    ['admins signing in with single-factor authentication', 'singleFactor'],
    ['admin sign-ins that used MFA today', 'multiFactor'],
  ] as const)('%s: admins\' sign-ins keep the MFA requirement (authRequirement)', (q, value) => {
    const intent = ask(q);
    expect(intent.name).toBe('privileged.signIns');
    expect(intent.slots.authRequirement).toBe(value);
    expect(intent.notApplied ?? []).toEqual([]);
  });
});

describe('Temporary Access Passes are audit events on users', () => {
  it('the target type is the user the pass was issued to', () => {
    expect(ask('temporary access passes issued this week')).toMatchObject({
      name: 'audit.changes', slots: { targetType: 'user', activity: 'Admin registered security info' },
    });
  });

  it('a role of the people they were issued to is named, not taken as role changes', () => {
    const intent = ask('were any TAPs issued to helpdesk administrators');
    if (intent.name === 'audit.changes') {
      expect(intent.slots.role).toBeUndefined();
      expect(intent.slots.targetType).toBe('user');
      expect(intent.notApplied ?? []).toContain('only Helpdesk Administrator holders');
    } else {
      // privileged.changes reads sign-in method changes made to admins itself.
      expect(intent.name).toBe('privileged.changes');
      expect(intent.slots.changeKind).toBeUndefined();
    }
  });
});
