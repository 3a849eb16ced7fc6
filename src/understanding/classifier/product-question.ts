/**
 * The learnt half of the open-set decision (issue 16, ninth round): is a question about how the product behaves rather
 * than about the tenant's records? A binary logistic regression over features chosen to carry over to wording never
 * seen, not over a question's topic alone:
 *
 * - its **form**: the first word and the first two words ("why …", "can i …", "is it …", "does …"), also of the clause
 *   after an opening phrase;
 * - its **vocabulary against the in-scope families'**: how many content words no in-scope training paraphrase uses
 *   ("autoupgrade", "sysvol", "telephony", "staging"), and what share of the question's content words they are;
 * - which kinds of placeholders it holds (@role, @time…), "I/my", its length. Its own words, stemmed, are computed too
 *   but left out of the committed model: on the cross-validation they learnt topics and refused more in-scope questions.
 *
 * Only questions `withinGate` are taken: no request for records by its form, nothing of the tenant named.
 *
 * Trained by `scripts/understanding-train-open-set.ts` on the real-world set's tune part and the project's own tune
 * questions (never on the frozen split, never on the project's held-out questions); its threshold and regularisation
 * were chosen by cross-validation over sources (`scripts/understanding-open-set-cv.ts`). `open-set-model.json` is
 * generated; a test fails when it is stale.
 */
import type { Analysis } from '../analysis/analyse';
import { stem } from '../text/stem';
import { STOPWORDS } from '../text/vocabulary';
import { isPersonLikeName } from '../recognisers/out-of-scope';
import { MAKE_REPORT, READ_VERBS } from '../recognisers/question-form';
import { asksOfTool } from '../recognisers/tool-requests';
import type { LinearModel } from './linear-model';
import { predict } from './linear-model';
import stored from './open-set-model.json';

export interface ProductQuestionModel extends LinearModel {
  readonly version: 1;
  /** Stems the in-scope training paraphrases use (at least three times): the families' vocabulary. */
  readonly inScopeStems: readonly string[];
  /**
   * Stems of the nouns the families read, for the check of a request's object (`request-object.ts`): every stem of the
   * in-scope training paraphrases and of `shared/spec/questions.md`'s families.
   */
  readonly objectStems?: readonly string[];
  /** P(product question) at or above which the question gets `unknown`. */
  readonly threshold: number;
  readonly trainedOn: number;
  /** Hash of the sources it was built from (scripts/understanding-source-hash.ts `openSetSourceHash`). */
  readonly sourceHash?: string;
}

/** The committed model. */
export const PRODUCT_QUESTION_MODEL: ProductQuestionModel = stored as unknown as ProductQuestionModel;

const STEM_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

function stemSet(stems: readonly string[]): ReadonlySet<string> {
  let set = STEM_SETS.get(stems);
  if (set === undefined) { set = new Set(stems); STEM_SETS.set(stems, set); }
  return set;
}

/** The asker in the first person. */
const SELF: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself', 'mine']);

/** A content word of the stream: not a placeholder, not a stop word, not a number or a one- or two-letter word. */
function isContent(w: string): boolean {
  return !w.startsWith('@') && !STOPWORDS.has(w) && w.length > 2 && !/^\d/.test(w);
}

/** The features of a question for the product-question model (same function at training and at run time). */
export function productQuestionFeatures(a: Pick<Analysis, 'stream' | 'flat' | 'text'>, inScopeStems: readonly string[]): string[] {
  const vocabulary = stemSet(inScopeStems);
  const out = new Set<string>();
  const first = a.flat.trim().split(' ').slice(0, 2);
  if (first[0] !== undefined && first[0] !== '') out.add(`f1:${first[0]}`);
  if (first.length === 2) out.add(`f2:${first[0]}_${first[1]}`);
  // "For certain passwords that get rejected, does this apply…": the form of the clause after an opening phrase.
  const comma = a.text.indexOf(', ');
  if (comma > 0) {
    const after = (a.text.slice(comma + 2).toLowerCase().match(/[a-z]+/g) ?? []).slice(0, 2);
    if (after[0] !== undefined) out.add(`c1:${after[0]}`);
    if (after.length === 2) out.add(`c2:${after[0]}_${after[1]}`);
  }
  let content = 0;
  let unknown = 0;
  for (const w of a.stream) {
    if (w.startsWith('@')) { out.add(`p:${w}`); continue; }
    if (!isContent(w)) continue;
    const s = stem(w);
    out.add(`w:${s}`);
    content += 1;
    if (!vocabulary.has(s)) unknown += 1;
  }
  if (a.stream.some((w) => SELF.has(w))) out.add('self');
  out.add(`oov:${Math.min(unknown, 3)}`);
  if (content > 0) out.add(`oovshare:${unknown === 0 ? 0 : unknown * 3 < content ? 1 : unknown * 3 < content * 2 ? 2 : 3}`);
  out.add(`len:${Math.min(content, 8) >> 1}`);
  return [...out];
}

