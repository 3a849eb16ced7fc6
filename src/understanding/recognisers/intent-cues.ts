/**
 * Intents that are a qualifier of their family's subject, not the subject itself: external apps
 * are apps *from outside*, unused apps are apps *nobody uses*, deleted users are users *deleted*.
 * Without a word for the qualifier the question is about the plain subject ("how many
 * applications are registered in my tenant"), which such an intent does not answer: showing the
 * external apps instead would silently narrow it. The same for intents about what someone owns. `understand` weighs these intents down when
 * their cue is missing and does not answer with one whose cue is missing.
 *
 * Runs on the classifier's stream (corrected words, names as placeholders), like subject evidence.
 */
import { STOPWORDS } from '../text/vocabulary';
import type { IntentName } from '../intent';

function words(alternatives: string): RegExp {
  return new RegExp(`(?:^| )(?:${alternatives})(?= |$)`);
}

const CUES: Partial<Record<IntentName, RegExp>> = {
  'apps.external': words('outside|external|externally|other|others|third|party|3rd|publishers?|vendors?|multi|multitenant|multi-tenant|isv|partners?|verified|foreign|companies|organi[sz]ations|tenants'),
  // Not used: a word of disuse or a negation ("no sign-ins", "haven't been used"); "which apps are guests signing into" is their use.
  'apps.unused': words('unused|inactive|stale|dormant|idle|usage|clean|cleanup|abandoned|nobody|orphan(?:ed)?|zombie|obsolete|retire|decommission|remove|delete|no|not|never|without|zero|havent|hasnt|hadnt|werent|wasnt|arent|isnt|rarely|seldom|least|unpopular'),
  // Owned by someone: "apps I own", "groups Megan owns", "app registrations owned by Natasha". A person's app registrations
  // ("Karita's app registrations", "show my app registrations", "app registrations of Alain") are the ones they own: an app
  // registration is its owners' (the portal's "Owned applications"); a person's apps alone are the apps they can use.
  'apps.ownedBy': new RegExp(`${words('own|owns|owned|owner|owners|ownership|owning|mine|manage|manages|managed|managing|responsible').source}|(?:^| )(?:@user|@name|@it|my|his|her|their)(?: [a-z]+)? (?:app|apps|application|applications) registrations?(?= |$)|(?:^| )(?:app|application|@app) registrations? (?:of |for |belonging to )?(?:@user|@name|me|him|her|them)(?= |$)`),
  'groups.ownedBy': words('own|owns|owned|owner|owners|ownership|owning|mine|manage|manages|managed|managing|responsible'),
  // Without owners or with few: "groups no one owns", "single-owner groups", "groups with just one owner"; "list groups with
  // their owners" asks for every group (its owners a column), which the ownerless list would narrow without a word.
  'groups.ownerless': words('no|not|non|without|zero|none|ownerless|unowned|orphan|orphaned|orphans|nobody|noone|only|just|one|single|sole|fewer|less|lacking|lack|lacks|missing|least|max|maximum|most|two|three|1|2|3|0|under|below|dont|doesnt|havent|hasnt|arent|isnt|werent|wasnt|didnt|need|needs|abandoned'),
  // Where someone signed in that is new or unusual, against a baseline: "locations Giovanna has signed in from" is all of them.
  'signIns.unusualLocations': words('unusual|unusually|usual|usually|new|newly|unfamiliar|foreign|never|first|atypical|strange|different|suspicious|normally|typical|anomal[a-z]*|impossible|travel|odd|rare|weird|unexpected|seen|before|baseline|compared|compare|versus|vs|against|than|somewhere|abroad|outside'),
  // A summary aggregates: a count, a grouping, a ranking or a trend ("sign-ins last week" is the sign-ins themselves).
  'signIns.summary': words('how|many|count|counts|counting|number|numbers|total|totals|sum|summary|summaries|summari[sz]e|summari[sz]ed|summari[sz]ing|trend|trends|trending|by|per|breakdown|break|distribution|distributed|grouped|group|grouping|most|top|least|fewest|chart|graph|histogram|statistics|stats|volume|volumes|daily|hourly|weekly|aggregate|aggregated|countries|locations|apps|applications|cities|pattern|patterns|average|percentage|percent|ratio|compare|compared|spike|spikes|frequency|often|times|rank|ranking|ranked|report|overview|dashboard|analy[sz]e|analysis|insights?|kinds|types|sorts|categories|varieties|common|commonest|frequent|frequently|main'),
  // Assignments ending: "whose access expires", "who will lose access", "assignments ending soon"; "View assignments" is all of them.
  'assignments.expiring': words('expire|expires|expired|expiring|expiration|expirations|expiry|expiries|end|ends|ending|lose|losing|lapse|lapses|lapsing|runs|run|soon|upcoming|due|renew|renewal|renewals|until|remaining'),
  'users.deleted': words('deleted|delete|deletes|deletion|deleting|removed|restore|restorable|restored|recycle|bin|recover|recoverable|undelete|purged|soft'),
};

