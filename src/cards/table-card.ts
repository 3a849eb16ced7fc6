/**
 * `table` answers: an Adaptive Card Table (header row from `columnTitles` or the column names),
 * one page of rows, a "Showing 1–25 of 312" note and a "Show more" button when rows remain.
 * Answers of more than `TABLE_MAX_COLUMNS` columns, or whose longest words cannot all fit a phone's
 * width side by side (`fitsNarrowTable`), are shown as records instead — one block per row: its
 * first cell as a heading, then "Column: value" pairs that wrap — because a Table of 6–8 columns
 * leaves ~40 px a column on a phone (Teams' narrow width, 320 px) and ~70 px on desktop, and a UPN
 * in a 4–5 column table runs ~90 px out of its column at 320 px (test/e2e/card-gallery.e2e.test.ts
 * measured both).
 */

import type { Answer, Cell } from '../answers/answer';
import { openUrlAction, showMoreAction } from './actions';
import { answerFrame } from './card-frame';
import { chartView } from './chart-view';
import { note, plainText, run } from './elements';
import type { RenderContext } from './render-context';
import { formatCell, truncate } from './text';
import type { CardAction, CardElement, Container, Table, TableCell, TableRow, TextRun } from './types';

/** "userPrincipalName" → "User principal name"; "IPAddress" → "IP address". */
export function humanizeColumn(name: string): string {
  const words = name
    .replace(/[_-]+/g, ' ')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()));
  if (words.length === 0) return name;
  const first = words[0]!;
  words[0] = first[0]!.toUpperCase() + first.slice(1);
  return words.join(' ');
}

function cell(text: string, header: boolean): TableCell {
  return {
    type: 'TableCell',
    items: [plainText(text, header ? { weight: 'Bolder', size: 'Small' } : { size: 'Small' })],
  };
}

/** Column weights from the text they show: wide columns get more room, between 1 and 4. */
function columnWeights(headers: readonly string[], rows: readonly (readonly string[])[]): number[] {
  return headers.map((h, c) => {
    const lengths = rows.map((r) => r[c]?.length ?? 0);
    const avg = lengths.length > 0 ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0;
    return Math.min(4, Math.max(1, Math.round(Math.max(avg, h.length) / 12)));
  });
}

/** Widest answer shown as a Table; wider ones are shown as records. */
export const TABLE_MAX_COLUMNS = 5;

/**
 * Characters of small text across a card at Teams' narrow width (~290 px of a 320 px phone card
 * at ~6.5 px a character). A Table whose columns cannot all be as wide as their longest word in
 * that space overflows on a phone: the renderer never breaks inside a word (a UPN, an id).
 */
export const NARROW_CARD_CHARS = 44;
/** Cell padding and grid line, in characters. */
const CELL_PAD_CHARS = 2;

const longestWord = (text: string): number => text.split(/\s+/).reduce((m, w) => Math.max(m, w.length), 0);

/** Whether a Table of these cells can be narrow enough for a phone: every column at least its longest word. */
export function fitsNarrowTable(headers: readonly string[], texts: readonly (readonly string[])[]): boolean {
  let chars = 0;
  headers.forEach((h, c) => {
    chars += CELL_PAD_CHARS + texts.reduce((m, r) => Math.max(m, longestWord(r[c] ?? '')), longestWord(h));
  });
  return chars <= NARROW_CARD_CHARS;
}

/** Id prefix of each record block (`entra-ask-row-1`, …: the row's 1-based number in the answer). */
export const RECORD_ID_PREFIX = 'entra-ask-row-';

const SMALL = { size: 'Small' } as const;
const LABEL = { size: 'Small', isSubtle: true } as const;

/**
 * One block per row: the first cell as a bold heading, then every other cell as "Column: value",
 * in column order, in one wrapping line. Runs alternate label, value (the label run carries the
 * " · " separator), so a reader can take the values back by position. Empty cells are already
 * "—" (formatCell).
 */
function records(headers: readonly string[], texts: readonly (readonly string[])[], start: number): Container[] {
  return texts.map((cells, i): Container => {
    const inlines: TextRun[] = [];
    for (let c = 1; c < headers.length; c++) {
      inlines.push(run(`${c > 1 ? '  ·  ' : ''}${headers[c]}: `, LABEL), run(cells[c] ?? '', SMALL));
    }
    return {
      type: 'Container',
      id: `${RECORD_ID_PREFIX}${start + i + 1}`,
      spacing: i === 0 ? 'Medium' : 'Small',
      separator: i > 0,
      items: [
        plainText(cells[0] ?? '', { ...SMALL, weight: 'Bolder' }),
        ...(inlines.length > 0 ? [{ type: 'RichTextBlock', inlines, spacing: 'None' } as const] : []),
      ],
    };
  });
}

/** Id of the line that shows, once, the columns whose value is the same on every row. */
export const CONSTANT_COLUMNS_ID = 'entra-ask-same-on-every-row';
/** Fewest rows for which a column with one value goes to the heading instead of each row. */
export const CONSTANT_MIN_ROWS = 3;

/**
 * Columns (never the first) whose shown value is the same on every row the card shows: "User:
 * karita@…" once, not on each of 19 sign-ins. Judged on the rows of the page (the e2e family
 * gallery found "Result: Success" on all 15 rows of a first page whose answer had 27 rows), so
 * another page may say other columns once.
 */