/** The probability that the question asks how the product behaves, not for the tenant's records. */
export function productQuestionProbability(a: Pick<Analysis, 'stream' | 'flat' | 'text'>, model: ProductQuestionModel = PRODUCT_QUESTION_MODEL): number {
  const p = predict(model, productQuestionFeatures(a, model.inScopeStems));
  return p[model.labels.indexOf('product')] ?? 0;
}

/** Plural nouns of the tenant's records: "what users …", and a request that is only their noun phrase ("all guest users in the organization"). */
const RECORD_NOUNS = 'users|groups|apps|applications|service principals|policies|roles|accounts|admins|administrators|guests|members|owners|changes|licen[cs]es|packages|permissions|sign ?ins|signins|logins|events|detections|assignments|requests';

/**
 * A request for records by its form: it opens (after a polite wrapper) with a verb of reading ("Find guest accounts…",
 * "List all risky users", "how do I know which roles…", "Where can I find all the deleted applications?") or asks who,
 * which, how many or what records of the tenant ("What CA policies are not enabled?", "what users have been issued a TAP"). Also
 * an opening "use <a parameter or tool> to <verb of reading>" ("Use $search to get users…", Graph's example headings) and a
 * request that is only the records' noun phrase, with at most two modifiers before the noun and a preposition, relative or
 * participle after it ("all guest users in the organization", "direct members of a group with count", "users with
 * displayName containing…", "groups beginning with fin"; Graph Explorer's sample names); "do users with … get …" opens with a question's word and stays out.
 * Such a question is the families' (or an out-of-scope topic's, which the topics recognise), never
 * the learnt gate's: the gate only takes questions that ask how something behaves. Making a report of records ("how do I
 * create a report of users without MFA") asks for them too.
 */
const RECORDS_REQUEST = new RegExp(
  String.raw`^ (?:(?:please|pls|hey|hi|ok|so|now|and|also|then|next) )*(?:(?:can|could|would|will) you (?:please )?|i (?:need|want|would like) to |i'?d like to |help me |let me |how (?:do|can|could|would|should) (?:i|we) |is there a way to |(?:is|would) (?:it|@it) (?:be )?possible (?:for (?:me|us) )?to |where (?:can|do|could|would) (?:i|we) |(?:can|could|may) (?:i|we) )?(?:use (?:\S+ ){1,4}?to )?(?:(?:${READ_VERBS})(?:s|es|ing)?|${MAKE_REPORT}|(?:give|send|e-?mail|mail|forward) (?:me|us)|(?:i|we) (?:need|want|would like|require) (?:a |an |the )?(?:full |complete |quick )?(?:list|report|overview|export|count|summary|breakdown|table)|provide|who|whom|whose|which|how many|any|are there any|is there any|do (?:we|i) (?:have|own|manage) any|what (?:\S+ )?(?:${RECORD_NOUNS}))\b|^ (?:(?:all|every|the|only|any) )?(?:(?!(?:what|whats|why|how|when|where|is|are|was|were|can|could|do|does|did|will|would|should|shall|may|might|must|has|have|had|if|i|we|you|they)\b)\S+ ){0,2}?(?:${RECORD_NOUNS})(?: (?:with|in|of|that|who|which|whose|without|from|where|by|i|sorted|ordered|including|containing|starting|beginning|matching|excluding|created|assigned|added|deleted|removed|named|whose)\b| ?$)`,
);

/**
 * Records asked for grouped by one of their columns, in a message that is not worded as a question ("the various kinds of
 * MFA failures this week, by error code", "failed sign-ins last month per app"): a summary of the tenant's records.
 */