/**
 * The plain intent a qualifying intent narrows, where showing it is the honest answer when the
 * qualifier is missing: "locations Giovanna has signed in from" are her sign-ins, not the new ones.
 */
const PLAIN: Partial<Record<IntentName, IntentName>> = { 'signIns.unusualLocations': 'signIns.list', 'signIns.summary': 'signIns.list', 'groups.ownerless': 'groups.search', 'assignments.expiring': 'accessPackage.assignments' };

/** The plain sibling of an intent whose qualifier the question lacks, if showing it answers the question. */
export function plainSibling(name: IntentName): IntentName | undefined {
  return PLAIN[name];
}

/**
 * "View assignments", "who has an assignment", "View assignments with PowerShell": assignments with no kind said before them
 * (role, app, licence, group, PIM…), no other kind of object in the question and no object named are entitlement management's
 * (questions.md: accessPackage.assignments, assignments.expiring), not role holders nor an app's users with the app asked for.
 */
const ASSIGNMENTS = /(?:^| )assignments?(?= |$)/;
const OTHER_ASSIGNMENT_KINDS = words('@user|@group|@app|@role|@dept|@name|@guid|@it|@catalog|me|my|i|roles?|apps?|applications?|approles?|licen[cs]es?|skus?|groups?|teams?|admins?|administrators?|directory|pim|eligible|eligibility|rbac|azure|subscriptions?|resources?|polic(?:y|ies)|principals?|devices?|users?|permissions?|privileged|members?|owners?');

/** Whether the question asks for assignments as such, which are access package assignments here. */
export function asksBareAssignments(stream: readonly string[]): boolean {
  const text = withoutViewer(stream.join(' '));
  return ASSIGNMENTS.test(text) && !OTHER_ASSIGNMENT_KINDS.test(text);
}

/**
 * Words a request for the bot's own help is made of ("what can you do", "show me some examples", "I'm new here, what can I
 * ask", "how does this work"); any other content word ("What do I do if I receive an email that asks me to renew my
 * certificate?", "What would we need to be aware of?") asks about something else, not the bot.
 */
const HELP_WORDS: ReadonlySet<string> = new Set([
  'help', 'helps', 'helping', 'ask', 'asking', 'question', 'questions', 'example', 'examples', 'sample', 'samples', 'command', 'commands',
  'capability', 'capabilities', 'feature', 'features', 'bot', 'assistant', 'tool', 'use', 'using', 'work', 'works', 'new', 'here',
  'hi', 'hello', 'hey', 'there', 'kinds', 'kind', 'types', 'sorts', 'answer', 'answers', 'start', 'started', 'begin', 'get', 'show',
  'give', 'tell', 'list', 'menu', 'options', 'usage', 'guide', 'tips', 'thanks', 'thank', 'things', 'stuff', 'know', 'able', 'support',
  'supports', 'ok', 'okay', 'please', 'first', 'try', 'some', 'more', 'other', 'else', 'anything', 'something', 'everything',
  'you', 'your', 'yours', 'u', 'this', 'these', 'what', 'how', 'can', 'do', 'does', 'is', 'are', 'i', 'me', 'my', 'we', 'us',
]);

