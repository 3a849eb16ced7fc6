/**
 * Where an answer may be posted. In a personal chat the asker alone sees it. In a channel or a
 * group chat everyone in the conversation sees what the bot posts, and they are not all allowed
 * to see data about people (sign-ins, risk, roles, devices, memberships…) just because the asker
 * is. So there the bot posts only the answer's title and summary and offers to send the details
 * privately; the person who presses that button gets them in a 1:1 chat, after the pipeline's own
 * permission check for *that* person.
 *
 * Pure functions: the bot (teams-app.ts) applies the decision.
 */

import type { Answer, Cell } from '../answers/answer';
import type { IntentName, Slots } from '../understanding/intent';
import { isPersonal } from '../families/registry';

/** Teams' `conversation.conversationType`; anything else (Playground, Web Chat, tests) is personal. */
export type ConversationKind = 'personal' | 'groupChat' | 'channel';

export function conversationKind(conversationType: string | undefined): ConversationKind {
  return conversationType === 'channel' || conversationType === 'groupChat' ? conversationType : 'personal';
}

/**
 * `private` (default): in shared conversations answers about people are summarised and the details
 * sent 1:1. `inline`: they are posted in full when the person who asked there was allowed to see
 * them (an organisation whose channels are already restricted to administrators).
 */
export type ChannelDetailsPolicy = 'private' | 'inline';

/** A user principal name or mail address inside a value: a person, whatever the intent. */
const PERSON_ID = /[^\s@'"<>()]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/;

function mentionsPerson(value: Cell | string): boolean {
  return typeof value === 'string' && PERSON_ID.test(value);
}

/**
 * Whether an answer carries data about people: rows or facts of a person-centred question family,
 * a summary grouped or filtered by user, or any cell or fact that holds a UPN or mail address.
 * Answers without rows, facts or sections (clarify, denied, empty, error) carry none.
 */
export function containsPersonalData(answer: Answer, intent: IntentName, slots: Slots = {}): boolean {
  const hasContent = answer.rows.length > 0 || answer.facts.length > 0 || (answer.sections?.length ?? 0) > 0;
  if (!hasContent || ['clarify', 'denied', 'empty', 'error'].includes(answer.kind)) return false;
  if (isPersonal(intent)) return true;
  if (intent === 'signIns.summary' && (slots.groupBy === 'user' || slots.user !== undefined)) return true;
  if (answer.rows.some((row) => row.some(mentionsPerson))) return true;
  if (answer.facts.some((f) => mentionsPerson(f.value))) return true;
  return false;
}

export interface DisclosureInput {
  readonly conversation: ConversationKind;
  readonly personalData: boolean;
  /** The answer was not refused to the asker (the pipeline's `authorize` hook let it through). */
  readonly askerAllowed: boolean;
  readonly policy?: ChannelDetailsPolicy;
}

/**
 * `full`: post the answer card where it was asked. `summary`: post title and summary only, with a
 * button that sends the details to whoever presses it, privately.
 */
export type Disclosure = 'full' | 'summary';

export function decideDisclosure(input: DisclosureInput): Disclosure {
  if (input.conversation === 'personal' || !input.personalData) return 'full';
  if ((input.policy ?? 'private') === 'inline' && input.askerAllowed) return 'full';
  return 'summary';
}
