/**
 * What a button on our cards sends back to the bot. The bot routes on `verb` (teams-ai
 * `app.adaptiveCards.actionSubmit(verb, …)`, whose default filter is the `verb` field).
 */

export const CARD_VERBS = ['ask', 'showMore', 'help', 'private'] as const;

export type CardVerb = (typeof CARD_VERBS)[number];

/** A follow-up, a clarify choice, or "Try again": ask this question as if the person typed it. */
export interface AskActionData {
  readonly verb: 'ask';
  readonly question: string;
}

/**
 * "Show more": render page `page` (0-based) of the answer to `question`. `offset` is the first row
 * of that page — pass it back to `renderAnswerCard` as `options.offset`; it differs from
 * `page * pageSize` when an earlier page was cut to fit the size limit.
 */
export interface ShowMoreActionData {
  readonly verb: 'showMore';
  readonly question: string;
  readonly page: number;
  readonly offset: number;
}

/** The help card's search box: `filter` is the text typed into the `filter` input (may be absent). */
export interface HelpActionData {
  readonly verb: 'help';
  readonly filter?: string;
}

/**
 * "Send me the details" on a summary posted in a channel or group chat: answer `question` again for
 * the person who pressed it, in a 1:1 chat with them.
 */
export interface PrivateActionData {
  readonly verb: 'private';
  readonly question: string;
}

/** Everything our cards can send back, discriminated by `verb`. */
export type CardActionData = AskActionData | ShowMoreActionData | HelpActionData | PrivateActionData;

/** The id of the help card's search input; its value arrives as `filter` in `HelpActionData`. */
export const HELP_FILTER_INPUT_ID = 'filter';

/**
 * Reads an incoming `activity.value` as card action data, or `undefined` when it is not ours.
 * Tolerant of the extra fields Teams adds (e.g. `msteams`) and of strings where numbers belong.
 */
export function parseCardActionData(value: unknown): CardActionData | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  switch (v['verb']) {
    case 'ask':
      return typeof v['question'] === 'string' ? { verb: 'ask', question: v['question'] } : undefined;
    case 'showMore': {
      const page = Number(v['page']);
      const offset = Number(v['offset']);
      if (typeof v['question'] !== 'string' || !Number.isInteger(page) || page < 0) return undefined;
      return {
        verb: 'showMore',
        question: v['question'],
        page,
        offset: Number.isInteger(offset) && offset >= 0 ? offset : 0,
      };
    }
    case 'private':
      return typeof v['question'] === 'string' ? { verb: 'private', question: v['question'] } : undefined;
    case 'help':
      return typeof v[HELP_FILTER_INPUT_ID] === 'string'
        ? { verb: 'help', filter: v[HELP_FILTER_INPUT_ID] }
        : { verb: 'help' };
    default:
      return undefined;
  }
}
