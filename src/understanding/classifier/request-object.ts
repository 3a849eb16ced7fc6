/**
 * What a request for records asks for (issue 16, tenth round). The learnt gate (`product-question.ts`) takes only questions
 * that are not requests for records by their form; a request whose form is right but whose object no family reads ("Show
 * the SharePoint sites…", "Which cloud environments are included…", "Get all role definitions", "List the Azure
 * subscriptions") was still answered with some family's rows. This check reads the request's object — the noun phrase
 * after its opening verb of reading, "which", "what" or "how many" (after a polite wrapper and determiners: "can you give
 * me all the …") — and takes its head, the last word before a preposition, a relative word, a verb of the clause or an
 * adverb ("access reviews", "cloud environments", "role definitions"). When the head is a word that no in-scope training
 * paraphrase uses or `shared/spec/questions.md` names for the families (`PRODUCT_QUESTION_MODEL.objectStems`, built from
 * `training/templates` by `scripts/understanding-train-open-set.ts`) and the question names nothing of the tenant (a
 * user, group, app, package, catalog, id, a person-like name, a pronoun, "this tenant", a placeholder in the phrase),
 * the question gets `unknown` with that phrase as the topic. A modifier the families do not use ("Intune compliance
 * policies") is not enough: the head decides, so "cloud-only users" and "high-risk sign-ins" stay the families'.
 *
 * No threshold and no weights: the vocabulary is the families' and the rule is of the phrase's form; it was validated by
 * the cross-validation over sources (`scripts/understanding-open-set-cv.ts`) and on held-out batches (figures in
 * `test/understanding/real-world/README.md`, tenth round).
 */
import type { Analysis } from '../analysis/analyse';
import { stem } from '../text/stem';
import { STOPWORDS } from '../text/vocabulary';
import { PRODUCT_QUESTION_MODEL, namesTenant } from './product-question';

/** Words of a polite wrapper before the request ("could you please", "i need to", "how do i", "is there a way to"). */
const WRAPPER: ReadonlySet<string> = new Set([
  'please', 'pls', 'hey', 'hi', 'ok', 'so', 'now', 'and', 'also', 'then', 'next', 'can', 'could', 'would', 'will', 'you',
  'i', 'we', 'need', 'want', 'to', 'like', 'id', 'help', 'me', 'let', 'how', 'do', 'should', 'is', 'there', 'a', 'way',
  'it', '@it', 'possible', 'be', 'for', 'us', 'where', 'may', 'kindly', 'just', 'quickly',
]);

/** A request's opening: a verb of reading, "which", "what", "give me", "how many" (tested on one word). */
const OPENING = /^(?:see|view|find|get|list|show|check|know|tell|identify|report|export|pull|query|retrieve|search|review|display|count|generate|download|obtain|locate|fetch|collect|gather|summari[sz]e|which|what|whats|give|provide)$/;

/** Words between the opening and the object ("me all the current", "a list of", "the number of", "the details of"). */
const BEFORE_OBJECT: ReadonlySet<string> = new Set([
  'me', 'us', 'a', 'an', 'the', 'all', 'any', 'list', 'lists', 'report', 'reports', 'of', 'our', 'my', 'your', 'every',
  'each', 'current', 'currently', 'recent', 'complete', 'full', 'many', 'is', 'are', 'were', 'was', 'there', 'these',
  'those', 'some', 'other', 'out', 'up', 'please', 'details', 'detail', 'number', 'total', 'overview', 'summary', 'kind',
  'kinds', 'type', 'types', 'top', 'most', 'more', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'twenty', 'fifty', 'hundred',
  // "get an output of my CA policies", "an export of the guests", "a dump of the sign-ins": the form of the records, not their kind.
  'output', 'outputs', 'export', 'exports', 'dump', 'copy', 'table', 'listing', 'csv',
]);

/** Words that end the object's noun phrase: function words, relative and clause words, adverbs. */
const AFTER_OBJECT: ReadonlySet<string> = new Set([
  ...STOPWORDS, 'whose', 'without', 'having', 'across', 'over', 'since', 'during', 'last', 'per', 'via', 'under', 'must',
  'need', 'needs', 'may', 'might', 'within', 'between', 'after', 'before', 'being', 'using', 'such', 'including',
  'against', 'through', 'due', 'still', 'already', 'ever', 'never', 'recently', 'actually', 'even', 'yet', 'both', 'either',
]);

/** The longest object phrase read (a longer run of words is a clause, whose head is not its last word: not judged). */
const MAX_PHRASE = 4;

/**
 * The noun phrase a stream opens with, after the words before an object ("all the failed sign-ins this week" → "failed
 * sign-ins"), with the index of the word after it; undefined when it opens with a function word.
 */
export function leadingPhrase(stream: readonly string[], from = 0): { phrase: string[]; next: number } | undefined {
  let i = from;
  while (i < stream.length && BEFORE_OBJECT.has(stream[i]!)) i += 1;
  const phrase: string[] = [];
  // A participle after the first word ends the phrase ("permissions granted to…", "accounts created by…"); before
  // it, it is a modifier ("disabled accounts").
  const ends = (w: string): boolean => AFTER_OBJECT.has(w) || /ly$/.test(w) || (phrase.length > 0 && /ed$/.test(w));
  while (i < stream.length && !ends(stream[i]!)) {
    // More words than a noun phrase holds: a clause, whose last word is not its object's head.
    if (phrase.length === MAX_PHRASE) return undefined;
    phrase.push(stream[i]!);
    i += 1;
  }
  return phrase.length === 0 ? undefined : { phrase, next: i };
}

