/**
 * signIns.troubleshoot explains each error code with its meaning and what to do (questions.md:
 * "latest failures, error code meaning and fix"). The expected meanings are Microsoft's own
 * descriptions of the codes (learn.microsoft.com/entra/identity-platform/reference-error-codes):
 * AADSTS50126 "Error validating credentials due to invalid username or password", AADSTS53003
 * "Access has been blocked by Conditional Access policies", AADSTS50057 "The user account is
 * disabled", AADSTS500121 "Authentication failed during strong authentication request".
 */
import { describe, expect, it } from 'vitest';
import type { AnswerInput } from '../../../src/answers/answer-input';
import { answerTroubleshoot } from '../../../src/families/sign-ins/troubleshoot.answer';

const NOW = new Date('2026-11-20T12:00:00Z');

function signIn(code: number, at: string): Record<string, unknown> {
  return { id: `s-${code}-${at}`, createdDateTime: at, appDisplayName: 'Outlook', ipAddress: '203.0.113.7', status: { errorCode: code }, userPrincipalName: 'karita@x', location: {} };
}

function input(user: Record<string, unknown>, signIns: Record<string, unknown>[]): AnswerInput {
  const graph = (id: string, rows: Record<string, unknown>[]) => [id, { source: 'graph', query: { source: 'graph', id, path: '/' }, status: 200, rows, truncated: false, elapsedMs: 1 }] as const;
  return {
    intent: { name: 'signIns.troubleshoot', slots: {} }, resolved: {}, now: NOW, plan: { queries: [] },
    results: new Map([graph('user', [user]), graph('signIns', signIns), graph('registration', []), graph('risk', [])]),
  } as unknown as AnswerInput;
}

const whatToDo = (a: ReturnType<typeof answerTroubleshoot>) => a.sections?.find((s) => s.title === 'What to do')?.bullets ?? [];

describe('signIns.troubleshoot: what each error code means', () => {
  it('states the meaning of every code among the failures in "What to do" (the meaning texts are read, not dead data)', () => {
    const out = answerTroubleshoot(input({ displayName: 'Karita Lehtonen', accountEnabled: true }, [
      signIn(50126, '2026-11-20T10:00:00Z'), signIn(53003, '2026-11-20T09:00:00Z'), signIn(500121, '2026-11-20T08:00:00Z'), signIn(0, '2026-11-19T08:00:00Z'),
    ]));
    const steps = whatToDo(out);
    expect(steps).toHaveLength(3);
    expect(steps[0]).toMatch(/^50126 bad password: .*invalid username or password/i);
    expect(steps[1]).toMatch(/^53003 blocked by Conditional Access: .*blocked by (a )?Conditional Access polic/i);
    expect(steps[2]).toMatch(/^500121 MFA failed: .*Authentication failed during (the )?strong authentication/i);
  });

  it('says what to do about a disabled account first, and that nothing blocks a user without failures', () => {
    const disabled = whatToDo(answerTroubleshoot(input({ displayName: 'Alain', accountEnabled: false }, [signIn(50057, '2026-11-20T10:00:00Z')])));
    expect(disabled[0]).toMatch(/disabled on purpose/);
    expect(disabled[1]).toMatch(/^50057 account disabled: .*The user account is disabled/i);
    expect(whatToDo(answerTroubleshoot(input({ displayName: 'Patti', accountEnabled: true }, [signIn(0, '2026-11-20T10:00:00Z')])))).toEqual([
      'Nothing in Microsoft Entra is blocking this user now: ask which app and what message they see.', // issue 20's wording: the state now
    ]);
  });
});
