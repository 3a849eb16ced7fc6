import type { Analysis } from '../analysis/analyse';
import type { IntentName, SlotName, Slots } from '../intent';
import { INTENT_NAMES } from '../intent';
import { NEGATED_TYPE_GROUPS } from '../recognisers/group-filters';

/**
 * Constraints a question states that the understood intent cannot take, in words a person
 * understands ("department = Marketing", "sign-ins without MFA"). They go to `Intent.notApplied`
 * and from there to `answer.notApplied` and the card: an answer never silently widens a question.
 */

/**
 * Slot values found in the question that the intent does not accept, with the intents for which
 * the value is a filter of the rows (for others it is part of the question about the subject:
 * "is Alain a guest", "is Julieta compromised", "failed sign-ins" for signIns.failures).
 */
const PEOPLE_LISTS = /^(users\.|role\.members|group\.members|groups\.|privileged\.noMfa)/;
const SIGN_IN_LISTS = /^(signIns\.(list|summary)|privileged\.signIns|riskyUser\.signIns)/;
const SLOT_WORDS: Readonly<Partial<Record<SlotName, readonly [RegExp, (v: unknown) => string]>>> = {
  // "conditional access policies for guest users": whom a policy applies to is read for one named person only.
  // "sign-ins of people in Finance": no sign-in intent reads a department.
  department: [/^(users\.|role\.members|group\.members|groups\.|privileged\.noMfa|policies\.conditionalAccess|signIns\.|privileged\.signIns|riskyUser\.signIns)/, (v) => `department = ${String(v)}`],
  // "How to find Guest User Creator", "changes to guest accounts this week": the audit log is not filtered by the kind of account.
  userType: [/^(users\.|role\.members|group\.members|groups\.|privileged\.noMfa|policies\.conditionalAccess|audit\.changes)/, (v) => `user type = ${String(v)}`],
  accountEnabled: [PEOPLE_LISTS, (v) => (v === false ? 'disabled accounts only' : 'enabled accounts only')],
  status: [SIGN_IN_LISTS, (v) => `result = ${String(v)}`],
  riskLevel: [/^(riskyUsers\.list|riskyApps\.list|riskyUser\.(signIns|detections)|signIns\.)/, (v) => `risk level = ${String(v)}`],
  riskState: [/^(riskyUsers\.list|riskyApps\.list)/, (v) => `risk state = ${String(v)}`],
  country: [/^(signIns\.|riskyUser\.signIns|privileged\.signIns|users\.)/, (v) => `country = ${String(v)}`],
  city: [/^(signIns\.|riskyUser\.signIns|privileged\.signIns|users\.)/, (v) => `city = ${String(v)}`],
  ip: [/^(signIns\.|riskyUser\.signIns|privileged\.signIns)/, (v) => `IP address = ${String(v)}`],
  errorCode: [SIGN_IN_LISTS, (v) => `error code ${String(v)}`],
  authRequirement: [/^(signIns\.|privileged\.signIns|privileged\.breakGlass|riskyUser\.signIns|users\.(?!mfaStatus)|role\.members|group\.members)/, (v) => (v === 'singleFactor' ? 'without MFA' : 'with MFA')],
  deviceCompliant: [/^(signIns\.|privileged\.signIns|privileged\.breakGlass|riskyUser\.signIns)/, (v) => (v === false ? 'non-compliant devices' : 'compliant devices only')],
  // "sign-ins outside business hours this week": only admins' sign-ins are read by working hours.
  outsideWorkingHours: [/^(signIns\.|riskyUser\.signIns|users\.inactive)/, () => 'outside working hours only'],
  onPremisesSyncEnabled: [PEOPLE_LISTS, (v) => (v === false ? 'cloud-only' : 'synced from on-premises')],
  // "groups created by Casey": one person's audit log shows everything they did; the kind of change is named.
  activity: [/^audit\.forUser$/, (v) => `activity = ${String(v)}`],
  window: [/^(?!user\.details|user\.passwordChange|help|unknown)/, () => 'the time range'],
};

/** Per intent, the slots whose values SLOT_WORDS names when the intent does not take them. */
const NAMED_UNTAKEN: ReadonlyMap<string, ReadonlySet<string>> = new Map(INTENT_NAMES.map((name) => [
  name, new Set(Object.entries(SLOT_WORDS).filter(([, rule]) => rule[0].test(name)).map(([slot]) => slot)),
]));

/**
 * Whether a value found for the slot is named as not applied when the intent does not take it; values of other slots are
 * never looked at, so `fillSlots` does not look for them.
 */
export function namesUntaken(intent: IntentName, slot: SlotName): boolean {
  return NAMED_UNTAKEN.get(intent)?.has(slot) ?? SLOT_WORDS[slot]?.[0].test(intent) === true;
}

