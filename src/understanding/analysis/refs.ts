import { STOPWORDS } from '../text/vocabulary';
import type { Subject } from '../conversation';

/** What a pronoun or "this user / these apps" points at. */
export type RefKind = Subject['kind'];

/**
 * "a user", "a specific group", "an application": how reference pages and how-to titles write
 * the one object a question is about without naming it ("Get the manager of a user", "List a
 * user's directory roles"). One object, unnamed: a needed subject the answer asks for (or takes
 * from the conversation), never the whole tenant.
 */
const INDEFINITE_QUALIFIERS = ['specific', 'given', 'particular', 'certain', 'single'] as const;
const INDEFINITE_NOUNS: readonly (readonly [readonly string[], RefKind])[] = [
  [['user'], 'user'], [['person'], 'user'], [['group'], 'group'], [['application'], 'app'], [['app'], 'app'],
  [['service', 'principal'], 'app'], [['enterprise', 'application'], 'app'], [['access', 'package'], 'accessPackage'],
];
/** The words of those nouns ("a Hybrid user" keeps "hybrid" as a word where references are masked). */
export const INDEFINITE_NOUN_WORDS: ReadonlySet<string> = new Set(INDEFINITE_NOUNS.flatMap(([noun]) => noun));
const INDEFINITE: readonly (readonly [readonly string[], RefKind])[] = INDEFINITE_NOUNS.flatMap(([noun, kind]) => {
  const article = noun[0]!.startsWith('a') || noun[0]!.startsWith('e') ? 'an' : 'a';
  return [
    ...INDEFINITE_QUALIFIERS.map((q) => [['a', q, ...noun], kind] as const),
    [[article, ...noun], kind] as const,
  ];
});

/**
 * "a cloud only user", "a Hybrid user", "a disabled guest user": one object left unnamed, described by up to three words of
 * its kind or state before its noun (words of English or of the families, not names, numbers or function words but
 * "only"). Which one is asked for, like "a user"; its kind is not a filter of a list ("the SID of a cloud only user").
 * Returns the end of the reference and its kind.
 */
export function describedIndefinite(
  words: readonly string[], free: (k: number) => boolean, known: (word: string) => boolean, i: number,
): { end: number; ref: RefKind } | undefined {
  if (words[i] !== 'a' && words[i] !== 'an') return undefined;
  // "is Sales Team a security group", "am I a high risk user", "sign in as a guest user": what something is, not which one.
  // ("which groups is a synced user in": the verb of a question, its subject after it).
  if ([2, 3].some((d) => COPULAS.has(words[i - d] ?? '')) || (COPULAS.has(words[i - 1] ?? '') && !words.slice(0, i - 1).some((w) => WH.has(w)))) return undefined;
  for (let k = i + 1; k <= i + 4; k += 1) {
    if (k > i + 1) {
      for (const [noun, kind] of INDEFINITE_NOUNS) {
        if (noun.every((n, j) => words[k + j] === n && free(k + j))) return { end: k + noun.length, ref: kind };
      }
    }
    const w = words[k];
    // "a user application role assignment", "a directory user": a noun of a kind of object makes a compound, not a description.
    // "a sample access package policy", "an example group": an illustration asked for, not one of the tenant's objects.
    if (k === i + 4 || w === undefined || !free(k) || KIND_NOUNS.has(w) || ILLUSTRATIONS.has(w) || (w !== 'only' && (STOPWORDS.has(w) || !known(w)))) return undefined;
  }
  return undefined;
}

/** Words after which "a <described> <noun>" says what something is. */
const COPULAS: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'as', 'become', 'becomes', 'became', 'into', 'isnt', 'arent', 'wasnt']);

const WH: ReadonlySet<string> = new Set(['which', 'what', 'who', 'whom', 'where', 'how', 'when']);

/** Words that make "a … <noun>" an illustration rather than one object of the tenant. */
const ILLUSTRATIONS: ReadonlySet<string> = new Set(['sample', 'example', 'typical', 'hypothetical', 'fictional', 'fictitious', 'dummy', 'template', 'generic', 'demo', 'mock', 'fake']);

/** Nouns of the directory's kinds of objects. */
const KIND_NOUNS: ReadonlySet<string> = new Set(['user', 'person', 'group', 'app', 'application', 'service', 'principal', 'package', 'directory', 'role', 'tenant']);

/** Multi-word references first; matched on corrected lower-case words. */
export const REFERENCES: readonly (readonly [readonly string[], RefKind | 'any'])[] = [
  ...INDEFINITE,
  [['these', 'service', 'principals'], 'app'], [['this', 'service', 'principal'], 'app'],
  [['those', 'service', 'principals'], 'app'], [['the', 'above', 'apps'], 'app'],
  [['above', 'apps'], 'app'], [['the', 'same', 'user'], 'user'], [['the', 'same', 'group'], 'group'],
  [['this', 'access', 'package'], 'accessPackage'], [['that', 'access', 'package'], 'accessPackage'],
  [['the', 'access', 'package'], 'accessPackage'],
  [['this', 'user'], 'user'], [['that', 'user'], 'user'], [['the', 'user'], 'user'],
  [['these', 'users'], 'user'], [['those', 'users'], 'user'], [['this', 'person'], 'user'],
  [['that', 'person'], 'user'], [['this', 'account'], 'user'], [['that', 'account'], 'user'],
  [['the', 'account'], 'user'], [['this', 'guy'], 'user'], [['same', 'user'], 'user'],
  [['this', 'group'], 'group'], [['that', 'group'], 'group'], [['the', 'group'], 'group'],
  [['these', 'groups'], 'group'], [['those', 'groups'], 'group'],
  [['this', 'app'], 'app'], [['that', 'app'], 'app'], [['the', 'app'], 'app'], [['these', 'apps'], 'app'],
  [['those', 'apps'], 'app'], [['this', 'application'], 'app'], [['the', 'application'], 'app'],
  [['these', 'applications'], 'app'], [['those', 'applications'], 'app'],
  [['this', 'package'], 'accessPackage'], [['that', 'package'], 'accessPackage'],
  [['this', 'role'], 'role'], [['that', 'role'], 'role'],
  [['her'], 'user'], [['him'], 'user'], [['his'], 'user'], [['she'], 'user'], [['he'], 'user'],
  [['hers'], 'user'], [['they'], 'any'], [['them'], 'any'], [['their'], 'any'], [['it'], 'any'],
  [['its'], 'any'],
];
