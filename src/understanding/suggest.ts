import { analyse } from './analysis/analyse';
import { modelVocabulary } from './classifier/model';
import type { IntentName } from './intent';
import { EMPTY_GAZETTEER } from './names/gazetteer';
import { nameIndexFor, rankIntents } from './understand';

/** The intents closest to a question the bot could not place, best first (for `unknown`). */
export function suggestClosest(text: string, count = 3): IntentName[] {
  const a = analyse(text, { names: nameIndexFor(EMPTY_GAZETTEER), vocabulary: modelVocabulary(), now: new Date(0) });
  return rankIntents(a)
    .filter((r) => r.name !== 'unknown' && r.name !== 'help')
    .slice(0, count)
    .map((r) => r.name);
}
