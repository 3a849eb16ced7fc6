import { QUESTION_FAMILIES } from '../families/registry';
import { helpCard, renderAnswerCard, type AdaptiveCard } from '../cards';
import type { AskOutcome } from '../pipeline/ask';

export interface CardOptions {
  readonly page?: number;
  readonly offset?: number;
  /** Channels and group chats: shorter cards. */
  readonly brief?: boolean;
  /** Where all rows can be downloaded as CSV (see bot/csv-exports.ts). */
  readonly csvUrl?: string;
}

/** Rows one card page shows: tables longer than this offer the full result as CSV. */
export function cardPageSize(brief: boolean): number {
  return brief ? 10 : 25;
}

/** The card for an answered question: the help card for `help`, else the answer's own card. */
export function cardFor(outcome: AskOutcome, options: CardOptions = {}): AdaptiveCard {
  if (outcome.intent.name === 'help') return helpCard(QUESTION_FAMILIES);
  return renderAnswerCard(outcome.answer, {
    question: outcome.question,
    queries: outcome.queries,
    page: options.page,
    offset: options.offset,
    brief: options.brief,
    pageSize: cardPageSize(options.brief ?? false),
    ...(options.csvUrl ? { csvUrl: options.csvUrl } : {}),
  });
}
