import { namesUntaken, notAppliedConstraints } from './not-applied';
import type { Analysis } from '../analysis/analyse';
import { PEOPLE_NAMED } from '../recognisers/defining-siblings';
import type { ConversationContext } from '../conversation';
import type { AmbiguousSlot, IntentName, SlotName, Slots } from '../intent';
import { errorCodeFromPhrase } from '../recognisers/error-codes';
import { findGroupType, findNameContains, findObjectActivity } from '../recognisers/group-filters';
import { roleIsActor } from '../recognisers/intent-cues';
import { findRiskDetection } from '../recognisers/risk-detections';
import {
  findAccountEnabled, findActivity, flatWithGroupNouns, findAssignmentState, findPolicyExcludes, findPolicyState, findGroupBy, findHighPrivilege, findMaxOwners,
  findAuthRequirement, findChangeKind, findRecentlyCreated, findDeviceCompliant, findOnPremisesSync, findOutsideHours, findRiskLevel, findRiskState, findStatus,
  findTargetType, findUserType,
  findMethod, findRegistered, findSku, findTransitive, findUnlicensed, methodNegated,
} from '../recognisers/filters';
import { BEYOND_PERIOD, futureWindow, statesRetention, thresholdAt, topOf } from './counts-and-periods';
import { collectEntities, isExample, isOrigin, productBeforeLicence } from './entities';
import type { EntityKind, EntityValue } from './entities';
import { SCHEMAS } from '../../families/registry';

/** Slots of a question for an intent, with what is still missing or ambiguous. */
export interface SlotResult {
  readonly slots: Slots;
  /** Constraints of the question the intent cannot take (see not-applied.ts). */
  readonly notApplied: readonly string[];
  readonly missing: readonly SlotName[];
  readonly ambiguous: readonly AmbiguousSlot[];
}

/** A phrase found in the normalised words, as the question typed it (its case), or as found. */
function asTyped(text: string, phrase: string): string {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  return at < 0 ? phrase : text.slice(at, at + phrase.length);
}