const GROUPED_RECORDS = / (?:grouped |broken down |split |bucketed |sorted |ordered )?(?:by|per) (?:error ?codes?|codes?|apps?|applications?|users?|accounts?|countr(?:y|ies)|cit(?:y|ies)|locations?|days?|hours?|weeks?|months?|results?|status|departments?|roles?|risk levels?|browsers?|operating systems?|os|ip addresses|ips|devices?|platforms?) $/;

/**
 * A yes/no question about all or any of the tenant's records and a fact they have ("do all administrators have MFA?", "are
 * any guests disabled?", "does every group have an owner?"): the records that have it or lack it. Not "do users need…",
 * "can all users…", "do all users have to…" or "are all users able to…", which ask what the product requires or allows.
 */
const QUANTIFIED_RECORDS = /^ (?:do|does|are|is|have|has|did|were) (?:all|any|every|each) (?:of (?:the|our|my) )?(?:(?:privileged|global|guest|external|member|disabled|enabled|active|inactive|stale) )?(?:users?|admins?|administrators?|guests?|accounts?|groups?|apps?|applications?|service principals?|owners?|members?) (?:(?:have|has)(?! to\b)|got|use|uses|are(?! (?:able|allowed|required|supposed|expected|going) )|is(?! (?:able|allowed|required|supposed|expected|going) )|still|already|been|registered|enabled|disabled|signed|with|without)\b/;

/**
 * What waits on the asker ("what's waiting for my approval", "what is pending on me", "anything awaiting our review", "what do
 * I need to approve", "what needs my approval"): their queue.
 */
const PENDING_ON_ASKER = /^ (?:what|whats|anything|is anything|is there anything)(?: is| are)? (?:still )?(?:waiting|pending|awaiting|outstanding|open) (?:for|on|to)? ?(?:me|my|us|our)\b|^ what (?:do|does|should) (?:i|we) (?:still )?(?:need|have) to (?:approve|review|sign off|action)\b|^ (?:what|which \S+) (?:still )?(?:needs?|requires?) (?:my|our) (?:approval|review|sign ?off|attention)\b/;

/** What a sign-in records about itself. */
const SIGN_IN_FACT = '(?:(?:sign ?in |login )?locations?|ip(?: address(?:es)?)?|ips|risk(?: levels?| state| detail)?|devices?|browsers?|operating systems?|os|apps?|applications?|status|results?|error(?: codes?)?|failure reasons?|countr(?:y|ies)|cit(?:y|ies)|client apps?|mfa(?: method| details)?|authentication (?:method|details|requirement))';

/**
 * What a sign-in recorded, asked as "what is the …" of it ("What is the sign-in location and IP address used for sign-in?",
 * "what was the risk level during the login", "what are the IPs of the sign-ins"): the sign-in records' columns, not a
 * definition ("what is sign-in risk?" names no sign-in it was recorded of).
 */
const SIGN_IN_FACTS = new RegExp(String.raw`^ what (?:is|are|was|were) the (?:\S+ )?${SIGN_IN_FACT}(?: (?:and|or) (?:the )?(?:\S+ )?${SIGN_IN_FACT})* (?:used (?:for|in|during) |during |of |for |in |at )(?:the |a |my |their |his |her |each |every |these |those |last |latest |recent )*(?:sign ?ins?|signins?|logins?|log ?ins?|logons?|sessions?)\b`);

/**
 * How far an authentication method has spread among the tenant's people ("What is my MFA adoption rate?", "our MFA coverage",
 * "passwordless registration rate"): the registration report's share, a record of the tenant, not how the product behaves.
 */
const ADOPTION_OF_METHOD = / (?:mfa|2fa|multi ?factor(?: authentication)?|multifactor(?: authentication)?|passwordless|authenticator|fido2?|passkeys?|windows hello|sspr) (?:adoption|registration|enrol?ment|enrollment|coverage|uptake|rollout|usage)(?: (?:rate|rates|percentage|percentages|level|levels|status|progress))?(?= |$)/;

/** Whether the question asks for records by its form (see RECORDS_REQUEST, GROUPED_RECORDS, QUANTIFIED_RECORDS, PENDING_ON_ASKER, SIGN_IN_FACTS, ADOPTION_OF_METHOD). */
export function asksForRecords(flat: string): boolean {
  return RECORDS_REQUEST.test(flat) || GROUPING.test(flat) || QUANTIFIED_RECORDS.test(flat) || PENDING_ON_ASKER.test(flat) || SIGN_IN_FACTS.test(flat) || ADOPTION_OF_METHOD.test(flat) || (!QUESTION_FORM.test(flat) && GROUPED_RECORDS.test(flat));
}

