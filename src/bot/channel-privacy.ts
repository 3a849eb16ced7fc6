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
import type { AskOutcome } from '../pipeline/ask';
import { withoutAskerRoles } from '../policy/authorize';
import { everyMemberMayRead } from '../policy/shared-visibility';

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

/**
 * Words a text posted for everyone must not carry (issue 18): addresses of people, IP addresses,
 * risk states and MFA state. A title or summary that has any is replaced, not edited.
 */
const NOT_FOR_EVERYONE: readonly RegExp[] = [
  PERSON_ID,
  /\b(?:\d{1,3}\.){3}\d{1,3}\b/, // IPv4
  /\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}\b/i, // IPv6
  /\brisk|\bcompromis|\batRisk\b|\bdismissed\b|\bremediated\b/i,
  /\bMFA\b|multi-?factor|registered for|authentication method|passwordless|authenticator/i,
  /\bbreak-?glass|emergency.access/i,
  /\bsign-?ins?\b|\bIP address|\blast signed in|\bdisabled\b|\benabled\b/i,
];

/** Whether a line may be posted where everyone in the conversation reads it. */
export function fitForEveryone(text: string): boolean {
  return !NOT_FOR_EVERYONE.some((re) => re.test(text));
}

/** The line a shared conversation sees instead of a list of directory names to choose from. */
export const SHARED_CHOICE_LINE = 'More than one match: press the button to choose in a private chat.';

/**
 * The title and summary a shared conversation may see of an answer it does not get in full:
 * the answer's own when they carry nothing personal and the answer read only what every member
 * may read; otherwise the question (already posted there by the asker) and a neutral line that
 * depends on nothing in the tenant.
 */
export function sharedHeadline(answer: Answer, question: string, everyMemberMaySee: boolean): Pick<Answer, 'title' | 'summary'> {
  // How many objects share a name is directory data too: the choice is made privately.
  if (answer.choicesFromDirectory) return { title: fitForEveryone(answer.title) ? answer.title : question, summary: SHARED_CHOICE_LINE };
  const title = everyMemberMaySee && fitForEveryone(answer.title) ? answer.title : question;
  const summary = everyMemberMaySee && fitForEveryone(answer.summary) ? answer.summary : 'The answer is ready; it is sent only in a private chat.';
  return { title, summary };
}

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
  /**
   * Every kind of data the answer read is open to every member (policy/shared-visibility.ts);
   * false when it read sign-ins, risk, roles, audit rows, account state… Default true.
   */
  readonly everyMemberMaySee?: boolean;
  readonly policy?: ChannelDetailsPolicy;
  /** A clarify answer whose choices name directory objects (`Answer.choicesFromDirectory`). */
  readonly directoryChoices?: boolean;
}

/**
 * `full`: post the answer card where it was asked. `summary`: post title and summary only, with a
 * button that sends the details to whoever presses it, privately.
 */
export type Disclosure = 'full' | 'summary';

export function decideDisclosure(input: DisclosureInput): Disclosure {
  if (input.conversation === 'personal') return 'full';
  if (!input.personalData && input.everyMemberMaySee !== false && !input.directoryChoices) return 'full';
  if ((input.policy ?? 'private') === 'inline' && input.askerAllowed) return 'full';
  return 'summary';
}

/**
 * What is posted where the question was asked: the answer in full (in a shared conversation
 * without the asker's own roles), or a summary whose title and summary are `answer`'s, with the
 * private-details button (`choosing`: the choices of a clarify card are what is kept private).
 */
export type Posting =
  | { readonly disclosure: 'full'; readonly answer: Answer }
  | { readonly disclosure: 'summary'; readonly answer: Answer; readonly choosing: boolean };

/** The whole decision for one outcome in one kind of conversation (teams-app.ts posts it). */
export function postingFor(outcome: Pick<AskOutcome, 'answer' | 'intent' | 'queries' | 'question'>, conversation: ConversationKind, policy?: ChannelDetailsPolicy): Posting {
  const everyMemberMaySee = everyMemberMayRead(outcome.queries);
  const choosing = outcome.answer.choicesFromDirectory === true;
  const disclosure = decideDisclosure({
    conversation,
    personalData: containsPersonalData(outcome.answer, outcome.intent.name, outcome.intent.slots),
    askerAllowed: outcome.answer.kind !== 'denied',
    everyMemberMaySee,
    ...(policy ? { policy } : {}),
    directoryChoices: choosing,
  });
  if (disclosure === 'summary') {
    return { disclosure, choosing, answer: { ...outcome.answer, ...sharedHeadline(outcome.answer, outcome.question, everyMemberMaySee) } };
  }
  // A refusal posted where everyone reads it does not list the asker's own roles.
  return { disclosure, answer: conversation === 'personal' ? outcome.answer : withoutAskerRoles(outcome.answer) };
}
