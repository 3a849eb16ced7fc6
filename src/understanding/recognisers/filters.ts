import type { AuditTargetType, PrivilegedChangeKind, RiskLevel, RiskState, SignInStatus, SummaryGroupBy } from '../intent';

/**
 * Filter values read from a question's normalised words (lower case, typos corrected, single
 * spaces, padded with a space at both ends). Each finder returns undefined when the question
 * does not say.
 */

/** "from blocked countries", "blocked IP addresses": a place the tenant blocks, which says where, not how the sign-in ended. */
const BLOCKED_PLACE = / (?:blocked|denied|banned|disallowed|forbidden|restricted) (?=(?:countries|country|locations?|regions?|ips?|ip (?:addresses|ranges?)|addresses|networks?|ranges?) )/g;

export function findStatus(text: string): SignInStatus | undefined {
  const t = text.replace(BLOCKED_PLACE, ' ');
  if (/ (interrupted|interruption|interrupt)s? /.test(t)) return 'interrupted';
  if (/ (fail|failed|failing|failure|failures|unsuccessful|errors?|denied|blocked|rejected) /.test(t)) return 'failure';
  if (/ (success|successful|successfully|succeeded|succeed|worked) /.test(t)) return 'success';
  return undefined;
}

export function findRiskLevel(t: string): RiskLevel | undefined {
  const m = / (high|medium|low|elevated|severe|critical)[ -]?(risk|risky|riskiest|severity|level) /.exec(t)
    ?? / risk (level )?(of |is |=|equals |at )?(high|medium|low) /.exec(t)
    ?? / (high|medium|low) (risk )?(level )?(users?|apps?|sign ?ins?|service principals?|accounts?) /.exec(t);
  if (m === null) return undefined;
  const word = m.slice(1).find((g) => g !== undefined && /^(high|medium|low|elevated|severe|critical)$/.test(g));
  if (word === undefined) return undefined;
  return word === 'elevated' || word === 'severe' || word === 'critical' ? 'high' : (word as RiskLevel);
}

export function findRiskState(t: string): RiskState | undefined {
  if (/ (confirmed )?compromised? | confirmed compromise /.test(t) && / (confirmed|compromised|compromise) /.test(t)) return 'confirmedCompromised';
  // "not yet remediated", "unresolved": still at risk.
  // "haven't been remediated", "that were not dismissed": a negated auxiliary before the state.
  if (/ (not|never|un|havent|hasnt|werent|wasnt|isnt|arent)( yet)?( been)? (remediated|dismissed|resolved|fixed|cleared|addressed) | unremediated | unresolved /.test(t)) return 'atRisk';
  if (/ remediated | remediation /.test(t)) return 'remediated';
  // "confirmed safe", "considered safe": ID Protection's "Confirm user safe" dismisses the risk.
  if (/ dismissed | (considered|marked|confirmed|deemed|declared|now) (as )?safe /.test(t)) return 'dismissed';
  if (/ (at risk|atrisk|still risky|currently risky) /.test(t)) return 'atRisk';
  return undefined;
}

const DIMENSION = '(app|application|apps|country|countries|location|result|status|outcome|hour|day|date|user|person|error|error code|reason)s?';
const GROUPED_BY = new RegExp(` (by|grouped by|broken down by|split by) ${DIMENSION} `);
const COUNTED_PER = new RegExp(` (per|for each|each) ${DIMENSION} `);

const RANKED_SIGNERS = / who (?:[a-z]+ ){0,2}(?:signin|login)(?: [a-z]+){0,2}? (?:the )?most(?! recent| recently)(?= |$)/;
const APPS_BY_USE = / (?:apps?|applications?) (?:(?:are|is|were|was|get|gets|got) )?(?:used|accessed) (?:the )?most(?! recent| recently)(?= |$)| (?:apps|applications) with (?:their |any |recent )?(?:signin|login) (?:activity|activities|events|counts?)(?= |$)/;

