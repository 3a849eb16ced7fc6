import { INTENT_FAMILIES, type IntentFamily } from '../understanding/examples';
import type { IntentName } from '../understanding/intent';

/** A question family as the help and welcome cards present it (the catalogue lives in understanding/). */
export type QuestionFamily = IntentFamily;

export const FAMILIES: readonly QuestionFamily[] = INTENT_FAMILIES;

/** The first example of each family, for the welcome card's buttons. */
export function welcomeExamples(): string[] {
  return FAMILIES.slice(0, 8).map((f) => f.examples[0]!).filter(Boolean);
}

export function familyOf(intent: IntentName): QuestionFamily | undefined {
  return FAMILIES.find((f) => f.intents.includes(intent));
}
