import { tenantDomainsOf } from '../text/tenant-names';
import { editDistance, typoBudget } from '../text/edit-distance';
import { tokenize } from '../text/tokenize';
import type { Token } from '../text/tokenize';
import type { Gazetteer } from './gazetteer';
import { roleAliases } from './roles';
import { CITIES, COUNTRIES, COUNTRY_ALIASES } from '../recognisers/places';

export type NameKind = 'user' | 'group' | 'app' | 'role' | 'accessPackage' | 'catalog' | 'department' | 'country' | 'city';

/** One way of writing one directory object's name. */
export interface NameEntry {
  readonly kind: NameKind;
  /** The canonical value for the slot: display name (UPN for users lives in `key`). */
  readonly canonical: string;
  readonly key?: string;
  readonly tokens: readonly string[];
  readonly form: 'full' | 'given' | 'surname' | 'upnPrefix' | 'alias' | 'part';
}

/** A name found in a question. */
export interface NameMention {
  readonly kind: NameKind;
  /** Token range [start, end) over the question's tokens. */
  readonly start: number;
  readonly end: number;
  /** The words as typed. */
  readonly text: string;
  /** Every object this wording may mean (one when unambiguous), same kind. */
  readonly candidates: readonly NameEntry[];
  /** True when every word matched exactly. */
  readonly exact: boolean;
  /** Objects of other kinds with the same name ("Helpdesk Admins" group vs the role). */
  readonly alternatives: readonly NameEntry[];
}

/** A prepared index of a gazetteer's names; build once, use for every question. */
/** A word-level trie of names: "finance" → "department" → [Finance Department]. */
export interface NameTrie {
  readonly children: Map<string, NameTrie>;
  readonly entries: NameEntry[];
}

export interface NameIndex {
  readonly trie: NameTrie;
  readonly words: ReadonlySet<string>;
  readonly deletes: ReadonlyMap<string, readonly string[]>;
  readonly isCommon: (word: string) => boolean;
  readonly isIntentWord: (word: string) => boolean;
  /** The tenant's domains (its users' sign-in name suffixes): the tenant named by its own name. */
  readonly tenantDomains?: readonly string[];
}

function nameTokens(name: string): string[] {
  return tokenize(name).filter((t) => t.kind !== 'symbol').map((t) => t.norm);
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 1) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Indexes a gazetteer: full names, first names, surnames and UPN prefixes of users; group, app,
 * access package and catalog names; role names and their everyday aliases ("global admins").
 * `isCommon` says which words are ordinary English, so that a first name like "Will" needs a
 * capital letter to count as a name.
 */
