import { editDistance, typoBudget } from './edit-distance';
import { englishSlip, isEnglishWord } from './english';

/** Words that carry no meaning for intent or names ("the", "please"). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'please', 'pls', 'plz', 'kindly', 'hey', 'hi', 'hello', 'ok', 'okay', 'so',
  'just', 'quickly', 'thanks', 'thank', 'you', 'u', 'can', 'could', 'would', 'will', 'should', 'i',
  'me', 'my', 'mine', 'we', 'our', 'us', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with',
  'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'it', 'its', 'this',
  'that', 'these', 'those', 'there', 'here', 'what', 'who', 'which', 'how', 'when', 'where', 'why',
  'any', 'all', 'some', 'have', 'has', 'had', 'if', 'as', 'into', 'about', 'up', 'out', 'not', 'no',
  'yes', 'also', 'then', 'than', 'only', 'now', 'currently', 'right', 'they', 'them', 'their', 'he',
  'she', 'her', 'his', 'him', 'want', 'need', 'like', 'know', 'let', 'see', 'get', 'give', 'show',
  'tell', 'list', 'find', 'look', 'check', 'more', 'most', 'many', 'much', 'each', 'every', 'other',
]);

/** A word list with a typo index: corrects "ownz" to "owns", "signins" stays. */
export interface Vocabulary {
  readonly has: (word: string) => boolean;
  readonly correct: (word: string) => string | undefined;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** `words` most frequent first: ties in a correction go to the more frequent word. */
export function createVocabulary(words: readonly string[]): Vocabulary {
  const rank = new Map<string, number>();
  words.forEach((w, i) => { if (!rank.has(w)) rank.set(w, i); });
  for (const w of STOPWORDS) if (!rank.has(w)) rank.set(w, rank.size);
  const index = new Map<string, string[]>();
  for (const w of rank.keys()) {
    if (w.length < 3) continue;
    for (const d of [w, ...deletions(w)]) {
      const list = index.get(d) ?? [];
      list.push(w);
      index.set(d, list);
    }
  }
  const cache = new Map<string, string | undefined>();
  const correct = (word: string): string | undefined => {
    if (rank.has(word)) return word;
    if (cache.has(word)) return cache.get(word);
    const budget = typoBudget(word.length);
    let best: string | undefined;
    let bestScore = Infinity;
    if (budget > 0 && /^[a-z]+$/.test(word) && !isEnglishWord(word)) {
      for (const d of [word, ...deletions(word)]) {
        for (const c of index.get(d) ?? []) {
          const dist = editDistance(word, c, budget);
          if (dist > budget) continue;
          const score = dist * 100_000 + (c[0] === word[0] ? 0 : 50_000) + (rank.get(c) ?? 0);
          if (score < bestScore) { bestScore = score; best = c; }
        }
      }
    }
    if (cache.size < 10_000) cache.set(word, best);
    return best;
  };
  return { has: (w) => rank.has(w), correct };
}

/**
 * The text with each lower-case word that is neither a vocabulary nor an English word put right, as the analysis puts it
 * right by `englishSlip`: for the recognisers that read the text before the analysis ("How do I restoe a deleted user?" is a
 * change request, "delte an application" too). Capitalised words, possessives and addresses stay as typed (names), and the
 * vocabulary's own typo correction is not used here: without the tenant's names it takes "alain" for "again".
 */
export function withSlipsCorrected(text: string, vocabulary: Vocabulary): string {
  return text.replace(/(?<![A-Za-z0-9'’@.-])[a-z]{5,}(?![A-Za-z0-9'’@-]|\.[A-Za-z0-9])/g, (w) => (vocabulary.has(w) ? w : englishSlip(w) ?? w));
}