/** Whether every content word of the question is one of a request for the bot's help (the bot's help needs nothing else). */
export function asksForHelp(stream: readonly string[]): boolean {
  return stream.every((w) => w.startsWith('@') || STOPWORDS.has(w) || HELP_WORDS.has(w) || /^[^a-z]*$/.test(w));
}

/**
 * Tenants other than this one: "a tenant I have access to", "across multiple tenants", "another tenant" ("a given tenant", "a
 * specific tenant" are the one asked about, not another).
 */
const OTHER_TENANTS = / (?:(?:a|an) (?!given |specific |particular |single |certain )|another |other |multiple |several |many |different |each |every |customer |partner |related |governed |external )(?:\S+ )?tenants? /;
/** This tenant: "my tenant", "our directory" (which read "the tenant"), "this organization". */
const THIS_TENANT = / (?:my|our|this|the) (?:\S+ )?(?:tenant|tenancy|directory|organi[sz]ation|org) /;

/**
 * Whether an intent about this tenant is asked only of other tenants ("I received an error when trying to access a tenant
 * I have access to", "Can I monitor configuration across multiple tenants?"): tenant.details reads this tenant's own
 * details, never another's.
 */
export function asksOtherTenants(name: IntentName, flat: string): boolean {
  return name === 'tenant.details' && OTHER_TENANTS.test(flat) && !THIS_TENANT.test(flat);
}

/**
 * Words that say the opposite of an intent's qualifier, although they hold its cue words: "groups with at least one owner",
 * "one or more owners", "more than one owner" are groups that have owners, not the ownerless ones.
 */
const AGAINST: Partial<Record<IntentName, RegExp>> = {
  'groups.ownerless': /(?:^| )(?:(?:at )?least|one (?:or )?more|two (?:or )?more|more than|over|above|multiple|several) (?:one |1 |two |2 |an? )?owners?(?= |$)/,
};

/** Whether the question (its stream) has the word its intent qualifies the subject by; intents without a cue always have it. */
export function hasIntentCue(name: IntentName, stream: readonly string[]): boolean {
  return CUES[name] === undefined || hasIntentCueIn(name, stream.join(' '));
}

/** `hasIntentCue` on the stream's words joined by spaces (for a caller that asks it of many intents). */
export function hasIntentCueIn(name: IntentName, streamText: string): boolean {
  const cue = CUES[name];
  return cue === undefined || (cue.test(streamText) && !(AGAINST[name]?.test(streamText) ?? false));
}

/** Things done by someone ("the actions taken by…", "operations performed by…"): events of the audit log. */
export const ACTIONS_BY = / (?:actions?|activit(?:y|ies)|operations?|tasks?) (?:that |which )?(?:were |was |have been |has been |had been )?(?:taken|performed|done|carried out|executed|run|made) by /;

/**
 * One person's intent and the tenant-wide sibling that answers the same question for everyone:
 * "show me audit logs for the last 24 hours", "fetch all admin activities" name no person, so they
 * are the tenant's audit log, not one person's with a clarifying card; "are there any risky users
 * in Entra ID" is the list. `understand` asks only when the question names no person, no pronoun
 * and the conversation has no person either.
 */
const TENANT_WIDE: Readonly<Partial<Record<IntentName, IntentName>>> = {
  'audit.forUser': 'audit.changes',
  'riskyUser.details': 'riskyUsers.list',
  'user.roles': 'role.members',
  'user.accessPackages': 'accessPackages.list',
  // "How many password resets were made within the directory?": the audit log's resets, not one person's last change.
  'user.passwordChange': 'audit.changes',
};