export function createNameIndex(
  gazetteer: Gazetteer,
  isCommon: (word: string) => boolean = () => false,
  isIntentWord: (word: string) => boolean = isCommon,
): NameIndex {
  const entries: NameEntry[] = [];
  const add = (kind: NameKind, canonical: string, text: string, form: NameEntry['form'], key?: string): void => {
    const tokens = nameTokens(text);
    if (tokens.length === 0) return;
    entries.push({ kind, canonical, tokens, form, ...(key !== undefined ? { key } : {}) });
  };
  for (const u of gazetteer.users) {
    add('user', u.displayName, u.displayName, 'full', u.upn);
    const parts = nameTokens(u.displayName);
    const given = u.givenName ?? (parts.length > 1 ? parts[0] : undefined);
    // "Emergency Admin 1": a number alone is nobody's first name or surname ("an Intune Plan 1 licence" is not that account).
    const named = (part: string | undefined): part is string => part !== undefined && /\p{L}/u.test(part);
    if (named(given) && given.toLowerCase() !== u.displayName.toLowerCase()) add('user', u.displayName, given, 'given', u.upn);
    const surname = u.surname ?? (parts.length > 1 ? parts[parts.length - 1] : undefined);
    if (named(surname) && parts.length > 1) add('user', u.displayName, surname, 'surname', u.upn);
    const prefix = u.upn.split('@')[0] ?? '';
    if (prefix !== '' && !/[^a-z0-9]/i.test(prefix)) add('user', u.displayName, prefix, 'upnPrefix', u.upn);
  }
  for (const g of gazetteer.groups) add('group', g, g, 'full');
  for (const a of gazetteer.apps) add('app', a, a, 'full');
  // "failed sign-ins to Contoso": an app by the first word of its name, when no other app's name starts with it (`acceptable`
  // takes it only as what sign-ins are for or to, capitalised and ending its phrase).
  const firsts = new Map<string, string[]>();
  for (const a of gazetteer.apps) {
    const parts = nameTokens(a);
    if (parts.length > 1 && parts[0]!.length >= 4 && /\p{L}/u.test(parts[0]!)) firsts.set(parts[0]!, [...(firsts.get(parts[0]!) ?? []), a]);
  }
  // Not a word of English or of the questions ("Azure", "Microsoft", "Graph" name many things): a brand only one app's name has.
  for (const [word, apps] of firsts) if (apps.length === 1 && !isCommon(word)) add('app', apps[0]!, word, 'part');
  for (const p of gazetteer.accessPackages) add('accessPackage', p, p, 'full');
  for (const c of gazetteer.catalogs) add('catalog', c, c, 'full');
  for (const d of gazetteer.departments ?? []) {
    add('department', d, d, 'full');
    // "HR" for Human Resources, "IT" for Information Technology: the initials of a department of several words
    const initials = d.split(/\s+/).filter((w) => !/^(and|of|&|the)$/i.test(w)).map((w) => w[0] ?? '').join('');
    if (initials.length >= 2 && initials.length <= 4 && initials.toLowerCase() !== d.toLowerCase()) add('department', d, initials, 'alias');
  }
  for (const c of COUNTRIES) add('country', c, c, 'full');
  for (const [alias, c] of Object.entries(COUNTRY_ALIASES)) add('country', c, alias, 'alias');
  for (const c of new Set([...CITIES, ...(gazetteer.cities ?? [])])) add('city', c, c, 'full');
  for (const r of gazetteer.roles) for (const alias of roleAliases(r)) add('role', r, alias, alias === r.toLowerCase() ? 'full' : 'alias');

  const trie: NameTrie = { children: new Map(), entries: [] };
  const words = new Set<string>();
  for (const e of entries) {
    let node = trie;
    for (const t of e.tokens) {
      words.add(t);
      let child = node.children.get(t);
      if (child === undefined) {
        child = { children: new Map(), entries: [] };
        node.children.set(t, child);
      }
      node = child;
    }
    node.entries.push(e);
  }
  const deletes = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < 4) continue;
    for (const d of [w, ...deletions(w)]) {
      const list = deletes.get(d) ?? [];
      if (!list.includes(w)) list.push(w);
      deletes.set(d, list);
    }
  }
  return { trie, words, deletes, isCommon, isIntentWord, tenantDomains: tenantDomainsOf(gazetteer.users.map((u) => u.upn)) };
}

/** Name words a typed word may be, with their edit distance (itself first, then typo corrections). */
function variants(index: NameIndex, word: string, first: boolean): [string, number][] {
  const out: [string, number][] = [];
  if (index.words.has(word)) out.push([word, 0]);
  const budget = typoBudget(word.length);
  if (budget === 0 || (first && index.isCommon(word))) return out;
  const seen = new Set([word]);
  for (const d of [word, ...deletions(word)]) {
    for (const candidate of index.deletes.get(d) ?? []) {
      if (seen.has(candidate)) continue;
      seen.add(candidate);
      const dist = editDistance(word, candidate, budget);
      if (dist <= budget) out.push([candidate, dist]);
    }
  }
  return out;
}

/** Which kind wins when one wording names several: a role alias over a group of that name. */
const KIND_RANK: readonly NameKind[] = ['role', 'group', 'app', 'accessPackage', 'catalog', 'user', 'department', 'country', 'city'];

/** "Helpdesk Admins group" / "Salesforce app": the word after a name says its kind. */
const KIND_WORDS: Readonly<Record<string, NameKind>> = {
  group: 'group', groups: 'group', team: 'group', app: 'app', application: 'app', role: 'role',
  package: 'accessPackage', catalog: 'catalog', department: 'department', dept: 'department',
};

interface Match { readonly entry: NameEntry; readonly end: number; readonly fuzzy: number; readonly dist: number; readonly chars: number }

/** Every name that starts at token i: a walk down the trie, one typed word at a time. */
function matchAt(index: NameIndex, tokens: readonly Token[], i: number): Match[] {
  const matches: Match[] = [];
  walk(index, tokens, i, matches, index.trie, i, 0, 0, 0);
  return matches;
}

/** matchAt's walk from `node` at token j (the name started at i), adding the names it reaches to `matches`. */
function walk(index: NameIndex, tokens: readonly Token[], i: number, matches: Match[], node: NameTrie, j: number, fuzzy: number, dist: number, chars: number): void {
  for (const entry of node.entries) matches.push({ entry, end: j, fuzzy, dist, chars });
  const t = tokens[j];
  if (t === undefined || node.children.size === 0 || j - i >= 8) return;
  for (const [word, d] of variants(index, t.norm, j === i)) {
    const child = node.children.get(word);
    if (child !== undefined) walk(index, tokens, i, matches, child, j + 1, fuzzy + (d > 0 ? 1 : 0), dist + d, chars + word.length);
  }
}

