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
    expect(a.title).toBe("Why can't Karita Niemi sign in?");
    expect(a.summary).toMatch(/^3 failed or interrupted sign-ins of 4 attempts/);
    const found = a.sections![0]!.bullets!.join('\n');
    expect(found).toMatch(/disabled/);
    expect(found).toMatch(/locked/);
    expect(found).toContain('Require compliant device');
    expect(found).not.toContain('MFA for all');
    expect(found).toMatch(/Not registered for MFA/);
    expect(found).toMatch(/high risk/);
    expect(found).toMatch(/Last successful sign-in: 2026-11-18 09:00 UTC/);
    const todo = a.sections![1]!.bullets!.join('\n');
    expect(todo).toMatch(/50053 account locked/);
    expect(todo).toMatch(/50126 bad password/);
    expect(a.rows).toHaveLength(3);
  });

  it('says nothing blocks a healthy user', () => {
    const a = answerTroubleshoot(input({ displayName: 'Alain Charon', accountEnabled: true }, [signIn('2026-11-20T10:00:00Z', 0)], [{ isMfaRegistered: true, methodsRegistered: ['microsoftAuthenticatorPush'] }]));
    expect(a.summary).toMatch(/^0 failed or interrupted sign-ins of 1 attempt/);
    expect(a.sections![1]!.bullets).toEqual(['Nothing in Microsoft Entra is blocking this user: ask which app and what message they see.']);
  });
});
