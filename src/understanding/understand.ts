import { analyse } from './analysis/analyse';
import type { Analysis } from './analysis/analyse';
import { readingsOf } from './analysis/readings';
import { byProbability, familyMass, familyOf, weighByEvidence } from './classifier/open-set';
import { hasSubjectEvidence } from './recognisers/subject-evidence';
import { isProductQuestion, namesTenant } from './classifier/product-question';
import { toolRequest, toolWords } from './recognisers/tool-requests';
import { unreadRequestObject } from './classifier/request-object';
import type { ProductQuestionModel } from './classifier/product-question';
import { asksBareAssignments, asksForHelp, asksOtherTenants, collectionSibling, hasIntentCue, hasIntentCueIn, otherSubjectSibling, plainSibling, subjectlessSibling } from './recognisers/intent-cues';
import { definingSibling } from './recognisers/defining-siblings';
import { countedConditions, withCounted } from './recognisers/counted-conditions';
import { unaccountedNegation } from './recognisers/negations';
import { mentionsSelf } from './slots/entities';
import { features } from './classifier/features';
import { knownFeatures, predict } from './classifier/linear-model';
import { MODEL, modelVocabulary } from './classifier/model';
import { ellipticalFollowUp, startsAsFollowUp } from './context/follow-up';
import { resolveVagueRefs } from './context/resolve-refs';
import { fillFromContext, subjectsOf } from './context/subjects';
import type { ConversationContext } from './conversation';
import { EMPTY_CONTEXT } from './conversation';
import type { Intent, IntentName, OutOfScopeKind, Slots } from './intent';
import { isIntentName } from './intent';
import { EMPTY_GAZETTEER } from './names/gazetteer';
import type { Gazetteer } from './names/gazetteer';
import { createNameIndex } from './names/name-index';
import type { NameIndex } from './names/name-index';
import { detectChangeRequest } from './recognisers/change-request';
import { outOfScopeTopic } from './recognisers/out-of-scope';
import { withoutCourtesy } from './text/courtesy';
import { withoutAskerContext } from './asker-sentences';
import { detectGraphGet, detectKql } from './recognisers/raw-query';
import { fillSlots } from './slots/fill';
import { buildIntent as build } from './build-intent';
import { ACTIVITIES_ON_KIND, CHANGE_EVENTS, DETAILS_INTENTS, EVENT_INTENTS, OBJECT_HISTORY, OTHER_EVENTS, WHO_CHANGED_OBJECT, WHY_CHANGED_OBJECT, auditOnlyEvent, changesMembership, createdByPerson, personActed, ruleChosen } from './audit-rules';
import { SCHEMAS } from '../families/registry';
import { STOPWORDS, withSlipsCorrected } from './text/vocabulary';
import { isEnglishWord } from './text/english';

export interface UnderstandOptions {
  /** The tenant's names; without it names are taken as typed. */
  readonly gazetteer?: Gazetteer;
  /** A prepared index (else built from `gazetteer` once and cached). */
  readonly nameIndex?: NameIndex;
  /** "Now" for time expressions (the demo tenant's anchor). Default: the clock. */
  readonly now?: Date;
  /**
   * The learnt open-set model (`classifier/product-question.ts`); `null` turns it off. Default: the committed one.
   * Cross-validation scripts pass a fold's model.
   */
  readonly openSet?: ProductQuestionModel | null;
}

/** Mentions of objects the tenant has (not unknown names, roles, departments or places). */
const KNOWN_OBJECTS: ReadonlySet<string> = new Set(['user', 'group', 'app', 'accessPackage', 'catalog']);

/** Below this probability the parser says `unknown` and offers the closest intents. */
export const MIN_CONFIDENCE = 0.3;

const indexes = new WeakMap<Gazetteer, NameIndex>();