/**
 * A grouping of records asked for ("the various kinds of MFA failures this week, by error code", "sign-ins grouped by app"):
 * a summary of the tenant's records, whatever the opening.
 */
const GROUPING = / (?:grouped|broken down|broken out|bucketed|summari[sz]ed|aggregated) (?:by|per) | (?:by|per) (?:error codes?|result codes?|failure reasons?|apps?|applications?|countr(?:y|ies)|locations?|days?|hours?|weeks?|months?|results?|status)(?= ?$)/;

/**
 * A pronoun that stands for a person even with nothing in the conversation ("why can't she sign in", "what are their
 * roles"; "they" after a plural noun of the question is that noun's and no mention at all).
 */
const PERSONAL_PRONOUN = /^(?:he|she|him|her|his|hers|himself|herself|they|them|their|theirs)$/i;

/** A yes/no question by its first word. */
const YES_NO_FORM = /^ (?:is|are|was|were|can|could|do|does|did|will|would|should|shall|may|might|must|has|have) /;

/** A question by its first word. */
const QUESTION_FORM = /^ (?:what|whats|why|how|when|where|which|who|whose|is|are|was|were|can|could|do|does|did|will|would|should|shall|may|might|must|has|have|if|any) /;

/** The noun of a kind of the tenant's objects, next to a name ("group Helpdesk Admins", "the Salesforce app"). */
const KIND_NOUNS: Readonly<Record<string, RegExp>> = { group: /^groups?$/, app: /^(?:apps?|applications?)$/, user: /^(?:users?|accounts?)$/ };

/** Words before a name that make it someone's ("the sessions of Alain", "for Karita"). */
const OWNER_BEFORE = /^(?:of|for|by|from|to|about|with)$/;

/**
 * Whether a mention names something of the tenant: a user, group, app, access package or catalog the tenant has, an
 * e-mail, id, IP or error code, an unknown name read as one of those ("the user Bob") or as a person ("Lee Majors", as
 * `out-of-scope.ts` reads them; one capitalised word after "of", "for", "by"…: "the sessions of Alain"), a personal pronoun, or a reference to what the conversation holds ("this group" when
 * there is one). "a user", "an app" are anyone; a role, a department or a place may be asked of in general.
 */
