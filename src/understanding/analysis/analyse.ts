import { findNames } from '../names/name-index';
import type { NameIndex } from '../names/name-index';
import { errorCodeFromToken } from '../recognisers/error-codes';
import { isIdWord, mergeMfa, splitIdentifiers, tokenize } from '../text/tokenize';
import { dropToolPhrases } from '../text/tool-phrases';
import { replaceWishPhrases } from '../text/wish-phrases';
import { replaceSelfPhrases, replaceTenantPossessives } from '../text/self-phrases';
import { replaceTenantNames } from '../text/tenant-names';
import type { Token } from '../text/tokenize';
import type { Vocabulary } from '../text/vocabulary';
import { STOPWORDS } from '../text/vocabulary';
import { englishSlip, isEnglishWord } from '../text/english';
import { synonymOf } from '../text/synonyms';
import { opensWithAuxiliary } from '../text/auxiliaries';
import { PATTERN_BEFORE } from '../text/match-values';
import { findTimes } from '../time/windows';
import { findFallbackNames } from './fallback-names';
import type { Mention } from './mention';
import { placeholder } from './mention';
import { REFERENCES, describedIndefinite } from './refs';

/** A question taken apart: tokens, corrected words, what was recognised, the classifier's view. */
export interface Analysis {
  readonly text: string;
  /** Word-like tokens (symbols dropped). */
  readonly tokens: readonly Token[];
  /** Per token: the lower-case word after typo correction. */
  readonly words: readonly string[];
  readonly mentions: readonly Mention[];
  /** Words with mentions replaced by placeholders (@user, @group, @time, ...). */
  readonly stream: readonly string[];
  /** ` word word ` (corrected, single spaces) for the filter finders. */
  readonly flat: string;
}

export interface AnalysisEnv {
  readonly names: NameIndex;
  readonly vocabulary: Vocabulary;
  readonly now: Date;
  /**
   * Everyday words read as the families' own ("2FA" and "multi-factor authentication" as "mfa", "identities" as "users";
   * `mergeMfa`, `synonymOf`). Default on. The intent model is trained with it off: its templates teach those words already,
   * and mapping them in the paraphrases moved the SGD-trained model's boundaries (four tests of our own wording flipped);
   * at run time they land on words the model knows.
   */
  readonly everydayWords?: boolean;
}

function overlaps(covered: readonly boolean[], start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (covered[i] === true) return true;
  return false;
}

function cover(covered: boolean[], m: { start: number; end: number }): void {
  for (let i = m.start; i < m.end; i += 1) covered[i] = true;
}

/** "wasn't", "isn't" (tokenized wasnt, isnt) are negations, never typos of other words ("want"). */
export const NEGATIONS = /^(is|was|were|are|do|does|did|has|have|had|ca|could|would|should|wo|need|must)nt$/;

/** Words before a number that make it part of a product's name ("Microsoft 365", "Windows 11"). */
const PRODUCT_BEFORE_NUMBER = /^(microsoft|office|windows|dynamics|exchange|sharepoint|m|o)$/;

/** A CamelCase identifier such as an error code's name (BlockedByConditionalAccess, UserAccountLocked). */
function isIdentifier(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(t.text);
}

/** Plural nouns after "the user", "this group"… that make it a compound ("the user accounts"), not a reference. */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(['accounts', 'names', 'display', 'principal', 'principals', 'types', 'objects', 'lists', 'ids', 'counts', 'records', 'properties', 'attributes', 'settings']);

/** Nouns of a change after a kind noun ("the group change", "the user deletions"): the kind of the change. */
const CHANGE_NOUNS: ReadonlySet<string> = new Set(['change', 'changes', 'creation', 'creations', 'deletion', 'deletions', 'modification', 'modifications']);
/** Auxiliaries before "the user change…": then "change" is the verb ("did the user change their password"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'to', 'let', 'has', 'have', 'had']);
/**
 * Nouns after "the user", "the account" that make a compound of the product's ("the user data", "the account recovery
 * flow", "the user experience"), unless the reference is a possessive ("the user's data" is that user's).
 */