/** The name index of a gazetteer, built once per gazetteer object. */
export function nameIndexFor(gazetteer: Gazetteer): NameIndex {
  let index = indexes.get(gazetteer);
  if (index === undefined) {
    const vocabulary = modelVocabulary();
    index = createNameIndex(gazetteer, (w) => vocabulary.has(w) || STOPWORDS.has(w) || isEnglishWord(w), (w) => vocabulary.has(w) || STOPWORDS.has(w));
    indexes.set(gazetteer, index);
  }
  return index;
}

/** The model's labels that are intents, with their index in its probabilities (in the labels' order). */
const RANKED_LABELS: readonly { readonly name: IntentName; readonly index: number }[] = MODEL.labels
  .map((label, index) => ({ name: label as IntentName, index }))
  .filter((x) => isIntentName(x.name));

/** Intents ranked by the classifier, most likely first (`feats`: the stream's features, when the caller has them). */
export function rankIntents(a: Analysis, feats: readonly string[] = features(a.stream)): { name: IntentName; p: number }[] {
  const probs = predict(MODEL, feats);
  return RANKED_LABELS.map((x) => ({ name: x.name, p: probs[x.index]! })).sort(byProbability);
}

/** Intents the classifier gives to assignments asked for with no kind (`asksBareAssignments`). */
const BARE_ASSIGNMENTS_OVER: ReadonlySet<IntentName> = new Set<IntentName>(['app.users', 'role.members', 'assignments.expiring', 'accessPackage.assignments', 'report.appAccessBetween']);

/** Placeholders of the stream that can fill each needed entity slot ("@it" and unknown names fill any). */
const FILLERS: Readonly<Record<string, readonly string[]>> = {
  user: ['@user', '@it', '@name', 'me', 'my', 'i', 'myself'], group: ['@group', '@it', '@name'], app: ['@app', '@it', '@name'], accessPackage: ['@pkg', '@it', '@name'],
};

/**
 * How plausible a reading's best intent is: its probability, halved when the reading leaves an
 * entity the intent needs unnamed. "Helpdesk Admins" read as the role makes "which directory
 * roles are assigned to helpdesk admins" a user's roles without a user; read as the group, it is
 * the group's roles.
 */
function plausibility(best: { name: IntentName; p: number }, stream: readonly string[]): number {
  const unnamed = (SCHEMAS[best.name].needs ?? []).some((slot) => {
    const fillers = FILLERS[slot];
    return fillers !== undefined && !stream.some((w) => fillers.includes(w));
  });
  return unnamed ? best.p / 2 : best.p;
}

/** How many of the reading's names are of a kind the intent takes. */
function acceptedKinds(name: IntentName, a: Analysis): number {
  const accepts: readonly string[] = SCHEMAS[name].accepts;
  return a.mentions.filter((m) => accepts.includes(m.kind) || (m.kind === 'group' && accepts.includes('groups'))).length;
}

/** The three intents ranked closest, offered when the question is not answered (never `unknown` or `help`). */
function closestIntents(ranking: readonly { readonly name: IntentName }[]): IntentName[] {
  return ranking.filter((r) => r.name !== 'unknown' && r.name !== 'help').slice(0, 3).map((r) => r.name);
}

/** `unknown` for a question about something Entra Ask does not read, with the closest intents and why. */
function outOfScope(ranking: readonly { readonly name: IntentName }[], why: { readonly outOfScope: string; readonly outOfScopeKind: OutOfScopeKind; readonly outOfScopeLearnt?: true }): Intent {
  return build('unknown', {}, { confidence: 1, alternatives: closestIntents(ranking), ...why });
}

const CHANGE_SUBJECTS = ['user', 'group', 'app', 'role', 'accessPackage'] as const;

/**
 * A request to change something: `change.refused` with the action, the subjects it names, and
 * (as the alternative) the reading question its object would be, so the answer can offer it.
 */
