import { describe, expect, it } from 'vitest';
import { parseCardActionData } from '../../src/cards/action-data';
import type { ShowMoreActionData } from '../../src/cards/action-data';
import { cardBytes, DEFAULT_MAX_CARD_BYTES } from '../../src/cards/card-size';
import { DESIGN_CARD_BYTES, renderAnswerCard } from '../../src/cards/render-answer';
import type { AdaptiveCard } from '../../src/cards/types';
import { allText, dataRows, submitData } from './card-walk';
import { kqlQuery, signIns } from './sample-answers';
import { validateCard } from './validate-card';

const question = 'sign-ins for karita last 7 days';
/** Paging mechanics at the full 26 KB; the 20 KB design size is tested on its own below. */
const opts = { question, queries: [kqlQuery], designBytes: DEFAULT_MAX_CARD_BYTES };

function shownIds(card: AdaptiveCard): string[] {
  return dataRows(card).map((r) => r[0]!);
}

function showMore(card: AdaptiveCard): ShowMoreActionData | undefined {
  const data = submitData(card).find((d) => d['verb'] === 'showMore');
  const parsed = parseCardActionData(data);
  return parsed?.verb === 'showMore' ? parsed : undefined;
}

describe('paging', () => {
  const answer = signIns(312);

  it('page 1 shows rows 1–25 of 312 and a Show more for page 2', () => {
    const card = renderAnswerCard(answer, opts);
    expect(shownIds(card)).toEqual(Array.from({ length: 25 }, (_, i) => `row-${i + 1}`));
    expect(allText(card)).toContain('Showing 1–25 of 312');
    expect(showMore(card)).toEqual({ verb: 'showMore', question, page: 1, offset: 25 });
    expect(card.actions?.[0]?.title).toBe('Show more (287 left)');
    expect(validateCard(card)).toEqual([]);
  });

  it('page 2 shows the next rows', () => {
    const card = renderAnswerCard(answer, { ...opts, page: 1 });
    expect(shownIds(card)[0]).toBe('row-26');
    expect(shownIds(card)).toHaveLength(25);
    expect(allText(card)).toContain('Showing 26–50 of 312');
    expect(showMore(card)).toMatchObject({ page: 2, offset: 50 });
  });

  it('the last page has no Show more', () => {
    const card = renderAnswerCard(answer, { ...opts, page: 12 });
    expect(shownIds(card)).toEqual(Array.from({ length: 12 }, (_, i) => `row-${301 + i}`));
    expect(allText(card)).toContain('Showing 301–312 of 312');
    expect(showMore(card)).toBeUndefined();
    expect(validateCard(card)).toEqual([]);
  });

  it('a page past the end says all rows were shown', () => {
    const card = renderAnswerCard(answer, { ...opts, page: 40 });
    expect(dataRows(card)).toHaveLength(0);
    expect(allText(card)).toContain('No more rows: all 312 were shown.');
    expect(validateCard(card)).toEqual([]);
  });

  it('brief pages are 10 rows; pageSize is honoured', () => {
    expect(shownIds(renderAnswerCard(answer, { ...opts, brief: true }))).toHaveLength(10);
    expect(shownIds(renderAnswerCard(answer, { ...opts, pageSize: 30 }))).toHaveLength(30);
    // 50 rows of this answer do not fit 26 KB: the page is cut to whole rows that do.
    const cut = renderAnswerCard(answer, { ...opts, pageSize: 50 });
    expect(shownIds(cut).length).toBeGreaterThanOrEqual(25);
    expect(shownIds(cut).length).toBeLessThan(50);
    expect(showMore(cut)?.offset).toBe(shownIds(cut).length);
  });

  it('pages are cut by whole rows to the design size (20 KB), well under Teams\' limit (issue 20)', () => {
    const card = renderAnswerCard(answer, { question, queries: [kqlQuery] });
    expect(cardBytes(card)).toBeLessThanOrEqual(DESIGN_CARD_BYTES);
    const shown = shownIds(card);
    expect(shown.length).toBeGreaterThanOrEqual(5);
    expect(shown.length).toBeLessThan(25);
    // Whole rows only: no cell text was cut to get there, and Show more picks up where the page ends.
    expect(allText(card)).not.toContain('…');
    expect(showMore(card)?.offset).toBe(shown.length);
    expect(cardBytes(renderAnswerCard(answer, { question, queries: [kqlQuery], pageSize: shown.length + 1 }))).toBeLessThanOrEqual(DESIGN_CARD_BYTES);
  });

  it('following Show more from page to page visits every row exactly once, even when pages are cut for size', () => {
    const wide = signIns(120);
    const big = { ...wide, rows: wide.rows.map((r) => [...r.slice(0, 2), 'x'.repeat(280), ...r.slice(3)]) };
    const seen: string[] = [];
    let next: ShowMoreActionData | undefined = { verb: 'showMore', question, page: 0, offset: 0 };
    let pages = 0;
    while (next) {
      const card = renderAnswerCard(big, { ...opts, page: next.page, offset: next.offset, maxBytes: 12_000 });
      expect(cardBytes(card)).toBeLessThanOrEqual(12_000);
      seen.push(...shownIds(card));
      next = showMore(card);
      pages += 1;
      expect(pages).toBeLessThan(100);
    }
    expect(pages).toBeGreaterThan(120 / 25); // some pages were cut below 25 rows
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => `row-${i + 1}`));
  });

  it('says when the answer holds fewer rows than exist', () => {
    const card = renderAnswerCard({ ...signIns(30), totalRows: 5000 }, opts);
    expect(allText(card)).toContain('5000 rows exist; this answer holds the first 30.');
  });

  it('a 312-row page-1 card stays well under the default limit', () => {
    expect(cardBytes(renderAnswerCard(answer, opts))).toBeLessThan(DEFAULT_MAX_CARD_BYTES);
  });
});
