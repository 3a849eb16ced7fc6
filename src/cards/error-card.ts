/**
 * Errors, said in words a person understands, with "Try again" when trying again can help.
 * `renderErrorCard` renders an `error` answer (a source failed); `errorCard` is for the bot's
 * `onTurnError` and failures that never became an answer.
 */

import type { Answer } from '../answers/answer';
import { askAction } from './actions';
import { answerFrame, cardRoot } from './card-frame';
import { heading, note, plainText } from './elements';
import type { RenderContext } from './render-context';
import { factSet, sections } from './sections';
import { oneLine, truncate } from './text';
import type { AdaptiveCard, CardElement } from './types';

/** Extra facts about a failure for `errorCard`. */
export interface ErrorDetails {
  /** Graph `request-id` / client request id, shown small so an admin can quote it. */
  readonly requestId?: string;
  /** Whether "Try again" can help (throttling, timeouts). Needs `question`. */
  readonly retryable?: boolean;
  /** The question to send again. */
  readonly question?: string;
}

/** An `error` answer. "Try again" unless `retryable` is false. */
export function renderErrorCard(answer: Answer, ctx: RenderContext, retryable = true): AdaptiveCard {
  const retry = retryable && ctx.question.trim() ? [askAction('Try again', ctx.question)] : [];
  return answerFrame(answer, ctx, {
    summaryColor: 'Attention',
    content: [...factSet(answer.facts, ctx.limits), ...sections(answer.sections, ctx.limits)],
    leadActions: retry,
  });
}

/** A standalone error card. `message` should already be friendly; it is shown as plain text. */
export function errorCard(message: string, details: ErrorDetails = {}): AdaptiveCard {
  const body: CardElement[] = [
    heading('Something went wrong'),
    plainText(truncate(message, 2000) || 'The bot could not answer this time.', { color: 'Attention' }, { spacing: 'Small' }),
  ];
  if (details.requestId) body.push(note(`Request id: ${truncate(oneLine(details.requestId), 200)}`));
  const question = details.question ? truncate(oneLine(details.question), 500) : '';
  const actions = details.retryable && question ? [askAction('Try again', question)] : [];
  return cardRoot(body, actions, `Something went wrong: ${message}`);
}
