import { describe, expect, it } from 'vitest';
import { answerTroubleshoot } from '../../../src/families/sign-ins/troubleshoot.answer';
import type { AnswerInput } from '../../../src/answers/answer-input';
import type { GraphResult } from '../../../src/sources/result-set';

const NOW = new Date('2026-11-20T12:00:00Z');

function result(id: string, rows: Record<string, unknown>[]): [string, GraphResult] {
  return [id, { source: 'graph', query: { source: 'graph', id, method: 'GET', path: '/' }, status: 200, rows, truncated: false, elapsedMs: 0 }];
}

function signIn(at: string, errorCode: number, extra: Record<string, unknown> = {}) {
  return { createdDateTime: at, appDisplayName: 'Office 365', ipAddress: '203.0.113.7', status: { errorCode }, ...extra };
}

function input(user: Record<string, unknown>, signIns: Record<string, unknown>[], registration: Record<string, unknown>[] = [], risk: Record<string, unknown>[] = []): AnswerInput {
  return {
    intent: { name: 'signIns.troubleshoot', slots: { user: 'karita' } },
    resolved: { user: { kind: 'user', id: 'u1', displayName: 'Karita Niemi' } },
    plan: { queries: [] },
    results: new Map([result('user', [user]), result('signIns', signIns), result('registration', registration), result('risk', risk)]),
    now: NOW,
  };
}

