import type { IntentName, Slots, TimeWindow } from './intent';

/** A directory object the conversation has talked about. */
export interface Subject {
  readonly kind: 'user' | 'group' | 'app' | 'role' | 'accessPackage';
  readonly id: string;
  readonly displayName: string;
  /** UPN for users, appId for apps. */
  readonly key?: string;
}

/**
 * What the conversation remembers between questions, so that pronouns and elliptical follow-ups
 * ("and her failed sign-ins?", "tell me more about these apps") work. Plain JSON: stored in the
 * bot's conversation state and in the `--context` file of the command line.
 */
export interface ConversationContext {
  readonly lastQuestion?: string;
  readonly lastIntent?: IntentName;
  /** The slots of the last question, so "what about last month?" can repeat it with a new window. */
  readonly lastSlots?: Slots;
  /** The subjects of the last answer, most relevant first. */
  readonly users?: readonly Subject[];
  readonly groups?: readonly Subject[];
  readonly apps?: readonly Subject[];
  readonly roles?: readonly Subject[];
  readonly accessPackages?: readonly Subject[];
  readonly window?: TimeWindow;
  /** For "show more": the page the person last saw. */
  readonly page?: number;
}

export const EMPTY_CONTEXT: ConversationContext = {};