/** The tenant-wide sibling of a one-person intent, for a question that names no person. */
export function subjectlessSibling(best: IntentName): IntentName | undefined {
  return TENANT_WIDE[best];
}

/**
 * One object's intent asked of a collection: "Retrieve users without managers" (a user's
 * details), "ownerless applications" (an app's owners), "service principals with user
 * assignment required" (an app's users), "Retrieve all Enterprise apps" (a person's apps). The
 * question names no object of the kind the intent needs (no name, pronoun, "a user", "me") and
 * no such object in the singular, but a plural of that kind or of another kind, which is then
 * the list asked for. One object's answer cannot answer it:
 * the tenant-wide sibling that reads the same thing for everyone does, else nothing here does
 * (`unknown`, which offers the closest questions) — never one object's card with the collection
 * dropped. A person's direct reports and password change stay (their nouns imply one person).
 */
const COLLECTION_NEEDS: Readonly<Partial<Record<IntentName, 'user' | 'group' | 'app'>>> = {
  'user.details': 'user', 'user.authMethods': 'user', 'user.groups': 'user', 'user.apps': 'user', 'user.devices': 'user',
  'group.details': 'group', 'group.owners': 'group', 'group.roles': 'group', 'group.apps': 'group', 'group.members': 'group',
  'app.details': 'app', 'app.owners': 'app', 'app.users': 'app', 'app.permissions': 'app',
};
const COLLECTION_SIBLING: Readonly<Partial<Record<IntentName, IntentName>>> = {
  'user.authMethods': 'users.mfaStatus',
  'group.details': 'groups.search',
};
const FILLERS: Readonly<Record<'user' | 'group' | 'app', RegExp>> = {
  user: words('@user|@name|@it|me|my|i|myself|mine|user|person|account|individual|employee|guest|someone|somebody|he|she|his|her|him'),
  group: words('@group|@dept|@name|@it|group|team|dl'),
  app: words('@app|@guid|@name|@it|app|application|principal|sp|registration|integration'),
};
const PLURALS: Readonly<Record<'user' | 'group' | 'app', RegExp>> = {
  user: words('users|people|accounts|guests|employees|identities|persons|everyone|everybody'),
  group: words('groups'),
  app: words('apps|applications|principals|registrations|integrations|sps'),
};

/** A kind's singular noun used as a modifier ("application permissions", "user assignment", "group owners"). */
const MODIFIER = /(?:^| )(?:user|group|app|application|principal|account|guest|member|employee)(?= (?:permissions?|roles?|assignments?|registrations?|owners?|members?|ids?|names?|details|risk|types?|credentials?|secrets?|templates?|settings?|properties|attributes|objects?)(?: |$))/g;

/** A change stated in the past participle, with a period ("granted … @time", "added in @time"). */
const CHANGED_IN_PERIOD = /(?:^| )(?:granted|given|added|assigned|removed|revoked|created|deleted|consented|changed|modified|updated)(?= ).*(?:^| )@(?:time|range|date)(?= |$)/;

/** The intent a one-object question asked of a collection is (its tenant-wide sibling, or `unknown`); undefined when it is not one. */
export function collectionSibling(name: IntentName, stream: readonly string[]): IntentName | undefined {
  const kind = COLLECTION_NEEDS[name];
  if (kind === undefined) return undefined;
  // "tell me about…", "show me…": the asker is who is told, not the subject.
  const text = stream.join(' ').replace(/(?:^| )(?:tell|show|give|let|help|send|get|find|email) me(?= |$)/g, ' ');
  // "applications that have had application permissions granted": a singular noun qualifying another is not one object.
  if (FILLERS[kind].test(text.replace(MODIFIER, ' '))) return undefined;
  const other = (Object.keys(PLURALS) as (keyof typeof PLURALS)[]).some((k) => k !== kind && PLURALS[k].test(text));
  if (!PLURALS[kind].test(text) && !other) return undefined;
  // "permissions granted to apps over the last year": what happened to the collection in a period is the audit log's.
  if (CHANGED_IN_PERIOD.test(text)) return 'audit.changes';
  return COLLECTION_SIBLING[name] ?? 'unknown';
}