function changeRefused(action: string, rest: string, context: ConversationContext, options: UnderstandOptions): Intent {
  const slots: Record<string, unknown> = { action };
  let alternative: IntentName | undefined;
  // "add Karita to Finance Department": the whole object, then its parts around to/from/into.
  const pieces = rest.trim() === '' ? [] : [rest, ...rest.split(/\s+(?:to|from|into|out of|in|for|on)\s+/).filter((p) => p !== rest)];
  for (const piece of pieces.slice(0, 4)) {
    const inner = understand(`show ${piece}`, context, options);
    for (const k of CHANGE_SUBJECTS) if (slots[k] === undefined && inner.slots[k] !== undefined) slots[k] = inner.slots[k];
    if (alternative === undefined && inner.name !== 'unknown' && inner.name !== 'help' && inner.name !== 'change.refused') alternative = inner.name;
  }
  return build('change.refused', slots as Slots, { confidence: 1, alternatives: alternative !== undefined ? [alternative] : undefined });
}

/**
 * Understands one question: which intent of questions.md it asks, with which slots. Pure,
 * synchronous and deterministic for the same text, context, gazetteer and `now`.
 */
export function understand(asked: string, context: ConversationContext = EMPTY_CONTEXT, options: UnderstandOptions = {}): Intent {
  const query = detectKql(asked);
  if (query !== undefined) return { name: 'kql.run', slots: { query }, confidence: 1 };
  const path = detectGraphGet(asked);
  if (path !== undefined) return { name: 'graph.get', slots: { path }, confidence: 1 };
  const now = options.now ?? new Date();
  const names = options.nameIndex ?? nameIndexFor(options.gazetteer ?? EMPTY_GAZETTEER);
  const text = withoutAskerContext(withoutCourtesy(asked), names, now);
  if (text.trim() === '') return { name: 'help', slots: {}, confidence: 1 };
  const change = detectChangeRequest(withSlipsCorrected(text, modelVocabulary()));
  if (change !== undefined && change.capability !== true) return changeRefused(change.action, change.rest, context, options);

  const a = resolveVagueRefs(analyse(text, { names, vocabulary: modelVocabulary(), now }), context);
  const referents = context.lastIntent !== undefined || (['user', 'group', 'app', 'role', 'accessPackage'] as const).some((k) => subjectsOf(context, k).length > 0);
  const topic = outOfScopeTopic(a, subjectsOf(context, 'user').length > 0, referents);
  if (topic !== undefined) {
    return outOfScope(rankIntents(a), { outOfScope: topic, outOfScopeKind: 'topic' });
  }
  // "Is it possible to disable Alain's account?": asked as a capability but of the tenant's own object, a change.
  if (change !== undefined) return changeRefused(change.action, change.rest, context, options);
  // "It would be great if the sign-in report also showed…", "Can you add who made the change?", "what the Graph API looks
  // at to decide…": a message about a tool, a page, an API or a document, not about the tenant's records.
  const tool = toolRequest(toolWords(text));
  if (tool !== undefined && (tool.unlessNamed !== true || (!referents && !namesTenant(a, referents)))
    && (tool.unlessKnown !== true || !a.mentions.some((m) => KNOWN_OBJECTS.has(m.kind)))) {
    return outOfScope(rankIntents(a), { outOfScope: tool.topic, outOfScopeKind: 'topic' });
  }

  const follow = ellipticalFollowUp(a, context);
  if (follow !== undefined) {
    const filled = fillSlots(follow.intent, a, context, now);
    const slots: Record<string, unknown> = { ...follow.base, ...filled.slots };
    const missing = fillFromContext(slots, (SCHEMAS[follow.intent].needs ?? []).filter((s) => slots[s] === undefined), context);
    return build(follow.intent, slots as Slots, { confidence: 0.9, missing, ambiguous: filled.ambiguous, notApplied: filled.notApplied });
  }
  // "Are single label domains (SLDs) supported?", "Why is a reboot required to install the DC agent software?": a question
  // about how the product behaves, by its form and by words no family's questions use, with no tenant object named.
  // The bot's own help ("what are your capabilities", "examples") is a question about the product it answers.
  const firstFeatures = features(a.stream);
  const firstRanking = rankIntents(a, firstFeatures);
  if (options.openSet !== null && firstRanking[0]!.name !== 'help' && isProductQuestion(a, referents, options.openSet ?? undefined)) {
    return outOfScope(firstRanking, { outOfScope: 'how the product behaves', outOfScopeLearnt: true, outOfScopeKind: 'product' });
  }
  // "Show the SharePoint sites…", "Which cloud environments are included…": a request for records whose object no
  // family reads, with nothing of the tenant named.
  const unread = firstRanking[0]!.name === 'help' ? undefined : unreadRequestObject(a, referents);
  if (unread !== undefined) {
    return outOfScope(firstRanking, { outOfScope: unread, outOfScopeKind: 'object' });
  }

  // "View assignments", "who has an assignment": entitlement management's assignments, whichever holders the classifier thought of.
  if (BARE_ASSIGNMENTS_OVER.has(firstRanking[0]!.name) && !hasIntentCue('assignments.expiring', a.stream) && asksBareAssignments(a.stream)) {
    return ruleChosen('accessPackage.assignments', a, context, now);
  }

  let reading = a;
  let ranked = weighByEvidence(firstRanking, a.stream);
  for (const other of readingsOf(a).slice(1)) {
    const r = weighByEvidence(rankIntents(other), other.stream);
    if (r[0]!.name === 'unknown' || plausibility(r[0]!, other.stream) <= plausibility(ranked[0]!, reading.stream)) continue;
    // The same intent either way: a reading whose names the intent takes no better is no better
    // ("inactive guests in Marketing" read as a catalog would hide the name from notApplied).
    if (r[0]!.name === ranked[0]!.name && acceptedKinds(r[0]!.name, other) <= acceptedKinds(ranked[0]!.name, reading)) continue;
    ranked = r; reading = other;
  }
  // "locations Giovanna has signed in from": the qualifier (new, unusual) is missing, so the plain sibling answers.
  // "what applications are members signing into": unused apps without a word of disuse, but the sign-ins' apps asked for, a
  // sibling's defining predicate.
  const plain = !hasIntentCue(ranked[0]!.name, reading.stream) ? plainSibling(ranked[0]!.name) ?? definingSibling(ranked[0]!.name, reading.flat) : undefined;
  const best = plain !== undefined ? { name: plain, p: ranked[0]!.p } : ranked[0]!;
  const alternatives = closestIntents(ranked);
  const known = knownFeatures(MODEL, reading === a ? firstFeatures : features(reading.stream));
  // Only words that are neither English, the model's nor the tenant's names ("blorp zizzle"): nothing was understood.
  const onlyUnknownWords = reading.stream.length > 0 && reading.stream.every((w) => w === '@name');
  // "Why is Alain's account disabled?", "why was Karita deleted": the change that put the object in that state, in its audit
  // history, whatever the classifier ranked first (its words are a product question's or a profile's).
  const streamText = reading.stream.join(' ');
  if (WHY_CHANGED_OBJECT.test(streamText)) return ruleChosen('audit.forObject', reading, context, now);
  // "List all activities related to policy", "activities on groups this week": the audit log's records of that kind of object.
  if (ACTIVITIES_ON_KIND.test(streamText) && !OTHER_EVENTS.test(streamText)) return ruleChosen('audit.changes', reading, context, now);
  // The sibling whose defining predicate the question states, if any ("sign-ins of the Finance group" are sign-ins).
  const defining = definingSibling(best.name, reading.flat);
  if (known === 0 || onlyUnknownWords || best.name === 'unknown' || familyMass(ranked) < MIN_CONFIDENCE || !hasSubjectEvidence(familyOf(best.name), reading.stream) || !hasIntentCueIn(best.name, streamText) || asksOtherTenants(defining ?? best.name, reading.flat) || (best.name === 'help' && (best.p < 0.5 || !asksForHelp(reading.stream)))) {
    // "Entra ID - Enterprise Applications - Deletions", "who added Karita to the Finance group", "which users were issued a
    // Temporary Access Pass": deletions, membership changes and passes issued are the audit log's, which the classifier's words may not show.
    const audit = onlyUnknownWords ? undefined : auditOnlyEvent(reading, context, now);
    if (audit !== undefined) return audit;
    return build('unknown', {}, { confidence: best.name === 'unknown' ? best.p : 1 - best.p, alternatives });
  }

  const creator = createdByPerson(reading, context, now);
  if (creator !== undefined) return creator;
  const acted = best.name.startsWith('audit.') ? undefined : personActed(reading, context, now);
  if (acted !== undefined) return acted;
  if (DETAILS_INTENTS.has(best.name) && OBJECT_HISTORY.test(streamText) && !OTHER_EVENTS.test(streamText)) return ruleChosen('audit.forObject', reading, context, now);
  // "who changed Karita's phone number", "who removed Alain's MFA method": who made a change to a named object is its audit
  // history, not the object's current state (her profile, her methods). A password's resets are user.passwordChange's
  // (questions.md: lastPasswordChangeDateTime and the audit log's resets).
  if (WHO_CHANGED_OBJECT.test(streamText) && !best.name.startsWith('audit.') && best.name !== 'privileged.changes' && best.name !== 'user.passwordChange' && !changesMembership(reading)) {
    return ruleChosen('audit.forObject', reading, context, now);
  }
  // "show me audit logs for the last 24 hours" names no person: the tenant's, not one person's.
  const namesPerson = reading.stream.some((w) => w === '@user' || w === '@name' || w === '@it') || mentionsSelf(reading) || subjectsOf(context, 'user').length > 0;
  const chosen = defining ?? (namesPerson ? undefined : subjectlessSibling(best.name)) ?? best.name;
  // "Retrieve users without managers", "ownerless applications": one object's intent asked of a collection.
  const collection = context.lastIntent === undefined ? collectionSibling(chosen, reading.stream) : undefined;
  const other = collection ?? otherSubjectSibling(chosen, reading.stream, reading.flat);
  if (other === 'unknown') return auditOnlyEvent(reading, context, now) ?? build('unknown', {}, { confidence: 1 - best.p, alternatives });
  // "who removed Alain from Sales Team", "when was Karita added to Finance Department": a membership change is the tenant's
  // log of that activity (with the person and the group), not the person's or the group's own history read as a deletion.
  if ((other ?? chosen) === 'audit.forObject' && changesMembership(reading)) return auditOnlyEvent(reading, context, now) ?? ruleChosen('audit.changes', reading, context, now);
  // "show group deletions this month", "users removed from groups recently": a search of today's objects cannot show
  // an event only the audit log holds (deleted users stay users.deleted, the recycle bin).
  // "who put Alain in Sales Team", "has anyone added members to Sales Team recently", "which groups was Karita added to this
  // month": a change of members, told by a verb of change, is the audit log's, not today's members or groups.
  if (((other ?? chosen) === 'group.members' || (other ?? chosen) === 'user.groups') && changesMembership(reading)) return auditOnlyEvent(reading, context, now) ?? ruleChosen('audit.changes', reading, context, now);
  if (!EVENT_INTENTS.test(other ?? chosen) && (other ?? chosen) !== 'unknown' && CHANGE_EVENTS.test(reading.flat)) {
    return auditOnlyEvent(reading, context, now) ?? ruleChosen('audit.changes', reading, context, now);
  }
  if ((other ?? chosen) === 'groups.search' || (other ?? chosen) === 'users.search') {
    const audit = auditOnlyEvent(reading, context, now);
    if (audit !== undefined) return audit;
  }
  const { name, filled } = appliedSibling(other ?? chosen, reading, context, now);
  const slots: Record<string, unknown> = { ...filled.slots };
  const missing = fillFromContext(slots, filled.missing, context);
  if (slots.window === undefined && context.window !== undefined && startsAsFollowUp(reading) && SCHEMAS[name].accepts.includes('window')) {
    slots.window = context.window;
  }
  // "users who signed in from 3 or more countries", "the guests connecting to the most applications", "the percentage of
  // sign-ins covered by MFA": a count, ranking or share the family does not compute is refused with the nearest families,
  // or named when the family's rows still answer (one named subject's rows, a log's rows that are what is counted).
  const counted = countedConditions(name, slots as Slots, reading.flat);
  // "Karita's sign-ins within an hour of the alert": the hour is the condition named, not the last hour.
  if (counted.some((c) => reading.mentions.some((m) => m.kind === 'time' && c.words.includes(m.text.toLowerCase())))) delete slots.window;
  const refused = counted.find((c) => c.verdict === 'refuse');
  if (refused !== undefined) {
    return build('unknown', {}, { confidence: 1, alternatives: [name, ...alternatives.filter((n) => n !== name)].slice(0, 3), outOfScope: refused.words, outOfScopeKind: 'count' });
  }
  // Parts of the question parsed again reuse this parse's name index and "now" (Object.assign: in Node 20 a spread with new
  // keys after it costs microseconds).
  const again: UnderstandOptions = Object.assign({}, options, { nameIndex: names, now });
  const pair = name === 'unknown' || name === 'help' ? undefined : twoFactsOfOnePerson(text, context, again);
  if (pair !== undefined) return pair;
  const also = alsoClause(text, name, filled.slots, context, again);
  const named = withCounted(also !== undefined && !filled.notApplied.includes(also) ? [...filled.notApplied, also] : filled.notApplied, counted);
  const negation = unaccountedNegation(text, name, slots, named);
  const notApplied = negation !== undefined ? [...named, negation] : named;
  return build(name, slots as Slots, {
    confidence: Math.round(best.p * 1000) / 1000,
    alternatives: best.p < 0.6 ? alternatives.filter((n) => n !== name) : undefined,
    missing,
    ambiguous: filled.ambiguous,
    notApplied,
  });
}

