import words from './english-words.json';

let set: ReadonlySet<string> | undefined;

/**
 * Whether a lower-case word is common English (SCOWL sizes 10–35, see
 * scripts/understanding-words.ts). Such words are not typo-corrected into other words and are
 * not taken for names unless capitalised.
 */
export function isEnglishWord(word: string): boolean {
  set ??= new Set([...(words as string).split(' '), ...COMPUTING_WORDS]);
  return set.has(word);
}

/** Everyday words of software documentation that SCOWL's common sizes lack ("the docs" was corrected to "the does"; "force delta sync" read "sync" as a person; "text messaging" read "messaging" as a group). */
const COMPUTING_WORDS = ['doc', 'docs', 'timestamp', 'timestamps', 'sync', 'syncs', 'syncing', 'synced', 'resync', 'resyncs', 'messaging', 'texting'];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Slips already looked up (bounded, as the vocabulary's corrections are). */
const slips = new Map<string, string | undefined>();

/** Product names one letter from a common word ("entra" / "entrap"). */
const NOT_SLIPS: ReadonlySet<string> = new Set(['entra', 'azuread', 'intune']);

/**
 * The common English word a lower-case word is a slip of, if there is exactly one: a letter left out ("provisioing",
 * "sgned", "trused"), a letter typed twice ("acccount") or two letters swapped ("recieve"). Only words of five letters or
 * more that are not English themselves; a wrong letter ("intune" / "intone", "entra" / "extra") is not tried, since product
 * names one letter from a word are common in questions about Microsoft's products. Without it such a slip was read as the
 * name of a person nobody asked about ("Show provisioing logs" as the sign-ins of "provisioing").
 */
export function englishSlip(word: string): string | undefined {
  if (word.length < 5 || !/^[a-z]+$/.test(word) || isEnglishWord(word) || NOT_SLIPS.has(word)) return undefined;
  // A parse asks twice for the same word (the change recogniser's text, then the analysis): a few hundred lookups each.
  if (slips.has(word)) return slips.get(word);
  const slip = slipOf(word);
  if (slips.size < 10_000) slips.set(word, slip);
  return slip;
}

/** The one common word a letter added, removed from a doubled pair or swapped back makes of `word`. */
function slipOf(word: string): string | undefined {
  const found = new Set<string>();
  for (let i = 0; i <= word.length; i += 1) {
    for (const c of LETTERS) {
      const w = word.slice(0, i) + c + word.slice(i);
      if (isEnglishWord(w)) found.add(w);
    }
  }
  for (let i = 0; i + 1 < word.length; i += 1) {
    if (word[i] === word[i + 1]) {
      const w = word.slice(0, i) + word.slice(i + 1);
      if (isEnglishWord(w)) found.add(w);
    } else {
      const w = word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2);
      if (isEnglishWord(w)) found.add(w);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