/**
 * Intents whose subject is one kind of object, asked about another kind: "Get list of deleted
 * service principals" is not the deleted users (the recycle bin the intent reads holds users
 * here) but the audit log's deletions; "Retrieve recent group creation audit logs" names no
 * object and asks for a listing, so it is the tenant's audit log, not one object's history;
 * "Get role assignments" names no group, so it is not a group's roles. `unknown` when no intent
 * here answers it.
 */
const USER_NOUNS = words('@user|@name|@it|me|my|i|users?|people|persons?|accounts?|guests?|employees?|members?|identit(?:y|ies)|who|whom|someone|anyone|everyone|he|she|her|him|his|they|them|their');
const OTHER_KIND_NOUNS = words('@group|@app|@role|@pkg|groups?|teams?|apps?|applications?|principals?|registrations?|devices?|roles?|polic(?:y|ies)|packages?');
/** "Where can I find…", "can I see…", "I want to see…", "show me…": the asker as the one who looks, not a person asked about. */
function withoutViewer(text: string): string {
  return text.replace(/(?:^| )i(?= (?:want|need|would|wish|find|see|get|view|look|check|know|list|search|locate|obtain|access|read|pull|export|query|retrieve|review|identify|detect|track|monitor|determine) )|(?:^| )(?:show|tell|give|send|let|help) me(?= |$)/g, ' ');
}

/** Tenant-wide lists that take no person, and the one-person intent that reads the same thing for one. */
const PERSON_ONE: readonly (readonly [IntentName, IntentName])[] = [
  ['riskyUsers.list', 'riskyUser.details'], ['role.members', 'user.roles'], ['accessPackages.list', 'user.accessPackages'],
];
/** Holders of privileged roles as the subject: a role by name, or admins / administrators / privileged accounts. */
const ADMIN_SUBJECT = words('@role|admins|administrators|admin|administrator|privileged');

/** A role's holders as the ones who acted: "global admin accounts made", "by @role", "@role admins did". */
const ROLE_AS_ACTOR = /(?:^| )(?:by @role|@role (?:accounts?|users?|holders?|members?|admins?|administrators?)(?: have| has)? (?:make|made|did|done|perform|performed|change|changed))(?= |$)|(?:^| )(?:has|have|did|do) @role (?:accounts?|users?|holders?|members?|admins?|administrators?) (?:make|made|do|done|perform|performed|change|changed)(?= |$)/;

/** Whether the question's role names who made the changes, not what was changed. */
export function roleIsActor(stream: readonly string[]): boolean {
  return ROLE_AS_ACTOR.test(stream.join(' '));
}

/** The audit log named as such ("audit log", "audit events", "audit trail", "directory audits"). */
const AUDIT_LOG = /(?:^| )(?:audit (?:logs?|events?|trail|entries|records)|directory audits?)(?= |$)/;

/** Words of a listing ("audit logs of group creation"), not one object's record ("group creation details"). */
const LIST_WORDS = words('logs|events|activities|entries|records|changes|all|every|list|recent|recently');
const PERSON_AS_ACTOR = /(?:^| )(?:created|deleted|removed|added|changed|modified|updated|made|done|performed|taken|initiated|invited|assigned|granted|reset) by (?:the )?(?:user |admin |administrator )?(?:@user|me|i)(?= |$)/;
/** Whether one person named in the question did what the audit question asks about ("groups created by Karita"). */
export function personIsActor(stream: readonly string[], flat?: string): boolean {
  return PERSON_AS_ACTOR.test(stream.join(' ')) && !(flat !== undefined && PLURAL_ACTORS.test(flat));
}

