/**
 * Rules that choose one of the audit log's intents over the classifier, from the form of the question: events only the
 * audit log holds (deletions, membership changes, passes issued), who changed a named object, objects a person created or
 * changed, one object's event history. Each builds its intent with the slots `fillSlots` reads, at half confidence.
 */
import type { Analysis } from './analysis/analyse';
import type { ConversationContext } from './conversation';
import type { Intent, IntentName } from './intent';
import { ACTIONS_BY, PLURAL_ACTORS, personIsActor } from './recognisers/intent-cues';
import { firstActivity, flatWithGroupNouns } from './recognisers/filters';
import { fillSlots } from './slots/fill';
import { buildIntent as build } from './build-intent';

/**
 * Audit activities that only the audit log answers: deleting or removing an object, changing a
 * group's members, issuing a Temporary Access Pass ("Delete group", "Remove service principal",
 * "Add member to group", "Admin registered security info").
 */
function isAuditOnlyEvent(activity: string | undefined): boolean {
  return activity !== undefined && (/^(Delete|Remove) /.test(activity) || activity === 'Add member to group' || activity === 'Admin registered security info');
}

/** "who disabled @user", "who renamed the @group group": a change made to one named object, asked by who made it. */
export const WHO_CHANGED_OBJECT = /(?:^| )who (?:has |had |just |recently )?(?:enabled|disabled|reenabled|blocked|unblocked|changed|modified|updated|edited|renamed|deleted|removed|created|reset|restored|deactivated|reactivated|issued|sent|gave) (?:the )?(?:@user|@group|@app|@pkg)(?= |$)/;

/**
 * "Why is Alain's account disabled?", "why was Karita deleted", "why did this user get disabled": why one object is in a state that a
 * change put it in is that change, in the object's audit history (who made it, when), not its profile. "Why is Alain blocked" (a
 * sign-in) stays the troubleshooter's.
 */
export const WHY_CHANGED_OBJECT = /(?:^| )why (?:is|was|has|have|had|did|does|were|are) (?:the )?(?:@user|@group|@app|@pkg)(?: account| user| group| app| application)? (?:been |got |get |gotten |become |became )?(?:disabled|deactivated|deleted|removed|renamed|reenabled|restored|changed|modified|updated)(?= |$)/;

/**
 * "List all activities related to policy", "activities on groups this week", "show activities involving applications": the
 * activities done to a kind of directory object are the audit log's (its records are called activities), not today's objects
 * of that kind. Sign-in and other logs' activities are theirs (OTHER_EVENTS); one named object's are its history.
 */
export const ACTIVITIES_ON_KIND = /(?:^| )activities (?:related |relating |regarding |concerning |involving |affecting |around |about |on )?(?:policy|policies|groups?|users?|accounts?|applications?|apps?|roles?|service principals?|conditional access)(?= |$)/;

/**
 * "View events for an access package", "the audit history of Project Falcon", "change history for the Sales Team group":
 * one object's events, activities or history are its audit history (audit.forObject), not its current details. Sign-in, risk and
 * provisioning events are other logs'.
 */
export const OBJECT_HISTORY = /(?:^| )(?:events|history|trail|activities)(?: related| relating| regarding| concerning| involving| affecting| about| on)? (?:@group|@app|@pkg|@role)(?= |$)/;
export const OTHER_EVENTS = /(?:^| )(?:sign-?ins?|signins?|logins?|log-?ins?|logons?|risk|risky|provisioning|detections?|activations?)(?= |$)/;
export const DETAILS_INTENTS: ReadonlySet<IntentName> = new Set<IntentName>(['group.details', 'app.details', 'accessPackage.details', 'accessPackages.list', 'groups.search']);

/**
 * "app registrations Karita made", "which applications did Karita create", "groups registered by Alain": objects one person
 * created are that person's audit log (the creation an event of it), not the apps they own or can sign in to.
 */
const CREATED_BY_PERSON = /(?:^| )(apps|applications|app registrations?|registrations|groups|teams|users|accounts)(?: [a-z]+){0,2} (?:(?:created|made|registered|set up) by (?:the )?(?:user |admin )?(?:@user|me)|(?:that |which )?(?:@user|i) (?:has |had |have )?(?:created|made|registered|set up))(?= |$)|(?:^| )(?:which|what) (apps|applications|app registrations|groups|teams|users|accounts) (?:did|has|have) (?:@user|i) (?:create|created|make|made|register|registered|set up)(?= |$)/;
/** The audit activity that creates each kind of object CREATED_BY_PERSON names (the noun as the question wrote it). */
const CREATED_ACTIVITY: Readonly<Record<string, string>> = {
  apps: 'Add application', applications: 'Add application', 'app registration': 'Add application', 'app registrations': 'Add application', registrations: 'Add application',
  groups: 'Add group', teams: 'Add group', users: 'Add user', accounts: 'Add user',
};

