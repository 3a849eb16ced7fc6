/**
 * Titles are shortened at a word boundary (issue 20: a KQL answer was titled "… | top 5 by Fai").
 * Each place that shortens a title or a button's text is checked with text longer than its room.
 */
import { describe, expect, it } from 'vitest';
import { cutAtWord } from '../../src/cards/text';
import { answerFromFailure } from '../../src/answers/error-answer';
import { answerRawKql } from '../../src/families/raw/raw-kql.answer';
import { answerRawGraph, answerRawGraphRefused } from '../../src/families/raw/raw-graph.answer';
import { askAction } from '../../src/cards/actions';
import { renderAnswerCard } from '../../src/cards/render-answer';
import type { Answer } from '../../src/answers/answer';

/** Every word of `shown` (before the ellipsis) is a whole word of `full`. */
function wholeWords(shown: string, full: string): void {
  expect(shown.endsWith('…')).toBe(true);
  const kept = shown.slice(0, -1);
  expect(full.startsWith(kept)).toBe(true);
  const next = full[kept.length];
  // The cut falls before a space, or on a separator that was dropped ("a |" → "a").
  expect(next === undefined || /[\s|,;:&=+\-–—(\\[{]/.test(next), `cut inside a word: "${shown}" of "${full}"`).toBe(true);
}

const KQL = 'SigninLogs | where TimeGenerated > ago(7d) | summarize Failures = countif(ResultType != "0") by UserPrincipalName | top 5 by Failures';

describe('cutAtWord', () => {
  it('keeps text that fits', () => {
    expect(cutAtWord('Who is Alain?', 13)).toBe('Who is Alain?');
  });

  it('cuts at the last space that keeps half of the room, dropping a dangling separator', () => {
    expect(cutAtWord('Sign-ins of Karita this week by failures', 30)).toBe('Sign-ins of Karita this week…');
    expect(cutAtWord('a | b | top 5 by Failures', 20)).toBe('a | b | top 5 by…');
    expect(cutAtWord('SigninLogs | where x', 14)).toBe('SigninLogs…');
    for (let max = 17; max < KQL.length; max += 7) {
      const shown = cutAtWord(KQL, max);
      expect(shown.length).toBeLessThanOrEqual(max);
      wholeWords(shown, KQL);
    }
  });

  it('cuts a long token with no space after a path separator, else at a character', () => {
    expect(cutAtWord('/users/karita@woodgrovebank.com/memberOf/microsoft.graph.group', 40)).toBe('/users/karita@woodgrovebank.com/…');
    expect(cutAtWord('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(cutAtWord(`${'a'.repeat(8)}😀b`, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(cutAtWord('abc', 0)).toBe('');
  });
});

describe('titles and buttons made from long text', () => {
  const table = (query: string) => answerRawKql({
    intent: { name: 'kql.run', slots: { query } }, resolved: {}, plan: { queries: [] }, now: new Date(),
    results: new Map([['raw', { source: 'kql', query: { source: 'kql', id: 'raw', text: '' }, columns: [{ name: 'UserPrincipalName', type: 'string' }, { name: 'Failures', type: 'long' }], rows: [['a@b.com', 3]], truncated: false, elapsedMs: 1 }]]),
  });

  it('a KQL answer is titled with whole words of the query ("top 5 by…", not "top 5 by Fai")', () => {
    const a = table(KQL);
    expect(a.title).not.toMatch(/Fai$/);
    expect(a.title.length).toBeLessThanOrEqual(100);
    wholeWords(a.title, KQL);
  });

  it('a Graph answer and a refused Graph path are titled at a path boundary', () => {
    const path = "/users?$filter=startswith(displayName,'Karita') and accountEnabled eq true&$select=displayName,mail,userPrincipalName,department,jobTitle,employeeId";
    const a = answerRawGraph({
      intent: { name: 'graph.get', slots: { path } }, resolved: {}, plan: { queries: [] }, now: new Date(),
      results: new Map([['raw', { source: 'graph', query: { source: 'graph', id: 'raw', method: 'GET', path }, status: 200, rows: [], truncated: false, elapsedMs: 1 }]]),
    } as never);
    wholeWords(a.title.replace(/^GET /, ''), path);
    wholeWords(answerRawGraphRefused(path, 'x').title.replace(/^GET /, ''), path);
  });

  it('an error card names the question in whole words', () => {
    const q = 'Why did the sign-ins of everyone in the Finance Department fail so often during the quarter-end close last month and which IPs were they from';
    const a = answerFromFailure({ name: 'GraphRequestError', code: 'serviceNotAvailable', message: 'down', kind: 'unavailable' } as never, q);
    wholeWords(a.title.replace("Couldn't answer: ", ''), q);
  });

  it('a button title longer than its room ends on a whole word', () => {
    const q = 'Show me every failed sign-in for Karita Gonzalez this week with the IP addresses and locations';
    const b = askAction(q, q);
    expect(b.title!.length).toBeLessThanOrEqual(80);
    wholeWords(b.title!, q);
    expect(b.data).toMatchObject({ question: q });
  });

  it('a card title longer than the card allows ends on a whole word', () => {
    const title = `${'Sign-ins of Karita Gonzalez '.repeat(60)}by Failures`;
    const answer: Answer = { kind: 'facts', title, summary: 's', columns: [], rows: [], facts: [{ title: 'A', value: 'b' }], followUps: [] };
    const card = renderAnswerCard(answer, { question: 'q', queries: [] }) as unknown as { body: { inlines: { text: string }[] }[] };
    const heading = card.body[0]!.inlines.map((r) => r.text).join('');
    expect(heading.length).toBeLessThan(title.length);
    wholeWords(heading, title);
  });
});