/** "created by these users": several people, which one person's audit log does not answer. */
export const PLURAL_ACTORS = / by (?:these|those|the|such|all|some|any) (?:users|people|accounts|admins|administrators|persons|employees) /;
const AUDIT_PLURALS = words('users|accounts|groups|apps|applications|principals|roles|policies');
const GROUP_NOUNS = words('@group|@dept|@name|@it|groups?|teams?|dls?');
const OBJECT_PLACEHOLDERS = words('@user|@group|@app|@role|@pkg|@name|@it|@guid|@dept|@catalog|me|my|i|myself');

/** Identity Protection's intents about people at risk. */
const RISKY_USER_INTENTS: ReadonlySet<IntentName> = new Set<IntentName>(['riskyUsers.list', 'riskyUser.summary', 'riskyUser.details', 'riskyUser.history', 'riskyUser.detections']);
/** An app or service principal as the subject: a known app, or its nouns ("this service principal", "workload identities"). */
const APP_SUBJECT = words('@app|apps?|applications?|principals?|sps?|registrations?|workload|workloads');

/** The tenant's or directory's activity as a whole ("tenant activities", "directory changes", "organization-wide audit events"). */
const TENANT_ACTIVITY = /(?:^| )(?:tenant|directory|organi[sz]ation|org|tenantwide|directorywide) (?:wide )?(?:activities|activity|changes|events|operations)(?= |$)/;

/** People counted: "how many users", "the number of accounts", "user count". */
const PEOPLE_COUNTED = /(?:^| )(?:how many|number of|count of|counts of|total) (?:\S+ ){0,2}?(?:users|people|accounts|employees|staff|guests|members|identities)(?= |$)|(?:^| )(?:user|account|employee|guest|member) (?:count|counts|numbers|totals?)(?= |$)/;
/** Words of signing in or of its outcome (the sign-in log's own rows). */
const SIGN_IN_EVENT = /(?:^| )(?:signins?|logins?|logons?|signed|sign|logged|log|authentications?|authenticated|authenticate|attempts?|failed|failures?|failing|fail|errors?|blocked|successful|succeeded|interrupted|activity|activities|access|accessed|accessing|sessions?|prompted|locked|lockouts?|@code|@ip|active)(?= |$)/;