/** Intents whose rows are, or can be narrowed to, holders of privileged roles. */
const PRIVILEGED_READERS: readonly IntentName[] = [
  'role.members', 'group.members', 'privileged.noMfa', 'privileged.signIns', 'signIns.list', 'signIns.summary', 'signIns.failures', 'riskyUser.signIns',
];

/** Phrases no intent can apply yet (or only some can): [pattern, words, intents that do apply it]. */
const PHRASES: readonly [RegExp, string, readonly IntentName[]][] = [
  [/ (unmanaged|unregistered|personal) (devices?|machines?|laptops?|phones?) /, 'unmanaged devices', []],
  [/ (from|on|using) managed (devices?|machines?) /, 'managed devices only', []],
  [/ (browsers?|chrome|firefox|safari) /, 'browser', []],
  [/ (risky|risk flagged|flagged) (signins?|logins?|authentications?) /, 'risky sign-ins only', ['riskyUser.signIns', 'riskyUser.summary', 'riskyUser.detections']],
  // "from Windows devices", "on Windows 11": Windows as a platform ("sign-in windows", "time windows" are not).
  [/ (operating systems?|macos|linux|android|ios|ipados|chromeos|windows (devices?|machines?|computers?|laptops?|pcs?|clients?|desktops?|phones?|7|8|10|11|hosts?)|(from|on|using|via|with) windows) /, 'operating system', []],
  [/ company names? /, 'company name', []],
  // "successful sign-ins from blocked countries": which places a policy blocks (its named locations) no sign-in list reads.
  [/ (blocked|denied|banned|disallowed|forbidden|restricted) (countries|country|locations?|regions?|ips?|ip (addresses|ranges?)|networks?) /, 'blocked locations', []],
  // "List users including their last sign-in time": a column only the inactive users' list and the sign-in log show.
  [/ last (interactive |non interactive |successful )?(signin|login|logon)s?( (time|times|date|dates|datetime|date time|timestamp|activity))? /, 'last sign-in time (not a column of this list)', ['users.inactive', 'signIns.list', 'signIns.failures', 'signIns.summary', 'signIns.troubleshoot', 'signIns.unusualLocations', 'privileged.signIns', 'riskyUser.signIns']],
  [/ (licen[cs]es?|licen[cs]ed|unlicen[cs]ed|e3|e5|p1|p2) /, 'licence', ['users.licenses']],
  // "inactive users in the Finance group": a group's members with no word of their sign-ins.
  [/ (inactive|stale|dormant|idle) /, 'inactive only', ['users.inactive', 'privileged.noMfa', 'signIns.list', 'signIns.summary', 'signIns.failures']],
  // "admins who never signed in", "users who hold privileged roles but haven't signed in": only users' own intents read no roles.
  [/ (not|no|non|except|excluding|without|other than) (the )?(admins|administrators|privileged( \w+){0,3} (roles?|users|accounts|identities)) /, 'excluding administrators', []],
  // "which access requests were approved yesterday", "who approved access package requests": only pending requests are read.
  [/ (approved|denied|rejected|declined|delivered|cancell?ed) (access )?(package )?(assignment )?requests? | requests? (\w+ ){0,3}(approved|denied|rejected|declined|delivered|cancell?ed) | (who|which \w+) (approved|denied|rejected|declined) /, 'requests already approved or denied (only pending ones are read)', []],
  [/ (?<!(not|no|non|except|excluding|without|other than)( the)? )(admins|administrators|privileged( \w+){0,3} (roles?|users|accounts|identities)|admin (roles?|accounts|users)|(roles?|admin) holders) /, 'privileged roles only', PRIVILEGED_READERS],
];

/**
 * Phrases that change whose rows are asked for, whatever the intent: "my team" is the asker's
 * direct reports (user.directReports), never the asker's own groups or sign-ins.
 */
const SUBJECT_PHRASES: readonly [RegExp, string, readonly IntentName[]][] = [
  // "the reporting structure for the Marketing department", "the Sales org chart": who reports to whom, which a list of people does not show.
  [/ (reporting (structure|lines?|chains?|hierarchy|relationships?)|org (chart|structure)|organi[sz]ation(al)? (chart|structure|hierarchy)|management (chain|structure|hierarchy)) /, 'reporting structure (who reports to whom)', ['user.details', 'user.directReports']],
  [/ (my|our) (team|direct reports|reports|staff|reportees) | (direct reports|reportees) | (report|reports|reporting) (to|into) | (everyone|people|users) under /, 'direct reports (my team)', ['user.directReports']],
  // "non-Microsoft 365 groups": every group but a type, which no filter reads (findGroupType drops the negated type).
  [NEGATED_TYPE_GROUPS, 'excluding a kind of group', []],
  // "groups with at least one owner": groups that have owners, which no list narrows to (the ownerless list is the opposite).
  [/ (at least|one or more) (one |an? )?owners? /, 'at least one owner', []],
];