describe('signIns.troubleshoot diagnosis', () => {
  it('names a disabled account, a lockout, the blocking CA policy and what to do', () => {
    const a = answerTroubleshoot(input(
      { displayName: 'Karita Niemi', accountEnabled: false },
      [
        signIn('2026-11-20T10:00:00Z', 50053),
        signIn('2026-11-20T09:59:00Z', 50126),
        signIn('2026-11-19T09:00:00Z', 53003, { appliedConditionalAccessPolicies: [{ displayName: 'Require compliant device', result: 'failure' }, { displayName: 'MFA for all', result: 'success' }] }),
        signIn('2026-11-18T09:00:00Z', 0),
      ],
      [{ isMfaRegistered: false }],
      [{ riskLevel: 'high', riskState: 'atRisk' }],
    ));
    expect(a.kind).toBe('summary');
    expect(a.title).toBe("Karita Niemi's account is disabled: every sign-in fails (50057)");
    expect(a.summary).toMatch(/^Why can't Karita Niemi sign in\? 3 failed or interrupted sign-ins of 4 attempts/);
    const found = a.sections![0]!.bullets!.join('\n');
    expect(found).toMatch(/disabled/);
    expect(found).toMatch(/Locked out since 2026-11-20 10:00 UTC after 1 bad password from 203\.0\.113\.7/);
    expect(found).toContain('Conditional Access blocked 1 sign-in (53003): "Require compliant device" (result: failure)');
    expect(found).not.toContain('MFA for all');
    expect(found).toMatch(/Not registered for MFA/);
    expect(found).toMatch(/high risk/);
    expect(found).toMatch(/Last successful sign-in: 2026-11-18 09:00 UTC/);
    const todo = a.sections![1]!.bullets!.join('\n');
    expect(todo).toMatch(/50053 account locked/);
    expect(todo).toMatch(/50126 bad password/);
    expect(a.rows).toHaveLength(3);
    // One person: no User column repeating the same UPN on every row.
    expect(a.columns).not.toContain('userPrincipalName');
  });

  it('says nothing blocks a healthy user', () => {
    const a = answerTroubleshoot(input({ displayName: 'Alain Charon', accountEnabled: true }, [signIn('2026-11-20T10:00:00Z', 0)], [{ isMfaRegistered: true, methodsRegistered: ['microsoftAuthenticatorPush'] }]));
    expect(a.title).toBe('Nothing blocks Alain Charon now: the latest sign-in succeeded at 2026-11-20 10:00 UTC');
    expect(a.summary).toMatch(/^Why can't Alain Charon sign in\? 0 failed or interrupted sign-ins of 1 attempt/);
    expect(a.sections![1]!.bullets).toEqual(['Nothing in Microsoft Entra is blocking this user now: ask which app and what message they see.']);
  });

  const ip = (ipAddress: string) => ({ ipAddress });
  const enabled = { displayName: 'Alain Charon', accountEnabled: true };

  it('orders events itself: the rows may come in any order', () => {
    const rows = [
      signIn('2026-11-19T16:40:00Z', 50126, ip('98.207.65.141')),
      signIn('2026-11-19T16:42:00Z', 50053, ip('98.207.65.141')),
      signIn('2026-11-19T16:39:00Z', 50126, ip('98.207.65.141')),
      signIn('2026-11-19T16:41:00Z', 50126, ip('98.207.65.141')),
      signIn('2026-11-18T09:00:00Z', 0),
    ];
    const a = answerTroubleshoot(input(enabled, rows));
    expect(a.title).toBe('Alain Charon is locked out: 3 bad passwords from 98.207.65.141, then 50053 at 2026-11-19 16:42 UTC');
    const found = a.sections![0]!.bullets!.join('\n');
    expect(found).toContain('Latest attempt: 2026-11-19 16:42 UTC');
    expect(found).toContain('at least until 2026-11-19 16:43:00 UTC');
    expect(found).toContain('Last successful sign-in: 2026-11-18 09:00 UTC');
    expect(a.rows[0]![0]).toBe('2026-11-19 16:42 UTC');
  });

  it('never says "locked" and "latest attempt succeeded" together: a success after the lockout ends it', () => {
    const a = answerTroubleshoot(input(enabled, [
      signIn('2026-11-19T17:26:00Z', 0, { mfaDetail: { authMethod: 'Mobile app notification' } }),
      signIn('2026-11-19T16:47:00Z', 50053),
      signIn('2026-11-19T16:41:00Z', 50053),
      signIn('2026-11-19T16:40:00Z', 50126),
    ]));
    expect(a.title).toBe('Nothing blocks Alain Charon now: the latest sign-in succeeded at 2026-11-19 17:26 UTC');
    const found = a.sections![0]!.bullets!.join('\n');
    expect(found).toContain('Lockout over: locked at 2026-11-19 16:41 UTC (2 locked attempts, the last at 2026-11-19 16:47 UTC) after 1 bad password from 203.0.113.7; signed in again at 2026-11-19 17:26 UTC with MFA.');
    expect(found).not.toMatch(/Locked out since|is locked/);
    expect(a.sections![1]!.bullets!.join('\n')).not.toMatch(/50053|50126/);
  });

  it('a 53003 after a lockout means the password got through: not locked, blocked by the policy that failed', () => {
    const a = answerTroubleshoot(input(enabled, [
      signIn('2026-11-20T09:49:00Z', 53003, { appliedConditionalAccessPolicies: [
        { displayName: 'CA001: Require MFA for all users', result: 'success', enforcedGrantControls: ['Mfa'] },
        { displayName: 'CA004: Block sign-ins from high-risk countries', result: 'failure', enforcedGrantControls: ['Block'] },
        { displayName: 'CA005: Sign-in frequency', result: 'notApplied' },
      ] }),
      signIn('2026-11-20T09:40:00Z', 50053),
    ]));
    expect(a.title).toBe("Alain Charon's latest sign-in was blocked by Conditional Access (CA004: Block sign-ins from high-risk countries) at 2026-11-20 09:49 UTC");
    const found = a.sections![0]!.bullets!.join('\n');
    expect(found).toContain('the password was accepted again at 2026-11-20 09:49 UTC (then blocked by Conditional Access (53003))');
    expect(found).not.toContain('CA001');
    expect(found).not.toContain('CA005');
  });

  it('an MFA prompt a policy asked for is a prompt, not a Conditional Access block', () => {
    const a = answerTroubleshoot(input(enabled, [
      signIn('2026-11-20T09:49:00Z', 50074, { appliedConditionalAccessPolicies: [{ displayName: 'CA001: Require MFA for all users', result: 'failure', enforcedGrantControls: ['Mfa'] }] }),
    ]));
    expect(a.title).toBe("Alain Charon's latest sign-in stopped at a prompt: MFA required (50074) at 2026-11-20 09:49 UTC");
    const found = a.sections![0]!.bullets!.join('\n');
    expect(found).toContain('Conditional Access "CA001: Require MFA for all users" (result: failure) asked the user to complete MFA on 1 sign-in and it was not done');
    expect(found).not.toMatch(/blocked/i);
  });
});