/** "… that also have no owners", "… who also changed their MFA methods": a second fact joined by "also" (as typed). */
const ALSO_CLAUSE = /\b(?:that|who|which|and|but)\s+(?:have\s+|has\s+|had\s+)?also\s+([^,.;?!]+?)(?=\s+and\s+|\s*[,.;?!]|\s*$)/i;

/**
 * "apps with expiring secrets that also have no owners", "users flagged as risky who also changed their MFA methods this week":
 * a second fact joined by "also" that the intent does not apply — the question read without the clause fills the same slots —
 * is named ("also have no owners"), never dropped. The family's rows answer the first fact.
 */
function alsoClause(text: string, name: IntentName, slots: Slots, context: ConversationContext, options: UnderstandOptions): string | undefined {
  const m = ALSO_CLAUSE.exec(text);
  if (m === null) return undefined;
  // Without the clause: another intent ("guests who also have admin roles" is role.members by it) or other slots than a period
  // said in the clause ("… who also changed their MFA methods this week") mean the clause was applied.
  const without = understand(`${text.slice(0, m.index)}${text.slice(m.index + m[0].length)}`, context, options);
  if (without.name !== name) return undefined;
  const noPeriod = (x: Slots): string => JSON.stringify(Object.entries(x).filter(([k]) => k !== 'window'));
  return noPeriod(slots) === noPeriod(without.slots) ? `also ${m[1]!.trim()}` : undefined;
}

