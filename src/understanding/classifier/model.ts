import { createVocabulary } from '../text/vocabulary';
import type { Vocabulary } from '../text/vocabulary';
import type { StoredModel } from './build';
import stored from './model.json';

/** The committed model (built by `scripts/understanding-train.ts`), loaded once. */
export const MODEL: StoredModel = stored as unknown as StoredModel;

let vocabulary: Vocabulary | undefined;

/** The model's vocabulary with its typo index (built on first use). */
export function modelVocabulary(): Vocabulary {
  vocabulary ??= createVocabulary(MODEL.vocabulary);
  return vocabulary;
}