function namesTenantObject(m: Analysis['mentions'][number], referents: boolean, before: string | undefined, demonstrative = false, after?: string): boolean {
  switch (m.kind) {
    case 'role':
      // "the transitive roles group Helpdesk Admins has": a role's name that is also a group's (or an app's), with that kind's
      // noun next to it, is that object of the tenant.
      return (m.alternatives ?? []).some((e) => { const noun = KIND_NOUNS[e.kind]; return noun !== undefined && (noun.test(before ?? '') || noun.test(after ?? '')); });
    case 'user': case 'group': case 'app': case 'accessPackage': case 'catalog': case 'email': case 'guid': case 'ip': case 'errorCode':
      return true;
    case 'name':
      return (m.hint !== undefined && m.hint !== 'role') || isPersonLikeName(m) || (/^[A-Z][a-z'’-]+$/.test(m.text) && before !== undefined && OWNER_BEFORE.test(before));
    case 'ref':
      // "what this application actually does", "this service principal": one of the tenant's objects pointed at, even with
      // nothing in the conversation yet (the card asks which; `namesTenant` leaves yes/no questions of capability, "Can this
      // service principal sign in interactively?", to the gate); "it", "they" alone stay words.
      return PERSONAL_PRONOUN.test(m.text) || (referents && !/^an? /i.test(m.text)) || (demonstrative && m.ref !== 'any' && /^(?:this|that|these|those) /i.test(m.text));
    default:
      return false;
  }
}

/** Not being able to sign in, and its words ("cant … sign in", "unable to log in", "keeps failing to sign in"). */
const TROUBLE = /^(?:cant|cannot|couldnt|unable|not|failing|fails|failed|blocked|locked|denied|keeps?|kept)$/;
const SIGN_IN = /^(?:signin|signins|login|logins|logon|logons|signed|logged|sign|log|access|authenticate)$/;

/**
 * Someone's trouble signing in: the asker ("why cant i log in") or a name ("why cant zoltan sign in") with words of not
 * being able to just before or after it and a sign-in word after it. The troubleshooter's question about an account, not
 * about the product ("Can I keep SMS sign-in…" stays the gate's).
 */
function troubleSigningIn(a: Pick<Analysis, 'words' | 'mentions'>): boolean {
  const subjects: [number, number][] = [];
  a.words.forEach((w, i) => { if (w === 'i' || w === 'we' || w === 'my') subjects.push([i, i + 1]); });
  for (const m of a.mentions) if (m.kind === 'name') subjects.push([m.start, m.end]);
  return subjects.some(([start, end]) => {
    const around = [...a.words.slice(Math.max(0, start - 2), start), ...a.words.slice(end, end + 3)];
    return around.some((w) => TROUBLE.test(w)) && a.words.slice(end, end + 5).some((w) => SIGN_IN.test(w));
  });
}

/**
 * The tenant itself pointed at ("the onmicrosoft domain of this tenant"), or one of its own details asked of it ("my
 * Microsoft Entra tenant's region", "what region is our tenant in"): its own details.
 */
const TENANT_WORDS = '(?:microsoft entra |entra id |entra |azure ad |azure active directory |microsoft 365 |m365 )?(?:tenant|directory|organi[sz]ation)s?';
const THIS_TENANT = new RegExp(' (?:this|that) (?:tenant|directory|organi[sz]ation|org|domain) '
  // "my tenant" reads "the tenant" in the flat text; "the tenant ID" alone is anyone's ("retrieving the tenant ID via Graph").
  + `| (?:my|our|this|the) ${TENANT_WORDS} (?:region|country|location|data location|geo|geography|datacenter location|creation date|technical contact) `
  + `| (?:my|our|this) ${TENANT_WORDS} (?:id|tenant id|display name|primary domain|default domain|initial domain) `
  + '| (?:is|are) (?:my|our|this|the) (?:tenant|directory|organi[sz]ation) (?:in|located|based|hosted|stored) ');

/**
 * Whether the question names something of the tenant or points at the tenant itself (see `namesTenantObject`; "this
 * tenant"): such a question is the families', whatever its form.
 */
export function namesTenant(a: Pick<Analysis, 'flat' | 'words' | 'mentions'>, referents: boolean): boolean {
  // A yes/no question ("Is this application compatible with…", "Can this service principal…") asks what such an object can
  // do, not for its records.
  const demonstrative = !YES_NO_FORM.test(a.flat);
  return THIS_TENANT.test(a.flat) || a.mentions.some((m) => namesTenantObject(m, referents, a.words[m.start - 1], demonstrative, a.words[m.end]));
}

/**
 * Whether the gate may take the question at all: it does not ask for records by its form, is not about someone's trouble
 * signing in, does not point at the tenant itself and names nothing of the tenant (`namesTenantObject`). `referents`: the conversation holds something "this", "it", "they" can point at.
 */
export function withinGate(a: Pick<Analysis, 'text' | 'flat' | 'words' | 'mentions' | 'stream'>, referents = false, inScopeStems: readonly string[] = PRODUCT_QUESTION_MODEL.inScopeStems): boolean {
  // "blorp fizz wobble": no word the families use and not asked as a question. Nothing was understood, which is not a
  // question about the product either.
  if (!QUESTION_FORM.test(a.flat) && !/\?\s*$/.test(a.text)) {
    const vocabulary = stemSet(inScopeStems);
    if (!a.stream.some((w) => isContent(w) && vocabulary.has(stem(w)))) return false;
  }
  // "Which is the correct description?", "filter out the deleted accounts from the output": asked of the tool, not records.
  return (!asksForRecords(a.flat) || asksOfTool(a.flat)) && !troubleSigningIn(a) && !namesTenant(a, referents);
}

/**
 * Whether the open set takes the question as one about the product: within the gate (not a request for records by its form, see
 * `withinGate`), and the model's probability at or above its threshold.
 */
export function isProductQuestion(a: Pick<Analysis, 'text' | 'stream' | 'flat' | 'words' | 'mentions'>, referents: boolean, model: ProductQuestionModel = PRODUCT_QUESTION_MODEL): boolean {
  if (!withinGate(a, referents, model.inScopeStems)) return false;
  return productQuestionProbability(a, model) >= model.threshold;
}