/** The audit log of the person who created the objects asked about, when the question asks that; else undefined. */
export function createdByPerson(reading: Analysis, context: ConversationContext, now: Date): Intent | undefined {
  const created = CREATED_BY_PERSON.exec(reading.stream.join(' '));
  if (created === null || PLURAL_ACTORS.test(reading.flat)) return undefined;
  const filled = fillSlots('audit.forUser', reading, context, now);
  // "which users did I create": the asker is the one who created them.
  const slots = filled.slots.user === undefined && !created[0].includes('@user') ? { ...filled.slots, user: 'me' } : filled.slots;
  const activity = `activity = ${CREATED_ACTIVITY[created[1] ?? created[2]!]!}`;
  return build('audit.forUser', slots, { confidence: 0.5, notApplied: filled.notApplied.includes(activity) ? filled.notApplied : [...filled.notApplied, activity] });
}

/**
 * "natasha@woodgrovebank.com added users to groups between…", "Karita deleted apps last week": a named person as the one who
 * changed objects (the change verb right after the person, a plural or indefinite object after it) is that person's audit log,
 * not their groups or apps ("Karita added to Finance" names no object acted on).
 */
const PERSON_ACTED = /(?:^| )@user (?:has |have |had |just |recently |also )?(?:added|removed|created|deleted|changed|modified|updated|assigned|granted|invited|reset|disabled|enabled|revoked|renamed|restored) (?:(?:a|an|the|some|any|new|other|several|many|multiple|these|those) )?(?:users|groups|apps|applications|members|people|accounts|guests|roles|policies|owners|devices|permissions|licen[cs]es|passwords|someone|somebody|anyone)(?= |$)/;

/** The audit log of a named person who changed objects, when the question says so; else undefined. */
export function personActed(reading: Analysis, context: ConversationContext, now: Date): Intent | undefined {
  if (!PERSON_ACTED.test(reading.stream.join(' '))) return undefined;
  return ruleChosen('audit.forUser', reading, context, now);
}

/**
 * "who added Karita to Finance Department", "who removed Alain from Sales Team", "when was Karita added to the Finance
 * group": a change of a group's members (the group a name of the tenant or called one), which the audit log holds as its own
 * activities ("Add member to group", "Remove member from group"), not a deletion or creation of the person or the group.
 */
export function changesMembership(reading: Analysis): boolean {
  const activity = firstActivity(flatWithGroupNouns(reading));
  return activity === 'Add member to group' || activity === 'Remove member from group';
}

/** The tenant's audit log of an event only it answers, when the question names one; else undefined. */
export function auditOnlyEvent(reading: Analysis, context: ConversationContext, now: Date): Intent | undefined {
  const creator = createdByPerson(reading, context, now);
  if (creator !== undefined) return creator;
  // "Who enabled Alain's account?": who made a change to a named object is that object's audit history.
  if (WHO_CHANGED_OBJECT.test(reading.stream.join(' ')) && !changesMembership(reading)) return ruleChosen('audit.forObject', reading, context, now);
  if (!isAuditOnlyEvent(firstActivity(flatWithGroupNouns(reading))) && !ACTIONS_BY.test(reading.flat)) return undefined;
  // "apps deleted by Natasha": what she did, her audit log.
  return ruleChosen(personIsActor(reading.stream, reading.flat) ? 'audit.forUser' : 'audit.changes', reading, context, now);
}

/** An intent a rule chose over the classifier: its slots and what it leaves out, at half confidence. */
export function ruleChosen(name: IntentName, reading: Analysis, context: ConversationContext, now: Date): Intent {
  const filled = fillSlots(name, reading, context, now);
  return build(name, filled.slots, { confidence: 0.5, notApplied: filled.notApplied });
}

/**
 * "group adds in the last 7 days", "role removals last month", "app deletions yesterday", "policy changes": changes named by a
 * noun of change after the object's noun, which are the audit log's events, not today's objects.
 */
export const CHANGE_EVENTS = / (?:groups?|users?|accounts?|apps?|applications?|roles?|role assignments?|polic(?:y|ies)|members?|membership|owners?) (?:additions|adds|removals|deletions|changes|modifications|updates|edits)(?= |$)/;
/** Intents that are already a log of events (or the recycle bin), which the rule above leaves alone. */
export const EVENT_INTENTS = /^(?:audit\.|privileged\.changes$|users\.deleted$|signIns\.|riskyUser|privileged\.signIns$|privileged\.breakGlass$)/;