const COMPOUND_NOUNS: ReadonlySet<string> = new Set(['data', 'recovery', 'experience', 'interface', 'journey', 'flow', 'flows', 'verification', 'lifecycle', 'portal']);

/** Verbs after "it" that make it the pronoun, not a name written in lower case ("It is", "it would", "It's", "it seems"). */
const PRONOUN_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'would', 'will', 'seems', 'seemed', 'has', 'had', 'should', 'might', 'could', 'can', 'may', 'must', 'does', 'did', 'looks', 'appears', 'takes', 'took', 'shows', 'showed', 'says', 'said', 'isnt', 'wasnt', 'doesnt', 'didnt']);

/** Relative pronouns: after "the user" they describe which user, so it points at nothing earlier. */
const RELATIVE: ReadonlySet<string> = new Set(['that', 'who', 'which', 'whose', 'whom']);
/** Words that open a clause of place, time or condition ("where the user signed in from"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['where', 'when', 'whenever', 'wherever', 'if', 'once', 'while', 'because', 'unless', 'until']);

/** REFERENCES by their first word, in their order (longest first), so each word looks only at the phrases it can start. */
const REFERENCES_BY_FIRST: ReadonlyMap<string, (typeof REFERENCES)[number][]> = REFERENCES.reduce((map, entry) => {
  const first = entry[0][0]!;
  map.set(first, [...(map.get(first) ?? []), entry]);
  return map;
}, new Map<string, (typeof REFERENCES)[number][]>());

/** "they", "them", "their" refer to a plural noun (or "who", "anyone") earlier in the question when there is one. */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'their']);
const PLURAL_ANTECEDENTS: ReadonlySet<string> = new Set([
  'users', 'accounts', 'people', 'guests', 'members', 'employees', 'admins', 'administrators', 'apps', 'applications',
  'groups', 'principals', 'identities', 'registrations', 'devices', 'policies', 'roles', 'owners', 'who', 'whom', 'anyone', 'everyone', 'someone', 'somebody', 'anybody',
]);

/** Plural nouns of one kind: "guests without MFA … those users" are the guests named before. */
const SAME_KIND_PLURALS: Readonly<Partial<Record<string, ReadonlySet<string>>>> = {
  user: new Set(['users', 'accounts', 'people', 'guests', 'employees', 'admins', 'administrators', 'identities']),
  app: new Set(['apps', 'applications', 'principals', 'registrations']),
  group: new Set(['groups', 'teams']),
};

/** People named by their identifiers ("the names of UPNs who don't have MFA", "list UPNs of guests"): the accounts. */
function peopleByIdentifier(t: Token): Token {
  return t.kind === 'word' && (t.norm === 'upns' || t.norm === 'upn\'s') ? { ...t, norm: 'accounts' } : t;
}

/** The last word of a property's name written as one word. */
const PROPERTY_TAIL = /(?:Id|Ids|Name|Names|Type|Types|Date|Time|DateTime|Activity|Status|State|Count|Details|Level|Enabled|Principal)$/;

/**
 * Identifiers split into words (`splitIdentifiers`), except the tenant's names ("LinkedIn", "ServiceNow"), words the model
 * or English knows whole, and an error code's name beside its number ("53003 (BlockedByConditionalAccess)").
 */
function identifiersSplit(tokens: readonly Token[], env: AnalysisEnv, text: string): Token[] {
  return splitIdentifiers(tokens, (t, i) => {
    const lower = t.norm;
    if (isIdWord(t.text)) return findNames(env.names, [t], text).length > 0;
    if (env.vocabulary.has(lower) || isEnglishWord(lower)) return true;
    // Capitalised, it is split only as a property's name ("TenantId", "UserPrincipalName", "SignInActivity"): other such
    // words are mostly products and apps ("ServiceNow", "SharePoint", "PowerApps"), names even when the tenant has none.
    if (/^[A-Z]/.test(t.text) && !PROPERTY_TAIL.test(t.text)) return true;
    // Each part a word the model or English knows ("CertificateUserIds" stays one unknown word, not a person "Ids"); a
    // stop word joined to a capitalised word is a missing space before a name ("ofBox", "toServiceNow"), not a property.
    const parts = t.text.match(/[A-Z]?[a-z]+/g) ?? [];
    if (STOPWORDS.has(parts[0]!.toLowerCase())) return true;
    if (parts.some((w) => !env.vocabulary.has(w.toLowerCase()) && !isEnglishWord(w.toLowerCase()) && !STOPWORDS.has(w.toLowerCase()))) return true;
    if (tokens[i - 1]?.kind === 'number' || tokens[i + 1]?.kind === 'number' || tokens[i - 2]?.kind === 'number') return true;
    return findNames(env.names, [t], text).length > 0;
  });
}