/** Words before an app named by its first word: what sign-ins are for or to. */
const PART_BEFORE: ReadonlySet<string> = new Set(['for', 'to', 'into', 'onto']);
/** Words that continue a product's name after its first word ("Azure AD", "Azure portal"). */
const NAME_GOES_ON: ReadonlySet<string> = new Set(['ad', 'id', 'active', 'directory', 'portal', 'subscription', 'subscriptions', 'resources', 'resource', 'app', 'apps', 'application', 'applications', 'services', 'service', 'cloud', 'tenant']);

/**
 * A one-word match that is also an ordinary word needs support: a capital letter, or (for
 * groups, apps, catalogs...) a word that is not one of the question words ("marketing group"
 * yes, "access" no), or the kind word right after it.
 */
function acceptable(index: NameIndex, tokens: readonly Token[], m: Match, start: number): boolean {
  if (m.end - start > 1) return m.fuzzy < m.end - start || m.dist <= Math.max(1, Math.floor(m.chars / 5));
  const t = tokens[start]!;
  if (m.entry.kind === 'role') return true;
  // "sign-ins to Contoso", "logins for Fabrikam": the first word of one app's name, typed capitalised, as the end of what the
  // sign-ins are for or to ("Contoso portal", "Contoso AD" go on; "in Contoso" is a place).
  if (m.entry.form === 'part') {
    const after = tokens[start + 1];
    return m.fuzzy === 0 && /^[A-Z]/.test(t.text) && PART_BEFORE.has(tokens[start - 1]?.norm ?? '')
      && (after === undefined || (!/^[A-Z]/.test(after.text) && !NAME_GOES_ON.has(after.norm) && after.kind === 'word'));
  }
  if (m.fuzzy > 0 && t.norm.length < 5) return false;
  const capital = t.text[0] !== undefined && t.text[0] !== t.text[0].toLowerCase();
  if (capital || m.entry.form === 'upnPrefix') return true;
  const next = tokens[start + 1]?.norm;
  if (next !== undefined && KIND_WORDS[next] === m.entry.kind) return true;
  if (m.entry.kind === 'user') return !index.isCommon(t.norm);
  return !index.isIntentWord(t.norm);
}

/**
 * Finds the directory names in a question's word tokens (symbols removed), longest match first,
 * tolerating typos ("finanse department"). A wording that fits several objects keeps them all.
 */
export function findNames(index: NameIndex, tokens: readonly Token[], source: string): NameMention[] {
  const out: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = matchAt(index, tokens, i).filter((m) => acceptable(index, tokens, m, i));
    if (found.length === 0) {
      i += 1;
      continue;
    }
    const longest = Math.max(...found.map((m) => m.end));
    const atLongest = found.filter((m) => m.end === longest);
    const bestFuzzy = Math.min(...atLongest.map((m) => m.fuzzy));
    const best = atLongest.filter((m) => m.fuzzy === bestFuzzy);
    const formRank = (f: NameEntry['form']): number => ['full', 'alias', 'upnPrefix', 'given', 'surname', 'part'].indexOf(f);
    const kinds = [...new Set(best.map((m) => m.entry.kind))];
    const next = tokens[longest]?.norm;
    const named = next !== undefined ? KIND_WORDS[next] : undefined;
    if (named !== undefined && named !== 'department' && !kinds.includes(named) && longest - i === 1 && !kinds.includes('user')) {
      i += 1; // "the marketing group" when only a department is called Marketing: an unknown group
      continue;
    }
    const kind = named !== undefined && kinds.includes(named)
      ? named
      : kinds.sort((a, b) => KIND_RANK.indexOf(a) - KIND_RANK.indexOf(b)
        || Math.min(...best.filter((m) => m.entry.kind === a).map((m) => formRank(m.entry.form)))
        - Math.min(...best.filter((m) => m.entry.kind === b).map((m) => formRank(m.entry.form))))[0]!;
    const byKind = (k: NameKind): NameEntry[] => {
      const seen = new Set<string>();
      const list: NameEntry[] = [];
      const topForm = Math.min(...best.filter((m) => m.entry.kind === k).map((m) => formRank(m.entry.form)));
      for (const m of best) {
        if (m.entry.kind !== k || formRank(m.entry.form) !== topForm) continue;
        const id = m.entry.key ?? m.entry.canonical;
        if (seen.has(id)) continue;
        seen.add(id);
        list.push(m.entry);
      }
      return list;
    };
    const candidates = byKind(kind);
    const alternatives = named === kind ? [] : kinds.filter((k) => k !== kind).flatMap((k) => byKind(k));
    const first = tokens[i]!;
    const last = tokens[longest - 1]!;
    out.push({
      kind, start: i, end: longest, candidates, exact: bestFuzzy === 0, alternatives,
      text: source.slice(first.start, last.end),
    });
    i = longest;
  }
  return out;
}
