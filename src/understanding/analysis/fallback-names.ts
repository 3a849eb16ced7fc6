import type { Token } from '../text/tokenize';
import type { Vocabulary } from '../text/vocabulary';
import { STOPWORDS } from '../text/vocabulary';
import { isEnglishWord } from '../text/english';
import { NEGATIONS, capitalsAreRare } from './analyse';

type Hint = 'user' | 'group' | 'app' | 'role' | 'accessPackage' | 'catalog';

const AFTER: Readonly<Record<string, Hint>> = {
  group: 'group', groups: 'group', team: 'group', dl: 'group', app: 'app', application: 'app',
  apps: 'app', sp: 'app', package: 'accessPackage', role: 'role', catalog: 'catalog',
};
const BEFORE: Readonly<Record<string, Hint>> = {
  group: 'group', app: 'app', application: 'app', package: 'accessPackage', catalog: 'catalog',
  user: 'user', principal: 'app', role: 'role',
};

/** A tool's parts and files, after a name that is theirs ("the Tests folder", "the Switch Tenant button"). */
const TOOL_PARTS = /^(?:folders?|files?|buttons?|tabs?|menus?|blades?|features?|modules?|scripts?|templates?|spreadsheets?|worksheets?|columns?|fields?|wizards?|dialogs?|screens?|panes?|panels?|functionality)$/;

/** Verbs of having used something, before an app's name ("still using Internet Explorer" is a browser, not an app of the tenant). */
const USED_BEFORE = /^(used|accessed|opened|launched)$/;

/** Product names people put in questions ("Find Entra ID app registrations…", "shown in Identity Protection"): never a name of the tenant. */
const PRODUCT_WORDS: ReadonlySet<string> = new Set(['entra', 'aad', 'azure', 'azuread', 'microsoft', 'm365', 'o365', 'ms365', 'msft', 'protection']);

/**
 * Protocol and API terms of Microsoft's identity documentation ("OAuth2 permission grants", "SAML
 * apps", "SCIM provisioning"): what something is, never a name of the tenant.
 */
const TECHNICAL_WORDS: ReadonlySet<string> = new Set([
  'oauth', 'oauth2', 'saml', 'saml2', 'oidc', 'openid', 'scim', 'sso', 'sspr', 'ldap', 'kerberos', 'ntlm', 'fido', 'fido2', 'totp', 'otp', 'jwt',
  'sid', 'sids', 'json', 'csv', 'xml', 'http', 'https', 'rest', 'sdk', 'api', 'apis', 'graph', 'odata', 'msal', 'adal', 'powershell', 'cli', 'metadata', 'hostname', 'hostnames', 'setup', 'config', 'signup', 'eg', 'ie', 'etc',
  // field names people type before the value ("accountname alain", "samaccountname jdoe")
  'accountname', 'username', 'samaccountname', 'userprincipalname', 'displayname', 'objectid', 'appid',
  // column names of the sign-in and audit logs people list ("users, errorcodes, country, state, city and ipaddress")
  'errorcode', 'errorcodes', 'ipaddress', 'ipaddresses', 'resulttype', 'resultdescription', 'appdisplayname', 'useragent',
  'correlationid', 'timegenerated', 'operationname', 'initiatedby', 'targetresources', 'devicedetail', 'locationdetails',
]);

/** Prefixes written before a hyphen ("pre-integrated", "non-interactive", "co-owner"). */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'pre', 'non', 're', 'co', 'multi', 'anti', 'un', 'sub', 'self', 'cross', 'post', 'semi', 'auto', 'inter', 'intra', 'mid', 'de', 'bi', 'tri', 'ex', 'meta', 'mis',
]);

/** Offsets of the text inside parentheses: an aside or examples ("(Okta/Duo etc)", "(such as Gmail)"), not the subject. */
function parenthesised(text: string): (offset: number) => boolean {
  const spans: [number, number][] = [];
  const re = /\([^()]*\)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return (offset) => spans.some(([a, b]) => offset > a && offset < b);
}