/** An app by the text of its name: "apps with the appDisplayName that starts with 'Graph'", "applications named Graph Explorer". */
const APP_NAME_PATTERN = / (?:apps?|applications?)(?: [a-z]+){0,5}? (?:that |which |whose )?(?:(?:display )?names? )?(starts?|starting|begins?|beginning|ends?|ending|contains?|containing|named|called)(?: with)?(?: the (?:letters?|words?|text|prefix))? ([a-z0-9][a-z0-9.'-]*)(?= |$)/;

/** Words of creation: a period in a question with one of them is when the objects were created. */
const CREATION_WORDS = / (created|create|creation|joined|join|joiners?|added|new|newly|hired|hires|onboarded|started|starters?|set up|setup|provisioned|invited|registered|made|born|arrived) /;

/** The words after "job title" / "title", up to a clause boundary, as typed ("with job title Software Engineer"). */
function findJobTitle(a: Analysis): string | undefined {
  const i = a.words.findIndex((w, k) => w === 'title' && k + 1 < a.words.length);
  if (i < 0) return undefined;
  let k = i + 1;
  while (k < a.words.length && /^(is|of|=|as|equals|like|contains|containing|called|named)$/.test(a.words[k]!)) k += 1;
  const out: string[] = [];
  for (; k < a.words.length && out.length < 5; k += 1) {
    if (/^(in|and|or|who|that|which|from|at|with|without|for|on|created|since|during|please)$/.test(a.words[k]!)) break;
    out.push(a.tokens[k]?.text ?? a.words[k]!);
  }
  return out.length > 0 ? out.join(' ') : undefined;
}

/** Names the question typed (not unknown words taken for names, not the conversation's subjects, not e-mails), once each. */
function strongValues(values: readonly EntityValue[] | undefined, hinted = false): string[] {
  if (values === undefined || values.length === 0) return [];
  const strong = (v: EntityValue): boolean => v.weak !== true || (hinted && v.hinted === true);
  return [...new Set(values.filter((v) => strong(v) && v.fromContext !== true && v.value !== '' && v.ambiguous === undefined && !v.value.includes('@')).map((v) => v.value))];
}

const SUBJECT_SLOTS: readonly ['user' | 'group' | 'app' | 'role' | 'accessPackage' | 'catalog', string][] = [
  ['user', 'user'], ['group', 'group'], ['app', 'app'], ['role', 'role'], ['accessPackage', 'access package'], ['catalog', 'catalog'],
];

/**
 * Subjects the question names that the slots do not hold ("sign-ins for Karita and Alain" takes
 * one person; "owners of Finance Department and Marketing" one group): named as not applied.
 */
function unusedSubjects(entities: ReadonlyMap<EntityKind, readonly EntityValue[]>, slots: Readonly<Record<string, unknown>>, accepts: ReadonlySet<SlotName>): string[] {
  const out: string[] = [];
  for (const [kind, words] of SUBJECT_SLOTS) {
    const taken = slots[kind];
    // A subject of a kind the intent does not take at all ("disabled accounts in the Sales Team group").
    if (!accepts.has(kind) && !(kind === 'group' && accepts.has('groups')) && !(kind === 'app' && accepts.has('apps'))) {
      // A name the question gives the kind of counts ("sign-ins of the Finance group": the group is left out, and said so).
      for (const v of strongValues(entities.get(kind), true)) out.push(`${words} = ${v}`);
      continue;
    }
    const plural = kind === 'group' ? slots.groups : kind === 'app' ? slots.apps : undefined;
    // An e-mail and a display name may be the same person: only names of the same form are compared.
    if (typeof taken !== 'string' || plural !== undefined || taken.includes('@')) continue;
    out.push(...othersOneAtATime(entities.get(kind), taken, words));
  }
  return out;
}

/** The values named beside the one a slot took ("from Brazil and Germany": Germany), each as not applied, one at a time. */
function othersOneAtATime(values: readonly EntityValue[] | undefined, taken: string, words: string): string[] {
  return strongValues(values).filter((v) => v.toLowerCase() !== taken.toLowerCase()).map((v) => `${words} = ${v} (one at a time)`);
}

/** Intents whose window is a threshold of inactivity ("not signed in for more than 90 days" is the window itself). */
const THRESHOLD_WINDOW_INTENTS: ReadonlySet<IntentName> = new Set<IntentName>(['users.inactive', 'apps.unused']);

/** Reads the slots an intent accepts from an analysed question. */
export function fillSlots(intent: IntentName, a: Analysis, context: ConversationContext, now: Date): SlotResult {
  const schema = SCHEMAS[intent];
  const accepts = new Set<SlotName>(schema.accepts);
  const entities = collectEntities(intent, a, context);
  // "users with the name Mary", "users named Karita": the name is the text searched for (named below), not a department or a person.
  const personName = /^(?:users\.|group\.members|role\.members)/.test(intent) ? PEOPLE_NAMED.exec(a.flat) : null;
  const searched = personName?.[2] ?? personName?.[5] ?? personName?.[6];
  if (searched !== undefined) {
    for (const kind of ['department', 'user'] as const) {
      const left = (entities.get(kind) ?? []).filter((v) => !v.value.toLowerCase().split(' ').includes(searched));
      if (left.length > 0) entities.set(kind, left);
      else entities.delete(kind);
    }
  }
  const slots: Record<string, unknown> = {};
  const ambiguous: AmbiguousSlot[] = [];
  const first = (kind: EntityKind): EntityValue | undefined => (entities.get(kind) ?? []).find((v) => v.value !== '');
  const setEntity = (slot: SlotName, kind: EntityKind): void => {
    const v = first(kind);
    if (!accepts.has(slot) || v === undefined) return;
    slots[slot] = v.value;
    if (v.ambiguous !== undefined) ambiguous.push({ ...v.ambiguous, slot });
  };
  setEntity('user', 'user');
  setEntity('role', 'role');
  setEntity('accessPackage', 'accessPackage');
  setEntity('catalog', 'catalog');
  setEntity('department', 'department');
  // "users in the Finance Department" where the intent filters by department and not by group:
  // the group named "<X> Department" names the department X.
  if (accepts.has('department') && !accepts.has('group') && slots.department === undefined) {
    // Not when the question says it is the group ("the Finance Department group").
    const asDepartment = (entities.get('group') ?? []).filter((g) => !a.flat.includes(` ${g.value.toLowerCase()} group `))
      .map((g) => /^(.+?) department$/i.exec(g.value)?.[1]).find((d) => d !== undefined);
    if (asDepartment !== undefined) {
      slots.department = asDepartment;
      entities.set('group', (entities.get('group') ?? []).filter((g) => !/ department$/i.test(g.value)));
    }
  }
  setEntity('country', 'country');
  setEntity('city', 'city');
  const groups = (entities.get('group') ?? []).filter((v) => v.value !== '');
  if (accepts.has('groups') && groups.length > 0) slots.groups = groups.map((g) => g.value);
  else setEntity('group', 'group');
  const apps = (entities.get('app') ?? []).filter((v) => v.value !== '');
  if (accepts.has('apps') && apps.length > 1) slots.apps = apps.map((x) => x.value);
  else setEntity('app', 'app');

  // signIns.unusualLocations: a period after "compared with" / "versus" / "than" is the baseline.
  const baselineTime = accepts.has('baseline')
    ? a.mentions.find((m) => m.kind === 'time' && / (compared (with|to)|versus|vs|against|than|relative to|baseline( of)?)$/.test(` ${a.words.slice(Math.max(0, m.start - 3), m.start).join(' ')}`))
    : undefined;
  if (baselineTime !== undefined && baselineTime.kind === 'time') slots.baseline = baselineTime.time.window;
  const time = a.mentions.find((m) => m.kind === 'time' && m !== baselineTime && !statesRetention(a, m));
  let timeNotApplied = false;
  // "created more than 30 days ago", "expiring in more than 30 days", "sign-ins older than a week": the time beyond the
  // period, which a window of the last (or next) N days would invert; named as not applied. Inactivity is the exception:
  // "not signed in for more than 90 days" is exactly users.inactive's (and apps.unused's) window.
  const before = time === undefined ? '' : a.words.slice(Math.max(0, time.start - 2), time.start).join(' ');
  // The time recogniser keeps a leading "over" in the period ("over a month ago"); "over" is also "during" ("sign-ins
  // over 7 days"), so it is a threshold only with "ago".
  const said = time === undefined ? '' : ` ${before} ${time.text}`;
  const threshold = time === undefined ? null : BEYOND_PERIOD.exec(` ${before}`) ?? / over(?= .* ago$)/.exec(` ${time.text}`);
  const beyond = time !== undefined && threshold !== null && !THRESHOLD_WINDOW_INTENTS.has(intent) && (threshold[0] !== ' over' || / ago$/.test(said))
    ? said.slice(said.indexOf(threshold[0]) + 1) : undefined;
  // Such a period sets no window (it is named with the other constraints below).
  if (beyond === undefined && time !== undefined && time.kind === 'time') {
    const t = time.time;
    if (accepts.has('date') && t.date !== undefined && !accepts.has('window')) slots.date = t.date;
    else if (accepts.has('window')) {
      const ahead = intent === 'assignments.expiring' || (intent === 'apps.credentialsExpiring' && !/ (expired|last|past|ago|since) /.test(a.flat));
      slots.window = ahead ? futureWindow(t.window, now) : t.window;
    }
    // A period is a creation window only when the question speaks of creation ("who joined in the
    // last 30 days"); "users who haven't signed in for 60 days" is not users created in 60 days.
    else if (accepts.has('createdWithin') && CREATION_WORDS.test(a.flat)) slots.createdWithin = t.window;
    else if (accepts.has('createdWithin')) timeNotApplied = true;
  }
  if (slots.createdWithin === undefined && accepts.has('createdWithin')) {
    const recent = findRecentlyCreated(a.flat);
    if (recent !== undefined) slots.createdWithin = recent;
  }
  const ip = a.mentions.find((m) => m.kind === 'ip');
  if (ip !== undefined && accepts.has('ip')) slots.ip = ip.text;
  const f = a.flat;
  // A value is looked for only when the intent takes its slot or names it as not applied: no other is ever read.
  const wanted = (slot: SlotName): boolean => accepts.has(slot) || namesUntaken(intent, slot);
  // "who added Karita to Finance Department": a group of the tenant is a group for the audit log's kinds of change.
  const fg = wanted('targetType') || wanted('activity') ? flatWithGroupNouns(a) : f;
  const code = a.mentions.find((m) => m.kind === 'errorCode');
  const phraseCode = code === undefined && wanted('errorCode') ? errorCodeFromPhrase(f) : undefined;
  const authRequirement = wanted('authRequirement') || phraseCode === 50074 ? findAuthRequirement(f) : undefined;
  // "sign-ins that required MFA" asks for MFA sign-ins, not for the interruption 50074 ("strong auth required").
  const errorCode = code !== undefined && code.kind === 'errorCode' ? code.value : (phraseCode === 50074 && authRequirement !== undefined ? undefined : phraseCode);
  if (errorCode !== undefined && accepts.has('errorCode')) slots.errorCode = errorCode;

  // "users without phone numbers registered for MFA": a method missing is no filter here (named below), nor a registration state.
  const missingMethod = methodNegated(f);
  const filters: Partial<Record<SlotName, unknown>> = {
    status: wanted('status') ? findStatus(f) : undefined,
    riskLevel: wanted('riskLevel') ? findRiskLevel(f) : undefined,
    riskState: wanted('riskState') ? findRiskState(f) : undefined,
    groupBy: wanted('groupBy') ? findGroupBy(f) : undefined,
    targetType: wanted('targetType') ? findTargetType(fg) : undefined,
    activity: !wanted('activity') ? undefined : intent === 'audit.forObject' ? findObjectActivity(f, a.stream) : findActivity(fg),
    maxOwners: wanted('maxOwners') ? findMaxOwners(f) : undefined,
    groupType: wanted('groupType') ? findGroupType(f) : undefined,
    nameContains: wanted('nameContains') ? findNameContains(f, a.stream) : undefined,
    userType: wanted('userType') ? findUserType(f) : undefined,
    accountEnabled: wanted('accountEnabled') ? findAccountEnabled(f) : undefined,
    highPrivilegeOnly: wanted('highPrivilegeOnly') ? findHighPrivilege(f) : undefined,
    outsideWorkingHours: wanted('outsideWorkingHours') ? findOutsideHours(f) : undefined,
    changeKind: wanted('changeKind') ? findChangeKind(f) : undefined,
    top: wanted('top') ? topOf(a) : undefined,
    state: !wanted('state') ? undefined : intent === 'policies.conditionalAccess' ? findPolicyState(f) : findAssignmentState(f),
    excludes: wanted('excludes') ? findPolicyExcludes(f) : undefined,
    authRequirement,
    deviceCompliant: wanted('deviceCompliant') ? findDeviceCompliant(f) : undefined,
    onPremisesSyncEnabled: wanted('onPremisesSyncEnabled') ? findOnPremisesSync(f) : undefined,
    transitive: wanted('transitive') ? findTransitive(f) : undefined,
    registered: missingMethod === undefined && wanted('registered') ? findRegistered(f) : undefined,
    method: missingMethod === undefined && wanted('method') ? findMethod(f) : undefined,
    sku: wanted('sku') ? findSku(f) ?? a.mentions.map((m) => productBeforeLicence(a, m)).find((p) => p !== undefined) : undefined,
    unlicensed: wanted('unlicensed') ? findUnlicensed(f) : undefined,
  };
  for (const slot of Object.keys(filters) as SlotName[]) {
    if (filters[slot] !== undefined && accepts.has(slot) && slots[slot] === undefined) slots[slot] = filters[slot];
  }
  // "the various types of MFA failures": grouped by error code, so one code read from the words would leave one group.
  const spreadCode = slots.groupBy === 'errorCode' && code === undefined && slots.errorCode !== undefined ? slots.errorCode : undefined;
  if (spreadCode !== undefined) delete slots.errorCode;
  // "groups with 'Sales' in the name": the words as typed, which no department or group filter also takes.
  if (typeof slots.nameContains === 'string') slots.nameContains = asTyped(a.text, slots.nameContains);
  // "sign-ins to apps whose display name starts with 'Graph'": the app by the text of its name, as typed (the app's name is
  // matched when the answer resolves it); "starting with" is named.
  const appByName = accepts.has('app') && !accepts.has('nameContains') && slots.app === undefined ? APP_NAME_PATTERN.exec(f) : null;
  const appNameText = appByName !== null ? asTyped(a.text, appByName[2]!) : undefined;
  if (appNameText !== undefined) slots.app = appNameText;
  // "groups starting with sales": Graph's search of a name matches any of its words by its start ("West Sales" too), so a name
  // that must start with the text is named as not applied.
  const nameStart = typeof slots.nameContains === 'string' && / (?:starting|starts?|beginning|begins?) with /.test(f) ? `name starting with "${slots.nameContains}" (any word of the name may start with it)` : undefined;
  // "What changes have global admin accounts made": the role's holders are who acted, which the
  // audit log's targets do not filter by; the role is named, not taken as the changed object.
  const actorRole = intent === 'audit.changes' && typeof slots.role === 'string' && roleIsActor(a.stream) ? slots.role : undefined;
  if (actorRole !== undefined) {
    delete slots.role;
    if (slots.targetType === 'user' && !/ (users?|passwords?|guests?|members?) /.test(f)) delete slots.targetType;
  }
  // "changes to Finance Department": the named object's kind is the target type.
  // A Temporary Access Pass is registered on a user, whoever holds which role ("TAPs issued to global admins").
  // The audit log's TAP events target the user, not a role: "issued to global admins" is named, not taken as role changes.
  const holderRole = intent === 'audit.changes' && slots.activity === 'Admin registered security info' && typeof slots.role === 'string' ? slots.role : undefined;
  if (holderRole !== undefined) delete slots.role;
  if (intent === 'audit.changes' && slots.activity === 'Admin registered security info') slots.targetType = 'user';
  if (intent === 'audit.changes' && slots.targetType === undefined && actorRole === undefined) {
    const kind = slots.group !== undefined ? 'group' : slots.app !== undefined ? 'app' : slots.role !== undefined ? 'role' : undefined;
    if (kind !== undefined) slots.targetType = kind;
  }
  // "with job title Software Engineer": the words after "title" are the title, not a department.
  const jobTitle = accepts.has('jobTitle') ? findJobTitle(a) : undefined;
  if (jobTitle !== undefined) {
    slots.jobTitle = jobTitle;
    if (typeof slots.department === 'string' && jobTitle.toLowerCase().includes(slots.department.toLowerCase())) {
      const other = (entities.get('department') ?? []).find((v) => v.value !== '' && !jobTitle.toLowerCase().includes(v.value.toLowerCase()));
      if (other !== undefined) slots.department = other.value;
      else delete slots.department;
    }
  }
  const inTitle = (d: string): boolean => jobTitle !== undefined && jobTitle.toLowerCase().includes(d.toLowerCase());
  const departments = [...new Set((entities.get('department') ?? []).filter((v) => v.value !== '' && !inTitle(v.value)).map((v) => v.value))];
  // "the Retail and Sales departments": in the order typed (known names come first among the entities).
  const typedAt = (d: string): number => a.text.toLowerCase().indexOf(d.toLowerCase());
  if (departments.every((d) => typedAt(d) >= 0)) departments.sort((x, y) => typedAt(x) - typedAt(y));
  if (departments.length > 1 && accepts.has('departments')) {
    // "Finance or Marketing": any of them (Graph `department in (...)`).
    slots.departments = departments;
    delete slots.department;
  }
  // Every value the question states: the filters, then these (added to the filters' object: a spread with new keys after it
  // cost about 17 µs a parse in Node 20).
  const found: Partial<Record<SlotName, unknown>> = Object.assign(filters, {
    department: departments[0], country: first('country')?.value, city: first('city')?.value, ip: ip?.text, errorCode,
    window: time !== undefined && ((!accepts.has('date') && !accepts.has('window') && !accepts.has('createdWithin')) || timeNotApplied) ? true : undefined,
  });
  const notApplied = notAppliedConstraints(intent, a, slots as Slots, accepts, found, slots.departments === undefined ? departments.slice(1) : []);
  for (const words of unusedSubjects(entities, slots, accepts)) if (!notApplied.includes(words)) notApplied.push(words);
  if (nameStart !== undefined) notApplied.push(nameStart);
  if (appByName !== null && appByName[1] !== 'named' && appByName[1] !== 'called') notApplied.push(`app name ${/^(?:start|begin)/.test(appByName[1]!) ? 'starting with' : /^end/.test(appByName[1]!) ? 'ending with' : 'containing'} "${appNameText}" (read as the app's name)`);
  if (beyond !== undefined && intent !== 'unknown' && intent !== 'help' && !notApplied.includes(beyond)) notApplied.push(beyond);
  // "users whose name starts with Al", "accounts with 'test' in the name": no list of people here filters by name.
  if (personName !== null) {
    const verb = personName[1] ?? personName[3] ?? personName[4] ?? '';
    const word = personName[2] ?? personName[5] ?? personName[6] ?? '';
    // The text as typed: the token at the match ("gmail", which the words corrected to "email").
    const at = f.slice(0, personName.index + personName[0].length - word.length).trim().split(' ').length;
    const typed = a.tokens[at]?.text ?? word;
    const how = personName[6] !== undefined ? '=' : /^(?:start|begin)/.test(verb) ? 'starting with' : /^(?:end)/.test(verb) ? 'ending with' : /^match/.test(verb) ? 'matching' : 'containing';
    notApplied.push(`name ${how} "${typed}"`);
  }
  // "failed sign-ins from Brazil and Germany": one place at a time; the others are named.
  for (const slot of ['country', 'city'] as const) {
    const taken = slots[slot];
    if (typeof taken !== 'string') continue;
    for (const words of othersOneAtATime(entities.get(slot), taken, slot)) if (!notApplied.includes(words)) notApplied.push(words);
  }
  if (actorRole !== undefined) notApplied.push(`changes made by ${actorRole} holders`);
  if (holderRole !== undefined) notApplied.push(`only ${holderRole} holders`);
  if (spreadCode !== undefined) notApplied.push(`error code ${String(spreadCode)}`);
  // "Azure resources such as the Azure portal": the example is not the filter; the answer says so.
  for (const m of a.mentions) {
    if (m.kind !== 'name' && m.kind !== 'ref' && m.kind !== 'email' && m.kind !== 'guid' && 'entries' in m && isExample(a, m)) {
      const words = `${m.entries[0]?.canonical ?? m.text} (given as an example)`;
      if (!notApplied.includes(words)) notApplied.push(words);
    }
  }
  if (missingMethod !== undefined) notApplied.push(`without ${missingMethod} (a method missing)`);
  // "admins that have MFA enabled": the privileged list is of those without; the opposite is named, never answered silently.
  if (intent === 'privileged.noMfa' && findRegistered(f) === true) notApplied.push('with MFA registered (this list is of admins without it)');
  // "users with impossible travel": no intent filters by the type of risk detection.
  const detection = findRiskDetection(f);
  if (detection !== undefined) notApplied.push(`risk detection type = ${detection}`);
  // "from 3 or more countries", "at least 5 failures": a threshold no filter here counts.
  if (slots.maxOwners === undefined) {
    for (const m of a.mentions) {
      const threshold = m.kind === 'number' ? thresholdAt(a, m.start) : undefined;
      if (threshold !== undefined && !notApplied.includes(threshold)) notApplied.push(threshold);
    }
  }
  // "sign-ins from Edge": no filter here reads a browser, an operating system or a client by name.
  for (const m of a.mentions) if (isOrigin(a, m) && !notApplied.includes(m.text)) notApplied.push(m.text);
  if (typeof slots.nameContains === 'string') {
    const part = (slots.nameContains as string).toLowerCase();
    // "groups starting with HR": the text is the name filter, not the department it also names (Human Resources).
    const named = a.mentions.flatMap((m) => ('entries' in m && m.text.toLowerCase() === part ? m.entries.map((e) => e.canonical.toLowerCase()) : []));
    const parts = [part, ...named].map((p) => `= ${p}`);
    for (let k = notApplied.length - 1; k >= 0; k -= 1) if (parts.some((p) => notApplied[k]!.toLowerCase().endsWith(p))) notApplied.splice(k, 1);
  }
  // "outside the US", "not from Brazil": the place is excluded, which no filter here can do.
  for (const slot of ['country', 'city'] as const) {
    const place = slots[slot];
    if (typeof place !== 'string') continue;
    const m = a.mentions.find((x) => x.kind === slot);
    const before = m === undefined ? '' : ` ${a.words.slice(Math.max(0, m.start - 3), m.start).join(' ')} `;
    if (/ (outside( of)?|not (from|in)|other than|except|excluding|apart from|besides|beyond|non)( the)? $/.test(before)) {
      delete slots[slot];
      notApplied.push(`${slot} other than ${place}`);
    }
  }
  // "high and medium risk": one level at a time; the others are named.
  if (typeof slots.riskLevel === 'string') {
    for (const level of ['high', 'medium', 'low'] as const) {
      if (level !== slots.riskLevel && new RegExp(` ${level} (and|or|,|&) (high|medium|low) risk| (high|medium|low) (and|or|,|&) ${level} risk`).test(a.flat)) notApplied.push(`risk level = ${level} (one level at a time)`);
    }
  }
  const missing = (schema.needs ?? []).filter((s) => {
    if (s === 'app') return slots.app === undefined && slots.apps === undefined;
    if (s === 'groups') return slots.groups === undefined && slots.group === undefined;
    return slots[s] === undefined;
  });
  return { slots: slots as Slots, missing, ambiguous, notApplied };
}