/**
 * "Give me Karita's manager and licence assignments", "show my groups and roles": two facts of one person that two intents
 * answer. The first asked answers, the second is named ("licence assignments (another question)"), never dropped; one more
 * parse of each part, only when a possessive is followed by "and". undefined when both parts are one intent or not one person's.
 */
function twoFactsOfOnePerson(text: string, context: ConversationContext, options: UnderstandOptions): Intent | undefined {
  const lower = text.toLowerCase();
  const and = lower.indexOf(' and ');
  if (and < 0) return undefined;
  const marks = [lower.indexOf("'s "), lower.indexOf('’s '), lower.indexOf(' my ')].filter((i) => i >= 0 && i < and);
  if (marks.length === 0) return undefined;
  const cut = Math.min(...marks) + 3;
  const first = text.slice(cut, and).trim();
  const second = text.slice(and + 5).replace(/[?.!]+\s*$/, '').replace(/^(?:his|her|their|my|the)\s+/i, '').trim();
  const words = (x: string): number => x.split(/\s+/).length;
  // "… and also her groups" is the "also" clause's (alsoClause).
  if (first === '' || second === '' || /^also\b/i.test(second) || /[,;:]/.test(first + second) || words(first) > 4 || words(second) > 4) return undefined;
  const head = text.slice(0, cut);
  const a = understand(`${head} ${first}`, context, options);
  const b = understand(`${head} ${second}`, context, options);
  const onePerson = (x: Intent): boolean => typeof x.slots.user === 'string' && x.name !== 'unknown' && x.name !== 'help' && x.name !== 'change.refused';
  if (a.name === b.name || !onePerson(a) || !onePerson(b) || a.slots.user !== b.slots.user) return undefined;
  return { ...a, notApplied: [...(a.notApplied ?? []), `${second} (another question)`] };
}

