import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/answer';
import { renderAnswerCard } from '../../src/cards/render-answer';
import { allNodes, nodesOfType } from './card-walk';
import { graphQuery, owners, userDetails } from './sample-answers';
import { validateCard } from './validate-card';

const evil = '[Reset your password](https://evil.example) **urgent** <b>x</b> ![img](https://evil.example/a.png)';
const opts = { question: 'who owns it?', queries: [graphQuery] };

describe('hostile text', () => {
  it('markdown in cells, titles and summaries stays plain text (TextRun), never a TextBlock', () => {
    const a: Answer = { ...owners, title: evil, summary: evil, rows: [[evil, evil, evil, true, evil]] };
    const card = renderAnswerCard(a, opts);
    expect(validateCard(card)).toEqual([]);
    const blocksWithEvil = nodesOfType(card, 'TextBlock').filter((b) => String(b['text']).includes('evil.example'));
    expect(blocksWithEvil).toEqual([]);
    const runs = nodesOfType(card, 'TextRun').filter((r) => r['text'] === evil);
    expect(runs.length).toBeGreaterThanOrEqual(5); // title, summary, 3 cells
    expect(nodesOfType(card, 'Action.OpenUrl')).toEqual([]);
  });

  it('markdown in facts is escaped', () => {
    const card = renderAnswerCard({ ...userDetails, facts: [{ title: '*Name*', value: evil }] }, opts);
    const fact = (nodesOfType(card, 'FactSet')[0]!['facts'] as { title: string; value: string }[])[0]!;
    expect(fact.title).toBe('\\*Name\\*');
    expect(fact.value).not.toMatch(/(^|[^\\])\[/);
    expect(fact.value.replace(/\\(.)/g, '$1')).toBe(evil);
  });

  it('newlines and control characters in a cell do not break the table', () => {
    const a: Answer = { ...owners, rows: [['a\nb\r\nc\u0000d\u2028e', 'x', 'y', false, null]] };
    const card = renderAnswerCard(a, opts);
    expect(validateCard(card)).toEqual([]);
    expect(nodesOfType(card, 'TextRun').some((r) => r['text'] === 'a b c d e')).toBe(true);
  });

  it('rows with missing or extra cells still give rectangular tables', () => {
    const a: Answer = { ...owners, rows: [['only one'], ['a', 'b', 'c', 'd', 'e', 'f', 'g']] };
    const card = renderAnswerCard(a, opts);
    const rows = nodesOfType(card, 'TableRow');
    expect(rows.map((r) => (r['cells'] as unknown[]).length)).toEqual([5, 5, 5]);
    expect(validateCard(card)).toEqual([]);
  });

  it('a question with quotes, JSON and emoji round-trips in button data', () => {
    const q = 'who is "Zoë" 👩‍💻 {"verb":"x"} \\ </script>';
    const card = renderAnswerCard({ ...owners, followUps: [q] }, { ...opts, question: q });
    const parsed = JSON.parse(JSON.stringify(card)) as unknown;
    const data = allNodes(parsed).filter((n) => n['verb'] === 'ask');
    expect(data[0]).toMatchObject({ question: q });
  });

  it('javascript: links and other non-web links are dropped', () => {
    const a: Answer = {
      ...userDetails,
      kind: 'summary',
      sections: [{ title: 'Links', links: [{ title: 'x', url: 'javascript:alert(1)' }, { title: 'y', url: 'data:text/html,hi' }, { title: 'ok', url: 'https://learn.microsoft.com/' }] }],
    };
    const links = nodesOfType(renderAnswerCard(a, opts), 'Action.OpenUrl');
    expect(links.map((l) => l['url'])).toEqual(['https://learn.microsoft.com/']);
  });

  it('many columns: at most 8 shown, and a note names the rest', () => {
    const columns = Array.from({ length: 20 }, (_, i) => `c${i}`);
    const a: Answer = { ...owners, columnTitles: undefined, columns, rows: [columns.map((c) => c.toUpperCase())] };
    const card = renderAnswerCard(a, opts);
    const record = nodesOfType(card, 'Container').find((c) => c['id'] === 'entra-ask-row-1')!;
    // Heading C0, then seven "Column: value" pairs C1 … C7 (humanized names).
    expect(nodesOfType(record, 'TextRun').map((r) => r['text'])).toEqual(['C0', ...columns.slice(1, 8).flatMap((c, i) => [`${i > 0 ? '  ·  ' : ''}${c.toUpperCase()}: `, c.toUpperCase()])]);
    expect(nodesOfType(card, 'TextRun').some((r) => String(r['text']).startsWith('8 of 20 columns shown; not shown: c8, c9'))).toBe(true);
  });
});
