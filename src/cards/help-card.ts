/**
 * Help: the families of questions the bot answers, each with example buttons, and a search box
 * (Input.Text "filter" + Action.Submit verb "help") that asks the bot to filter the list.
 * `welcomeCard` is the shorter card sent when the bot is added to a chat.
 */

import { FOLLOW_UP_TITLE_CHARS } from '../answers/answer';
import type { HelpActionData } from './action-data';
import { HELP_FILTER_INPUT_ID } from './action-data';
import { askAction, helpSearchAction } from './actions';
import { cardRoot } from './card-frame';
import { cardBytes, DEFAULT_MAX_CARD_BYTES } from './card-size';
import { fixedText, heading, note, plainText, subheading } from './elements';
import { HELP_STOPWORDS, HELP_SYNONYMS, searchText } from './help-synonyms';
import { cutAtWord, truncate } from './text';
import type { AdaptiveCard, CardElement } from './types';

/** One family of questions on the help card. */
export interface HelpFamily {
  readonly title: string;
  /** Intent names (questions.md): never shown to people, kept for the registry. */
  readonly intents: readonly string[];
  readonly examples: readonly string[];
  /**
   * What the person asking may do with it (src/policy/help-access.ts): `limited` — only about
   * themselves, groups they own or their direct reports; `none` — needs a role they do not have
   * (not listed, only named at the end). Absent: everything.
   */
  readonly access?: 'limited' | 'none';
}

/** Options for `helpCard`. */
export interface HelpCardOptions {
  /** The filter the list was narrowed by, shown and kept in the search box. */
  readonly filter?: string;
  /** Most example buttons per family (default 2). */
  readonly examplesPerFamily?: number;
  /** Largest card in bytes; default `DEFAULT_MAX_CARD_BYTES`. */
  readonly maxBytes?: number;
}

/**
 * Longest button title Teams shows whole at phone width and in the welcome card's desktop width
 * (~38 characters, measured by the e2e card gallery); longer ones are cut with "…".
 */
export const BUTTON_TITLE_CHARS = FOLLOW_UP_TITLE_CHARS;

/** Whether a question fits a button title without being cut. */
export function fitsButton(question: string): boolean {
  return question.length <= BUTTON_TITLE_CHARS;
}

/** Up to `max` examples that fit a whole button title; the first example when none does. */
function exampleButtons(examples: readonly string[], max: number): CardElement[] {
  const fitting = examples.filter(fitsButton);
  return (fitting.length > 0 ? fitting : examples.slice(0, 1)).slice(0, max).map((example) => {
    const q = truncate(example, 300);
    return { type: 'ActionSet', spacing: 'Small', actions: [askAction(q, q)] };
  });
}

function searchBox(filter: string | undefined): CardElement[] {
  return [
    {
      type: 'Input.Text',
      id: HELP_FILTER_INPUT_ID,
      label: 'Search the questions I can answer',
      placeholder: 'e.g. sign-ins, owners, risky',
      maxLength: 200,
      ...(filter ? { value: truncate(filter, 200) } : {}),
    },
    { type: 'ActionSet', spacing: 'Small', actions: [helpSearchAction()] },
  ];
}

/** The help card, at most `maxBytes` (fewer examples, then fewer families, when it is too big). */
export function helpCard(families: readonly HelpFamily[], options: HelpCardOptions = {}): AdaptiveCard {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_CARD_BYTES;
  const perFamily = Math.max(0, options.examplesPerFamily ?? 2);
  for (let examples = perFamily; examples >= 1; examples--) {
    const card = buildHelp(families, families.length, examples, options.filter);
    if (cardBytes(card) <= maxBytes) return card;
  }
  for (let shown = families.length; shown >= 0; shown = shown > 8 ? Math.floor(shown * 0.75) : shown - 1) {
    const card = buildHelp(families, shown, 1, options.filter);
    if (cardBytes(card) <= maxBytes) return card;
  }
  return buildHelp([], 0, 0, undefined);
}

function buildHelp(
  families: readonly HelpFamily[],
  shown: number,
  examples: number,
  filter: string | undefined,
): AdaptiveCard {
  const body: CardElement[] = [
    heading('What I can answer'),
    fixedText('Ask in plain English about users, groups, sign-ins, risk, audit logs, apps, roles and access packages. Every answer shows the Graph request or KQL behind it.', { spacing: 'Small' }),
    ...searchBox(filter),
  ];
  if (filter && families.length === 0) {
    body.push(plainText(`Nothing matches "${truncate(filter, 200)}". Try another word.`, {}, { spacing: 'Medium' }));
  }
  const askable = families.filter((f) => f.access !== 'none');
  const needRole = families.filter((f) => f.access === 'none');
  for (const f of askable.slice(0, shown)) {
    body.push(subheading(cutAtWord(f.title, 200)));
    if (f.access === 'limited') body.push(note('You can ask these about yourself, groups you own and your direct reports.'));
    body.push(...exampleButtons(f.examples, examples));
  }
  if (shown < askable.length) body.push(note(`${askable.length - shown} more kinds of question: search to find them.`));
  if (needRole.length > 0) {
    body.push(plainText(truncate(`Need a role you don't have: ${needRole.map((f) => f.title).join(', ')}. Asking one says which role; your admin can grant it.`, 1000), { size: 'Small', isSubtle: true }, { spacing: 'Medium' }));
  }
  return cardRoot(body, [], 'What I can answer: type "help" in a client that shows Adaptive Cards 1.5.');
}

/** The welcome card: one line of what the bot does and a few example questions as buttons. */
export function welcomeCard(examples: readonly string[]): AdaptiveCard {
  const body: CardElement[] = [
    heading('Hi, I am Entra Ask'),
    fixedText('Ask me about your Microsoft Entra ID tenant — users, groups, sign-ins, risky users, audit logs, apps, roles. I show the Graph request or KQL behind every answer.', { spacing: 'Small' }),
    fixedText('Try one of these, or type **help**:', { spacing: 'Medium', weight: 'Bolder' }),
    ...exampleButtons(examples, 6),
  ];
  return cardRoot(body, [], 'Hi, I am Entra Ask. Type "help" to see what I can answer.');
}

/**
 * Narrows help families to those whose title, examples or kinds of question contain every word of
 * `filter`, or a synonym of it ("lockout" → sign-ins, "PIM" → privileged accounts).
 */
export function filterHelpFamilies<T extends HelpFamily>(families: readonly T[], filter: HelpActionData['filter']): T[] {
  const all = searchText(filter ?? '').split(' ').filter(Boolean);
  if (all.length === 0) return [...families];
  const meaningful = all.filter((w) => !HELP_STOPWORDS.has(w));
  const words = meaningful.length > 0 ? meaningful : all;
  return families.filter((f) => {
    // Matches at the start of a word: "app" finds "apps" and "application", not "happen".
    const hay = ` ${searchText([f.title, ...f.intents, ...f.examples].join(' '))}`;
    const has = (w: string): boolean => hay.includes(` ${w}`);
    return words.every((w) => has(w) || (HELP_SYNONYMS[w] ?? []).some(has));
  });
}
