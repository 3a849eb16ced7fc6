/**
 * A sibling's defining predicate stated in the question (split from intent-cues.ts, which keeps the
 * qualifiers and the plain, tenant-wide, collection and other-subject siblings): a cue below overrides
 * the classifier's best intent when the question states what the sibling is about.
 *
 * Runs on the flat words of the question (names as typed, lower-cased).
 */
import type { IntentName } from '../intent';
import { ACTIONS_BY } from './intent-cues';
import { RISK_DETECTION } from './risk-detections';
import { errorCodeFromPhrase } from './error-codes';

/** "tell me about / describe / details of <the object>, including …": the flat words of such a question. */
function detailsIncluding(kindNouns: string): RegExp {
  // The words before "including" name the object only, not a part of it ("the members of Sales Team").
  const word = "(?!(?:members|owners|roles|permissions|devices|methods|users|apps|applications|signins?|logins?|groups|memberships)\\b)[a-z0-9@.'-]+ ";
  return new RegExp(`^ (?:(?:can you|could you|please) )?(?:tell me (?:more )?about|describe|give me (?:the )?details (?:of|about|on)|(?:show|get|list) (?:me )?(?:the )?details (?:of|about|on)|details (?:of|about|on)) (?:${word}){0,6}?(?:(?:${kindNouns}) )?(?:${word}){0,3}?including `);
}

/** The apps or places of sign-ins asked for as such: "what applications are guests signing into", "locations Giovanna has signed in from". */
const SIGN_IN_DIMENSION = /^(?!.* (?:can|could|may|allowed|permitted|access to|have access|has access|no|not|never|without|zero|none|havent|hasnt|hadnt|didnt|arent|werent|unused|stale|inactive)(?= |$)).* (?:what|which|give me|show me|list|show|get)(?: the| all)? (?:applications|apps|locations|countries|cities)(?: [a-z@.'-]+){0,5}? (?:is|are|has|have|had|was|were|did|do|does)(?: [a-z@.'-]+){0,3}? (?:signin|signins|login|logins|logon|logged|accessed|signed)(?= |$)/;

/** Apps used in the past, asked for as such: "which apps did Karita use this week", "what applications has Alain used". */
const PAST_APP_USE = /^(?!.* (?:can|could|may|allowed|permitted|access to|have access|has access|no|not|never|without|zero|none|havent|hasnt|hadnt|didnt|unused|stale|inactive)(?= |$)).* (?:what|which|give me|show me|list|show|get)(?: the| all)? (?:applications|apps)(?: [a-z@.'-]+){0,5}? (?:did|has|have|had)(?: [a-z@.'-]+){0,3}? (?:use|used|access)(?= |$)/;

/** People or apps ranked by signing in or by use, or listed with their sign-in activity. */
const RANKED_BY_USE = / (?:who|which (?:[a-z]+ )?(?:users?|accounts?|people|apps?|applications?)|what (?:apps?|applications?)) (?:(?:is|are|was|were|get|gets|got) )?(?:signin|login|used|accessed)(?: [a-z]+){0,2}? (?:the )?most(?! recent| recently)(?= |$)| (?:the )?(?:most|top(?: (?:\d+|@num))?(?: most)?) (?:(?:frequently|commonly|often|heavily) )?(?:used|accessed|popular|visited) (?:apps?|applications?)(?= |$)| (?:apps|applications) with (?:their |any |recent )?(?:signin|login) (?:activity|activities|events|counts?)(?= |$)/;

/** People asked for by their name's text ("users whose name starts with Al", "accounts named like test"). */
export const PEOPLE_NAMED = new RegExp([
  // "users whose name starts with Al", "guests with names containing gmail", "accounts whose UPN contains test"
  String.raw` (?:users?|accounts?|people|guests?|members?|employees?)(?: (?:whose|with|where|that have|having))?(?: (?:the|their|a))?(?: display| user)? (?:names?|upns?) (?:that |which )?(starts?|starting|begins?|beginning|contains?|containing|includes?|including|ending|ends|matching) (?:with )?(?:(?:the )?(?:word|letters?|text|string) )?([a-z0-9][a-z0-9.@-]*)(?= )`,
  // "users starting with kar", "users containing the letters wa" (not "users including their last sign-in")
  String.raw` (?:users?|accounts?|people|guests?|members?|employees?) (?:that |which |who )?(?:(starts?|starting|begins?|beginning|matching) (?:with )?|(contains?|containing|including) (?:the )?(?:word|letters?|text|string) )([a-z0-9][a-z0-9.@-]*)(?= )`,
  // "users with the name Mary", "accounts named test", "guests called Alex": people by their name, a search, not one person
  String.raw` (?:users|accounts|people|guests|members|employees) (?:with the (?:display )?name|(?:that are |who are )?(?:named|called)) ([a-z0-9][a-z0-9.@-]*)(?= )`,
].join('|'));

/** The status of a request of no other kind than access. */
const REQUEST_STATUS = /^(?!.* (?:password|reset|consent|pim|role|roles|activation|join|support|service|feature|pull|api|change|deletion|export|license|licence|mfa) ).* (?:status|state|progress) of (?:the |a |an |my |his |her |their |this |that )?(?:[a-z@]+ )?(?:access (?:package )?)?requests?(?= |$)/;

/** A yes/no question's opening auxiliary (after a polite wrapper). */
const YES_NO_OPENING = /^ (?:(?:can you |could you |please )?(?:tell me |check )?(?:if |whether ))?(?:has|have|had|was|were|did|is|are|got)(?= )/;

