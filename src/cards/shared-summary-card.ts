/**
 * Cards for shared conversations (channels, group chats) when an answer is about people: the
 * answer's title and summary only, and a button that sends the details privately; and the short
 * note posted where the button was pressed.
 */

import type { Answer } from '../answers/answer';
import { privateDetailsAction } from './actions';
import { cardRoot } from './card-frame';
import { heading, note, plainText } from './elements';
import { cutAtWord, oneLine, truncate } from './text';
import type { AdaptiveCard } from './types';

export interface SharedSummaryOptions {
  /** The question, sent back by "Send me the details". */
  readonly question: string;
  /** The line under the summary (default: the details are about people). */
  readonly note?: string;
}

export function sharedSummaryCard(answer: Answer, options: SharedSummaryOptions): AdaptiveCard {
  const title = cutAtWord(oneLine(answer.title), 200) || 'Answer';
  const summary = truncate(oneLine(answer.summary), 400);
  return cardRoot(
    [
      heading(title),
      ...(summary ? [plainText(summary, {}, { spacing: 'Small' })] : []),
      note(options.note ?? 'The details are about people, so they are not posted here. Press the button to get them in a private chat; you see what you are allowed to see.'),
    ],
    [privateDetailsAction(options.question)],
    `${title}. ${summary}`,
  );
}

export function sentPrivatelyCard(question: string): AdaptiveCard {
  return cardRoot(
    [note(`I sent the details of "${truncate(oneLine(question), 200)}" to you in a private chat.`)],
    [],
    'Sent privately.',
  );
}

/** When Teams refuses the 1:1 chat (the app is not installed for that person). */
export function privateChatUnavailableCard(): AdaptiveCard {
  return cardRoot(
    [note('I could not open a private chat with you, so the details stay private. Open a chat with Entra Ask (Apps → Entra Ask → Open), then press the button again.')],
    [],
    'Open a chat with Entra Ask first, then press the button again.',
  );
}