/** Who did something to objects ("the guest inviters", "Guest User Creator"): a role in an event, never a name. */
const ACTOR_NOUNS: ReadonlySet<string> = new Set(['creator', 'creators', 'inviter', 'inviters']);

/**
 * A verb of reading in any form ("'pim role assignment list' - Retrieves a list of role assignments for a user", "Lists the
 * owners", "Returns the groups"): what a description says the command does, never a name, capitalised or not.
 */
const READING_VERB_FORMS = /^(?:detect(?:s|ed|ing)?|retriev(?:es|ed|ing)|lists|listed|listing|gets|getting|shows|showed|showing|returns|returned|returning|fetch(?:es|ed|ing)|displays|displayed|displaying|exports|exported|exporting|queries|queried|querying|enumerat(?:es|ed|ing)|extracts|extracted|extracting|finds|finding)$/;

function isName(t: Token, word: string, vocabulary: Vocabulary, capitalsMeanNames: boolean, first: boolean): boolean {
  if (t.kind !== 'word') return false;
  if (STOPWORDS.has(word) || vocabulary.has(word) || PRODUCT_WORDS.has(word) || TECHNICAL_WORDS.has(word) || NEGATIONS.test(word) || READING_VERB_FORMS.test(word) || ACTOR_NOUNS.has(word)) return false;
  // "View assignments programmatically": a long adverb in lower case is a word the list lacks, not a name ("Kelly" is one).
  if (/^[a-z]{6,}ly$/.test(t.text)) return false;
  // "unconsenting", "nonsynced", "misconfigured": a prefix before an English word makes a word, not a name.
  const prefixed = /^(?:un|non|dis|mis|re|pre|de)([a-z]{4,})$/.exec(word);
  if (prefixed !== null && /^[a-z]/.test(t.text) && isEnglishWord(prefixed[1]!)) return false;
  if (!isEnglishWord(word)) return true;
  return capitalsMeanNames && !first && /^[A-Z][a-z]/.test(t.text);
}

/**
 * Words that are neither vocabulary nor stop words, in runs, are names the gazetteer does not
 * know ("karita" with no tenant loaded). A neighbouring "group" / "app" / "access package"
 * hints at the kind; capitalised words right after a name run join it ("Sales Team"). `capitalsMeanNames`:
 * `capitalsAreRare(tokens)`, which the caller may already have.
 */