/** Recognises everything in a question that is not the question's intent. Pure. */
export function analyse(text: string, env: AnalysisEnv): Analysis {
  const tokens = replaceTenantPossessives(replaceSelfPhrases(replaceWishPhrases(dropToolPhrases(replaceTenantNames(identifiersSplit(env.everydayWords === false ? tokenize(text) : mergeMfa(tokenize(text), text), env, text).map(peopleByIdentifier), env.names.tenantDomains ?? []).filter((t) => t.kind !== 'symbol' || t.norm === '+')))));
  const covered: boolean[] = tokens.map(() => false);
  const mentions: Mention[] = [];
  const push = (m: Mention): void => { mentions.push(m); cover(covered, m); };
  const slice = (start: number, end: number): string => text.slice(tokens[start]!.start, tokens[end - 1]!.end);

  tokens.forEach((t, i) => {
    if (t.kind === 'email' || t.kind === 'guid' || t.kind === 'ip') push({ kind: t.kind, start: i, end: i + 1, text: t.text });
    const code = t.kind === 'number' || t.kind === 'word' ? errorCodeFromToken(t.norm, tokens[i - 1]?.norm) : undefined;
    if (code !== undefined) {
      // The code's own name beside it ("53003 (BlockedByConditionalAccess)") is part of the code, not a name.
      const start = isIdentifier(tokens[i - 1]) && covered[i - 1] !== true ? i - 1 : i;
      const end = isIdentifier(tokens[i + 1]) ? i + 2 : i + 1;
      push({ kind: 'errorCode', start, end, text: text.slice(tokens[start]!.start, tokens[end - 1]!.end), value: code });
    }
  });
  for (const time of findTimes(tokens, env.now)) {
    if (!overlaps(covered, time.start, time.end)) push({ kind: 'time', start: time.start, end: time.end, text: slice(time.start, time.end), time });
  }
  // "Will you show me…", "May I see…": the question's opening auxiliary, not a person called Will or May.
  const auxiliary = opensWithAuxiliary(tokens.map((t) => t.norm));
  for (const n of findNames(env.names, tokens, text)) {
    if (auxiliary && n.start === 0 && n.end === 1) continue;
    // "It is important: list the guests", "it would help to see…": the pronoun before its verb, not the IT department's initials.
    if (n.end === n.start + 1 && (tokens[n.start]!.text === 'It' || tokens[n.start]!.text === 'it') && PRONOUN_VERBS.has(tokens[n.end]?.norm ?? '')) continue;
    if (!overlaps(covered, n.start, n.end)) push({ kind: n.kind, start: n.start, end: n.end, text: n.text, entries: n.candidates, exact: n.exact, alternatives: n.alternatives });
  }
  // A capitalised word inside a sentence that is not all capitals is a name, never a typo of
  // another word ("Blake Martin" is not "bake martin", "Singh, Arun" is not "sing run").
  const capitalsMeanNames = capitalsAreRare(tokens);
  const keepAsTyped = (t: Token, i: number): boolean => NEGATIONS.test(t.norm) || (capitalsMeanNames && i > 0 && /^[A-Z][a-z]/.test(t.text) && !env.vocabulary.has(t.norm));
  const words = tokens.map((t, i) => (covered[i] === true || t.kind !== 'word' || keepAsTyped(t, i) ? t.norm : ((env.everydayWords === false ? undefined : synonymOf(t.norm, tokens[i - 1]?.norm)) ?? env.vocabulary.correct(t.norm) ?? englishSlip(t.norm) ?? t.norm)));

  // A word of the same phrase: "for an audit, group memberships" is two phrases.
  const freeWord = (k: number): boolean => covered[k] !== true && tokens[k]?.kind === 'word' && /^[\s-]*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  const knownWord = (w: string): boolean => env.vocabulary.has(w) || isEnglishWord(w);
  for (let i = 0; i < tokens.length; i += 1) {
    if (covered[i] === true) continue;
    const described = describedIndefinite(words, freeWord, knownWord, i);
    for (const [phrase, ref] of described !== undefined ? [[words.slice(i, described.end), described.ref] as const] : REFERENCES_BY_FIRST.get(words[i]!) ?? []) {
      if (phrase.some((w, k) => words[i + k] !== w || covered[i + k] === true)) continue;
      const end = i + phrase.length;
      // "the user accounts", "the group names": a noun of a compound, not a reference to one object.
      if (COMPOUND_HEADS.has(words[end] ?? '')) break;
      // "Who made the group change?", "the user deletions": the kind of a change, not a reference ("did the user change it" is a verb).
      if (CHANGE_NOUNS.has(words[end] ?? '') && !AUXILIARIES.has(words[i - 1] ?? '') && !(words[end]!.startsWith('change') && ['their', 'his', 'her', 'its', 'the', 'a', 'my'].includes(words[end + 1] ?? ''))) break;
      if (COMPOUND_NOUNS.has(words[end] ?? '') && !/['’]s$/.test(tokens[end - 1]!.text)) break;
      // "the user that was created", "the group whose owner left", "those users who need to take action": described by the
      // clause ("those" points forward to it), not the conversation's.
      if ((words[i] === 'the' || words[i] === 'those') && RELATIVE.has(words[end] ?? '')) break;
      // "… not match where the user truly signed in from", "sign-ins where the user was blocked": the subject of a clause of
      // place, time or condition is anyone it describes, not the conversation's.
      if (words[i] === 'the' && SUBORDINATORS.has(words[i - 1] ?? '')) break;
      // "users who use text message as their MFA method": "their" is the users named before it, not the conversation's.
      if (ref === 'any' && PLURAL_PRONOUNS.has(words[i]!) && words.slice(0, i).some((w) => PLURAL_ANTECEDENTS.has(w))) break;
      // "are there users for which mfa is not enabled … and get those users": the plural named before, not the conversation's.
      if ((words[i] === 'these' || words[i] === 'those') && words.slice(0, i).some((w) => w === words[end - 1] || SAME_KIND_PLURALS[ref]?.has(w) === true)) break;
      const next = mentions.find((m) => m.start === end || m.end === i);
      if (next !== undefined && next.kind !== 'time' && next.kind !== 'number') break;
      push({ kind: 'ref', start: i, end, text: slice(i, end), ref });
      break;
    }
  }
  tokens.forEach((t, i) => {
    // "Microsoft 365", "Office 365", "Windows 11": part of a product's name, not a count.
    if (PRODUCT_BEFORE_NUMBER.test(tokens[i - 1]?.norm ?? '')) return;
    if (covered[i] !== true && t.kind === 'number' && /^\d+$/.test(t.norm)) push({ kind: 'number', start: i, end: i + 1, text: t.text, value: Number(t.norm) });
  });
  for (const m of findFallbackNames(tokens, words, covered, env.vocabulary, text, capitalsMeanNames)) push(Object.assign(m, { text: slice(m.start, m.end) }));

  mentions.sort((a, b) => a.start - b.start);
  // "display names that contain the letters 'wa'", "a mail that ends with 'a@contoso.com'": a value the names are matched
  // against, not a person or an address of the tenant.
  // "I can't see the 'Microsoft Entra roles can be assigned to the group' switch": words quoted as a label or a message point
  // at nothing of the conversation.
  const quoted = quotedSpans(text);
  const named = mentions.filter((m) => !((m.kind === 'name' || m.kind === 'email') && PATTERN_BEFORE.test(` ${words.slice(Math.max(0, m.start - 5), m.start).join(' ')} `))
    && !(m.kind === 'ref' && quoted.some(([from, to]) => tokens[m.start]!.start >= from && tokens[m.end - 1]!.end <= to)));
  return { text, tokens, words, mentions: named, stream: streamOf(words, named), flat: ` ${words.join(' ')} ` };
}

/**
 * Spans of text in quotes of three words or more ("…", “…”, or '…' opened and closed outside a word, so that "can't" and
 * "Karita's" open nothing): a label or a message quoted, not the question's own words.
 */
function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/["“]([^"“”]+)["”]|(?<![\p{L}\p{N}])['‘]([^'‘’]+)['’](?![\p{L}\p{N}])/gu)) {
    const inner = m[1] ?? m[2] ?? '';
    if (inner.trim().split(/\s+/).length >= 3) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * A capital inside the question marks a name unless the question is in title case: most of the
 * known words after the first (stop words, English words) start with a capital too.
 */
export function capitalsAreRare(tokens: readonly Token[]): boolean {
  if (!tokens.some((t, i) => i > 0 && /^[A-Z]/.test(t.text))) return true;
  if (isHeadline(tokens)) return false;
  // Stop words first ("of", "and", "by", "which"): names are made of ordinary English words
  // ("Quality Board", "Finance Department"), so counting those took a sentence naming two groups
  // for title case. English words decide only when there are too few stop words.
  const count = (keep: (norm: string) => boolean): { upper: number; lower: number } => {
    let upper = 0;
    let lower = 0;
    tokens.forEach((t, i) => {
      if (i === 0 || t.kind !== 'word' || !keep(t.norm)) return;
      if (/^[A-Z]/.test(t.text)) upper += 1;
      else lower += 1;
    });
    return { upper, lower };
  };
  const stop = count((w) => STOPWORDS.has(w));
  const { upper, lower } = stop.upper + stop.lower >= 2 ? stop : count((w) => STOPWORDS.has(w) || isEnglishWord(w));
  return upper < lower || (upper === 0 && lower === 0);
}

/** Short words a headline keeps in lower case ("How to Report Deletions for Microsoft 365 Groups Using the Audit Log"). */
const MINOR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'to', 'in', 'of', 'on', 'at', 'by', 'up', 'as', 'via', 'per', 'vs', 'from', 'with', 'into', 'onto', 'over',
]);

