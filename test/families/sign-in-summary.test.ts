/**
 * signIns.summary's totals read the right columns: "N sign-ins (M not successful)" sums the
 * sign-ins column for N and the failed column for M, whatever the grouping.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerInput } from '../../src/answers/answer-input';
import { answerSignInSummary } from '../../src/families/sign-ins/sign-in-summary.answer';
import type { Slots } from '../../src/understanding/intent';

const NOW = new Date('2026-11-20T12:00:00Z');

function input(slots: Slots, rows: unknown[][]): AnswerInput {
  const query = { source: 'kql' as const, id: 'summary', text: 'SigninLogs | summarize ...' };
  return {
    intent: { name: 'signIns.summary', slots }, resolved: {}, now: NOW,
    plan: { queries: [query] },
    results: new Map([['summary', { source: 'kql', query, columns: [{ name: 'App', type: 'string' }, { name: 'SignIns', type: 'long' }, { name: 'Failed', type: 'long' }], rows, truncated: false, elapsedMs: 1 }]]),
  } as unknown as AnswerInput;
}

describe('signIns.summary totals', () => {
  it('counts "not successful" from the failed column, not the sign-ins column (all sign-ins, by app)', () => {
    const out = answerSignInSummary(input({ groupBy: 'app', window: { last: 'P7D' } }, [['Outlook', 120, 7], ['Teams', 80, 3], ['Azure Portal', 5, 5]]));
    expect(out.summary).toBe('205 sign-ins (15 not successful) in the last 7 days; most: Outlook (120).');
    expect(out.rows).toEqual([['Outlook', 120, 7], ['Teams', 80, 3], ['Azure Portal', 5, 5]]);
    expect(out.columns).toEqual(['app', 'signIns', 'failed']);
    expect(out.columnTitles).toEqual(['App', 'Sign-ins', 'Not successful']);
    expect(out.chart).toEqual({ type: 'bar', x: 0, y: 1 });
  });

  it('says 0 not successful when every sign-in succeeded', () => {
    const out = answerSignInSummary(input({ groupBy: 'country' }, [['FI', 30, 0], ['US', 12, 0]]));
    expect(out.summary).toMatch(/^42 sign-ins \(0 not successful\) /);
    expect(out.rows.map((r) => r[0])).toEqual(['Finland', 'United States']);
  });

  it('by day: a line chart, no "most", and thousands separators', () => {
    const out = answerSignInSummary(input({ groupBy: 'day' }, [['2026-11-19T00:00:00Z', 1500, 250], ['2026-11-20T00:00:00Z', 1200, 1]]));
    expect(out.summary).toMatch(/^2,700 sign-ins \(251 not successful\) [^;]*\.$/);
    expect(out.chart).toEqual({ type: 'line', x: 0, y: 1 });
  });
});
