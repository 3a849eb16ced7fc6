import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerKind, Cell } from '../../src/answers/answer';
import type { ShownQuery } from '../../src/planning/query-plan';
import { cardBytes } from '../../src/cards/card-size';
import { renderAnswerCard } from '../../src/cards/render-answer';
import { helpCard } from '../../src/cards/help-card';
import { allText, dataRows } from './card-walk';
import { graphQuery, signIns } from './sample-answers';
import { validateCard } from './validate-card';

const kinds: AnswerKind[] = ['table', 'facts', 'summary', 'clarify', 'denied', 'empty', 'error'];

/** Mostly short text, sometimes very long; full Unicode (astral planes, combining marks, RTL). */
const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 400, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ minLength: 2000, maxLength: 6000, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constantFrom('[click](https://evil.example)', '**bold** _x_ `code` # h', '![i](x.png)', '<at>x</at>', '\u202eevil', '👩‍👩‍👧‍👦'.repeat(200)) },
);

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
);

const query: fc.Arbitrary<ShownQuery> = fc.oneof(
  text.map((t): ShownQuery => ({ source: 'graph', method: 'GET', url: `https://graph.microsoft.com/v1.0/${t}` })),
  fc.tuple(text, text).map(([d, t]): ShownQuery => ({ source: 'kql', database: d, text: t })),
);

const answer: fc.Arbitrary<Answer> = fc
  .record({
    kind: fc.constantFrom(...kinds),
    title: text,
    summary: text,
    columnCount: fc.integer({ min: 0, max: 30 }),
    rowCount: fc.integer({ min: 0, max: 400 }),
    facts: fc.array(fc.record({ title: text, value: text }), { maxLength: 60 }),
    followUps: fc.array(text, { maxLength: 8 }),
    choices: fc.array(fc.record({ title: text, question: text }), { maxLength: 15 }),
    sections: fc.array(
      fc.record({
        title: text,
        text: fc.option(text, { nil: undefined }),
        bullets: fc.option(fc.array(text, { maxLength: 50 }), { nil: undefined }),
        links: fc.option(fc.array(fc.record({ title: text, url: fc.webUrl() }), { maxLength: 8 }), { nil: undefined }),
      }),
      { maxLength: 6 },
    ),
    sourceNote: fc.option(text, { nil: undefined }),
    chart: fc.boolean(),
    seedRow: fc.array(cell, { minLength: 30, maxLength: 30 }),
  })
  .chain((r) =>
    fc.array(fc.array(cell, { minLength: r.columnCount, maxLength: r.columnCount }), { maxLength: Math.min(r.rowCount, 40) }).map(
      (distinct): Answer => {
        const columns = Array.from({ length: r.columnCount }, (_, i) => `column${i}`);
        // Many rows are cheap to generate by repeating a few distinct ones.
        const rows =
          distinct.length === 0
            ? []
            : Array.from({ length: r.rowCount }, (_, i) => distinct[i % distinct.length]!);
        return {
          kind: r.kind,
          title: r.title,
          summary: r.summary,
          columns,
          rows,
          facts: r.facts,
          followUps: r.followUps,
          choices: r.choices,
          sections: r.sections,
          ...(r.sourceNote !== undefined ? { sourceNote: r.sourceNote } : {}),
          ...(r.chart && r.columnCount >= 2 ? { chart: { type: 'bar' as const, x: 0, y: 1 } } : {}),
        };
      },
    ),
  );

describe('size guarantee', () => {
  it('every card is valid JSON, a valid 1.5 card, and at most maxBytes', () => {
    fc.assert(
      fc.property(
        answer,
        fc.array(query, { maxLength: 4 }),
        text,
        fc.integer({ min: 4096, max: 40_000 }),
        fc.integer({ min: 0, max: 20 }),
        fc.boolean(),
        (a, queries, question, maxBytes, page, brief) => {
          const card = renderAnswerCard(a, { question, queries, maxBytes, page, brief });
          const json = JSON.stringify(card);
          expect(Buffer.byteLength(json, 'utf8')).toBeLessThanOrEqual(maxBytes);
          expect(JSON.parse(json)).toEqual(card);
          expect(validateCard(card)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('cuts rows before cell text: a 312-row table of short cells keeps whole pages', () => {
    const card = renderAnswerCard(signIns(312), { question: 'q', queries: [graphQuery], maxBytes: 8000 });
    expect(cardBytes(card)).toBeLessThanOrEqual(8000);
    const rows = dataRows(card);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.length).toBeLessThan(25);
    expect(allText(card)).toMatch(new RegExp(`Showing 1–${rows.length} of 312`));
    expect(allText(card)).not.toContain('…');
  });

  it('cuts long cell text with an ellipsis when even a few rows do not fit', () => {
    const long = signIns(10);
    const a = { ...long, rows: long.rows.map((r) => [r[0]!, 'é'.repeat(5000), ...r.slice(2)]) };
    const card = renderAnswerCard(a, { question: 'q', queries: [graphQuery] });
    expect(cardBytes(card)).toBeLessThanOrEqual(26 * 1024);
    expect(dataRows(card).length).toBeGreaterThanOrEqual(5);
    expect(allText(card)).toMatch(/é+…/);
  });

  it('cuts the shown query text last, and says so', () => {
    const huge: ShownQuery = { source: 'kql', database: 'demo', text: `SigninLogs | where ${'x'.repeat(60_000)}` };
    const card = renderAnswerCard(signIns(3), { question: 'q', queries: [huge] });
    expect(cardBytes(card)).toBeLessThanOrEqual(26 * 1024);
    expect(dataRows(card)).toHaveLength(3);
    expect(allText(card)).toContain('Query text cut to fit the card');
  });

  it('falls back to a fixed "too large" card rather than exceed a tiny limit', () => {
    const card = renderAnswerCard(signIns(5), { question: 'q'.repeat(5000), queries: [graphQuery], maxBytes: 1024 });
    expect(cardBytes(card)).toBeLessThanOrEqual(1024);
    expect(validateCard(card)).toEqual([]);
    expect(() => renderAnswerCard(signIns(1), { question: 'q', queries: [], maxBytes: 100 })).toThrow(RangeError);
  });

  it('the help card fits too', () => {
    const families = Array.from({ length: 60 }, (_, i) => ({
      title: `Family ${i}`,
      intents: ['user.details', 'user.groups'],
      examples: Array.from({ length: 5 }, (_, j) => `example question ${j} about ${'users '.repeat(20)}`),
    }));
    const card = helpCard(families, { examplesPerFamily: 5 });
    expect(cardBytes(card)).toBeLessThanOrEqual(26 * 1024);
    expect(allText(card)).toMatch(/more kinds of question/);
    expect(validateCard(card)).toEqual([]);
  });
});