export function findGroupBy(t: string): SummaryGroupBy | undefined {
  // "the number of logons per user … by location": "per" counts what each row is of; a grouping said with "by" wins.
  const m = GROUPED_BY.exec(t) ?? COUNTED_PER.exec(t);
  const word = m?.[2];
  if (word !== undefined) {
    if (word.startsWith('app')) return 'app';
    if (word.startsWith('countr') || word === 'location') return 'country';
    if (word === 'result' || word === 'status' || word === 'outcome') return 'result';
    if (word === 'hour') return 'hour';
    if (word === 'day' || word === 'date') return 'day';
    if (word === 'user' || word === 'person') return 'user';
    return 'errorCode';
  }
  // "the count of the various types of MFA failures": the kinds of failure are their error codes.
  if (/ (types|kinds|sorts|categories) of (?:[a-z]+ ){0,2}(failures|errors|error codes) /.test(t)) return 'errorCode';
  // "the most common failure reasons", "the top error codes": a ranking of why sign-ins failed.
  if (/ (top|most common|most frequent|main|commonest) (\d+ )?([a-z]+ ){0,2}(reasons?|error codes?|errors|failure codes?) /.test(t)) return 'errorCode';
  if (/ (hourly|hour by hour) /.test(t)) return 'hour';
  if (/ (daily|trend|trends|day by day|over time|timeline|per day) /.test(t)) return 'day';
  // "top 5 apps by sign-ins", "the distribution of sign-ins across apps": what is ranked or spread over.
  if (/ (which|what|top)( \d+| [a-z]+ (?=apps?|applications?))? (apps?|applications?) | (distribution|breakdown|spread) of ([a-z]+ ){1,3}(across|over|among) (the |all |our )?(apps|applications) /.test(t)) return 'app';
  if (/ (which|what|top)( \d+)? (countries|country|locations?) | (give me|show me|list|show|get)( the| all)? (countries|locations) | where from | (distribution|breakdown|spread) of ([a-z]+ ){1,3}(across|over|among) (the |all |our )?(countries|locations) /.test(t)) return 'country';
  // "which users had the most failed logins", "the applications with the most sign-ins", "which users sign in most frequently":
  // a ranking of what is named.
  const ranked = / (?:which|what|the|top) (users?|accounts?|people|persons?|guests?|admins?|administrators?|employees?|members?|apps?|applications?|countries|locations?)(?: [a-z]+){0,3} (?:the most(?! recent| recently| current| latest)|the highest number of|the largest number of|(?:the )?most (?:frequently|often)|(?:the )?least (?:frequently|often)) /.exec(t)?.[1];
  if (ranked !== undefined) return ranked.startsWith('app') ? 'app' : ranked.startsWith('countr') || ranked.startsWith('location') ? 'country' : 'user';
  // "top 10 users by failed sign-ins", "the top 5 accounts with the most failures": a ranking of people.
  if (/ top (?:\d+ |[a-z]+ )?(?:users|accounts|people|persons|identities|guests|admins) (?:by|with|for|in|of) /.test(t)) return 'user';
  if (/ (?:most|top(?: \d+)?(?: most)?) (?:(?:frequently|commonly|often|heavily) )?(?:used|accessed|popular|visited) (?:apps?|applications?) /.test(t)) return 'app';
  // "who signs in the most", "who logs in most often": people ranked by their sign-ins; "which apps are used most", "enterprise
  // applications with sign-in activity": apps by theirs.
  if (RANKED_SIGNERS.test(t)) return 'user';
  if (APPS_BY_USE.test(t)) return 'app';
  return undefined;
}