/** The intent a question about another kind of object than the best intent's subject is; undefined when it is the intent's own. */
export function otherSubjectSibling(name: IntentName, stream: readonly string[], flat?: string): IntentName | undefined {
  const text = stream.join(' ');
  if (name === 'users.deleted' && OTHER_KIND_NOUNS.test(text) && !USER_NOUNS.test(withoutViewer(text))) return 'audit.changes';
  if (name === 'audit.forObject' && !OBJECT_PLACEHOLDERS.test(text) && LIST_WORDS.test(text)) return 'audit.changes';
  // "View tenant activities such as who made a change to a group": the tenant's (directory's) activity, of which one object is an example.
  if (name === 'audit.forObject' && TENANT_ACTIVITY.test(text)) return 'audit.changes';
  // "List all groups created by the user Casey Jensen": the person did it, so it is their audit log (the tenant's changes
  // filter by the object changed, which would show changes made to Casey instead); the kind of change is then named.
  if (name === 'audit.changes' && personIsActor(stream, flat)) return 'audit.forUser';
  // "audit logs with a filter on initiatedBy/user", "changes made by a specific user": one person who acted, not yet named
  // (the card asks who); "changes made by users" stays the tenant's.
  if (name === 'audit.changes' && /(?:^| )(?:initiated|performed|done|made|carried out) by (?:a |the |one |specific |a specific |one specific |single |a single )?user(?= |$)/.test(text)) return 'audit.forUser';
  // "changes made by global admins": what the role's holders did, not changes to role assignments.
  if (name === 'privileged.changes' && roleIsActor(stream)) return 'audit.changes';
  // "who deleted which users, and when": no one object but a plural of objects, so the tenant's audit log of them.
  if (name === 'audit.forObject' && !OBJECT_PLACEHOLDERS.test(text) && AUDIT_PLURALS.test(text)) return 'audit.changes';
  // "What changes have global admin accounts made", "changes made by helpdesk admins": the role's holders made them, the role is not what changed.
  if (name === 'audit.forObject' && roleIsActor(stream)) return 'audit.changes';
  // "Does Julieta have any known user risk", "does Natasha have any roles": a tenant-wide list asked of one named person is that person's.
  const person = PERSON_ONE.find(([wide]) => wide === name);
  if (person !== undefined && /(?:^| )@user(?= |$)/.test(text)) return person[1];
  // "bad password attempts against global admin accounts": the sign-ins of the role's holders.
  if ((name === 'signIns.list' || name === 'signIns.failures') && !/(?:^| )(?:@user|@it|me|my|i)(?= |$)/.test(text) && ADMIN_SUBJECT.test(text)) return 'privileged.signIns';
  // "How to Report Deletions for Microsoft 365 Groups Using the Audit Log": the audit log named is where the answer is.
  if (!name.startsWith('audit.') && name !== 'unknown' && AUDIT_LOG.test(text)) return /(?:^| )@user(?= |$)/.test(text) ? 'audit.forUser' : 'audit.changes';
  // "What permissions does Karita have", "Look up Karita's permissions": a person's permissions are their roles, not an app's grants.
  if (name === 'app.permissions' && /(?:^| )@user(?= |$)/.test(text) && !/(?:^| )(?:@app|@guid|apps?|applications?|principals?|registrations?|consents?|grants?)(?= |$)/.test(text)) return 'user.roles';
  // "Is this service principal risky?", "is Salesforce risky", "summarize the risk of this app": an app's or service principal's
  // risk, with no person named, is the risky apps' (Identity Protection's risky service principals), not the risky users'.
  if (RISKY_USER_INTENTS.has(name) && APP_SUBJECT.test(text) && !/(?:^| )(?:@user|me|my|i|myself|users?|people|accounts?|persons?|guests?|admins?|employees?|someone|anyone)(?= |$)/.test(text)) return 'riskyApps.list';
  // "the reporting structure for the Marketing department": a person's record or reports asked of a department, no person
  // named, are the department's people (the structure named as not applied).
  if ((name === 'user.details' || name === 'user.directReports') && /(?:^| )@dept(?= |$)/.test(text) && !/(?:^| )(?:@user|@name|@it|me|my|i|myself)(?= |$)/.test(withoutViewer(text))) return 'users.search';
  // "Get role assignments": no group at all, so the role assignments of the tenant.
  if (name === 'group.roles' && !GROUP_NOUNS.test(text) && !text.includes('@role')) return 'role.members';
  // "why does the Finance Department group have no owners", "is Sales Team ownerless": one named group's owners, not every
  // ownerless group with the group named as left out.
  if (name === 'groups.ownerless' && /(?:^| )@group(?= |$)/.test(text)) return 'group.owners';
  // "Get applications with less than two owners": owners counted of another kind than groups, which no intent here lists.
  if (name === 'groups.ownerless' && !GROUP_NOUNS.test(text) && /(?:^| )(?:@app|apps?|applications?|principals?|registrations?)(?= |$)/.test(text)) return 'unknown';
  // "How many users do we have per country?", "number of accounts by city": people counted by a property of theirs, with no word
  // of signing in, are the people (users.search, the breakdown named as not applied), not sign-ins counted by country.
  if (name === 'signIns.summary' && PEOPLE_COUNTED.test(text) && !SIGN_IN_EVENT.test(text)) return 'users.search';
  // "List user count per department": the report counts the members of named groups; without a group it is none of ours.
  if (name === 'report.groupMembersByDepartment' && !GROUP_NOUNS.test(text)) return 'unknown';
  return undefined;
}
