import type { Subject } from '../conversation';

/** What a pronoun or "this user / these apps" points at. */
export type RefKind = Subject['kind'];

/** Multi-word references first; matched on corrected lower-case words. */
export const REFERENCES: readonly (readonly [readonly string[], RefKind | 'any'])[] = [
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