/** Who did the changes ("the actions taken by administrative accounts"): the actors, not the kind of object changed. */
const ACTORS = / (?:taken|performed|done|carried out|executed|run|made|initiated) by (?:(?!to |in |on |for |from |of |at )[a-z'-]+ ){0,3}(?:users?|accounts?|admins?|administrators?|people|persons?|guests?|employees?|members?) /g;

export function findTargetType(text: string): AuditTargetType | undefined {
  const t = text.replace(ACTORS, ' ');
  // "what changed in conditional access this week": Conditional Access is its policies.
  // "Conditional Access audit logs", "audit events for conditional access": a log of Conditional Access is its policies' log.
  if (/ (conditional access|ca) polic(y|ies) | polic(y|ies) | (in|to|for|of|on|about) conditional access | conditional access (audit |change )?(logs?|events?|changes|activit(y|ies)|history|trail|entries|records|auditing) /.test(t)) return 'policy';
  if (/ (role|roles|admin role|pim|role assignments?) /.test(t)) return 'role';
  if (/ (group|groups|membership|memberships) /.test(t)) return 'group';
  if (/ (app|apps|application|applications|service principals?|consent|consents|credentials?|secrets?) /.test(t)) return 'app';
  if (/ (user|users|account|accounts|password|passwords|guest|guests) /.test(t)) return 'user';
  return undefined;
}

const ACTIVITIES: readonly (readonly [RegExp, string])[] = [
  // Conditional Access policies first: "newly created conditional access policies" is not a new group or user.
  [/ (new|newly created|created|added) (conditional access |ca )?polic(y|ies) | (conditional access |ca )?polic(y|ies) (were |was |have been )?(created|added) /, 'Add conditional access policy'],
  // "changed" is any change (added, updated or deleted); "modified", "updated", "edited" are updates.
  [/ (modified|updated|edited) (conditional access |ca )?polic(y|ies) | (conditional access |ca )?polic(y|ies) (were |was |have been )?(modified|updated|edited) /, 'Update conditional access policy'],
  [/ (deleted|removed) (conditional access |ca )?polic(y|ies) | (conditional access |ca )?polic(y|ies) (were |was |have been )?(deleted|removed) /, 'Delete conditional access policy'],
  [/ passwords? resets?| reset (the |their |a )?passwords?/, 'Reset password'],
  // "a user changing their own password", "users who changed their passwords themselves": the self-service change.
  [/ (chang(e|es|ed|ing)|updat(e|es|ed|ing)) (their|his|her|my|your) (own )?passwords?(?! for)| self[- ]?service password changes?| passwords? changed by (the )?users? themselves /, 'Change password (self-service)'],
  [/ (invited|invitations?|invites?) /, 'Invite external user'],
  [/ (consent|consents|consented) /, 'Consent to application'],
  [/ (new|newly created|newly registered|added|created|registered) (apps|applications|app registrations?) | (apps|applications|app registrations?) (were |was |have been |has been )?(added|created|registered) /, 'Add application'],
  [/ (credentials?|secrets?|certificates?) (added|created) | (added|new) (credentials?|secrets?|certificates?) /, 'Add service principal credentials'],
  // Enterprise applications are service principals: deleting one is "Remove service principal".
  [/ (deleted|removed) (enterprise (apps?|applications?)|service principals?) | (enterprise (apps?|applications?)|service principals?) (were |was |have been )?(deleted|removed|deletions?|removals?) /, 'Remove service principal'],
  // App registrations deleted: "Delete application" (Microsoft's audit activity reference).
  [/ (deleted|removed) (apps|applications|app registrations?) | (apps|applications|app registrations?) (were |was |have been )?(deleted|removed) | (app|application|app registration) deletions? /, 'Delete application'],
  // Membership: "users added to a group", "members removed from Finance Department" (before "users were added").
  // Also "who put Alain in Sales Team", "when did Alain join the Sales Team group", "who gave Karita membership of Finance".
  [/ (added|adds|adding|put|puts|putting|placed) ([a-z0-9.@'-]+ ){0,3}(to|into|in) (an? |the |this |that |their )?([a-z0-9'-]+ ){0,3}(groups?|teams?) | (new|added) (group )?members | members? (were |was |have been )?added | (joined|join) (an? |the |this |that )?([a-z0-9'-]+ ){0,3}(groups?|teams?) | (gave|given|granted) ([a-z0-9.@'-]+ ){0,3}membership (of|in|to) | (groups?|teams?) ([a-z0-9.@'-]+ ){1,3}(added|put|placed) (to|into|in) ((this|last|past|yesterday|today|recently|since|during|over|in|on|between|and|or) |$)/, 'Add member to group'],
  [/ (removed|removes|removing|took|taken|taking|kicked) ([a-z0-9.@'-]+ ){0,3}(from|out of|off) (an? |the |this |that |their )?([a-z0-9'-]+ ){0,3}(groups?|teams?) | members? (were |was |have been )?removed | (left|leave) (an? |the |this |that )?([a-z0-9'-]+ ){0,3}(groups?|teams?) | (groups?|teams?) ([a-z0-9.@'-]+ ){1,3}(removed|taken|kicked) (from|out of|off) ((this|last|past|yesterday|today|recently|since|during|over|in|on|between|and|or) |$)/, 'Remove member from group'],
  [/ (deleted|removed) users? | users? (were |was )?(deleted|removed) | (anyone|someone|somebody|anybody|who) (delete|remove|deleted|removed) (a |an |any |the |some |which |what )?(users?|accounts?) | (user|account) deletions? /, 'Delete user'],
  [/ (deleted|removed) groups? | groups? (were |was |have been )?(deleted|removed) | (anyone|someone|somebody|anybody|who) (delete|remove|deleted|removed) (a |an |any |the |some |which |what )?groups? | group deletions? | deletions? (of|for) (the )?((microsoft )?365 |m365 |security |unified )?groups? /, 'Delete group'],
  [/ (new|created|newly created) groups? | groups? (were |was |have been )?(created|added) | group creations? | creations? of (new )?groups? /, 'Add group'],
  [/ (new|created|newly created) users? | users? (were |was |have been )?(created|added) | (user|account) creations? | creations? of (new )?(users|accounts) /, 'Add user'],
  [/ temporary access pass(es)?| taps? /, 'Admin registered security info'],
];

/**
 * The flat words with "group" after each group the tenant has, when the question did not say it ("who added Karita to
 * Finance Department" reads as "… to finance department group"): the audit log's kinds of change and targets are said of
 * groups, which a group's own name need not call one.
 */
export function flatWithGroupNouns(a: { readonly words: readonly string[]; readonly mentions: readonly { readonly kind: string; readonly end: number }[]; readonly flat: string }): string {
  const ends = new Set(a.mentions.filter((m) => m.kind === 'group').map((m) => m.end));
  if (ends.size === 0) return a.flat;
  const out: string[] = [];
  a.words.forEach((w, i) => {
    if (ends.has(i) && !/^(?:groups?|teams?|dls?)$/.test(w)) out.push('group');
    out.push(w);
  });
  if (ends.has(a.words.length)) out.push('group');
  return ` ${out.join(' ')} `;
}

/** The first audit activity the words name (a kind of event, for choosing the intent). */
export function firstActivity(t: string): string | undefined {
  for (const [re, activity] of ACTIVITIES) if (re.test(t)) return activity;
  return undefined;
}

/** "deleted applications and service principals": one verb over objects of two kinds. */
const COORDINATED = / (deleted|removed|created|added|new|newly created) ((?:[a-z]+ ){1,3}?)(?:and|or|&) ((?:[a-z]+ ){1,3})/;

export function findActivity(t: string): string | undefined {
  const activity = firstActivity(t);
  // Two kinds of objects under one verb are two audit activities, which one activity slot cannot hold: any change then.
  const m = COORDINATED.exec(t);
  if (activity !== undefined && m !== null) {
    const [, verb, first, second] = m;
    const a = firstActivity(` ${verb} ${first}`);
    const b = firstActivity(` ${verb} ${second}`);
    if (a !== undefined && b !== undefined && a !== b) return undefined;
  }
  return activity;
}

export function findMaxOwners(t: string): number | undefined {
  const words: Readonly<Record<string, number>> = { zero: 0, no: 0, one: 1, a: 1, single: 1, two: 2, three: 3, '0': 0, '1': 1, '2': 2, '3': 3 };
  const fewer = / (fewer|less) than (two|three|one|[0-9]) (owner|owners) /.exec(t);
  if (fewer !== null) return Math.max(0, (words[fewer[2]!] ?? 1) - 1);
  const atMost = / (at most|max|maximum|no more than|up to) (one|two|three|[0-9]) owners? /.exec(t);
  if (atMost !== null) return words[atMost[2]!] ?? 1;
  // "groups without owner or only with only one", "one or no owners": no owner or one is at most one.
  if (/ (?:no|without|zero|0) (?:an |any )?owners? or (?:[a-z]+ ){0,3}?(?:one|1|a single)(?= )| (?:one|1) or (?:no|zero|0|none) owners? /.test(t)) return 1;
  // "more than one owner", "at least one owner" are not "one owner".
  if (/(?<!(?:more than|over|above|at least|exceeding|beyond))(?: (only|just|exactly|single|a single|sole|one) (one |1 )?owner| single[ -]owner | 1 owner )/.test(t)) return 1;
  if (/ (no|without|zero|0|missing|lacking|lack) (an |any )?owners? | ownerless | orphan(ed)? | nobody owns | no one owns | not owned | (dont|doesnt|do not|does not|didnt|did not) (have|has) (an |any )?owners? /.test(t)) return 0;
  return undefined;
}

export function findUserType(t: string): 'guest' | 'member' | undefined {
  // "excluding guests", "except guests", "but not guests", "no guests": the members.
  if (/ (excluding|except|exclude|without|not|no|minus|other than) (the )?(guests?|external users?|b2b users?) /.test(t)) return 'member';
  // "both members and guests", "guests and members", "members or guests": every user type.
  if (/ (members?|internal users?) (and|or|&|as well as) (the )?(guests?|external users?)| (guests?|external users?) (and|or|&|as well as) (the )?(members?|internal users?) /.test(t)) return undefined;
  if (/ (guest|guests|external users?|b2b|partner users?|external accounts?|externals) /.test(t)) return 'guest';
  if (/ (member users|member accounts|internal users|internal accounts|non guest|non-guest|members only) /.test(t)) return 'member';
  return undefined;
}

/** A feature switched off, not an account: "users with MFA disabled", "MFA turned off for Karita", "disabled MFA". */
const FEATURE_OFF = / (?:mfa|2fa|multi ?factor(?: authentication)?|sspr|self service password reset|passwordless|security defaults)(?: (?:is|was|has been|have been|being|are|were|set to|still|currently|now))* (?:disabled|deactivated|turned off|switched off)(?= )| (?:disabled|deactivated) (?:mfa|2fa|multi ?factor|sspr|passwordless)(?= )/g;

export function findAccountEnabled(text: string): boolean | undefined {
  const t = text.replace(FEATURE_OFF, ' ');
  if (/ (disabled|deactivated|blocked from sign ?in|inactive accounts|turned off) /.test(t)) return false;
  // "blocked accounts in HR", "users that are suspended": the account itself blocked ("Block sign in"), not a sign-in
  // blocked by a policy ("users blocked by conditional access").
  if (/ (blocked|suspended) (user )?(accounts|users|guests|members|employees) (?!(by|due|because|from accessing) )| (accounts|users|guests|employees) (that are |which are |who are )?(blocked|suspended)(?! (by|due|because|from accessing))( from (signing in|signin|sign ?in))? /.test(`${t} `)) return false;
  if (/ (enabled|active) ((guest|member|user|cloud|synced|external|internal) )?(accounts|users|guests|members|employees) /.test(t)) return true;
  return undefined;
}

export function findHighPrivilege(t: string): boolean | undefined {
  return / (highly|high|most|over|overly|excessive(ly)?)[ -]?(privileged?|privileges|permissions?|risky permissions) | dangerous | sensitive permissions | tenant ?wide /.test(t) ? true : undefined;
}

export function findOutsideHours(t: string): boolean | undefined {
  return / outside (of )?(the )?(working|business|office|normal|usual) hours| after hours | off hours | out of hours | at night | night time | nighttime | weekends? | unusual (hours|times)| odd hours | overnight | (weird|strange|unusual|late|odd|unexpected) (hours|times) /.test(t) ? true : undefined;
}

/** "new admins", "who got global admin", "who was made a global admin", "who gave someone admin rights": additions. */
const ADMIN_WORDS = '(\\w+ )?(admins?|administrators?|roles?|admin (rights|roles?|access|privileges|permissions))';
const ADDED_TO_ADMIN = new RegExp(` (new ${ADMIN_WORDS}|(got|get|gets|getting|received?|receiving)( assigned)?( an?| the)? ${ADMIN_WORDS}|(made|becomes?|became)( an?| the)? ${ADMIN_WORDS}|(gave|give|gives|given|grant|granted|grants) (\\w+ )?(admin|administrator|privileged) (rights|roles?|access|privileges|permissions)) `);

/** Which kind of privileged change a question asks about, if it names one. */
export function findChangeKind(t: string): PrivilegedChangeKind | undefined {
  if (/ (outside (of )?pim|without (using |going through )?pim|bypass(ing|ed)? pim|not (through|via|using|in) pim|directly (assigned|added)|direct (role )?assignments?|permanent(ly)? (assigned|assignments?|admins?)) /.test(t)) return 'outsidePim';
  if (/ (elevat(ed|ions?|e)|activat(ed|ions?|e)|just in time|jit) /.test(t)) return 'activation';
  if (/ (made|became|become|are|were) eligible | eligibility | eligible assignments? /.test(t)) return 'eligible';
  if (/ (removed|deleted|taken|dropped) (from|out of) /.test(t) || / (role )?removals? /.test(t)) return 'removed';
  // A Temporary Access Pass or another sign-in method "added to an admin" is not a role assignment.
  if (/ (temporary access pass(es)?|taps?|security info|(auth(entication)?|sign in|mfa) methods?|passkeys?|phone numbers?) /.test(t)) return undefined;
  if (/ (added|assigned|granted|given) (to |an? |the )/.test(t) || / new (\w+ ){0,2}(role )?assignments? /.test(t)) return 'added';
  if (ADDED_TO_ADMIN.test(t)) return 'added';
  return undefined;
}

/** Conditional Access policy state: report-only, disabled (inactive, off, not enabled) or enabled (enforced, active, on). */
export function findPolicyState(t: string): 'enabled' | 'disabled' | 'reportOnly' | undefined {
  if (/ report[ -]?only | reporting (mode|only) | audit mode /.test(t)) return 'reportOnly';
  if (/ (disabled|inactive|turned off|switched off|not (currently |yet )?(enabled|active|on|enforced|turned on)|off) /.test(t)) return 'disabled';
  if (/ (enabled|enforced|active|actively enforced|turned on|switched on|in force|on) /.test(t)) return 'enabled';
  return undefined;
}

/** "which policies exclude the break-glass accounts": `breakGlass`; "policies with exclusions": `any`. */
export function findPolicyExcludes(t: string): 'breakGlass' | 'any' | undefined {
  if (!/ (exclude|excludes|excluded|excluding|exclusions?|exempt|exempted|exception|exceptions) /.test(t)) return undefined;
  // "excluding all trusted locations": a condition on places, not on who is excluded.
  if (/ (exclude|excludes|excluded|excluding) (all |the |any )?(trusted |named )?(locations?|ips?|ip ranges?|countries|networks?|platforms?|apps?|applications?) /.test(t)) return undefined;
  return / (break ?glass|emergency( access)?) /.test(t) ? 'breakGlass' : 'any';
}

export function findAssignmentState(t: string): string | undefined {
  if (/ expired /.test(t)) return 'expired';
  if (/ (delivered|active) (assignments?|access) /.test(t)) return 'delivered';
  return undefined;
}

const MFA_WORDS = '(mfa|multi ?factor( authentication)?|multifactor( authentication)?|2fa|two factor( authentication)?|strong auth(entication)?)';
const SINGLE_FACTOR = new RegExp(
  ` (without|no|not using|not with|didn'?t use|did not use|didn'?t require|did not require|didn'?t need|did not need|not requiring|not required|missing|skipping|skipped|bypassing|bypassed) (an? |any )?${MFA_WORDS} `
  + `| single[- ]?factor | one factor | (non|no)[- ]?mfa | password only | only (a )?password `
  + `| ${MFA_WORDS} (was |is |were |are )?(not|never|wasnt|isnt|werent|arent) (required|needed|used|enforced|requested|prompted|performed|satisfied) `,
);
const MULTI_FACTOR = new RegExp(
  ` (with|using|that used|which used|used|requiring|that required|required|needing|that needed|needed|prompted for|prompted to|prompted with|being prompted for|asked for|challenged (for|with)|satisfied|passed|completed|enforcing|that enforced|enforced) (an? )?${MFA_WORDS} `
  + `| ${MFA_WORDS} (sign ?ins?|logins?|authentications?) | multi[- ]?factor (sign ?ins?|logins?) `,
);

/**
 * Sign-ins that needed one factor only ("sign-ins without MFA", "that didn't require MFA") or
 * MFA ("that used MFA", "users prompted for MFA"): the signIn's `authenticationRequirement`.
 */
/**
 * Whether the rows have the property, asked of them ("Are these devices compliant and managed?", "Does the user's sign-in
 * satisfy the MFA requirement?", "did Karita's sign-ins use MFA"): a question about the rows, which show it, not a filter.
 */
const ASKS_IF_COMPLIANT = / (?:are|is|were|was) (?:these|those|the|this|that|they|their|its|his|her|all) (?:[a-z']+ )?(?:devices?|machines?|laptops?|phones?|computers?|pcs?) (?:(?:all|still|currently) )?(?:compliant|managed|non ?compliant)(?= )/;
const ASKS_IF_MFA = / (?:does|do|did|is|are|was|were|has|have) (?:[a-z@']+ ){0,4}(?:signins?|logins?|authentications?) (?:satisfy|satisfied|meet|met|fulfil|fulfill|fulfilled|pass|passed|complete|completed|require|required|use|used|involve|involved) (?:the )?(?:mfa|multi ?factor|strong|2fa|two factor)(?= )/;

export function findAuthRequirement(t: string): 'singleFactor' | 'multiFactor' | undefined {
  if (ASKS_IF_MFA.test(t)) return undefined;
  if (SINGLE_FACTOR.test(t)) return 'singleFactor';
  if (MULTI_FACTOR.test(t) && !/ (failed|failure|failures|denied|rejected) /.test(t.replace(/ (sign ?ins?|logins?) /g, ' '))) return 'multiFactor';
  return undefined;
}

const DEVICE = '(devices?|machines?|laptops?|computers?|pcs?|phones?|endpoints?)';
const NON_COMPLIANT = new RegExp(` (non[- ]?compliant|noncompliant|not compliant|uncompliant|out of compliance) ${DEVICE}? | ${DEVICE} (that (are|were|is|was) |which (are|were|is|was) )?(not compliant|non[- ]?compliant|noncompliant) | ${DEVICE} (that|which) (isnt|wasnt|arent|werent) compliant `);
const COMPLIANT = new RegExp(` compliant ${DEVICE} | ${DEVICE} (that (are|were|is|was) |which (are|were|is|was) )?compliant `);

/** Sign-ins from compliant (true) or non-compliant (false) devices: the signIn's `deviceDetail.isCompliant`. */
export function findDeviceCompliant(t: string): boolean | undefined {
  if (ASKS_IF_COMPLIANT.test(t)) return undefined;
  if (NON_COMPLIANT.test(t)) return false;
  if (COMPLIANT.test(t)) return true;
  return undefined;
}

/** Users synced from on-premises Active Directory (true) or cloud-only (false): `onPremisesSyncEnabled`. */
export function findOnPremisesSync(t: string): boolean | undefined {
  if (/ (cloud[- ]?only|cloud[- ]?native|cloud[- ]?managed|cloud[- ]?born|created in the cloud|not synced|not synchronized|not synchronised|unsynced) /.test(t)) return false;
  if (/ (synced|synchronized|synchronised|syncing|sync'd)( from| with)? | (on[- ]?prem|on[- ]?premises|hybrid) (users?|accounts?|identities|ad|active directory) | from (on[- ]?prem|on[- ]?premises|active directory|ad) | (ad|entra) connect | dirsync /.test(t)) return true;
  return undefined;
}

/** "recently created users", "new accounts" without a time: created in the last 30 days (users.search's default). */
export function findRecentlyCreated(t: string): { last: string } | undefined {
  return / (recently|newly) (created|added|joined|hired|provisioned) | (created|added|joined) recently | new (hires|joiners|starters) /.test(t) ? { last: 'P30D' } : undefined;
}

/** user.directReports: everyone under the person at every level, not only direct reports. */
export function findTransitive(t: string): boolean | undefined {
  return / (everyone|everybody|all|people|anyone|staff|employees) (who (is|are) )?(under|below|beneath|reporting up to|rolling up to) | (all|every|each) (levels?|tiers?) | (indirect|indirectly|transitive|transitively|skip[- ]level) | (whole|entire|full|complete) (org|organisation|organization|team|reporting) ?(chart|tree|line|chain|hierarchy)? | (reporting|management) (chain|line|tree|hierarchy) | org (chart|tree) /.test(t) ? true : undefined;
}

/** users.mfaStatus: "haven't registered MFA", "without MFA" (false); "registered for MFA", "who have MFA" (true). */
export function findRegistered(t: string): boolean | undefined {
  if (/ (havent|haven't|have not|hasnt|hasn't|has not|not|never|arent|aren't|are not|isnt|isn't|is not|didnt|didn't|did not|yet to|still need to|unregistered|un-?registered) (yet )?(registered|register|enrolled|enroll|enrol|set up|setup|configured)| (without|no|missing|lacking) (any )?(mfa|multi ?factor|multifactor|2fa|second factor|strong auth)| (mfa|2fa|multi ?factor) (not|isnt|isn't|is not) (registered|set up|enabled|configured)| unregistered | not (mfa|2fa) (registered|capable) | (dont|doesnt|do not|does not|didnt|did not|havent|hasnt|have not|has not) (have |has |use |got )?(any )?(mfa|multi ?factor|multifactor|2fa|second factor|strong auth)| (mfa|2fa|multi ?factor( authentication)?|multifactor( authentication)?)( is| was| are| were| has been| have been| set to| still| currently)* (disabled|turned off|switched off|deactivated) | disabled (mfa|2fa|multi ?factor|multifactor) /.test(t)) return false;
  if (/ (who|users?|people|accounts?) (is |are |has |have |had )?(already )?(registered|enrolled|set up) (for |in |with )?(mfa|multi ?factor|multifactor|2fa)/.test(t)) return true;
  // "users who have MFA", "admins that have MFA enabled", "accounts with MFA registered", "users whose MFA is set up".
  if (/ (who|that|which|users?|people|accounts?|admins?|administrators?|guests?|members?) (has|have|had|with|using|use|uses) (mfa|multi ?factor( authentication)?|multifactor( authentication)?|2fa)( |$)| (mfa|2fa|multi ?factor) (is |are |has been |have been )(registered|enabled|set up|configured|turned on) /.test(t)) return true;
  return undefined;
}

/** users.mfaStatus: an authentication method, as Graph's `methodsRegistered` names it. */
export function findMethod(t: string): string | undefined {
  if (/ (sms|text messages?|text messaging|texting|texts|phone|mobile phone|phone numbers?|voice calls?|phone calls?) /.test(t)) return 'mobilePhone';
  if (/ (authenticator( app)?|push notifications?|microsoft authenticator) /.test(t)) return 'microsoftAuthenticatorPush';
  if (/ (fido2?|security keys?|passkeys?|yubikeys?) /.test(t)) return 'passKeyDeviceBound';
  if (/ windows hello /.test(t)) return 'windowsHelloForBusiness';
  if (/ (temporary access pass|tap) /.test(t)) return 'temporaryAccessPass';
  return undefined;
}

/**
 * "users without phone numbers registered for MFA", "who doesn't have the Authenticator app": a method asked for as missing.
 * The registration report filters by a method registered, never by one missing, so the method is not a filter then.
 */
export function methodNegated(t: string): string | undefined {
  return / (?:without|no|not|dont have|doesnt have|do not have|does not have|havent|hasnt|have not|has not|lacking|missing|never) (?:a |an |any |the |registered |set up |got )*(sms|text messages?|text messaging|texting|texts|mobile phones?|phone numbers?|phones?|voice calls?|microsoft authenticator|authenticator(?: app)?|push notifications?|fido2? (?:keys?|security keys?)|fido2?|security keys?|passkeys?|yubikeys?|windows hello|temporary access pass(?:es)?|taps?) /.exec(t)?.[1];
}

/**
 * A licence (SKU) by the words people use, as its product name ("Microsoft Entra ID P2"); the
 * licenses family maps it to the subscription's `skuPartNumber`. "P1/P2" names both: no one SKU.
 */
export function findSku(t: string): string | undefined {
  const p1 = / ((entra( id)?|azure ad|aad|azure active directory|premium) )?p1 /.test(t);
  const p2 = / ((entra( id)?|azure ad|aad|azure active directory|premium) )?p2 /.test(t);
  if (p1 && p2) return undefined;
  if (p2) return 'Microsoft Entra ID P2';
  if (p1) return 'Microsoft Entra ID P1';
  if (/ (office 365|o365) e5 /.test(t)) return 'Office 365 E5';
  if (/ (office 365|o365) e3 /.test(t)) return 'Office 365 E3';
  if (/ ems e5 /.test(t)) return 'Enterprise Mobility + Security E5';
  if (/ ems e3 /.test(t)) return 'Enterprise Mobility + Security E3';
  if (/ e5 /.test(t)) return 'Microsoft 365 E5';
  if (/ e3 /.test(t)) return 'Microsoft 365 E3';
  if (/ power ?bi (pro )?/.test(t)) return 'Power BI Pro';
  return undefined;
}

/** users.licenses: users holding no licence at all. */
export function findUnlicensed(t: string): boolean | undefined {
  if (/ unlicen[cs]ed | (without|no|missing|lacking|with no|dont have|don't have|do not have|doesnt have|doesn't have|does not have|havent got|haven't got|not assigned) (a |any )?(assigned |active |valid )?licen[cs]es? | (no|zero) licen[cs]es?( assigned)? | not licen[cs]ed /.test(t)) return true;
  // "Get List of Licensed Users", "accounts that are licensed": people who hold a licence, whichever.
  // "Users with Assigned License Report", "accounts that have a licence assigned": holding any licence.
  // "Licenced user list", "a licensed account listing": the compound before a list's noun, each person holding one.
  return / licen[cs]ed (users|accounts|people|members|guests|employees|identities) | licen[cs]ed (user|account|member|guest|employee) (list|lists|listing|export|inventory|overview) | (users|accounts|people|members|guests|employees) (that are|who are|which are|are) licen[cs]ed | (users|accounts|people|members|guests|employees) (with|that have|who have|having) (an? |any )?(assigned|active) licen[cs]es? | (users|accounts|people|members|guests|employees) (with|that have|who have|having) (an? |any )?licen[cs]es? assigned /.test(t) ? false : undefined;
}
