/**
 * The open-set decision's inputs: intents weighed by evidence of their family's subject, and the
 * probability of the best intent's family. See `understand` for the decision itself.
 */
import { FAMILIES } from '../../families/registry';
import type { IntentName } from '../intent';
import { hasIntentCueIn } from '../recognisers/intent-cues';
import { hasSubjectEvidence } from '../recognisers/subject-evidence';

/** Each intent's family id (the folder under src/families/). */
const FAMILY_OF: ReadonlyMap<string, string> = new Map(
  FAMILIES.flatMap((f) => Object.keys(f.intents).map((name) => [name, f.id] as const)),
);

/** The family an intent belongs to. */
export function familyOf(name: IntentName): string | undefined {
  return FAMILY_OF.get(name);
}

/** How much less likely an intent is when the question names nothing its family reads. */
export const NO_EVIDENCE_WEIGHT = 0.25;

export interface Ranked {
  readonly name: IntentName;
  readonly p: number;
}

/**
 * The ranking with each intent's probability multiplied by NO_EVIDENCE_WEIGHT when the question
 * names nothing its family reads, and again when the intent qualifies its subject by a word the
 * question lacks (`recognisers/intent-cues.ts`), (`unknown` and `help` unchanged), normalised
 * again, best first.
 */
export function weighByEvidence(ranked: readonly Ranked[], stream: readonly string[]): Ranked[] {
  const evidence = new Map<string | undefined, boolean>();
  const streamText = stream.join(' ');
  const weighed = ranked.map((r) => {
    if (r.name === 'unknown' || r.name === 'help') return r.p;
    const family = familyOf(r.name);
    let has = evidence.get(family);
    if (has === undefined) { has = hasSubjectEvidence(family, stream); evidence.set(family, has); }
    const weight = (has ? 1 : NO_EVIDENCE_WEIGHT) * (hasIntentCueIn(r.name, streamText) ? 1 : NO_EVIDENCE_WEIGHT);
    return weight === 1 ? r.p : r.p * weight;
  });
  const total = weighed.reduce((s, p) => s + p, 0);
  return ranked.map((r, i) => ({ name: r.name, p: total > 0 ? weighed[i]! / total : weighed[i]! })).sort(byProbability);
}

/**
 * Best first, for `sort`: the same order as `(x, y) => y.p - x.p` (a difference of two doubles is 0 only when they are
 * equal), without a number allocated for each comparison.
 */
export function byProbability(x: Ranked, y: Ranked): number {
  return y.p > x.p ? 1 : y.p < x.p ? -1 : 0;
}

/**
 * The probability that the question is about the best intent's family: the sum over the
 * family's intents. The open-set decision is taken on it, not on the best intent alone, so that a
 * family with many close intents (users: search, inactive, MFA status, licences, deleted…) does
 * not fall under the threshold because its probability is shared between siblings.
 */
export function familyMass(ranked: readonly Ranked[]): number {
  const best = ranked[0];
  if (best === undefined) return 0;
  const family = familyOf(best.name);
  return ranked.reduce((sum, r) => (familyOf(r.name) === family ? sum + r.p : sum), 0);
}
