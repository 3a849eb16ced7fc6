import type { NameEntry, NameKind } from '../names/name-index';
import type { TimeMention } from '../time/windows';
import type { RefKind } from './refs';

/** Something recognised in a question, over a token range [start, end). */
export type Mention =
  | { readonly kind: NameKind; readonly start: number; readonly end: number; readonly text: string; readonly entries: readonly NameEntry[]; readonly exact: boolean; readonly alternatives?: readonly NameEntry[] }
  | { readonly kind: 'name'; readonly start: number; readonly end: number; readonly text: string; readonly hint?: 'user' | 'group' | 'app' | 'role' | 'accessPackage' | 'catalog' }
  | { readonly kind: 'email'; readonly start: number; readonly end: number; readonly text: string }
  | { readonly kind: 'guid'; readonly start: number; readonly end: number; readonly text: string }
  | { readonly kind: 'ip'; readonly start: number; readonly end: number; readonly text: string }
  | { readonly kind: 'time'; readonly start: number; readonly end: number; readonly text: string; readonly time: TimeMention }
  | { readonly kind: 'number'; readonly start: number; readonly end: number; readonly text: string; readonly value: number }
  | { readonly kind: 'errorCode'; readonly start: number; readonly end: number; readonly text: string; readonly value: number }
  | { readonly kind: 'ref'; readonly start: number; readonly end: number; readonly text: string; readonly ref: RefKind | 'any' };

export type MentionKind = Mention['kind'];

/** The placeholder of each kind of the tenant's objects (also for a name hinted at as one, and for a reference to one: "this group"). */
const KIND_PLACEHOLDERS: Readonly<Record<'user' | 'group' | 'app' | 'role' | 'accessPackage' | 'catalog', string>> = {
  user: '@user', group: '@group', app: '@app', role: '@role', accessPackage: '@pkg', catalog: '@catalog',
};

/** The word the classifier sees in place of a mention. */
export function placeholder(m: Mention): string {
  switch (m.kind) {
    case 'user': case 'group': case 'app': case 'role': case 'accessPackage': case 'catalog': return KIND_PLACEHOLDERS[m.kind];
    case 'email': return '@user';
    case 'department': return '@dept';
    case 'country': case 'city': return '@place';
    case 'name': return m.hint !== undefined ? KIND_PLACEHOLDERS[m.hint] : '@name';
    case 'guid': return '@guid';
    case 'ip': return '@ip';
    case 'time': return m.time.shape === 'range' ? '@range' : m.time.shape === 'day' ? '@date' : '@time';
    case 'number': return '@num';
    case 'errorCode': return '@code';
    case 'ref': return m.ref === 'any' ? '@it' : KIND_PLACEHOLDERS[m.ref];
  }
}