/**
 * People's directory properties asked of sign-in rows ("Filter Sign-In Activities by the 'Department' field", "sign-ins of the
 * Finance department"): the sign-in log does not carry them.
 */
const SIGN_IN_ROWS = /^(signIns\.(list|summary|failures)|privileged\.signIns|riskyUser\.signIns)/;
const SIGN_IN_PHRASES: readonly [RegExp, string][] = [
  [/ (departments?|dept)( field| attribute| property| column)? | (job )?titles? (field|attribute|property|column) /, 'department or job title'],
];

/** A group's owners or members asked for beside the groups ("groups with their owners", "groups and members"). */
const GROUP_COLUMNS = / (?:with|and|including|plus|showing|along with) (?:all )?(?:their |the |its )?(?:owners?|members?)(?: (?:and|&) (?:their |the )?(?:owners?|members?))?(?= )| (?:every|all|each|all the|all of the) (?:groups?|teams?) ?s? (?:owners?|members?)(?= )/;

/** People broken down by a column of theirs ("per country", "in each department", "by job title"). */
const PEOPLE_BREAKDOWN = / (?:by|per|in each|for each|across(?: all)?(?: the)?) (departments?|countr(?:y|ies)|cit(?:y|ies)|locations?|offices?|job titles?|titles?|companies|company)(?= )/;

/** Intents whose rows are sign-ins, users or requests (the phrases above only narrow those). */
const NARROWABLE = /^(signIns\.|users\.|privileged\.signIns|riskyUser\.signIns|role\.members|group\.members|accessRequests\.pending)/;

export function notAppliedConstraints(
  intent: IntentName, a: Analysis, slots: Slots, accepts: ReadonlySet<SlotName>, found: Readonly<Partial<Record<SlotName, unknown>>>,
  extraDepartments: readonly string[],
): string[] {
  const out: string[] = [];
  for (const slot of Object.keys(found) as SlotName[]) {
    const value = found[slot];
    const rule = SLOT_WORDS[slot];
    if (value === undefined || rule === undefined || accepts.has(slot) || !namesUntaken(intent, slot)) continue;
    const words = rule[1];
    // A department or place that named the subject ("the Finance Department group") is not a filter.
    if ((slot === 'department' || slot === 'country' || slot === 'city') && (slots.group !== undefined || slots.user !== undefined)) continue;
    // Invitations are of guests: "who invited guest users" is the invitation activity, whose rows are all guests.
    if (slot === 'userType' && value === 'guest' && (slots as Record<string, unknown>).activity === 'Invite external user') continue;
    out.push(words(value));
  }
  for (const d of extraDepartments) if (accepts.has('department')) out.push(`department = ${d} (one department at a time)`);
  for (const [re, words, applies] of SUBJECT_PHRASES) {
    if (re.test(a.flat) && !applies.includes(intent) && !(intent as string).startsWith('user.directReports') && intent !== 'unknown' && intent !== 'help' && !out.includes(words)) out.push(words);
  }
  // A department named ("the Finance department") is a group or a department value, named by the rules above.
  if (SIGN_IN_ROWS.test(intent) && found.department === undefined && !a.stream.some((w) => w === '@dept' || w === '@group')) {
    for (const [re, words] of SIGN_IN_PHRASES) if (re.test(a.flat) && !out.includes(words)) out.push(words);
  }
  // "Export all groups with owners and members": the group list shows neither (group.owners and group.members read one group's).
  if (intent === 'groups.search') {
    const parts = GROUP_COLUMNS.exec(a.flat);
    if (parts !== null) {
      const both = /owner/.test(parts[0]) && /member/.test(parts[0]);
      out.push(both ? 'owners and members (not columns of this list)' : /owner/.test(parts[0]) ? 'owners (not a column of this list)' : 'members (not a column of this list)');
    }
  }
  // "How many users do we have per country?", "users by department": a list of people does not count or group them by a column.
  if (intent.startsWith('users.')) {
    const by = PEOPLE_BREAKDOWN.exec(a.flat);
    const column = by?.[1]!.replace(/ies$/, 'y').replace(/s$/, '');
    if (column !== undefined) out.push(`grouped or counted by ${column} (each person's row shows the ${column})`);
  }
  if (NARROWABLE.test(intent)) {
    for (const [re, words, applies] of PHRASES) if (re.test(a.flat) && !applies.includes(intent) && !out.includes(words)) out.push(words);
  }
  return out;
}