/** The licences themselves asked for ("what licences do …", "which licenses are assigned to …"). */
const ASKS_WHICH_LICENCES = / (?:what|which) (?:kinds? of |types? of |sorts? of )?licen[cs]es /;

/**
 * "List disabled users with active licenses", "guest users with licences": a licence with no product
 * named qualifies people the question picks by state or type. users.licenses would drop that state or
 * type; the user search applies it and names the licence as not applied.
 */

function appliedSibling(name: IntentName, reading: Analysis, context: ConversationContext, now: Date): { name: IntentName; filled: ReturnType<typeof fillSlots> } {
  const filled = fillSlots(name, reading, context, now);
  // "who is disabled in the Finance department": the department's people by a filter the group's members cannot take; the
  // user search applies both (the "<X> Department" group names department X there).
  if (name === 'group.members' && filled.notApplied.length > 0 && typeof filled.slots.group === 'string' && / department$/i.test(filled.slots.group)) {
    const search = fillSlots('users.search', reading, context, now);
    if (search.notApplied.length === 0 && search.slots.department !== undefined && Object.keys(search.slots).length > 1) return { name: 'users.search', filled: search };
  }
  if (name !== 'users.licenses' || filled.notApplied.length === 0) return { name, filled };
  const { sku, unlicensed, user } = filled.slots as Record<string, unknown>;
  // "List disabled users with active licenses": a licence held (unlicensed = false) with no product named qualifies them too.
  if (sku !== undefined || unlicensed === true || user !== undefined) return { name, filled };
  // "What licenses do IT department users have?": the licences are what is asked, the people's filter is what is named.
  if (ASKS_WHICH_LICENCES.test(reading.flat)) return { name, filled };
  const search = fillSlots('users.search', reading, context, now);
  const applied = Object.keys(search.slots).length > 0 && search.notApplied.every((w) => w === 'licence');
  return applied ? { name: 'users.search', filled: search } : { name, filled };
}

/**
 * The question read as a given intent (its slots, what it leaves out, missing and ambiguous
 * names): for the LLM planner, whose intent may differ from the parser's, so that constraints the
 * model left out are still applied or named.
 */
export function understandAs(name: IntentName, text: string, context: ConversationContext = EMPTY_CONTEXT, options: UnderstandOptions = {}): Intent {
  const now = options.now ?? new Date();
  const names = options.nameIndex ?? nameIndexFor(options.gazetteer ?? EMPTY_GAZETTEER);
  const a = resolveVagueRefs(analyse(text, { names, vocabulary: modelVocabulary(), now }), context);
  const filled = fillSlots(name, a, context, now);
  const slots: Record<string, unknown> = { ...filled.slots };
  const missing = fillFromContext(slots, filled.missing, context);
  // A count, ranking or share the intent does not compute is named (the parser refuses such questions before the model sees them).
  const notApplied = withCounted(filled.notApplied, countedConditions(name, slots as Slots, a.flat));
  return build(name, slots as Slots, { missing, ambiguous: filled.ambiguous, notApplied });
}
