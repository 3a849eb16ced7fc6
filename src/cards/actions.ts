/**
 * Builders for the buttons on our cards. Every bot-bound button is an Action.Submit whose `data`
 * is a `CardActionData` (routed by `verb`).
 *
 * "ask" buttons also carry Teams' `msteams: { type: 'messageBack', displayText, text }`: in Teams the
 * question then appears in the chat as if the person typed it, and the bot receives a message whose
 * `text` is the question (and `value` the data) — so the ordinary message path answers it. Hosts
 * that ignore `msteams` (Agents Playground, Web Chat) send a message with no text and `value` = the
 * data; the bot then routes on `value.verb`. Action.Execute was not used: it needs an invoke
 * response within seconds, replaces the card, and older/mobile hosts and the Playground differ on it.
 */

import type { ActionOpenUrl, ActionSubmit, ActionToggleVisibility } from './types';
import { cutAtWord, oneLine } from './text';

/** Longest button title we emit; Teams cuts longer ones anyway. */
export const MAX_BUTTON_TITLE = 80;

function buttonTitle(text: string): string {
  return cutAtWord(oneLine(text).trim() || '…', MAX_BUTTON_TITLE);
}

/** A button that asks `question` (follow-ups, clarify choices, "Try again"). */
export function askAction(title: string, question: string): ActionSubmit {
  const q = oneLine(question);
  return {
    type: 'Action.Submit',
    title: buttonTitle(title),
    data: { verb: 'ask', question: q, msteams: { type: 'messageBack', displayText: q, text: q } },
  };
}

/** "Show more": the next page of the same answer. No messageBack: nothing is echoed in the chat. */
export function showMoreAction(question: string, page: number, offset: number, title: string): ActionSubmit {
  return { type: 'Action.Submit', title, data: { verb: 'showMore', question: oneLine(question), page, offset } };
}

/** "Send me the details": the answer to `question`, in a 1:1 chat with whoever presses it. */
export function privateDetailsAction(question: string): ActionSubmit {
  return { type: 'Action.Submit', title: 'Send me the details', data: { verb: 'private', question: oneLine(question) } };
}

/** The help card's search button; the `filter` input's text is merged into the data by the host. */
export function helpSearchAction(): ActionSubmit {
  return { type: 'Action.Submit', title: 'Search', data: { verb: 'help' }, associatedInputs: 'auto' };
}

export function openUrlAction(title: string, url: string): ActionOpenUrl {
  return { type: 'Action.OpenUrl', title: buttonTitle(title), url };
}

/** Shows or hides elements client-side (no round trip to the bot). */
export function toggleAction(title: string, targets: readonly string[]): ActionToggleVisibility {
  return { type: 'Action.ToggleVisibility', title, targetElements: targets };
}
