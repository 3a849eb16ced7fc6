import { describe, expect, it } from 'vitest';
import { answerFromFailure } from '../../../src/answers/error-answer';
import { answerRawKql } from '../../../src/families/raw/raw-kql.answer';
import { KqlError } from '../../../src/sources/kql/executor';

describe('KQL answers', () => {
  it('points at the problem in a query', () => {
    const q = 'SigninLogs\n| where Foo == 1';
    const a = answerFromFailure(new KqlError({ code: 'KS142', message: "The name 'Foo' does not refer to any known column", start: 19, length: 3 }), q, q);
    expect(a.kind).toBe('error');
    expect(a.summary).toMatch(/^KS142: The name 'Foo'/);
    expect(a.facts).toEqual([{ title: 'Position', value: 'character 20, 3 long' }, { title: 'In line', value: '| where Foo == 1' }]);
  });

  it('says a refused management command is refused', () => {
    const a = answerFromFailure(new KqlError({ code: 'EA001', message: 'Management commands are not allowed' }), '.drop table X', '.drop table X');
    expect(a.summary).toMatch(/^EA001/);
  });

  it('treats a timed-out query as a source failure with a retry', () => {
    const a = answerFromFailure(new KqlError({ code: 'EA501', message: 'stopped' }), 'q', 'q');
    expect(a.summary).toMatch(/took too long/);
    expect(a.choices?.[0]?.title).toBe('Try again');
  });

  it('says a query that waited too long behind the person\'s own queries (EA022) is busy, not wrong, with a retry', () => {
    const q = 'SigninLogs | where ResultType != "0" | summarize count() by AppDisplayName';
    const a = answerFromFailure(new KqlError({ code: 'EA022', message: 'You already have 2 queries running and this one waited 10 s for them: try again when they finish.' }), q, q);
    expect(a.title).not.toBe('The KQL query has a problem');
    expect(a.summary).toContain('Your other log queries were still running');
    expect(a.facts).toContainEqual({ title: 'Code', value: 'EA022' });
    expect(a.choices).toEqual([{ title: 'Try again', question: q }]);
  });

  it('turns rows into a table and render into a chart hint', () => {
    const a = answerRawKql({
      intent: { name: 'kql.run', slots: { query: 'SigninLogs | summarize count() by AppDisplayName | render barchart' } },
      resolved: {}, plan: { queries: [] }, now: new Date(),
      results: new Map([['raw', { source: 'kql', query: { source: 'kql', id: 'raw', text: '' }, columns: [{ name: 'AppDisplayName', type: 'string' }, { name: 'count_', type: 'long' }], rows: [['Teams', 3], ['Outlook', 2]], truncated: false, render: 'barchart', elapsedMs: 1 }]]),
    });
    expect(a).toMatchObject({ kind: 'table', columns: ['AppDisplayName', 'count_'], rows: [['Teams', 3], ['Outlook', 2]], chart: { type: 'bar', x: 0, y: 1 }, summary: '2 rows.' });
  });
});
