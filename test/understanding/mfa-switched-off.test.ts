/**
 * MFA said to be switched off (issue 16, thirteenth round, coordinator): "users with MFA disabled" asks
 * for people without MFA, not for disabled accounts. Questions of our own, written as an admin would.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const QUESTIONS = [
  'users with MFA disabled', 'accounts that have MFA turned off', 'users whose MFA is disabled', 'users with disabled MFA in Finance',
  'guests whose multi-factor authentication is turned off', 'disabled users without MFA', 'show disabled users',
];

describeNoneFrozen(QUESTIONS);

describe('MFA switched off is MFA not registered, never a disabled account (filters.ts findAccountEnabled, findRegistered)', () => {
  it.each([
    ['users with MFA disabled', {}],
    ['accounts that have MFA turned off', {}],
    ['guests whose multi-factor authentication is turned off', { userType: 'guest' }],
  ])('%s → users.mfaStatus, not registered, no "disabled accounts only" (was named as not applied)', (q, slots) => {
    const r = ask(q);
    expect(r.name).toBe('users.mfaStatus');
    expect(r.slots).toEqual({ ...slots, registered: false });
    expect(r.notApplied ?? []).not.toContain('disabled accounts only');
  });

  it('"whose MFA is disabled" and "disabled MFA" too (were a search for disabled accounts)', () => {
    expect(ask('users whose MFA is disabled')).toMatchObject({ name: 'users.mfaStatus', slots: { registered: false } });
    const r = ask('users with disabled MFA in Finance');
    expect(r).toMatchObject({ name: 'users.mfaStatus', slots: { registered: false } });
    expect(r.slots.accountEnabled).toBeUndefined();
    expect(r.notApplied).toContain('department = Finance');
  });

  it('a disabled account is still one ("disabled users without MFA", "show disabled users")', () => {
    expect(ask('disabled users without MFA').notApplied).toContain('disabled accounts only');
    expect(ask('show disabled users')).toMatchObject({ name: 'users.search', slots: { accountEnabled: false } });
  });
});
