import type { Analysis } from '../analysis/analyse';
import type { Mention } from '../analysis/mention';
import type { ConversationContext, Subject } from '../conversation';
import type { IntentName } from '../intent';
import type { NameEntry } from '../names/name-index';
import { resolveAny, subjectValue, subjectsOf } from '../context/subjects';
import type { AmbiguousSlot } from '../intent';
import { SCHEMAS } from '../../families/registry';

export type EntityKind = 'user' | 'group' | 'app' | 'role' | 'accessPackage' | 'catalog' | 'department' | 'country' | 'city';

/** One entity value found for a kind, in question order. */
export interface EntityValue {
  readonly value: string;
  /** From the conversation ("her", "these apps"): several subjects at once. */
  readonly fromContext?: boolean;
  /** An unknown word taken for a name: used only when nothing better names the subject. */
  readonly weak?: boolean;
  /** A weak name the question says the kind of ("the Finance group"): named when the intent takes no such subject. */
  readonly hinted?: boolean;
  readonly ambiguous?: AmbiguousSlot;
}

const PRIMARY_ORDER: readonly EntityKind[] = ['user', 'group', 'app', 'accessPackage', 'catalog', 'role'];

/** The entity kind an intent is mainly about (for names of unknown kind and "it"). */
export function primaryKind(intent: IntentName): EntityKind | undefined {
  const accepts = SCHEMAS[intent].accepts;
  if (intent === 'report.groupMembersByDepartment') return 'group';
  if (intent === 'users.search') return 'department';
  return PRIMARY_ORDER.find((k) => accepts.includes(k));
}

const ME_BLOCKERS = new Set(['show', 'give', 'tell', 'get', 'send', 'let', 'help', 'pull', 'find', 'list', 'email', 'for']);
// "what I should do about them": advice asked for, not a question about the asker; "what
// policies can I enable": the asker acting as the admin, not the subject of the question.
const I_BLOCKERS = new Set([
  'see', 'get', 'view', 'ask', 'find', 'list', 'show', 'know', 'check', 'look', 'use', 'do', 'should',
  'enable', 'disable', 'configure', 'deploy', 'create', 'set', 'turn', 'implement', 'fix', 'improve', 'secure', 'protect',
  'remediate', 'investigate', 'monitor', 'audit', 'review', 'query', 'filter', 'export', 'need', 'want', 'start',
  // "how do I figure out / tell / determine which groups were deleted": the asker's verbs of reading, like "find" and "see".
  'figure', 'tell', 'determine', 'identify', 'detect', 'track', 'pull', 'retrieve', 'locate', 'discover', 'spot', 'verify',
  'confirm', 'search', 'extract', 'fetch', 'obtain', 'report', 'analyze', 'analyse', 'display', 'print',
]);

/**
 * "I'd like to know who…", "I would love to see…", "I'm trying to find…", "I wonder which…", "I have to check…": the asker
 * wrapping the question, not its subject.
 */
const I_WRAPPERS = new Set(['would', 'like', 'love', 'wonder', 'wondered', 'wish', 'wanted', 'needed', 'must', 'just', 'also', 'require', 'looking', 'trying', 'hoping', 'wondering', 'searching', 'attempting', 'interested', 'unable']);
function wrapsQuestion(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  if (I_WRAPPERS.has(next)) return true;
  if (next === 'have' || next === 'had') return words[i + 2] === 'to';
  if (next === 'am' || next === 'was') return I_WRAPPERS.has(words[i + 2] ?? '') || /^[a-z]+ing$/.test(words[i + 2] ?? '') || words[i + 2] === 'not';
  return false;
}

/** Whether the person talks about themself ("my sign-ins", "groups I own"). */
export function mentionsSelf(a: Analysis): boolean {
  return a.words.some((w, i) => {
    if (w === 'my' || w === 'mine' || w === 'myself') return true;
    if (w === 'me') return !ME_BLOCKERS.has(a.words[i - 1] ?? '') || (a.words[i - 1] === 'for' && i === a.words.length - 1);
    // "how can I work out which users…": "work out" reads, like "figure out" ("people I work with" stays the asker's).
    if (w === 'i') return !I_BLOCKERS.has(a.words[i + 1] ?? '') && !(a.words[i + 1] === 'work' && a.words[i + 2] === 'out') && !wrapsQuestion(a.words, i);
    return false;
  });
}