export function constantColumns(rows: readonly (readonly Cell[])[], columnCount: number): number[] {
  if (rows.length < CONSTANT_MIN_ROWS) return [];
  const out: number[] = [];
  for (let c = 1; c < columnCount; c++) {
    const first = formatCell((rows[0]![c] ?? null) as Cell);
    if (rows.every((r) => formatCell((r[c] ?? null) as Cell) === first)) out.push(c);
  }
  // Keep at least the heading and one value per row.
  return out.length >= columnCount - 1 ? out.slice(0, Math.max(0, columnCount - 2)) : out;
}

/**
 * "On every row — User: karita@…  ·  Conditional Access: success". The leading run keeps the
 * run count odd, so record readers (label/value pairs) never take this line for a row.
 */
function sameOnEveryRow(pairs: readonly (readonly [string, string])[], wholeAnswer: boolean): CardElement[] {
  if (pairs.length === 0) return [];
  const inlines: TextRun[] = [run(wholeAnswer ? 'On every row — ' : 'On every row of this page — ', LABEL)];
  pairs.forEach(([label, value], i) => inlines.push(run(`${i > 0 ? '  ·  ' : ''}${label}: `, LABEL), run(value, SMALL)));
  return [{ type: 'RichTextBlock', id: CONSTANT_COLUMNS_ID, inlines, spacing: 'Medium' }];
}

/** "Showing 26–50 of 312". */
export function showingText(start: number, end: number, total: number): string {
  return `Showing ${start + 1}–${end} of ${total}`;
}

/**
 * The rows table for the window the context gives (with the chart bars on the first page); also
 * used by `facts` and `summary` answers that carry rows.
 */
export function rowsTable(answer: Answer, ctx: RenderContext): { elements: CardElement[]; actions: CardAction[] } {
  const { limits } = ctx;
  const total = answer.rows.length;
  const start = Math.min(ctx.offset, total);
  const end = Math.min(total, start + Math.max(0, limits.rowCount));
  // Columns said once above the rows do not count against the column limit.
  const hoisted = new Set(constantColumns(answer.rows.slice(start, end), answer.columns.length));
  const varying = answer.columns.map((_, c) => c).filter((c) => !hoisted.has(c));
  const shown = varying.slice(0, limits.columns);
  const notShown = varying.slice(limits.columns);
  const title = (c: number): string => truncate(answer.columnTitles?.[c] ?? humanizeColumn(answer.columns[c]!), limits.cellChars);
  const headers = shown.map(title);
  const texts = answer.rows
    .slice(start, end)
    .map((row) => shown.map((c) => truncate(formatCell((row[c] ?? null) as Cell), limits.cellChars)));

  const elements: CardElement[] = ctx.brief || start > 0 ? [] : chartView(answer, Math.min(limits.listItems, 20), limits.cellChars);
  if (texts.length > 0) {
    elements.push(...sameOnEveryRow([...hoisted].map((c) => [title(c), truncate(formatCell((answer.rows[start]![c] ?? null) as Cell), limits.cellChars)] as const), start === 0 && end === total));
  }
  if (texts.length > 0 && headers.length > 1 && (headers.length > TABLE_MAX_COLUMNS || !fitsNarrowTable(headers, texts))) {
    elements.push(...records(headers, texts, start));
  } else if (headers.length > 0 && texts.length > 0) {
    const rows: TableRow[] = [
      { type: 'TableRow', cells: headers.map((h) => cell(h, true)) },
      ...texts.map((r): TableRow => ({ type: 'TableRow', cells: r.map((t) => cell(t, false)) })),
    ];
    const table: Table = {
      type: 'Table',
      spacing: 'Medium',
      columns: columnWeights(headers, texts).map((width) => ({ width })),
      rows,
      firstRowAsHeader: true,
      showGridLines: true,
      gridStyle: 'accent',
    };
    elements.push(table);
  } else if (start >= total && total > 0) {
    elements.push(plainText(`No more rows: all ${total} were shown.`, {}, { spacing: 'Medium' }));
  }
  if (end - start < total && end > start) elements.push(note(showingText(start, end, total)));
  if (notShown.length > 0) {
    const hidden = notShown.map((c) => answer.columnTitles?.[c] ?? answer.columns[c]!);
    elements.push(
      note(truncate(`${answer.columns.length - notShown.length} of ${answer.columns.length} columns shown; not shown: ${hidden.join(', ')}.`, limits.textChars)),
    );
  }
  if (answer.totalRows !== undefined && answer.totalRows > total) {
    elements.push(note(`${answer.totalRows} rows exist; this answer holds the first ${total}. Narrow the question to see others.`));
  }
  const actions: CardAction[] = [];
  if (end < total) {
    actions.push(showMoreAction(ctx.question, ctx.page + 1, end, `Show more (${total - end} left)`));
  }
  if (ctx.csvUrl && (end - start < total || (answer.totalRows ?? 0) > total)) {
    actions.push(openUrlAction(`Download all ${total} rows (CSV)`, ctx.csvUrl));
  }
  return { elements, actions };
}

/** Renders a `table` answer. */
export function renderTableCard(answer: Answer, ctx: RenderContext) {
  const { elements, actions } = rowsTable(answer, ctx);
  return answerFrame(answer, ctx, { content: elements, leadActions: actions });
}