/** Sign-ins qualified as failed ("blocked sign ins", "sign-ins that failed"), not as well as successful ones. */
const FAILED_SIGN_INS = /^(?!.* (?:success|successful|successfully|succeeded|both|whether|all results|any result)(?= |$)).*(?: (?:failed|failing|unsuccessful|blocked|denied|rejected) (?:[a-z]+ ){0,2}(?:signins?|logins?)(?= |$)| (?:signins?|logins?) (?:that |which )?(?:were |was |have been |has been |got )?(?:failed|blocked|denied|rejected|unsuccessful)(?= |$))/;

/** Words of inactivity or of a threshold in time: people picked by them are inactive users ("stale", "since", "older than"). */
const INACTIVITY_WORDS = '(?:inactive|stale|dormant|idle|unused|havent|hasnt|hadnt|didnt|not|never|no longer|since|older|before|over|more than)';
/** Everyone's last sign-in asked as a property of the people ("the last sign-in date of all users", "last logon time for our accounts"). */
const EVERYONES_LAST_SIGN_IN = / last (?:interactive |successful |non interactive )?(?:signin|login|logon)(?: (?:time|times|date|dates|datetime|date time|timestamp|activity))?(?: (?:field|property|attribute|column|value|info|information))? (?:of|for|in|on) (?:all |every |each |the |our |my )?(?:users|accounts|people|guests|members|employees)(?= |$)/;

/**
 * A sibling's defining predicate stated in the question: "users in Sales who haven't signed in
 * for 60 days" is inactive users (with the department named as not applied), not a user search
 * whose period would be read as when they were created.
 */