/** A clarify card shows at most this many buttons. */
const MAX_CHOICES = 10;

function entityValue(entries: readonly NameEntry[], typed: string): EntityValue {
  if (entries.length === 1) return { value: entries[0]!.canonical };
  // "Megan's direct reports" with two Megans: the name asked about is "Megan", not "Megan's".
  const text = typed.replace(/['’]s$/, '');
  const choices = entries.slice(0, MAX_CHOICES).map((e) => ({ label: e.kind === 'user' && e.key !== undefined ? `${e.canonical} (${e.key})` : e.canonical, value: e.key ?? e.canonical }));
  return { value: text, ambiguous: { slot: entries[0]!.kind, text, choices, ...(entries.length > MAX_CHOICES ? { total: entries.length } : {}) } };
}

function fromSubjects(subjects: readonly Subject[], plural: boolean): EntityValue[] {
  const list = plural ? subjects : subjects.slice(0, 1);
  return list.map((s) => ({ value: subjectValue(s), fromContext: true }));
}

function isPlural(m: Mention): boolean {
  return /\b(these|those|them|they|their|above|groups|apps|applications|principals|users)\b/i.test(m.text);
}

/** Words before an unknown name that make it a place, a browser or a tool rather than a subject ("from Edge", "using Chrome"). */
const ORIGIN_BEFORE = /^(from|using|via|through|on)$/;

/** An unknown name (no hint, not the tenant's) after "from", "using", "via"…: where or with what, never the person or object asked about. */
export function isOrigin(a: Analysis, m: Mention): boolean {
  if (m.kind !== 'name' || m.hint !== undefined) return false;
  let k = m.start - 1;
  // "from operating system 'MAC OS'": a describing noun or two may come between.
  while (k >= 0 && k >= m.start - 3 && /^(operating|system|os|browser|client|app|device|platform|the|a|an)$/.test(a.words[k]!)) k -= 1;
  return ORIGIN_BEFORE.test(a.words[k] ?? '');
}

/** Words naming a licence, after a product's name ("an Intune license", "Visio Plan 2 licences"). */
const LICENCE_WORDS = /^(licen[cs]es?|licen[cs]ed|subscriptions?|skus?|seats?)$/;
/** Words before a product's name that hold or count it ("have an", "with", "how many"), not a person's name ("show Karita licences"). */
const HOLDING_BEFORE = /^(a|an|the|any|with|have|has|having|holding|hold|holds|many|our|no|without|assigned|of)$/;

/**
 * The licence a name before a licence word is ("which users have an Intune Plan 1 licence", "who has a
 * Visio license", "the Visio service plan"): a product, never the person asked about. Returns its
 * words (with a plan number), or undefined. A possessive ("Pablo's licenses") stays a person, and an
 * unknown name needs a word that holds or counts it before it ("show karita licences" is a person's).
 */
export function productBeforeLicence(a: Analysis, m: Mention): string | undefined {
  if (!((m.kind === 'name' && m.hint === undefined) || m.kind === 'app') || /['’]s$/.test(m.text)) return undefined;
  let end = m.end;
  const number = a.mentions.find((n) => n.kind === 'number' && n.start === end);
  if (number !== undefined) end = number.end;
  const next = a.words[end] ?? '';
  const licence = LICENCE_WORDS.test(next) || ((next === 'service' || next === 'assigned') && /^plans?$/.test(a.words[end + 1] ?? ''));
  if (!licence || (m.kind === 'name' && !HOLDING_BEFORE.test(a.words[m.start - 1] ?? ''))) return undefined;
  return number !== undefined ? `${m.text} ${number.text}` : m.text;
}

/** What the words just before an id name it as: an app ("application id", "client id", "service principal id") or a user ("user id"). */
function guidKind(a: Analysis, m: Mention): 'app' | 'user' | 'group' | undefined {
  const before = ` ${a.words.slice(Math.max(0, m.start - 4), m.start).join(' ')} `;
  if (/ (app|application|client|principal|sp|enterprise app|appid|clientid)( object)? (id|guid|identifier)( is| of| =)? $| (appid|clientid) $/.test(before)) return 'app';
  if (/ (user|account|person|userid)( object)? (id|guid|identifier)( is| of| =)? $| userid $/.test(before)) return 'user';
  if (/ group( object)? (id|guid|identifier)( is| of| =)? $/.test(before)) return 'group';
  return undefined;
}

/**
 * A name given as an example of a class the question asks about ("Azure resources such as the Azure portal", "apps, e.g.
 * Salesforce"): the class is asked for, so the example is no filter (fill.ts names it as not applied).
 */
export function isExample(a: Analysis, m: Mention): boolean {
  // A person given as an example still makes the question one about a person (the classifier sees a name): kept.
  if (m.kind === 'user') return false;
  let k = m.start - 1;
  while (k >= 0 && /^(the|a|an)$/.test(a.words[k]!)) k -= 1;
  const two = `${a.words[k - 1] ?? ''} ${a.words[k] ?? ''}`;
  return two === 'such as' || two === 'e g' || a.words[k] === 'eg' || two === 'for example' || two === 'for instance' || endsAnExampleList(a, m);
}

/** Words a list of examples ends with ("Global Admin, Security Admin, etc.", "(Salesforce and so on)"). */
const LIST_END = /(?:^| )(?:etc|and so on|and so forth|and others|and more|or similar|and similar)(?: |$)/;

/**
 * "privileged roles (Global Admin, etc.)", "apps like Salesforce, Workday etc": a name in a list that ends with "etc." or "and
 * so on" is one example of the class asked about. The list runs to the end of its parentheses, or up to a full stop.
 */
function endsAnExampleList(a: Analysis, m: Mention): boolean {
  const from = a.tokens[m.end - 1]?.end;
  if (from === undefined) return false;
  const rest = a.text.slice(from, from + 80);
  const list = rest.split(/[).;:?!]/, 1)[0]!.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ');
  return LIST_END.test(list);
}

/** Every entity the question names or points at, by kind, resolved against the context. */
export function collectEntities(intent: IntentName, a: Analysis, context: ConversationContext): Map<EntityKind, EntityValue[]> {
  const out = new Map<EntityKind, EntityValue[]>();
  const add = (kind: EntityKind, values: EntityValue[]): void => { out.set(kind, [...(out.get(kind) ?? []), ...values]); };
  const primary = primaryKind(intent);
  for (const m of a.mentions) {
    switch (m.kind) {
      case 'user': case 'group': case 'app': case 'role': case 'accessPackage': case 'catalog': case 'department': case 'country': case 'city': {
        if (isExample(a, m)) break;
        const other = (m.alternatives ?? []).filter((e) => e.kind === primary);
        if (m.kind !== primary && other.length > 0) add(other[0]!.kind, [entityValue(other, m.text)]);
        else add(m.kind, [entityValue(m.entries, m.text)]);
        break;
      }
      case 'email': add('user', [{ value: m.text }]); break;
      // "application id 'cb10…'", "client id", "object id of the user": the words before the id say what it is.
      case 'guid': add(guidKind(a, m) ?? (primary === 'user' ? 'user' : 'app'), [{ value: m.text }]); break;
      case 'name': {
        // "sign-ins from Edge", "logs from operating system 'MAC OS'": where from or with what, not who.
        if (isOrigin(a, m) || productBeforeLicence(a, m) !== undefined) break;
        const kind = m.hint ?? primary ?? 'user';
        add(kind === 'department' ? 'department' : kind, [{ value: m.text.replace(/['’]s$/, ''), weak: true, ...(m.hint !== undefined ? { hinted: true } : {}) }]);
        break;
      }
      case 'ref': {
        const preferred = primary === 'user' || primary === 'group' || primary === 'app' || primary === 'role' || primary === 'accessPackage' ? primary : undefined;
        const kind = m.ref === 'any' ? resolveAny(context, preferred) : m.ref;
        if (kind === undefined) break;
        const values = fromSubjects(subjectsOf(context, kind), isPlural(m));
        add(kind, values.length > 0 ? values : [{ value: '', fromContext: true }]);
        break;
      }
      default: break;
    }
  }
  if (primary === 'user' && (out.get('user') ?? []).every((v) => v.weak === true) && mentionsSelf(a)) add('user', [{ value: 'me' }]);
  for (const [kind, values] of out) out.set(kind, [...values.filter((v) => v.weak !== true), ...values.filter((v) => v.weak === true)]);
  return out;
}
