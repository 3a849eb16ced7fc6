/** What a card renderer is given besides the `Answer`: the question, the queries, and its limits. */

import type { Answer } from '../answers/answer';
import type { ShownQuery } from '../planning/query-plan';
import type { AdaptiveCard } from './types';

/**
 * How much of an answer a card may show. `renderAnswerCard` tightens these step by step until
 * the card fits the size limit.
 */
export interface RenderLimits {
  /** Rows shown, starting at the context's `offset`. */
  readonly rowCount: number;
  /** Columns shown (the rest are named in a note). */
  readonly columns: number;
  /** Longest table cell text. */
  readonly cellChars: number;
  /** Longest title, summary, fact value, section text or bullet. */
  readonly textChars: number;
  /** Longest shown query (Graph URL or KQL text). */
  readonly queryChars: number;
  /** Most facts, bullets, links, choices or follow-ups in one list. */
  readonly listItems: number;
}

/** Everything a renderer needs besides the answer. */
export interface RenderContext {
  readonly question: string;
  readonly queries: readonly ShownQuery[];
  /** 0-based page being shown, and its first row. */
  readonly page: number;
  readonly offset: number;
  /** Channel brevity: fewer follow-ups and no chart. */
  readonly brief: boolean;
  readonly limits: RenderLimits;
  /** Where the full result can be downloaded as CSV (offered when the card cannot show every row). */
  readonly csvUrl?: string;
}

/** A card kind's renderer: a pure function. */
export type AnswerRenderer = (answer: Answer, ctx: RenderContext) => AdaptiveCard;