/**
 * A headline ("How to Export All Risky Users in Microsoft Entra", "List Users Assigned to an
 * Enterprise Application"): after the first word, at least four ordinary English words other
 * than the short ones a headline leaves in lower case, all of them capitalised.
 * Its capitals are style, not names. Names are rarely English words, so a sentence naming
 * people ("sign-ins for Blake Martin and Alain Charon") is not one.
 */
function isHeadline(tokens: readonly Token[]): boolean {
  let upper = 0;
  let all = 0;
  tokens.forEach((t, i) => {
    if (i === 0 || t.kind !== 'word' || MINOR_WORDS.has(t.norm) || !(STOPWORDS.has(t.norm) || isEnglishWord(t.norm))) return;
    all += 1;
    if (/^[A-Z]/.test(t.text)) upper += 1;
  });
  return all >= 4 && upper === all;
}

/** The classifier's view: words, with each mention replaced by its placeholder. */
export function streamOf(words: readonly string[], mentions: readonly Mention[]): string[] {
  const stream: string[] = [];
  let next = 0;
  for (let i = 0; i < words.length; i += 1) {
    const m = mentions[next];
    if (m !== undefined && m.start === i) {
      stream.push(placeholder(m));
      i = m.end - 1;
      next += 1;
    } else if (!STOPWORDS.has(words[i]!) || KEEP.has(words[i]!)) {
      stream.push(words[i]!);
    }
  }
  return stream;
}

/** Stop words that still tell intents apart. */
const KEEP: ReadonlySet<string> = new Set([
  'who', 'which', 'what', 'how', 'when', 'why', 'where', 'many', 'much', 'i', 'me', 'my', 'mine',
  'not', 'no', 'more', 'list', 'show', 'get', 'give', 'tell', 'find', 'check', 'have', 'has', 'had',
  'any', 'all', 'every', 'only', 'than', 'out', 'in', 'into', 'by', 'from', 'with', 'about', 'up', 'each',
  'now', 'currently', 'most', 'see', 'look', 'know', 'need', 'do', 'does', 'did', 'is', 'are', 'was',
  'hi', 'hello', 'hey', 'thanks', 'thank',
]);
