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
const INDEFINITE: readonly (readonly [readonly string[], RefKind])[] = INDEFINITE_NOUNS.flatMap(([noun, kind]) => {
  const article = noun[0]!.startsWith('a') || noun[0]!.startsWith('e') ? 'an' : 'a';
  return [
    ...INDEFINITE_QUALIFIERS.map((q) => [['a', q, ...noun], kind] as const),
    [[article, ...noun], kind] as const,
  ];
});

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
