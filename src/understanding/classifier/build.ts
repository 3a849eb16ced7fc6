import { analyse } from '../analysis/analyse';
import { createNameIndex } from '../names/name-index';
import { COMMON_WORDS } from '../text/common-words';
import { tokenize } from '../text/tokenize';
import { STOPWORDS, createVocabulary } from '../text/vocabulary';
import { isEnglishWord } from '../text/english';
import { generateParaphrases } from '../training/generate';
import { TRAINING_GAZETTEER } from '../training/fillers';
import { literalText, parseTemplate } from '../training/grammar';
import { TEMPLATES } from '../training/templates';
import { features } from './features';
import type { LinearModel } from './linear-model';
import { train } from './train';
import type { TrainingExample } from './train';

/** The stored model: the classifier plus the vocabulary used for typo correction. */
export interface StoredModel extends LinearModel {
  readonly version: 1;
  /** Intent words, most frequent first. */
  readonly vocabulary: readonly string[];
  readonly trainedOn: number;
  /** Hash of the sources it was built from (scripts/understanding-source-hash.ts). */
  readonly sourceHash?: string;
}

/** A fixed anchor for training (time words become `@time` whatever the date). */
const TRAINING_NOW = new Date('2024-03-15T12:00:00Z');

/** The template words, most frequent first, plus common English words. */
export function templateVocabulary(): string[] {
  const counts = new Map<string, number>();
  for (const templates of Object.values(TEMPLATES)) {
    for (const t of templates ?? []) {
      for (const tok of tokenize(literalText(parseTemplate(t)))) {
        if (tok.kind !== 'word') continue;
        counts.set(tok.norm, (counts.get(tok.norm) ?? 0) + 1);
      }
    }
  }
  for (const w of COMMON_WORDS) counts.set(w, counts.get(w) ?? 0);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** Generates the paraphrase set and trains the intent classifier. Deterministic. */
export function buildModel(): StoredModel {
  const words = templateVocabulary();
  const vocabulary = createVocabulary(words);
  const names = createNameIndex(TRAINING_GAZETTEER, (w) => vocabulary.has(w) || STOPWORDS.has(w) || isEnglishWord(w), (w) => vocabulary.has(w) || STOPWORDS.has(w));
  const paraphrases = generateParaphrases();
  const examples: TrainingExample[] = paraphrases.map((p) => ({
    features: features(analyse(p.text, { names, vocabulary, now: TRAINING_NOW }).stream),
    label: p.intent,
  }));
  const labels = Object.keys(TEMPLATES);
  const model = train(examples, labels);
  return { version: 1, vocabulary: words, trainedOn: examples.length, ...model };
}
