import { stem } from '../text/stem';

/**
 * Classifier features of a placeholder stream: stemmed unigrams, bigrams (with a start marker)
 * and the set of placeholders. Same function at training and at run time.
 */
export function features(stream: readonly string[]): string[] {
  const stems = stream.map((w) => (w.startsWith('@') ? w : stem(w)));
  const out = new Set<string>();
  let prev = '^';
  for (const s of stems) {
    out.add(s);
    out.add(`${prev}_${s}`);
    prev = s;
  }
  if (stems.length > 0) out.add(`${prev}_$`);
  return [...out];
}
