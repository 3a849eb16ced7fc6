/**
 * The context each recent question of a conversation was asked in, kept in the conversation state.
 * "Show more" and "Send me the details" carry only the question's text; when the answer is not in
 * this instance's cache (another instance answered it, or this one restarted), the question is
 * asked again in the context it was first asked in — "which groups is she a member of?" still
 * means the person it meant then, not whoever the conversation has moved on to. Pure.
 */
import type { ConversationContext } from '../understanding/conversation';

export interface AskedIn {
  readonly question: string;
  readonly context: ConversationContext;
}

/** Where the list lives in the conversation state (beside the conversation context). */
export const ASKED_IN_KEY = 'entraAskAskedIn';
/** Questions remembered per conversation (a button on an older card asks in the current context). */
export const MAX_ASKED_IN = 8;

function list(value: unknown): readonly AskedIn[] {
  return Array.isArray(value) ? value.filter((v): v is AskedIn => typeof (v as AskedIn)?.question === 'string' && typeof (v as AskedIn)?.context === 'object') : [];
}

/** The list after `question` was asked in `context`: it first, without an older entry of it. */
export function rememberAskedIn(stored: unknown, question: string, context: ConversationContext): AskedIn[] {
  return [{ question, context }, ...list(stored).filter((a) => a.question !== question)].slice(0, MAX_ASKED_IN);
}

/** The context `question` was last asked in, if the conversation remembers it. */
export function contextAskedIn(stored: unknown, question: string): ConversationContext | undefined {
  return list(stored).find((a) => a.question === question)?.context;
}

/** Two instances' lists after answering at once: ours first, then theirs. */
export function mergeAskedIn(_base: unknown, ours: unknown, theirs: unknown): AskedIn[] {
  const mine = list(ours);
  return [...mine, ...list(theirs).filter((t) => !mine.some((m) => m.question === t.question))].slice(0, MAX_ASKED_IN);
}
