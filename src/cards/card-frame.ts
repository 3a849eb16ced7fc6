/**
 * The parts every answer card shares: the root object, the title and summary at the top, and at
 * the bottom the source note, "Show query" and the follow-up buttons.
 */

import { FOLLOW_UP_TITLE_CHARS, type Answer } from '../answers/answer';
import { askAction } from './actions';
import { heading, note, plainText } from './elements';
import { querySection } from './query-section';
import type { RenderContext } from './render-context';
import { cutAtWord, oneLine, truncate } from './text';
import type { AdaptiveCard, CardAction, CardElement } from './types';

/** Most card-level buttons: Teams shows about five before folding the rest into "…". */
export const MAX_CARD_ACTIONS = 5;

/** The card root every function in this folder returns. */
export function cardRoot(
  body: readonly CardElement[],
  actions: readonly CardAction[] = [],
  fallbackText?: string,
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...(fallbackText ? { fallbackText: truncate(oneLine(fallbackText), 300) } : {}),
    msteams: { width: 'Full' },
  };
}

/** What a card kind adds between the common top and bottom. */
export interface FrameParts {
  readonly content: readonly CardElement[];
  /** Buttons before the follow-ups ("Show more", "Try again"). */
  readonly leadActions?: readonly CardAction[];
  /** Style of the summary line ("attention" for errors). */
  /** Not `Warning` or `Good`: Teams' light theme draws them too pale to read on a white card. */
  readonly summaryColor?: 'Default' | 'Attention';
  /** Leave out follow-ups (e.g. a clarify card, whose choices are the buttons). */
  readonly noFollowUps?: boolean;
}

/**
 * The button title of a follow-up: its short title when the answer gives one, else the question;
 * never longer than FOLLOW_UP_TITLE_CHARS (a phone cuts longer ones and nothing wraps them), cut at
 * a word only when an answer gave no title that fits. The button still asks the whole question.
 */
export function followUpTitle(answer: Pick<Answer, 'followUpTitles'>, question: string): string {
  const title = oneLine(answer.followUpTitles?.[question] ?? question).trim();
  return cutAtWord(title, FOLLOW_UP_TITLE_CHARS);
}

/** Title, summary, content, source note, "Show query", follow-ups. */
export function answerFrame(answer: Answer, ctx: RenderContext, parts: FrameParts): AdaptiveCard {
  const { limits } = ctx;
  const title = cutAtWord(oneLine(answer.title), limits.textChars) || 'Answer';
  const summary = truncate(answer.summary, limits.textChars);
  const body: CardElement[] = [heading(title)];
  if (summary) {
    const color = parts.summaryColor && parts.summaryColor !== 'Default' ? { color: parts.summaryColor } : {};
    body.push(plainText(summary, color, { spacing: 'Small' }));
  }
  body.push(...parts.content);
  if (answer.sourceNote && !ctx.brief) body.push(note(truncate(oneLine(answer.sourceNote), limits.textChars)));
  body.push(...querySection(ctx.queries, limits.queryChars, limits.listItems));

  const lead = parts.leadActions ?? [];
  const maxFollowUps = Math.max(0, Math.min(ctx.brief ? 2 : 4, limits.listItems, MAX_CARD_ACTIONS - lead.length));
  const followUps = parts.noFollowUps
    ? []
    : answer.followUps.slice(0, maxFollowUps).map((q) => askAction(followUpTitle(answer, q), truncate(q, 500)));
  // One row per follow-up: side by side (card-level actions), Teams' horizontal button row cut
  // every question to a few words at a normal chat width (seen in the e2e card gallery).
  // Two lead buttons side by side ("Show more (12 left)" | "Download all 27 rows (CSV)") were each
  // cut with "…" on a phone (e2e family gallery, 343 px card): then each gets its own row too.
  const ownRows = lead.length >= 2;
  if (ownRows) body.push(...lead.map((a, i): CardElement => ({ type: 'ActionSet', spacing: i === 0 ? 'Medium' : 'Small', actions: [a] })));
  body.push(...followUps.map((a, i): CardElement => ({ type: 'ActionSet', spacing: i === 0 ? 'Medium' : 'Small', actions: [a] })));
  return cardRoot(body, ownRows ? [] : lead, `${title}${summary ? ` — ${oneLine(summary)}` : ''}`);
}