export function findFallbackNames(
  tokens: readonly Token[], words: readonly string[], covered: readonly boolean[], vocabulary: Vocabulary, text = '', capitalsMeanNames = capitalsAreRare(tokens),
): { kind: 'name'; start: number; end: number; hint?: Hint }[] {
  const out: { kind: 'name'; start: number; end: number; hint?: Hint }[] = [];
  const aside = parenthesised(text);
  // "pre-integrated", "non-interactive", "multi-tenant": a prefix joined to the next word by a hyphen, not a name.
  const prefix = (k: number): boolean => HYPHEN_PREFIXES.has(words[k]!) && text[tokens[k]!.end] === '-' && tokens[k + 1]?.start === tokens[k]!.end + 1;
  // "… the identified risks. Subsequently, craft …": a sentence's first word is capitalised by style, as the question's first is.
  const sentenceStart = (k: number): boolean => k === 0 || /[.?!]\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  // "e.g." is "for example", not a name.
  const eg = (k: number): boolean => (words[k] === 'e' && words[k + 1] === 'g') || (words[k] === 'g' && words[k - 1] === 'e');
  const name = (k: number): boolean => !aside(tokens[k]!.start) && !prefix(k) && !eg(k) && isName(tokens[k]!, words[k]!, vocabulary, capitalsMeanNames, sentenceStart(k));
  const taken = [...covered];
  const lowerCaseOnly = !/[A-Z]/.test(text);
  const surnameLike = (k: number): boolean => k < tokens.length && taken[k] !== true && tokens[k]!.kind === 'word' && /^[a-z]{2,10}$/.test(tokens[k]!.text)
    && !STOPWORDS.has(words[k]!) && !vocabulary.has(words[k]!) && AFTER[words[k]!] === undefined && !READING_VERB_FORMS.test(words[k]!) && !/(?:ly|ing|ed)$/.test(words[k]!);
  for (const m of anchoredNames(tokens, words, covered, vocabulary, capitalsMeanNames)) {
    out.push(m);
    for (let k = m.start; k < m.end; k += 1) taken[k] = true;
  }
  let i = 0;
  while (i < tokens.length) {
    if (taken[i] === true || !name(i)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    if (words[i] === 'id' && PRODUCT_WORDS.has(words[i - 1] ?? '')) { i += 1; continue; }
    while (end < tokens.length && taken[end] !== true && tokens[end]!.kind === 'word'
      && (name(end) || (/^[A-Z]/.test(tokens[end]!.text) && AFTER[words[end]!] === undefined && tokens[end]!.text !== 'I'))) end += 1;
    // "who is john doe?", "list groups that sawyer miller is a member of": in a message typed without capitals, a surname that
    // is also an English word the families never use follows the first name it belongs to.
    // Both words are as short as people's names are ("deleteddatetime property" is a field), and the surname ends the
    // question or comes before a function word ("john doe?", "sawyer miller is…").
    if (lowerCaseOnly && end === i + 1 && tokens[i]!.text.length <= 10 && surnameLike(end) && (tokens[end + 1] === undefined || tokens[end + 1]!.kind !== 'word' || STOPWORDS.has(words[end + 1]!))) end += 1;
    const after = words[end];
    const before = words[i - 1];
    // "a recently acquired app", "an unknown group": lower-case words after "a"/"an" (and an adverb) describe the object.
    const article = /ly$/.test(before ?? '') ? words[i - 2] : before;
    if ((article === 'a' || article === 'an') && after !== undefined && AFTER[after] !== undefined && tokens.slice(i, end).every((t) => /^[a-z]/.test(t.text))) { i = end; continue; }
    // "the Tests folder", "the Switch Tenant button", "the Bulk Import feature": the name of a tool's part or a file, not of the
    // tenant's objects.
    if (after !== undefined && TOOL_PARTS.test(after)) { i = end; continue; }
    // "which users used Workday", "who accessed Zoom": what people use or open is an app ("who accessed Alain's account" is not).
    const used = before !== undefined && USED_BEFORE.test(before) && !/['’]s$/.test(tokens[end - 1]!.text) ? 'app' : undefined;
    const hint = (after !== undefined ? AFTER[after] : undefined) ?? (before !== undefined ? BEFORE[before] : undefined) ?? used;
    out.push({ kind: 'name', start: i, end, ...(hint !== undefined ? { hint } : {}) });
    i = end;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words that end a name read backwards from "group" / "app" (they are the question, not the name). */
const STRUCTURE: ReadonlySet<string> = new Set([
  'members', 'member', 'owners', 'owner', 'people', 'users', 'user', 'apps', 'app', 'roles', 'role', 'details',
  'show', 'list', 'get', 'give', 'tell', 'find', 'who', 'which', 'what', 'owns', 'own', 'manages', 'does', 'did',
  'access', 'assigned', 'membership', 'permissions', 'info', 'about', 'changed', 'modified', 'called', 'named',
]);

/** Verbs of reading that open a request ("track group changes", "audit app changes"): the command, not a name. */
const COMMANDS: ReadonlySet<string> = new Set([
  'track', 'monitor', 'retrieve', 'fetch', 'view', 'display', 'report', 'export', 'audit', 'check', 'search', 'count', 'identify',
  'review', 'pull', 'query', 'extract', 'enumerate', 'lookup', 'summarize', 'summarise', 'inspect', 'analyze', 'analyse',
]);

/** Their -ing forms open a heading the same way ("Tracking group membership changes", "Retrieving deleted users"). */
const COMMAND_GERUNDS: ReadonlySet<string> = new Set(
  [...COMMANDS, 'show', 'list', 'find', 'get', 'locate', 'detect', 'determine', 'investigate', 'discover', 'analyse']
    .flatMap((v) => [`${v}ing`, ...(v.endsWith('e') ? [`${v.slice(0, -1)}ing`] : []), ...(v === 'get' ? ['getting'] : [])]),
);

/**
 * Names the words around them announce, even when they are ordinary words: "the marketing
 * group", "the All Employees group", "the group called Research Team", "an app named Graph
 * Explorer".
 */
function anchoredNames(
  tokens: readonly Token[], words: readonly string[], covered: readonly boolean[], vocabulary: Vocabulary, capitalsMeanNames: boolean,
): { kind: 'name'; start: number; end: number; hint: Hint }[] {
  const out: { kind: 'name'; start: number; end: number; hint: Hint }[] = [];
  // In a headline every word is capitalised (capitalsMeanNames false): a capital there does not make an ordinary word a name.
  const free = (k: number): boolean => covered[k] !== true && tokens[k]?.kind === 'word' && !STOPWORDS.has(words[k]!) && !STRUCTURE.has(words[k]!)
    && !(k === 0 && (COMMANDS.has(words[k]!) || COMMAND_GERUNDS.has(words[k]!)))
    && !PRODUCT_WORDS.has(words[k]!) && !(words[k] === 'id' && PRODUCT_WORDS.has(words[k - 1] ?? ''))
    // "assigned to specific Enterprise Application": the kind of app (Entra's "enterprise applications"), not its name.
    && !(APP_KINDS.has(words[k]!) && (words[k + 1] === 'app' || words[k + 1] === 'application' || words[k + 1] === 'apps' || words[k + 1] === 'applications'))
    && (!vocabulary.has(words[k]!) || (capitalsMeanNames && /^[A-Z]/.test(tokens[k]!.text)) || words[k] === 'team');
  for (let k = 0; k < tokens.length; k += 1) {
    const w = words[k]!;
    if (covered[k] === true) continue;
    if ((w === 'called' || w === 'named' || w === 'titled') && k > 0) {
      const hint = BEFORE[words[k - 1]!] ?? AFTER[words[k - 1]!];
      let end = k + 1;
      while (end < tokens.length && free(end) && end - k <= 5) end += 1;
      if (hint !== undefined && end > k + 1) out.push({ kind: 'name', start: k + 1, end, hint });
      continue;
    }
    const hint = KIND_AFTER[w];
    if (hint === undefined || k === 0) continue;
    let start = k;
    while (start > 0 && free(start - 1) && k - start < 4) start -= 1;
    // "a recently acquired app", "a new group": after "a"/"an", lower-case English words describe the object, not name it.
    const article = /ly$/.test(words[start - 1] ?? '') ? words[start - 2] : words[start - 1];
    const described = (article === 'a' || article === 'an') && tokens.slice(start, k).every((t) => /^[a-z]/.test(t.text));
    // "static application permissions", "excessive app permissions": "application permissions" is a kind of permission (the
    // app-only ones, beside delegated), and lower-case English words before it describe the permissions, not name an app.
    const ofPermissionKind = hint === 'app' && PERMISSION_NOUNS.has(words[k + 1] ?? '')
      && tokens.slice(start, k).every((t, j) => /^[a-z]/.test(t.text) && isEnglishWord(words[start + j]!));
    if (start < k && !described && !ofPermissionKind && !out.some((m) => m.end > start)) out.push({ kind: 'name', start, end: k, hint });
  }
  return out;
}

/** "application permissions": the kind of permission the words before describe. */
const PERMISSION_NOUNS: ReadonlySet<string> = new Set(['permission', 'permissions']);

/** Words that say which kind of application, before "app(lication)": never its name. */
const APP_KINDS: ReadonlySet<string> = new Set(['enterprise', 'gallery', 'registered', 'multitenant', 'saas']);

/** Kind words that, right after some words, make those words a name. */
const KIND_AFTER: Readonly<Record<string, Hint>> = { group: 'group', app: 'app', application: 'app', catalog: 'catalog' };