/**
 * The object of a request for records, as words of the stream ("access reviews" of "List all active access reviews"),
 * with the index of the word after it, or undefined when the question does not open as a request (after a wrapper) or the object is not a noun phrase
 * ("how do I check if…", "who…").
 */
export function requestObject(stream: readonly string[]): { phrase: string[]; next: number } | undefined {
  let i = 0;
  const howMany = (k: number): boolean => stream[k] === 'how' && stream[k + 1] === 'many';
  while (i < stream.length && i < 8 && WRAPPER.has(stream[i]!) && !howMany(i)) i += 1;
  if (i >= stream.length) return undefined;
  if (howMany(i)) i += 2;
  else if (OPENING.test(stream[i]!)) i += 1;
  else return undefined;
  return leadingPhrase(stream, i);
}

/**
 * Nouns for the people of an organisation, which the families read as users whatever the templates call them ("Show
 * the newest hires", "Which personnel are in HR?", "Show the B2B collaborators"), and for attacks on accounts, which
 * the risk family reads as detections ("List password spray attacks"); as stems.
 */
const PEOPLE_AND_ATTACKS: ReadonlySet<string> = new Set([
  'staff', 'personnel', 'employees', 'workers', 'hires', 'joiners', 'leavers', 'starters', 'newcomers', 'contractors',
  'consultants', 'interns', 'trainees', 'vendors', 'partners', 'collaborators', 'colleagues', 'coworkers', 'teammates',
  'folks', 'individuals', 'humans', 'persons', 'people', 'externals', 'visitors', 'students', 'faculty', 'teachers',
  'executives', 'managers', 'directors', 'engineers', 'developers', 'technicians', 'analysts', 'helpdesk', 'attacks',
  'attackers', 'intruders', 'hackers', 'compromises',
].map(stem));

/** The families' objects in the plural (a modifier is singular: "user terms of use agreements"). */
const FAMILY_OBJECTS = /^(?:users|accounts|guests|members|people|persons|employees|admins|administrators|owners|groups|apps|applications|principals|roles|packages|signins|logins)$/;

/**
 * "… (SID) for a cloud only user", "the mailbox size of each user": the head followed (within three words) by one of the
 * objects the families are about, in the words of `shared/spec/questions.md`'s slots (a person or account, a group, an
 * application or service principal, a role, an access package, a sign-in, the asker).
 */
function aspectOfFamilyObject(flat: string, head: string): boolean {
  const at = flat.indexOf(` ${head} `);
  if (at < 0) return false;
  return /^ (?:of|for|on|from|by|per) (?:\S+ ){0,3}(?:users?|accounts?|guests?|members?|people|persons?|employees?|admins?|administrators?|owners?|groups?|apps?|applications?|principals?|roles?|packages?|sign ?ins?|signins?|logins?|me|myself) /.test(flat.slice(at + head.length + 1));
}

/**
 * The topic of a request for records whose object no family reads ("cloud environments"), or undefined when the
 * question is not such a request, names something of the tenant, asks for an object a family reads, or asks for an
 * aspect of one of the families' objects ("cloud security identifier (SID) for a cloud only user": the family's card
 * shows or names what it cannot).
 */
export function unreadRequestObject(a: Pick<Analysis, 'stream' | 'flat' | 'words' | 'mentions'>, referents: boolean, objectStems: readonly string[] = PRODUCT_QUESTION_MODEL.objectStems ?? PRODUCT_QUESTION_MODEL.inScopeStems): string | undefined {
  const found = requestObject(a.stream);
  if (found === undefined) return undefined;
  const { phrase } = found;
  // A name the tenant does not have may qualify the object ("NDES certificate connectors"); the tenant's names never.
  if (phrase.some((w, k) => w.startsWith('@') && (w !== '@name' || k === phrase.length - 1))) return undefined;
  const head = phrase[phrase.length - 1]!;
  const headStem = stem(head);
  if (headStem.length < 3 || /\d/.test(head) || readByFamilies(headStem, familyStems(objectStems)) || PEOPLE_AND_ATTACKS.has(headStem)) return undefined;
  // "which users authenticated…", "guests accessing…": the families' objects, then a verb of the clause the phrase ran into.
  if (phrase.slice(0, -1).some((w) => FAMILY_OBJECTS.test(w))) return undefined;
  if (aspectOfFamilyObject(a.flat, head)) return undefined;
  if (namesTenant(a, referents)) return undefined;
  // The topic in the person's words: a name as typed ("NDES certificate connectors").
  const names = a.mentions.filter((m) => m.kind === 'name');
  let n = a.stream.slice(0, found.next - phrase.length).filter((w) => w === '@name').length;
  return phrase.map((w) => (w === '@name' ? names[n++]?.text ?? w : w)).join(' ');
}

/**
 * Whether the families read the noun: its stem, or the verb it is made from ("removals", "deletions", "additions",
 * "assignments", "activations": the changes the audit families read, whose verbs the templates use).
 */
function readByFamilies(headStem: string, stems: ReadonlySet<string>): boolean {
  if (stems.has(headStem)) return true;
  const verb = /^(.{3,}?)(?:ition|ation|ion|ment|al|ing)$/.exec(headStem)?.[1];
  return verb !== undefined && (stems.has(verb) || stems.has(`${verb}at`));
}

const STEM_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

function familyStems(stems: readonly string[]): ReadonlySet<string> {
  let set = STEM_SETS.get(stems);
  if (set === undefined) { set = new Set(stems); STEM_SETS.set(stems, set); }
  return set;
}