const DEFINING: readonly { readonly intent: IntentName; readonly over: readonly IntentName[]; readonly cue: RegExp }[] = [
  // "What should I do if one of my users can't get in to their account?": what to do about someone who cannot sign in is troubleshooting.
  {
    intent: 'signIns.troubleshoot',
    over: ['signIns.failures', 'signIns.list', 'user.details', 'users.search', 'user.apps'],
    cue: / (?:what should i do|what do i do|what can i do|how do i (?:fix|solve|resolve|help)|how (?:can|should) i (?:fix|solve|resolve|help)|how to (?:fix|solve|resolve)|help me (?:fix|solve|resolve|with))(?: [a-z@']+){0,8} (?:cant|cannot|can not|unable to|not able to|couldnt|could not|isnt able to|is not able to) (?:sign|log|get|login|signin)(?= |$)/,
  },
  // "who has been using Salesforce this week", "who accessed Salesforce yesterday", "which users used Workday in January": using an
  // app is signing in to it, as "who signed in to Salesforce" is; not who was given access, nor changes made to the app
  // ("who has access to Salesforce", "who uses Salesforce", "who is using Contoso Expenses" stay its users).
  {
    intent: 'signIns.list',
    over: ['audit.forObject', 'report.appAccessAdded', 'app.users', 'users.inactive'],
    cue: /^(?!.* (?:groups?|teams?|roles?|packages?|catalogs?|policy|policies|devices?|laptops?|computers?|mailbox(?:es)?|files?|sites?)(?= |$)) (?:who|which (?:users|people|accounts|employees|guests|members|staff|admins)) (?:(?:has |have |had |was |were )?(?:actually |ever |recently |really )?(?:used|accessed|opened|launched)|(?:has |have |had )been (?:using|accessing))(?= |$)/,
  },
  // "sign-ins of the Finance group", "show sign-ins for Finance Department", "Sales Team group sign-ins today": a group's
  // sign-ins are sign-ins (the group, which no sign-in intent takes, is named as not applied), not the group's details or
  // members; "members of Finance who haven't signed in" stays inactivity (no sign-in noun).
  {
    intent: 'signIns.list',
    over: ['group.details', 'group.members', 'group.apps', 'group.roles', 'group.owners'],
    cue: / (?:signins|logins|logons|(?:signin|login|logon) (?:logs?|activity|events?|history|records?|attempts?))(?= |$)/,
  },
  // "show denied access package requests", "requests for Project Falcon": requests are the request list (which reads pending
  // ones and names the others as not applied), not the packages.
  // "who approves requests for Project Falcon" asks for the package's approvers (accessPackage.details), not requests.
  { intent: 'accessRequests.pending', over: ['accessPackages.list', 'accessPackage.details'], cue: /^(?!.* (?:approves|approvers?|who (?:can|could|will|would|should|must) approve)(?= |$)).* (?:access |package |assignment )*requests(?= |$)/ },
  // "which policies exclude the break-glass accounts" (questions.md's own example): the policies that leave those accounts
  // out, not the accounts' sign-ins.
  { intent: 'policies.conditionalAccess', over: ['privileged.breakGlass'], cue: / polic(?:y|ies) (?:that |which |do |does )?(?:not )?(?:exclude|excludes|excluded|exempt|exempts|exempted|skip|skips|leave out|leaves out)(?= |$)| (?:excluded|exempted|exempt) from (?:[a-z]+ ){0,3}polic(?:y|ies)(?= |$)/ },
  // "Which users are excluded from Conditional Access?", "Audit Conditional Access exclusions": who the policies leave out is
  // the policies' exclusions, not failed sign-ins ("sign-ins blocked by conditional access" stays the sign-ins).
  { intent: 'policies.conditionalAccess', over: ['signIns.failures', 'signIns.list', 'signIns.summary', 'privileged.signIns', 'users.search'], cue: / (?:excluded|exempted|exempt) from (?:the |our |any |all )?(?:conditional access|ca)(?= |$)| (?:conditional access|ca) (?:polic(?:y|ies) )?(?:exclusions?|exemptions?|exceptions?)(?= |$)/ },
  // "users with FIDO2 keys", "who doesn't have the Authenticator app", "users who have not registered a passkey", "users whose MFA
  // is disabled": people by an authentication method or by MFA (had or missing) are the registration report's, not a directory
  // search, inactivity or an app's users.
  {
    intent: 'users.mfaStatus',
    over: ['users.search', 'users.inactive', 'app.users'],
    cue: /^(?!.* (?:signins?|logins?|logons?|signed|logged|sign in)(?= |$)).* (?:fido2?|security keys?|passkeys?|yubikeys?|windows hello|authenticator(?: app)?|microsoft authenticator|sms|text messages?|phone numbers?|voice calls?|mfa|2fa|multi ?factor|multifactor)(?= |$)/,
  },
  // "Sorting across all tenant for phone and sms verification": a phone method of verification, the tenant named as the scope
  // ("across all tenants"), not the tenant's details ("our tenant's phone number" stays them).
  { intent: 'users.mfaStatus', over: ['tenant.details'], cue: / (?:sms|text messages?|phone|phone calls?|voice|voice calls?)(?: (?:and|or) (?:sms|text messages?|phone|phone calls?|voice|voice calls?))? (?:verification|verifications|authentication|mfa|2fa|methods?)(?= |$)/ },
  // "self-service password reset registration for Karita", "is Alain registered for SSPR": registering for password reset is
  // registering methods, not when the password last changed.
  { intent: 'user.authMethods', over: ['user.passwordChange'], cue: / (?:sspr|self service password reset|password reset) (?:registration|registrations|registered|enrollment|enrolment|enrolled)(?= |$)| (?:registered|registration|enrolled) (?:for|in|with) (?:the )?(?:sspr|self service password reset|password reset)(?= |$)/ },
  // "applications Karita has failed to sign into", "which users failed to sign in to Salesforce": failed sign-ins, not access.
  {
    intent: 'signIns.failures',
    over: ['user.apps', 'app.users', 'user.details', 'users.search'],
    cue: / (failed|failing|fails|fail|unsuccessful|unable|couldnt|could not|cannot|cant) (to )?(signin|signins|login|logins|sign|log|authenticate|get in) /,
  },
  // "What is the user's sign-in status? Are there any failures?": sign-ins that failed are the failures, not every sign-in
  // with a result filter ("successful or failed sign-ins" asks for both).
  {
    intent: 'signIns.failures',
    over: ['signIns.list'],
    cue: /^(?!.* (?:success|successful|successfully|succeeded|both|and failed|or failed|failed or|failed and)(?= |$)).* (?:fail|failed|failing|failure|failures|unsuccessful|denied|rejected)(?= |$)/,
  },
  // "How many failed sign-in attempts occurred in the last 24 hours?", "how many users signed into Salesforce this week": a count
  // is the summary; "how many times did login fail … and tell me the reasons" still asks for the rows.
  {
    intent: 'signIns.summary',
    over: ['signIns.list', 'signIns.failures'],
    cue: /^(?!.* (reasons?|why|tell me|details|ip addresses|ips|list them|show them) ).* (?:(?:how many|(?<!(?:large|high|huge|big|unusual|excessive|abnormal|increased) )number of|count of|total of) (?:[a-z]+ ){0,2}(?:signins?|logins?|logons?|authentications)|how many (?:users|people|accounts|guests|admins|employees) (?:have |had )?(?:signin|signed|logged|login)) /,
  },
  // "Which users had the most failed login attempts?", "the applications with the most sign-ins", "sign-ins grouped by IP",
  // "summarize sign-ins still using Internet Explorer": a ranking or an aggregate of sign-ins is the summary, not the rows.
  {
    intent: 'signIns.summary',
    over: ['signIns.list', 'signIns.failures', 'tenant.details'],
    cue: / (?:the most(?! recent| recently| current| latest| important)|most (?:often|frequently|used|popular|common)|top (?:\d+ )?(?:apps|applications|users|accounts|countries|locations|error codes|errors|reasons|failure reasons)|(?:distribution|breakdown) of|(?:the )?(?:highest|largest|biggest) (?:number|count) of|top used|grouped by|group by|broken down by|summari[sz]e|summari[sz]ed|summary of|(?:the )?(?:percentage|share|proportion|ratio|fraction|rate) of|what percent(?:age)? of) /,
  },
  // "what applications are guests signing into", "Give me locations Giovanna has signed in from", "What applications has the user
  // accessed during these sign-in events?": the apps or places of the sign-ins, one row each, is the summary grouped by them
  // ("what is Alain signing into" names no grouping and stays the sign-ins; "which apps can Karita sign in to" is her access).
  { intent: 'signIns.summary', over: ['signIns.list', 'user.apps', 'app.users', 'apps.unused'], cue: SIGN_IN_DIMENSION },
  // "which apps did Karita use this week", "what applications has Alain used": apps used in the past are the apps of the
  // sign-ins, as "who accessed Zoom" is the app's sign-ins ("which apps does Karita use" stays her apps).
  { intent: 'signIns.summary', over: ['user.apps'], cue: PAST_APP_USE },
  // "who signs in the most", "which apps are used most", "the most used applications", "enterprise applications with sign-in
  // activity": people or apps ranked or counted by their sign-ins, not the inactive ones, the unused apps or the changes.
  { intent: 'signIns.summary', over: ['apps.unused', 'users.inactive', 'audit.changes', 'users.search', 'user.apps', 'app.users', 'signIns.list'], cue: RANKED_BY_USE },
  // "what's the last app Karita signed into": the latest sign-in, not the apps she may use.
  { intent: 'signIns.list', over: ['user.apps'], cue: / (?:last|latest|most recent|newest|first) (?:app|application|apps|applications) (?:[a-z@.'-]+ ){0,3}(?:signin|signed|login|logged|logon|accessed|used|opened)(?= |$)/ },
  // "Does the user's sign-in satisfy the MFA requirement?", "sign-ins that completed MFA": what a sign-in did about MFA is
  // in the sign-in's record, not the person's registered methods.
  { intent: 'signIns.list', over: ['user.authMethods', 'users.mfaStatus'], cue: / (?:signins?|logins?) (?:[a-z]+ ){0,2}(?:satisf(?:y|ies|ied)|meets?|met|pass(?:es|ed)?|complet(?:es|ed)|perform(?:s|ed)?|did|do|does) (?:the |an |a )?mfa(?= |$)/ },
  // "what apps is Karita signing into", "which apps has Karita logged into", "which users are signing in to Salesforce": the
  // sign-ins that happened, not who may access what ("which apps can Karita sign in to" stays her apps).
  { intent: 'signIns.list', over: ['user.apps', 'app.users', 'audit.changes'], cue: / (?:is|are|was|were|has|have|been|had) (?:[a-z0-9@.'-]+ ){0,3}(?:signin|login|logon)(?= |$)/ },
  // "What specific conditional access policies were applied during these sign-in events", "which CA policies applied to Karita's
  // sign-ins": the policies a sign-in record shows were applied, not the tenant's policy list.
  { intent: 'signIns.list', over: ['policies.conditionalAccess'], cue: / polic(?:y|ies) (?:[a-z]+ ){0,3}(?:applied|enforced|evaluated|triggered|apply|applies) (?:during|to|in|on|for|at) (?:[a-z@.'-]+ ){0,3}(?:signins?|logins?|logons?|sign in events?|signin events?)(?= |$)/ },
  // "list conditional access rules", "conditional access setup": the policies themselves, not sign-ins they blocked.
  {
    intent: 'policies.conditionalAccess',
    over: ['signIns.failures', 'signIns.list', 'signIns.troubleshoot'],
    cue: /^(?!.* (?:signins?|logins?|logons?|sign in|blocked|block|failed|failures?|failing|denied|prevented|stopped|attempts?)(?= |$)).* (?:conditional access|ca) (?:rules?|polic(?:y|ies)|settings?|setup|configuration|config)(?= |$)/,
  },
  // Thirteenth round (administrators' own issue wording). "lastSignInDateTime field in users", "the last sign-in date of all
  // users", "last logon time for our accounts": everyone's last sign-in asked as a property of the users, not the log's rows.
  // Fourteenth round: like "users including their last sign-in time" (below), that is the people, the column named as not
  // applied (users.inactive lists only the accounts idle for a while); with an inactivity said too it stays users.inactive.
  {
    intent: 'users.search',
    over: ['signIns.list', 'users.search', 'users.inactive'],
    cue: new RegExp(`^(?!.* ${INACTIVITY_WORDS}(?= |$)).*${EVERYONES_LAST_SIGN_IN.source}`),
  },
  { intent: 'users.inactive', over: ['signIns.list', 'users.search'], cue: EVERYONES_LAST_SIGN_IN },
  // "Retrieving Owners of Application Registration", "owners of our enterprise apps": the owners of apps are the apps' owners,
  // not the apps someone owns.
  {
    intent: 'app.owners',
    over: ['apps.ownedBy'],
    cue: / owners? (?:of|for) (?:an? |the |this |that |each |every |all |our |my |these |those )?(?:app|apps|application|applications|app registrations?|application registrations?|registrations?|enterprise (?:apps?|applications?)|service principals?|principals?)(?= |$)/,
  },
  // "Export group members to CSV", "Report on DL members", "members of a distribution list": a group's members asked with
  // no group named are the group-members question (a card asks which group), not a search of groups or someone's reports.
  {
    intent: 'group.members',
    over: ['groups.search', 'user.directReports'],
    cue: / (?:group|dl|distribution list|distribution group|security group|m365 group|microsoft 365 group|o365 group|team) members(?= |$)| members (?:of|in) (?:an? |the |this |that |each |every )?(?:group|dl|distribution list|distribution group|security group)(?= |$)/,
  },
  // "Gets all group owners", "export the group owners": as with members, a group's owners asked with no group named are the
  // group-owners question (a card asks which group); "every group's owner" stays the group list with the owners named.
  { intent: 'group.owners', over: ['groups.search'], cue: /(?<! every| each) group owners(?= |$)/ },
  // "Determine the status of a user's request", "what is the status of Alain's request": a request's status, with no other kind
  // of request said (password reset, consent, PIM activation…), is an access request's, not the person's record.
  { intent: 'accessRequests.pending', over: ['user.details', 'user.accessPackages'], cue: REQUEST_STATUS },
  // "Get all users with the name Mary", "users whose display name contains the letters wa": people by their name's text are a
  // search of people (the name named as not applied, fill.ts), never one person's details.
  { intent: 'users.search', over: ['user.details'], cue: PEOPLE_NAMED },
  // "Report all Global Admins without MFA enabled", "spot admins without MFA": holders of admin roles with no MFA registered are
  // the privileged MFA report (a role named is then named as not applied), not everyone's registration, the role's holders or
  // admins' sign-ins without MFA ("admins who signed in without MFA" stays sign-ins).
  {
    intent: 'privileged.noMfa',
    over: ['users.mfaStatus', 'role.members', 'privileged.signIns'],
    cue: /^(?!.* (?:signins?|logins?|logons?|signed|logged|sign in|authenticated|authentications?)(?= |$)).* (?:admins?|administrators?|admin accounts|admin users|privileged (?:users|accounts|identities|roles?)|role holders)(?: [a-z]+){0,3} (?:without |with no |lacking |missing |(?:who |that )?(?:(?:do|does) not|dont|doesnt|(?:have|has) not|havent|hasnt|are not|arent|is not|isnt|not) (?:have |registered (?:for )?|enrolled (?:in |for )?|enabled (?:for )?|set up |using |use )?)(?:an? |any )?(?:mfa|multi factor|multifactor|2fa|two factor)(?= |$)/,
  },
  // "Is there a way to get sign on logs stats for an application…", "sign-in statistics per app": figures over sign-ins are
  // their summary, not the rows or the app's details.
  {
    intent: 'signIns.summary',
    over: ['signIns.list', 'app.details', 'app.users', 'user.details'],
    cue: / (?:signins?|logins?|logons?|authentications?)(?: (?:logs?|activity|activities|events|data))? (?:stats|statistics|metrics|figures|totals)(?= |$)| (?:stats|statistics|metrics|figures) (?:on|of|for|about) (?:the |our |all )?(?:signins?|logins?|logons?|authentications?)(?= |$)/,
  },
  // "how to find the granted delegated permission on an existing app": one app's permissions (its grants), not the consents
  // people gave across apps.
  {
    intent: 'app.permissions',
    over: ['apps.userConsent'],
    cue: / permissions? (?:[a-z]+ ){0,2}(?:on|to|of|for) (?:an? |the |this |that |one )?(?:existing |specific |given |particular |single )?(?:app|application|service principal|enterprise app|enterprise application|app registration)(?= |$)/,
  },
  // "How to find Guest User Creator", "who is the creator of this group", "the inviter of the guests": who created or invited
  // objects is the audit log's, not the objects themselves.
  {
    intent: 'audit.changes',
    over: ['users.search', 'groups.search', 'user.details', 'group.details', 'app.details', 'group.owners', 'app.owners'],
    cue: / (?:creators?|inviters?) (?:of|for) | (?:users?|guests?|groups?|apps?|applications?|accounts?|teams?) (?:creators?|inviters?)(?= |$)/,
  },
  // "Filter Sign-In Activities by the 'Department' field": a filter "by" a field picks rows, it does not group or count them.
  {
    intent: 'signIns.list',
    over: ['signIns.summary'],
    cue: /^(?!.* (?:how many|count|counts|number of|summary|summari[sz]e|trend|trends|breakdown|grouped|group by|per|distribution|statistics|stats|totals?|most|top)(?= |$)).* (?:filter|filters|filtered|filtering) (?:[a-z]+ ){0,3}(?:signins?|logins?|sign in (?:logs?|activities|activity|events)|signin (?:logs?|activities|activity|events)|activities|logs) (?:by|on|for) /,
  },
  // "How would we find audit logs for a user changing their own password?", "audit events of a guest signing up": an
  // indefinite person doing something is a kind of event, anyone's, not one person to ask for ("the audit log of a user" stays one).
  { intent: 'audit.changes', over: ['audit.forUser'], cue: / (?:a|an|any) (?:user|person|account|member|guest|admin|administrator|employee) (?!named |called )[a-z]+ing(?= |$)/ },
  // "list all users and groups that's been assigned to specific Enterprise Application": who is assigned to an app is its users
  // (and groups), not a search of groups or users.
  {
    intent: 'app.users',
    over: ['groups.search', 'users.search'],
    cue: / (?:users|groups|users and groups|groups and users|principals|people|members) (?:that |who |which )?(?:is |are |has |have |was |were )?(?:been )?assigned (?:to|for) (?:an? |the |this |that |each |our |specific |a specific |a particular |particular )?(?:[a-z@]+ ){0,2}(?:app|apps|application|applications|app registrations?|service principals?)(?= |$)/,
  },
  // "Retrieves a list of role assignments for a user or group", "role assignments of a user": the roles a person holds.
  // "list the application roles assigned to Alain", "the App roles that a user has been assigned": an application's roles held are
  // the person's app assignments (questions.md's user.apps reads appRoleAssignments), not directory roles.
  { intent: 'user.apps', over: ['user.roles'], cue: / (?:app|apps|application|applications) roles? (?!(?:defined|exposed|declared|definitions?)(?= |$))/ },
  { intent: 'user.roles', over: ['user.groups', 'user.details'], cue: / (?:directory |admin |entra |pim )?role assignments? (?:for|of|held by) (?:an? |the |this |that )?(?:user|person|account|@user)(?= |$)/ },
  // "List users including their last sign-in time", "accounts with their last login date": people listed with their last
  // sign-in as a column are the people (a user search; the column no intent shows is named as not applied,
  // `slots/not-applied.ts`), not only those inactive for 90 days (users.inactive, which would narrow them without a word)
  // nor the sign-in log's rows. An inactivity said too ("stale accounts with their last login date") stays users.inactive.
  {
    intent: 'users.search',
    over: ['signIns.list', 'users.inactive', 'users.search'],
    cue: new RegExp(`^(?!.* ${INACTIVITY_WORDS}(?= |$)).* (?:users|accounts|people|guests|members|employees)(?: [a-z]+){0,3} (?:with|and|including|by|showing) (?:their |the |its |his |her )?last (?:interactive )?(?:signin|login|logon)(?: (?:time|times|date|dates|datetime|activity))?(?= |$)`),
  },
  { intent: 'users.inactive', over: ['signIns.list', 'users.search'], cue: / (?:users|accounts|people|guests|members|employees)(?: [a-z]+){0,3} (?:with|and|including|by|showing) (?:their |the )?last (?:interactive )?(?:signin|login|logon)(?: (?:time|times|date|dates|datetime|activity))?(?= |$)/ },
  // "get properties and relationships of group", "details of a user": one object's properties, asked of no collection.
  { intent: 'group.details', over: ['groups.search'], cue: / (?:properties|details|attributes|relationships|settings|info|information)(?: and [a-z]+)? (?:of|for|about) (?:an? |the |this |that )?group(?= |$)/ },
  { intent: 'user.details', over: ['users.search'], cue: / (?:properties|details|attributes|relationships|settings|info|information)(?: and [a-z]+)? (?:of|for|about) (?:an? |the |this |that )?(?:user|account|person)(?= |$)/ },
  // "List users with a particular service plan that is in a suspended state": a service plan (Graph's assignedPlans) is part of
  // a licence, so people picked by one are the licences' question.
  { intent: 'users.licenses', over: ['users.search', 'users.inactive'], cue: / (?:service|assigned) plans?(?= |$)/ },
  // "Get manager chain up to the root level", "Karita's management chain": the managers above someone, not who reports to them.
  { intent: 'user.details', over: ['user.directReports'], cue: / (?:manager|managers|management) (?:chain|hierarchy|line)(?= |$)| chain of (?:managers|management)(?= |$)/ },
  // "can Alain be restored", "is Karita recoverable": whether a deleted account can come back is the recycle bin's.
  { intent: 'users.deleted', over: ['user.details', 'users.search'], cue: / (?:be|been|get|gets|getting) (?:restored|recovered|undeleted|brought back|reinstated)(?= |$)| (?:restorable|recoverable)(?= |$)/ },
  // "remediated users this month", "accounts that were dismissed": a risk state is Identity Protection's, not a directory search.
  { intent: 'riskyUsers.list', over: ['users.search', 'users.inactive', 'users.deleted'], cue: / (?:remediated|dismissed|confirmed compromised|compromised)(?: [a-z]+)? (?:users|accounts|identities|people|employees|guests)(?= |$)| (?:users|accounts|identities|people) (?:that|who|which) (?:were|have been|has been|was|are) (?:[a-z]+ )?(?:remediated|dismissed|confirmed compromised|compromised)(?= |$)/ },
  // "which conditional access policy was causing that" (a person prompted for MFA): what a policy did to sign-ins is in the sign-ins.
  { intent: 'signIns.list', over: ['policies.conditionalAccess'], cue: / polic(?:y|ies) (?:was |were |is |are |that |which |that was |that is )?(?:causing|caused|causes|triggering|triggered|triggers|prompting|prompted|forcing|forced)(?= |$)/ },
  // "any users with deny or report as suspicious mfa responses": MFA prompts people declined or reported are failed sign-ins.
  {
    intent: 'signIns.failures',
    over: ['riskyUsers.list', 'users.search', 'users.mfaStatus'],
    cue: / (?:deny|denied|denies|declined|declines|rejected|report as suspicious|reported as (?:suspicious|fraud)|fraud alerts?)(?: [a-z]+){0,3} (?:mfa|multi factor|authenticator|push|prompts?|requests?|responses?|notifications?)(?= |$)| (?:mfa|authenticator|push) (?:prompts?|requests?|responses?|pushes?|notifications?) (?:[a-z]+ ){0,2}(?:denied|declined|rejected|reported)(?= |$)/,
  },
  // "Show the unique IPs for user", "IP addresses used by Karita": addresses are where sign-ins came from, not a property of people.
  { intent: 'signIns.list', over: ['users.search', 'user.details', 'users.inactive', 'user.apps', 'user.devices'], cue: / (?:ip addresses|ip address|ips) (?:for|of|used by|from which|that|did|does|do|has|have|had|is|are|was|were) / },
  // "What is Alain signing into in Azure": the sign-ins that happen, not trouble signing in, when no trouble is named.
  {
    intent: 'signIns.list',
    over: ['signIns.troubleshoot'],
    cue: /^(?!.* (?:why|cant|cannot|can not|couldnt|could not|unable|not able|fail(?:s|ed|ing|ure|ures)?|errors?|problems?|issues?|trouble|troubles|wrong|blocked|locked|denied|prompted|stuck|keeps?|broken|help)(?= |$)).* (?:what|which|where) (?:[a-z]+ )?(?:is|are|was|were|has|have|had) (?:[a-z0-9@.'-]+ ){0,3}(?:signin|login|logon)s?(?= |$)/,
  },
  // "Show when users were added to a group": when a membership changed is the audit log's, not today's members.
  { intent: 'audit.changes', over: ['group.members', 'user.groups'], cue: / when (?:[a-z@]+ ){0,4}(?:was|were|got|been|are|is) (?:[a-z@]+ ){0,2}(?:added|removed) (?:to|from|in|into) / },
  // "Tell me about the Sales Team group, including who owns it and how many members it has": the object's
  // details, with the clause after "including" listing what they should show, not a second question.
  { intent: 'group.details', over: ['group.members', 'group.owners', 'group.roles', 'group.apps'], cue: detailsIncluding('group|team|dl|groups') },
  { intent: 'app.details', over: ['app.owners', 'app.users', 'app.permissions'], cue: detailsIncluding('app|application|principal|registration') },
  { intent: 'user.details', over: ['user.groups', 'user.roles', 'user.apps', 'user.devices', 'user.authMethods'], cue: detailsIncluding('user|account|person|employee') },
  // "which accounts got a Temporary Access Pass this week": passes issued are audit events ("Admin registered security info").
  {
    intent: 'audit.changes',
    over: ['signIns.list', 'signIns.failures', 'users.search', 'users.mfaStatus', 'role.members', 'user.details', 'riskyUsers.list', 'app.users', 'user.apps', 'assignments.expiring', 'accessPackage.assignments'],
    cue: / (issued|got|given|received|created|added|generated|assigned|granted) (a |an |any |the )?(temporary access pass(es)?|taps?) | (temporary access pass(es)?|taps?) (were |was |have been |has been |been )?(issued|created|added|generated|given|assigned|granted) /,
  },
  // "Show me all distribution lists with external members": distribution lists are mail-enabled groups, a kind of group
  // listed ("which distribution lists is Karita in" stays her groups; the members of one named list stay its members).
  { intent: 'groups.search', over: ['users.search', 'group.members', 'role.members', 'audit.changes', 'licenses.summary'], cue: /^(?!.*@group).* distribution (?:lists|groups) / },
  // "the actions taken by administrative accounts", "operations performed by guest users this week": what people did is the
  // audit log's (one person's when a person is named: otherSubjectSibling), not the people themselves or their sign-ins.
  { intent: 'audit.changes', over: ['user.details', 'users.search', 'users.inactive', 'privileged.signIns', 'signIns.list', 'role.members'], cue: ACTIONS_BY },
  // "Which users were added to the Global Administrator role?": additions to a directory role are privileged changes (questions.md's
  // "who was added to an admin role recently"), not a new user.
  { intent: 'privileged.changes', over: ['audit.changes', 'role.members', 'audit.forObject', 'users.deleted', 'users.search'], cue: / (?:(?:were|was|been|got|get|gets|getting|newly) (?:added|assigned|granted|given|removed|elevated|activated)|added|removed|elevated|activated) (?:to|into|from|in) (?:the |an? |any )?(?:[a-z]+ ){0,3}(?:roles?|admins?|administrators?|admin roles?|directory roles?)(?= |$)/ },
  // "show admin role removals", "privileged role additions this week": changes to who holds a role, not its holders now.
  { intent: 'privileged.changes', over: ['role.members', 'audit.changes'], cue: / (?:admin|administrator|privileged|pim|directory) (?:role )?(?:removals?|additions?|activations?|elevations?) / },
  // "What licenses do IT department users have?", "which licences do guest users have", "which licenses are assigned to users in
  // Finance": the licences of people described by a filter are the people's licences (the filter users.licenses cannot take is
  // named), not a user search that drops the licences nor the tenant's subscriptions that drop the people ("what licenses do we
  // have" stays the subscriptions).
  {
    intent: 'users.licenses',
    over: ['users.search', 'licenses.summary'],
    cue: / (?:what|which) (?:kinds? of |types? of |sorts? of )?licen[cs]es (?:(?:do|does|did) (?!we |i |you |our |my )(?:\S+ ){0,4}(?:users|people|accounts|guests|members|employees|staff|admins|administrators|contractors)|(?:are|were|is) (?:currently )?(?:assigned|given|allocated) to (?:\S+ ){0,3}(?:users|people|accounts|guests|members|employees|staff|admins|administrators|contractors))(?= )/,
  },
  // "role activation history", "show me role activations from last week": activating an eligible role is a PIM event, not who holds
  // the role now.
  { intent: 'privileged.changes', over: ['role.members', 'audit.changes', 'user.roles', 'group.roles', 'users.search'], cue: / (?:@role |roles? )(?:activations?|elevations?) / },
  // "PIM audit history", "Access PIM activity and audit history", "the PIM activity log": what happened in Privileged Identity
  // Management is its role events, the privileged changes (questions.md's "elevations this week"), not role changes at large.
  { intent: 'privileged.changes', over: ['audit.changes', 'audit.forUser', 'role.members'], cue: / (?:pim|privileged identity management)(?: role| roles)? (?:activit(?:y|ies)|audit|history|events?|logs?)(?= |$)/ },
  // "PIM role assignments", "show the PIM assignments": the assignments themselves are who holds roles now (questions.md's
  // role.members reads PIM eligibility); with a word of change or of time they stay the changes ("new PIM role assignments this week").
  {
    intent: 'role.members',
    over: ['privileged.changes'],
    cue: /^(?!.* (?:new|newly|recent|recently|added|removed|deleted|changes?|changed|history|activations?|elevations?|activated|elevated|granted|made|created|expired|expiring|expire|this|last|past|since|today|yesterday|days?|weeks?|months?|when|who (?:added|assigned|granted|removed|made|created))(?= |$)).* (?:pim|privileged identity management) (?:\S+ ){0,2}assignments? /,
  },
  // "users who hold a privileged role who are signing into applications": the role holders' sign-ins, not the holders.
  { intent: 'privileged.signIns', over: ['role.members', 'users.mfaStatus', 'users.search'], cue: / (?:admins?|administrators?|roles?|privileged)(?: [a-z]+){0,6} (?:who|that|which) (?:(?:are|were|have been|has been|had been|is|was) (?:still |currently |actively |now )?)?(?:signin|login)s? / },
  // "Look up Karita's permissions": a person's permissions are their roles, not their profile.
  { intent: 'user.roles', over: ['user.details'], cue: / (permissions?|privileges?|rights) / },
  // "Is Karita enabled for per-user MFA?", "is Alain registered for MFA": the person's MFA methods, not whether the account is enabled.
  {
    intent: 'user.authMethods',
    over: ['user.details'],
    cue: / (enabled|registered|enrolled|set up|setup|configured|signed up) (for|with|in) (per user |peruser |the )?(mfa|multifactor|multi factor|2fa|two factor|2 factor|strong authentication) /,
  },
  // "accounts flagged for atypical travel", "users involved in a password spray": people with a risk detection of that
  // type are risky users (one person's risk when a person is named), not a directory search, inactivity or a password change.
  { intent: 'riskyUsers.list', over: ['users.search', 'users.inactive', 'users.mfaStatus', 'user.passwordChange', 'user.details', 'signIns.unusualLocations'], cue: RISK_DETECTION },
  {
    intent: 'riskyUsers.list',
    over: ['signIns.list', 'signIns.failures'],
    cue: new RegExp(`^(?=.* (?:which|what|who|whose) (?:[a-z]+ )?(?:users|accounts|people|identities|employees|guests|members)? ?(?:had|have|has|were|are|was|is|got|show|showing) )(?=.*(?:${RISK_DETECTION.source}))`),
  },
  // "is someone targeting this account?", "who is attacking Karita": attempts against an account are its failed sign-ins.
  {
    intent: 'signIns.failures',
    over: ['user.details', 'users.search', 'riskyUser.details'],
    cue: new RegExp(`^(?!.*(?:${RISK_DETECTION.source})).* (?:targeting|targeted|attacking|attacked|brute ?forc(?:e|ed|ing)|hammering|trying to (?:get|break|log|sign) ?in(?:to)?) `),
  },
  // "Determine if this user is currently high risk", "is Karita at risk": whether a person is risky is their risk, not the summary
  // of what to do (which "why", "what should I do", "summarize" ask for).
  {
    intent: 'riskyUser.details',
    over: ['riskyUser.summary'],
    cue: /^(?!.* (?:why|reasons?|because|details|summar[a-z]*|should|what to do|explain|recommend[a-z]*|remediat[a-z]*|investigat[a-z]*|next steps?)(?= |$))(?=.* (?:is|are|if|whether) ).* (?:(?:at )?(?:high|medium|low|any|elevated) risk|at risk|risky)(?= |$)/,
  },
  {
    intent: 'users.inactive',
    over: ['users.search', 'users.licenses', 'role.members', 'privileged.changes', 'audit.changes', 'signIns.failures'],
    cue: / (haven'?t|have not|hasn'?t|has not|didn'?t|did not|never|not|no longer)(?: even| ever| once| actually| yet)? (signed|logged|sign|log) ?(in|on|onto|into) | (haven'?t|have not|hasn'?t|has not|didn'?t|did not|never|not) (accessed|used|touched|opened) (their|the|an?|its|his|her) (accounts?|tenant|mailbox) | (inactive|stale|dormant|idle) ([a-z0-9]+ ){0,3}(users|accounts|guests|members|people|identities) | (users|accounts|guests|members|people|identities) (?:are|is|were|was|have been|has been|(?:that|who|which) (?:are|is|were|have been|has been))(?: still| currently| now| already)? (inactive|stale|dormant|idle) | (no|without|zero) (sign ?ins?|signins?|logins?|logons?) /,
  },
  // "users that never even signed in", "accounts which have not logged in": people without sign-ins have none to list; their
  // inactivity is asked ("sign-ins … with MFA", "… from Brazil" qualify sign-ins that happened and stay the sign-ins').
  {
    intent: 'users.inactive',
    over: ['signIns.list'],
    cue: / (?:users|accounts|guests|members|people|employees|identities)(?: that| who| which)?(?: have| has| had)? (?:never|not|no longer)(?: even| ever| once| actually| yet)? (?:signin|login)(?! (?:with|using|via|from|through|without)(?= |$))/,
  },
  // "what is the risk of the Salesforce service principal", "summarize the risk of Salesforce": an app's risk is Identity
  // Protection's risky service principals, not its details ("risky permissions" are its permissions').
  { intent: 'riskyApps.list', over: ['app.details'], cue: /^(?!.* (?:permissions?|consents?|grants?|scopes?|roles?)(?= )).* (?:risk|risks|risky|riskiness|compromised)(?= |$)/ },
  // "What does this app do?", "help me understand what Salesforce actually does": what an app is for is its details (publisher,
  // description), not its permissions ("what can Salesforce do" asks what it may do: its permissions).
  { intent: 'app.details', over: ['app.permissions', 'app.users', 'app.owners'], cue: /^(?!.* (?:can|could|may|allowed|permitted|able)(?= )).* what (?:does |do )?(?:[a-z0-9@.'-]+ ){1,4}?(?:actually |really |exactly |even )?(?:do|does)(?: exactly| for us| for)? $/ },
  // "show me every group's owner", "all groups' owners": every group with its owners is the group list (the owners named as not
  // applied), not the groups someone owns nor the ownerless ones.
  { intent: 'groups.search', over: ['groups.ownedBy', 'groups.ownerless'], cue: / (?:every|all|each|all the|all of the) (?:groups?|teams?) ?s? owners?(?= |$)/ },
  // "groups no one owns", "groups nobody owns": owned by no one is ownerless, not the groups someone owns.
  { intent: 'groups.ownerless', over: ['groups.ownedBy'], cue: / (?:no one|noone|nobody|no person|no user) (?:owns|owned|is owning)(?= |$)/ },
  // "blocked sign ins", "sign-ins that failed": sign-ins whose result is a failure are the failures intent's (questions.md's
  // signIns.failures), whichever wording the classifier took for the plain list; the status is its definition.
  { intent: 'signIns.failures', over: ['signIns.list'], cue: FAILED_SIGN_INS },
  // "all the permissions I already consented to", "apps people consented to on their own": consent given by people, not an
  // admin, is user consent (questions.md's apps.userConsent), not one app's permissions.
  {
    intent: 'apps.userConsent',
    over: ['app.permissions', 'app.details', 'apps.external'],
    cue: /^(?!.*@app).* (?:i|we|users?|people|employees|members|guests|they|someone|anyone|individuals?)(?: have| has| had)?(?: already| ever| previously| personally| individually| themselves)? consented(?= |$)| user consents?(?= |$)/,
  },
];

/** The sibling intent whose defining predicate the question states, when the best intent is one it overrides. */
export function definingSibling(best: IntentName, flat: string): IntentName | undefined {
  // "Has Alain's account been locked out, and why?", "was Karita blocked by conditional access": whether a failure of a named
  // kind happened is those failures, whose code's meaning says why; troubleshooting takes no error code and would drop it
  // ("why is Karita locked out" stays troubleshooting).
  if (best === 'signIns.troubleshoot' && YES_NO_OPENING.test(flat) && errorCodeFromPhrase(flat) !== undefined) return 'signIns.failures';
  return DEFINING.find((d) => d.over.includes(best) && d.cue.test(flat))?.intent;
}
