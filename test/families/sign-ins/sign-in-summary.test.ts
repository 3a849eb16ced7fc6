import { describe, expect, it } from 'vitest';
import { answerSignInSummary } from '../../../src/families/sign-ins/sign-in-summary.answer';
import type { AnswerInput } from '../../../src/answers/answer-input';
import type { Intent } from '../../../src/understanding/intent';

function input(slots: Intent['slots'], rows: unknown[][]): AnswerInput {
  return {
    intent: { name: 'signIns.summary', slots },
    resolved: {},
    plan: { queries: [] },
    results: new Map([['summary', { source: 'kql', query: { source: 'kql', id: 'summary', text: '' }, columns: [], rows, truncated: false, elapsedMs: 0 }]]),
    now: new Date('2026-11-20T12:00:00Z'),
  };
}

describe('signIns.summary columns', () => {
  it('failed sign-ins by app: one count column, not "Sign-ins" and "Not successful" with the same numbers (issue 20)', () => {
    const a = answerSignInSummary(input({ groupBy: 'app', status: 'failure' }, [['OfficeHome', 694, 694], ['Azure Portal', 12, 12]]));
    expect(a.columnTitles).toEqual(['App', 'Failed sign-ins']);
    expect(a.rows).toEqual([['OfficeHome', 694], ['Azure Portal', 12]]);
    expect(a.summary).toMatch(/^706 failed sign-ins in the last 7 days; most: OfficeHome \(694\)\.$/);
  });

  it('all sign-ins by app keep both counts', () => {
    const a = answerSignInSummary(input({ groupBy: 'app' }, [['OfficeHome', 900, 40]]));
    expect(a.columnTitles).toEqual(['App', 'Sign-ins', 'Not successful']);
    expect(a.summary).toContain('900 sign-ins (40 not successful)');
  });
});
