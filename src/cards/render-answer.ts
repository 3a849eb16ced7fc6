/**
 * `renderAnswerCard`: picks the renderer for the answer's kind and tightens its limits until the
 * card fits `maxBytes`. Order of cuts: whole rows first (down to a few), then long text in cells,
 * then the shown query text and list lengths; if nothing fits, a fixed "too large" card.
 */

import type { Answer, AnswerKind } from '../answers/answer';
import type { ShownQuery } from '../planning/query-plan';
import { cardBytes, DEFAULT_MAX_CARD_BYTES } from './card-size';
import { renderClarifyCard } from './clarify-card';
import { renderDeniedCard } from './denied-card';
import { renderEmptyCard } from './empty-card';
import { renderErrorCard } from './error-card';
import { renderFactsCard } from './facts-card';
import type { AnswerRenderer, RenderContext, RenderLimits } from './render-context';
import { renderSummaryCard } from './summary-card';
import { renderTableCard } from './table-card';
import { tooLargeCard } from './too-large-card';
import type { AdaptiveCard } from './types';

/** Options of `renderAnswerCard`. */
export interface RenderAnswerOptions {
  /** The question as the person asked it (sent again by "Show more" and "Try again"). */
  readonly question: string;
  /** The queries behind the answer, shown under "Show query". */
  readonly queries: readonly ShownQuery[];
  /** 0-based page of rows. */
  readonly page?: number;
  /** First row of the page; defaults to `page * pageSize`. Pass back `ShowMoreActionData.offset`. */
  readonly offset?: number;
  /** Rows per page: 25, or 10 when `brief`. */
  readonly pageSize?: number;
  /** Largest card in UTF-8 bytes of its JSON; default `DEFAULT_MAX_CARD_BYTES` (26 KB). */
  readonly maxBytes?: number;
  /** Size the page is cut to by whole rows first; default `DESIGN_CARD_BYTES` (20 KB), never above `maxBytes`. */
  readonly designBytes?: number;
  /** Channel brevity: smaller pages, two follow-ups, no chart or source note. */
  readonly brief?: boolean;
  /** For `error` answers: show "Try again" (default true). */
  readonly retryable?: boolean;
  /** A URL serving all the answer's rows as CSV; the table card links it when rows remain off the card. */
  readonly csvUrl?: string;
}

/** Smallest `maxBytes` accepted: the fixed "too large" card must fit. */
export const MIN_MAX_BYTES = 1024;

/** The renderer of each answer kind; a new kind does not compile until it is added here. */
export const ANSWER_RENDERERS: Readonly<Record<AnswerKind, AnswerRenderer>> = {
  table: renderTableCard,
  facts: renderFactsCard,
  summary: renderSummaryCard,
  clarify: renderClarifyCard,
  denied: renderDeniedCard,
  empty: renderEmptyCard,
  error: renderErrorCard,
};

/** Limits tried in order, each with as many rows as fit. */
const LADDER: readonly Omit<RenderLimits, 'rowCount'>[] = [
  { columns: 8, cellChars: 300, textChars: 1000, queryChars: 4000, listItems: 40 },
  { columns: 8, cellChars: 120, textChars: 1000, queryChars: 4000, listItems: 40 },
  { columns: 6, cellChars: 60, textChars: 500, queryChars: 4000, listItems: 30 },
  { columns: 6, cellChars: 60, textChars: 400, queryChars: 1000, listItems: 20 },
  { columns: 5, cellChars: 30, textChars: 200, queryChars: 300, listItems: 10 },
  { columns: 3, cellChars: 20, textChars: 120, queryChars: 100, listItems: 5 },
];

/**
 * The size a card is designed to: well under Teams' limit, so a longer title, a wider page or the
 * envelope never tip it over. Pages are cut by whole rows to this first ("Show more" and the CSV
 * link carry the rest); only if even a few rows do not fit is text cut to reach `maxBytes`.
 */
export const DESIGN_CARD_BYTES = 20 * 1024;

/** Fewest rows worth showing before cutting cell text instead. */
const MIN_ROWS = 5;

/** Renders an answer as an Adaptive Card 1.5 that is at most `maxBytes` long. */
export function renderAnswerCard(answer: Answer, options: RenderAnswerOptions): AdaptiveCard {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_CARD_BYTES;
  if (!(maxBytes >= MIN_MAX_BYTES)) throw new RangeError(`maxBytes must be at least ${MIN_MAX_BYTES}`);
  const brief = options.brief ?? false;
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? (brief ? 10 : 25)));
  const page = Math.max(0, Math.floor(options.page ?? 0));
  const offset = Math.max(0, Math.floor(options.offset ?? page * pageSize));
  const pageRows = Math.max(0, Math.min(pageSize, answer.rows.length - offset));
  const retryable = options.retryable ?? true;
  const base = { question: options.question, queries: options.queries, page, offset, brief, ...(options.csvUrl ? { csvUrl: options.csvUrl } : {}) };
  const render = (limits: RenderLimits): AdaptiveCard => {
    const ctx: RenderContext = { ...base, limits };
    return answer.kind === 'error' ? renderErrorCard(answer, ctx, retryable) : ANSWER_RENDERERS[answer.kind](answer, ctx);
  };

  const design = Math.min(maxBytes, options.designBytes ?? DESIGN_CARD_BYTES);
  const whole = largestFit(pageRows, (rowCount) => render({ ...LADDER[0]!, rowCount }), design);
  if (whole && whole.rows >= Math.min(pageRows, MIN_ROWS)) return whole.card;
  for (let step = 0; step < LADDER.length; step++) {
    const last = step === LADDER.length - 1;
    const fit = largestFit(pageRows, (rowCount) => render({ ...LADDER[step]!, rowCount }), maxBytes);
    if (fit && (fit.rows >= Math.min(pageRows, MIN_ROWS) || (last && fit.rows >= Math.min(pageRows, 1)))) {
      return fit.card;
    }
  }
  return tooLargeCard();
}

/** Binary search for the most rows (0..max) whose card fits; undefined when even the fewest do not. */
function largestFit(
  max: number,
  renderRows: (rows: number) => AdaptiveCard,
  maxBytes: number,
): { rows: number; card: AdaptiveCard } | undefined {
  const full = renderRows(max);
  if (cardBytes(full) <= maxBytes) return { rows: max, card: full };
  let lo = 0;
  let hi = max - 1;
  let best: { rows: number; card: AdaptiveCard } | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const card = renderRows(mid);
    if (cardBytes(card) <= maxBytes) {
      best = { rows: mid, card };
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}
