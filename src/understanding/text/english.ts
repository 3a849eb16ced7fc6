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
