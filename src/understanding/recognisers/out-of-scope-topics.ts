/**
 * The topics Entra Ask does not read (`out-of-scope.ts` recognises them): each with the words that name it and the words that
 * make a question one of the families' after all. Split from out-of-scope.ts, which reads a question against them.
 */
import { PRODUCT_QUESTIONS } from './question-form';
import { LOG_QUESTIONS } from './log-behaviour';

export interface Topic {
  readonly topic: string;
  readonly words: RegExp;
  /** The topic does not count when this matches too (e.g. devices in a sign-in question). */
  readonly unless?: RegExp;
  /** The topic does not count when the question names someone the tenant does not know ("Why was Lee Majors prompted"). */
  readonly unlessName?: boolean;
  /** "a user", "an account" are anyone, not an object of the tenant, for `unless` (implied by `unlessName`). */
  readonly anyone?: boolean;
  /** The topic does not count when the question names a person the tenant does not know ("can we still restore Miriam Graham"). */
  readonly unlessPerson?: boolean;
}

/** "my tenant", "our organization", "my directory": whose tenant, not whose devices. */
export const TENANT_POSSESSIVE = /\b(?:my|our) (?:tenant|tenancy|organi[sz]ation|org|directory|company|environment)\b/g;

export const SIGN_IN_WORDS = /\b(sign-?ins?|signins?|log-?ins?|logins?|logons?|authentications?|signed)\b/;

/** A named person (or the asker) signing in: a sign-in question, whatever product it is to. */
const PERSON_SIGNING_IN = /^(?=.*(?:@user|\bi\b|\bme\b|\bmy\b))(?=.*\b(?:signin|signins|login|logins|signed|logged|sign-?ins?|log-?ins?)\b)/;

/** Single sign-on, which the tokens read as "single signin". */
export const SINGLE_SIGN_ON = /\bsingle (?:signin|sign-?on|signon)\b/g;

/** Devices as the ones signing in ("devices that haven't signed in for 90 days"): the device inventory, not people's sign-ins. */
export const DEVICES_SIGNING_IN = /\b(?:devices?|machines?|computers?|laptops?|endpoints?)\b (?:that|which|not|with no|without)\b(?: \w+){0,3} (?:signed|signin|signins|sign-?ins?|login|logins|logged|checked)\b/;

export const TOPICS: readonly Topic[] = [
  // "groups provisioned for Microsoft Teams": how a group was made (a Microsoft 365 group), not the provisioning logs.
  { topic: 'provisioning logs', words: /\b(provisioning\w*|provisioned)\b/, unless: /\b(?:groups?|@group)\b (?:that (?:are|were) |which (?:are|were) |(?:are|were) )?provisioned (?:for|with)\b/ },
  { topic: 'terms of use agreements', words: /\bterms of use\b|\btou\b|\bagreements?\b|\bagreement acceptances?\b/ },
  { topic: 'Entra recommendations and Secure Score', words: /\b(recommendations?|secure ?score)\b/ },
  { topic: 'health monitoring alerts', words: /\bhealth\b.*\balerts?\b|\balerts?\b.*\bhealth\b|\bmonitoring alerts?\b|\b(?:getting|get|got|being|been|was|were|am|are|is|keep getting) alerted\b/ },
  { topic: 'the service level agreement', words: /\b(sla|service level|availability|uptime|outages?)\b/ },
  // Microsoft's workflow templates by name ("Onboard new hire employee", "Onboard pre-hire employee", "Offboard an employee").
  { topic: 'lifecycle workflows', words: /\b(workflows?|lifecycle|joiners?|movers?|leavers?)\b|\b(?:onboard|offboard) (?:(?:an?|the|new|pre-?hire|pre) )?(?:hires?|employees?|users?|staff)\b/ },
  { topic: 'access reviews', words: /\baccess reviews?\b|\breviewers?\b|\breviews\b|\b(q[1-4]|quarterly|annual)\b.*\breview\b/, unless: /@user|@group/ },
  // "this device" is the subject: a device's groups, policies or apps are the device inventory's.
  { topic: 'device inventory', words: /\b(?:this|that|these|those) (?:devices?|machines?|laptops?|computers?)\b/, unless: /@user/ },
  {
    topic: 'device inventory',
    words: /\b(devices?|laptops?|windows (?:8|10|11)|operating systems?|trust type|hybrid joined|entra (?:id )?(?:joined|registered)|autopilot|cloud pcs?|windows 365)\b/,
    unless: /@user|@group|\b(my|mine|their|his|her|groups?|members?|owns?|owned|ownership)\b|\bdo i (?:have|own|use|got)\b|\bi (?:have|own|use)\b/,
  },
  { topic: 'network traffic (Global Secure Access)', words: /\b(traffic|bandwidth|data consumption|global secure access|network logs?|network activity|network connections?|proxy|proxies|tor|tunnels?|firewalls?|routers?)\b|\bvpns?\b(?! (?:users?|groups?|members?|admins?|access))|\b(?:over|on|through|via|open) (?:the )?ports?\b|\bports? \d+\b|\bfirewall ports?\b/ },
  // Other vendors' security and IT tools (a tenant's own app of that name is masked as @app first).
  {
    topic: "other vendors' security and IT tools",
    words: /\b(crowdstrike|crowdscore|zscaler|zins|meraki|cloudflare|abnormal security|proofpoint|mimecast|sentinelone|palo alto|fortinet|fortigate|splunk|qualys|tenable|rapid7|netskope|jamf|kandji|servicenow|jira|zendesk|freshservice|datadog|okta)\b/,
    // Many of them are also SaaS apps signed in to with Entra ("owners of the Zendesk app").
    unless: /@app|\b(apps?|applications?|service principals?|sso|enterprise|owners?|owns|permissions?|consents?|sign-?ins?|signins?|logins?|access|users)\b/,
  },
  // Another identity provider's own directory and logs ("List users in Okta", "Show me Okta applications", "Okta system logs"):
  // not the tenant's, whose app of that name (masked as @app, or "the Okta app") stays the families' ("who uses the Okta app").
  {
    topic: "another identity provider's directory",
    words: /\b(?:in|within|inside|on) (?:the |our |my )?(?:okta|onelogin|ping ?identity|pingone|pingfederate|auth0|jumpcloud|google workspace)\b|\b(?:okta|onelogin|pingone|pingfederate|auth0|jumpcloud)(?:'s)? (?:users|groups|applications|apps|system logs?|logs|events|orgs?|tenants?|admin console|directory|policies)\b/,
    unless: /@app|\b(?:the|an?|this|that) (?:okta|onelogin|pingone|pingfederate|auth0|jumpcloud) (?:app|application|service principal|enterprise app)\b/,
  },
  { topic: 'service desk tickets', words: /\btickets\b|\bservice ?desk\b|\bbacklog\b|\bticket (?:status|queue|counts?)\b/, unless: /@user|@group|@app|@role/ },
  { topic: 'threat intelligence', words: /\bthreats?\b/, unless: /@user|@group|@app|\b(users?|accounts?|people|persons?|identit(?:y|ies)|sign-?ins?|signins?|logins?)\b/ },
  { topic: 'profile details (skills, interests)', words: /\bskills?\b|\bexpertise\b|\bhobbies\b|\binterests\b|\bbirthdays?\b/ },
  {
    topic: 'files, sensitivity labels and data loss prevention',
    words: /\bshared files\b|\bfiles? (?:shared|containing|with)\b|\bsensitive (?:information|data|content|files?|documents?)\b|\bsensitivity labels?\b|\bretention labels?\b|\bdlp\b|\bdata loss prevention\b|\bthese files\b|\blabel+ing\b|\bpurview\b/,
  },
  // "I'm investigating an incident, pull the profile of Karita" is about Karita.
  { topic: 'security incidents', words: /\bincidents?\b/, unless: /@user|@group|@app|@role/ },
  // "Show me audit logs for this event type" (Copilot's incident page): the alert's event, which the conversation does not hold.
  { topic: 'security alerts', words: /\b(?:this|that|these|those) (?:alerts?|alert types?|event types?)\b|\b(?:any|the|security|defender|sentinel|open|recent) alerts\b|\balerts (?:for|on|about|of)\b|\b(?:other|related|associated|impacted|affected) entities\b|\bentities (?:are |were |is )?(?:associated|related|linked|connected)\b|\b(?:which|what) entities\b|\binvestigate (?:the |this |an? )?alerts?\b|\balerts? #?[a-z]*\d[a-z0-9-]*\b/ },
  {
    topic: 'endpoint and email threat data (files, URL clicks, vulnerabilities)',
    words: /\burl clicks?\b|\bclicked (?:on )?(?:a |the |any )?(?:links?|urls?)\b|\bis there a file\b|\bfiles? (?:named|called|with the name)\b|\bfile hash(?:es)?\b|\bvulnerabilit(?:y|ies)\b|\bcves?\b|\bexposure level\b|\bmalware\b|\bphishing\b|\bransomware\b|\bmitre\b|\bttps?\b|\brare process(?:es)?\b/,
  },
  { topic: 'logons to devices', words: /\b(?:local|on-?prem(?:ises)?) (?:devices?|machines?|computers?|servers?)\b|\b(?:windows|device|interactive desktop) logons?\b/ },
  // "Karita can't log into Outlook": a person's sign-in to the product, not its content.
  // Distribution lists are mail-enabled groups of the directory (groups.search), not mailboxes.
  // "which users have the Exchange Online service plan": a licence's part, not the mailboxes.
  // "Licensed shared mailboxes", "shared mailboxes that still have a licence": a shared mailbox is Exchange's whatever is said of it.
  { topic: 'Exchange Online mailboxes', words: /\bshared mailbox(?:es)?\b/, unless: PERSON_SIGNING_IN },
  { topic: 'Exchange Online mailboxes', words: /\b(mailboxes|mailbox|exchange|outlook|mail flow|inbox)\b/, unless: new RegExp(`${PERSON_SIGNING_IN.source}|\\b(?:service plans?|licen[cs]es?|licen[cs]ed|skus?)\\b`) },
  { topic: 'SharePoint, OneDrive and Teams content', words: /\b(sharepoint|onedrive|teams channels?|channels?|channel messages?|site owners?|site collection)\b/, unless: PERSON_SIGNING_IN },
  // Someone's mail as the content ("my mail", "unread messages", "emails from a specific address"; "her email address" is an
  // attribute of the user).
  { topic: 'Exchange Online mailboxes', words: /\b(?:my|our|your|his|her|their) (?:mail|mails|e-?mails?|messages)\b(?! (?:address|addresses|attribute|alias|aliases|domain))|\b(?:unread|sent|received|incoming|outgoing|important|flagged) (?:mail|mails|e-?mails?|messages)\b|\be-?mails? (?:sent|received|from)\b|\b(?:mail|mails|e-?mails?|messages) (?:received|sent) by\b/, unless: PERSON_SIGNING_IN },
  // A drive as a place of files ("list items in my drive", "items in a group drive").
  { topic: 'SharePoint, OneDrive and Teams content', words: /\b(?:my|our|your|his|her|their|a|the|group|team|shared|document) drives?\b|\bdrive ?items?\b/ },
  { topic: 'Microsoft Defender and advanced hunting', words: /\b(defender|advanced hunting|hunting quer(?:y|ies)|hunt|security incidents?|xdr|shadow it|discovered apps|cloud app discovery|mcas)\b/ },
  { topic: 'security posture assessments', words: /\bsecurity (?:audit|posture|assessment|health check|reports?|status|score|overview)\b|\bfull (?:security )?audit\b/, unless: /@user|@group|@app/ },
  { topic: 'calendars, meetings and chats', words: /\b(meetings?|calendars?|appointments?|teams chats?|chat messages)\b/ },
  // A person's or a group's events with no log named are their calendar ("my events for the next week", "group's events",
  // "the signed-in user's events that start after …");
  // "my sign-in events", "audit events" are the logs'. A group's conversations are its mail threads.
  { topic: 'calendars, meetings and chats', words: /\b(?:my|our|your|me|group|team|@group) (?:upcoming |calendar )?events\b|\bevents (?:for|in|during) the (?:next|coming)\b|\bevents (?:that |which )?(?:start|starts|starting|begin|begins|beginning|are scheduled)\b|\bconversations?\b/ },
  { topic: 'presence and profile photos', words: /\bpresence\b|\b(?:profile )?(?:photos?|pictures?|avatars?)\b/ },
  // Licences assigned to groups (group-based licensing); people's licences are users.licenses.
  { topic: 'group-based licensing', words: /\bgroups? (?:with|that have|have|has|having|that hold|holding) (?:any |a |assigned )?licen[cs]es?\b|\bgroup[- ]based licen[cs]ing\b|\blicen[cs]es? (?:assigned )?to groups\b|\bgroups? (?:for|to (?:assign|manage|control)) licen[cs](?:e|es|ing)\b/ },
  { topic: 'Teams apps and team membership', words: /\bteams apps?\b|\bapps? installed\b|\bjoined teams\b/ },
  // Intune's own objects: configuration and compliance policies and profiles, app protection (MAM), enrollment (ESP),
  // assignment filters, and policies named by a device platform ("Android policies"; "sign-ins from iOS" is a sign-in filter).
  {
    topic: 'Intune device management',
    words: /\b(intune|endpoint manager|compliance polic(?:y|ies)|app protection|mam|mdm|(?:device )?configuration (?:polic(?:y|ies)|profiles?)|enrollment (?:profiles?|restrictions?|status page)|esp profiles?|assignment filters?|(?:android|ios|ipados|macos|windows|linux) (?:polic(?:y|ies)|profiles?|enrollment)|(?:security |configuration |device )?baselines?)\b/,
    unless: /\blicen[cs]es?\b|\bseats?\b/,
  },
  { topic: 'Azure resources and billing', words: /\b(billing|invoices?|budgets?|costs?|spend|azure subscriptions?|resource groups?|virtual machines?|vms|storage accounts?|key vaults?)\b/ },
  {
    topic: 'tenant-wide authentication method settings',
    // "Which authentication methods do I have on?", "which MFA methods do we have enabled": the tenant's methods, the asker
    // speaking for it (not "… on my account").
    words: /\bmethods? (?:do|does) (?:i|we|the tenant) have (?:on|enabled|turned on|switched on|allowed|configured)\b(?! (?:on|for) (?:my|me)\b)|\b(?:enabled|allowed|turned on|configured) in (?:my|the|our) tenant\b|\bauthentication methods? polic|\bregistration campaign\b|\bsystem[- ]preferred\b|\breport suspicious activity\b|\bauthentication strengths?\b|\bauthentication contexts?\b|\bauthori[sz]ation polic(?:y|ies)\b|\bmethods? (?:are|is) (?:enabled|allowed|turned on|configured|available)\b|^ (?:is|are|has|have|was) (?:the |our )?(?:security defaults|sspr|self service password reset|password reset|passwordless(?: sign in| signin| authentication| login)?|password writeback|combined registration|seamless sso|passkeys?|fido2?(?: keys?| security keys?)?) (?:feature |option |setting )?(?:been )?(?:enabled|turned on|on|switched on|configured|set up|rolled out|allowed|available|active)\b/,
    unless: /@user/,
  },
  {
    topic: 'tenant-wide authentication method settings',
    // "Find enabled authentication methods", "authentication methods with include targets", "method configurations": the methods
    // the tenant's policy turns on and whom it targets, not anyone's registered methods ("enabled methods for Karita").
    words: /\b(?:enabled|allowed|disabled|configured|available) (?:(?:authentication|auth|mfa|sign-?in|signin|verification) )?methods?\b|\bmethods? configurations?\b|\b(?:include|exclude)d? targets?\b/,
    unless: /@user|@group|\b(?:my|me|mine|i)\b/,
  },
  { topic: 'DNS records', words: /\b(dns|mx records?|txt records?|cname)\b/ },
  { topic: 'connected organizations and catalog extensions', words: /\bconnected organi[sz]ations?\b|\bcustom extensions?\b|\bsponsors?\b/ },
  { topic: "the Conditional Access agent's suggestions", words: /\bsuggestions?\b|\bagent\b|\bzero trust\b|\bassessment\b|\bunprotected\b/, unless: /@user/ },
  { topic: 'tenant settings', words: /\bcan (?:users|members|guests|people)\b.*\b(?:create|register|invite|consent)\b|\b(?:users|members|guests|people|who) (?:can|are allowed to|may) (?:create|register|invite|consent)\b/ },
  // "Check if user consent to apps … is not allowed", "see whether guest invitations are permitted": whether something is
  // allowed at all is a setting of the tenant; a named object's state ("check if Alain is allowed to sign in") is not.
  { topic: 'tenant settings', words: /^ (?:check|verify|confirm|see|find out|tell me) (?:if|whether)\b.* (?:is|are) (?:not |no longer )?(?:allowed|permitted)\b/, unless: /@user|@group|@app|@role|@pkg/ },
  // What a role may do is its definition ("what does the Global Administrator role allow"), not who holds it.
  { topic: 'role definitions', words: /\broles? (?:(?:will|would|can|could|does|do|should|might) )?(?:allow|allows|let|lets|give|gives|grant|grants|permit|permits) (?:me|you|us|users?|people|someone|an? \S+|them)\b|\b(?:id|name) of (?:the )?role\b|\brole with (?:the )?id\b|\brole definitions?\b|\b(?:does|do|can) (?:the |a |an )?@role(?: role)? (?:allow|permit|grant|include|cover)\b|\bwhat can (?:a |an |the )?@role(?: role)? do\b|\bpermissions (?:of|in|included in) (?:the |a |an )?@role\b/ },
  { topic: 'token, claims-mapping and home realm discovery policies', words: /\bclaims?[- ]?mapping\b|\btoken (?:lifetime|issuance)\b|\bhome realm discovery\b|\bpermission grant polic/ },
  { topic: 'jobs', words: /\bjobs\b|\bjob (?:status|runs?|history)\b/ },
  { topic: 'administrative units', words: /\badministrative units?\b|\badmin units?\b/ },
  // Customer identity (CIAM): External ID's external tenants and Azure AD B2C, whose products and tenants no family reads
  // (guests of this tenant are users.search's "guest users").
  // Microsoft Entra Permissions Management (CIEM across Azure, AWS and GCP, formerly CloudKnox): another product's data; an
  // app's permissions stay app.permissions.
  { topic: 'Permissions Management (multicloud permissions)', words: /\bpermissions? management\b|\bcloudknox\b|\bpermissions? creep(?: index)?\b|\bciem\b/ },
  { topic: 'External ID and Azure AD B2C (customer identity)', words: /\bexternal id\b|\b(?:azure ad |aad |azure active directory )?b2c\b|\bciam\b|\bexternal identities\b|\bexternal tenants?\b/, unless: /@user|@group|@app/ },
  { topic: 'cross-tenant access and external collaboration settings', words: /\bcross[- ]tenant\b|\bexternal collaboration settings?\b|\bb2b (?:collaboration|direct connect) (?:settings?|polic(?:y|ies))\b/ },
  { topic: 'custom security attributes', words: /\bcustom security attributes?\b|\battribute sets?\b/ },
  { topic: 'directory synchronization health', words: /\b(?:sync|synchroni[sz]ation) (?:errors?|health|status|cycles?|service|scheduler|settings?|features?|configuration)\b|\b(?:entra|ad|azure ad) connect (?:health|sync|server)\b|\bcloud sync agents?\b|\bpassword ?sync\b|\bpasswordsync\b|\bdirsync\b|\b(?:not|arent|isnt|wasnt|werent) (?:being |getting )?(?:synchroni[sz]ed|synced|synchroni[sz]ing|syncing)(?! (?:from|with) (?:on-premises|on-prem|on premises|onprem|active directory|ad)\b)|\b(?:stopped|fail|fails|failed|failing|failure to) (?:to )?(?:synchroni[sz]e|sync)\b|\b(?:synchroni[sz]ing|syncing) to (?:microsoft entra|entra|azure ad|aad|azure|the cloud)\b/ },
  // Directory objects and settings of Microsoft Graph's identity reference that no family reads
  // (namedLocation, identityProvider, orgContact, contract, extensionProperty, passwordPolicies,
  // featureRolloutPolicy, bitlockerRecoveryKey, organizationalBranding, certificateAuthority…).
  { topic: 'named locations', words: /\bnamed locations?\b/ },
  // "sign-ins from trusted locations", "CA policies excluding trusted locations" are about sign-ins and policies.
  { topic: 'named locations', words: /\btrusted (?:ips|ip ranges|locations|networks)\b/, unless: /\b(sign-?ins?|signins?|log-?ins?|logins?|logons?|authentications?|signed|polic(?:y|ies)|ca|conditional)\b/ },
  { topic: 'identity providers and federation settings', words: /\bidentity providers?\b|\bidps\b|\bfederation (?:settings?|configuration|metadata)\b|\bfederated domains?\b|\bsocial (?:identity )?providers?\b/ },
  { topic: 'organizational contacts', words: /\b(?:org|organi[sz]ational|mail|external|outlook) contacts\b|\bcontact objects?\b|\bcontacts (?:in|of) (?:the|my|our) (?:directory|tenant)\b/ },
  { topic: 'partner contracts and delegated administration', words: /\bcontracts?\b|\bpartner (?:information|info|details|tenants?)\b|\bdelegated admin(?:istration)? (?:relationships?|privileges)\b|\bgdap\b/ },
  // "users with no department", "accounts missing a job title": Graph filters a property by a value, and this product asks
  // for none that is empty.
  {
    topic: 'users missing a property',
    words: /\b(?:users|accounts|people|employees|guests|members|staff)(?: [a-z]+){0,2} (?:with no|without|missing|that have no|who have no|which have no|with (?:an? )?(?:empty|blank)) (?:(?:a|an|any|their) )?(?:department|job ?titles?|titles?|phone(?: numbers?)?|mobile(?: numbers?)?|office(?: locations?)?|usage locations?|company(?: names?)?|employee ids?|email(?: address(?:es)?)?|mail|city|country)\b|\b(?:department|job ?title|phone number|usage location|company name|employee id) (?:is |are )?(?:not set|missing|empty|blank)\b/,
    // "users without a phone number for MFA": a method not registered is the registration report's.
    unless: /\b(?:mfa|multi ?factor|2fa|authentication|authenticator|sspr|registered|registration|methods?)\b/,
  },
  // Ownerless groups are answered (groups.ownerless); apps' owners are read one app at a time.
  {
    topic: 'applications without owners',
    words: /\b(?:apps?|applications?|service principals?|app registrations?|enterprise apps?|registrations)(?: [a-z]+){0,2} (?:with no|without|missing|that have no|which have no|have no|has no|lack|lacking|with zero|(?:do|does) not have|dont have|doesnt have) (?:an? |any )?owners?\b|\bownerless (?:apps?|applications?|service principals?|app registrations?|enterprise apps?)\b/,
  },
  // "I clicked Switch Tenant but I'm still seeing old data. Can you help me troubleshoot this issue?": trouble with a tool or a
  // report, with no word of signing in, an account, access or a person (whose trouble the troubleshooter reads).
  { topic: 'troubleshooting a tool', words: /\btroubleshoot(?:s|ing)?\b/, unless: /@user|@it|\b(?:he|she|him|her|his|they|them|their|users?|people|someone|employees?|guests?|admins?)\b|\b(?:sign-?ins?|signins?|signed|log-?ins?|logins?|logons?|logged|authenticat\w*|accounts?|access|mfa|2fa|multi ?factor|passwords?|locked|lockouts?|blocked|conditional access|aadsts\w*|errors?|codes?|\d{5,6}|get in)\b/ },
  { topic: 'users without a manager', words: /\b(?:no|without|missing|lack|lacking|(?:dont|doesnt|do not|does not|havent|hasnt) have) (?:a |an |any |their )?managers?\b|\bmanagers? (?:is |are )?(?:not set|missing|empty|blank)\b/ },
  // People's password expiry (passwordPolicies, the domain's validity period) is not read; app secrets' expiry is.
  // "Check When a Microsoft 365 User's Password Expires", "users whose passwords expire in the next 14 days", "passwords that
  // are about to expire": when people's passwords expire, which no family reads (an app's expiring secrets do). One named
  // person's ("When does Karita's password expire?") is user.passwordChange, whose card says what the expiry depends on.
  { topic: 'password and domain policies', words: /\bpasswords? (?:has |have |had |is |are )?expired\b|\bexpired passwords?\b|\bpasswords? (?:that |which )?(?:is |are )?(?:about to |going to |that will |will |due to |set to )?(?:expire|expires|expiring)\b|\bpassword (?:expiry|expiration)(?: dates?| times?)?\b(?! polic)/, unless: /@user|\b(?:apps?|applications?|secrets?|certificates?|credentials?|service principals?|client)\b|\b(?:sign-?ins?|signins?|log-?ins?|logins?|logons?)\b (?:\w+ ){0,3}(?:blocked|failed|failing|denied|rejected) (?:\w+ ){0,2}(?:due to|because of|by|with|for)\b|\b(?:failed|failing|blocked|denied) (?:sign-?ins?|signins?|log-?ins?|logins?|logons?)\b/ },
  // "Password profile info of each user", "users whose password profile forces a change at next sign-in": Graph's
  // passwordProfile (a change forced at next sign-in, the password policies) is no family's; one named person's profile is
  // their details.
  { topic: 'password and domain policies', words: /\bpassword ?profiles?\b|\b(?:forced?|forces|must|required) to change (?:their |the |a )?passwords? (?:at|on) (?:the )?next (?:sign-?in|signin|login|logon)\b/, unless: /@user/ },
  { topic: 'password and domain policies', words: /\bpasswords? (?:that )?(?:never|dont|doesnt|do not|does not|wont|will not) expire\b|\bpasswords? never expires?\b|\bnon[- ]expiring passwords?\b|\bpassword (?:expiration |expiry )?polic(?:y|ies)\b|\bpassword (?:expiration|expiry) (?:settings?|period)\b|\bpassword validity\b/ },
  { topic: 'directory extension attributes', words: /\bextension (?:properties|property|attributes?)\b|\b(?:directory|schema|open) extensions?\b|\bextensionattribute\d*\b/ },
  { topic: 'single sign-on (SAML) configuration', words: /\bsaml\b|\bsso (?:settings?|configuration|certificates?|modes?)\b|\bsingle sign-?on (?:settings?|configuration|modes?)\b/, unless: SIGN_IN_WORDS },
  { topic: "what an application exposes (its API scopes and app roles)", words: /\boauth2 ?permission ?scopes\b|\boauth2permissionscopes\b|\bpermission scopes\b|\bexposed (?:api|apis|scopes?|permissions?)\b|\bpermissions? exposed\b|\bexpose an api\b|\bapp roles? (?:defined|exposed|declared)\b/ },
  // "where app role assignment is not required": the setting either way.
  { topic: "applications' assignment settings", words: /\b(?:user |app[- ]role )?assignments? (?:is |are )?(?:not )?required\b|\b(?:do not |dont |does not |doesnt )?requires? (?:user |app[- ]role )?assignments?\b|\bwithout (?:user |app[- ]role )?assignments?\b/ },
  { topic: 'managed identities', words: /\bmanaged identit(?:y|ies)\b/ },
  // Licences are people's (users.licenses) or the tenant's subscriptions (licenses.summary); Workload ID Premium's
  // licences of workload identities and service principals are read nowhere.
  {
    topic: 'licences of workload identities and service principals',
    words: /\b(?:workload identit(?:y|ies)|service principals?|managed identit(?:y|ies))\b(?: \S+){0,6} licen[cs](?:e|es|ed|ing)\b|\blicen[cs](?:e|es|ed|ing)\b(?: \S+){0,6} (?:workload identit(?:y|ies)|service principals?|managed identit(?:y|ies))\b/,
  },
  { topic: 'group-based licensing errors', words: /\blicen[cs](?:e|ing) (?:assignment )?errors?\b/ },
  // Graph keeps no activity of a group (Microsoft 365 groups' activity is a usage report) and no search by expiry.
  {
    topic: 'group activity and expiration',
    words: /\b(?:inactive|stale|unused|dormant|idle|abandoned|expired|expiring|obsolete)(?: (?:security|microsoft 365|m365|distribution|dynamic|office 365))? (?:groups?|teams)\b|\b(?:groups?|teams) (?:that are |which are |are |is |that have |which have |have )?(?:inactive|stale|unused|dormant|idle|abandoned|expired|expiring|not used|no longer used|no activity)\b|\b(?:groups?|teams) (?:nobody|no one|noone) (?:uses?|used)\b/,
  },
  // "users that are not assigned any group", "accounts that don't belong to any group", "users without group membership": people
  // in no group at all, which no family computes (user.groups is one person's, groups.search the groups), as "empty groups" and
  // "users without a manager" are; one named person's groups stay user.groups.
  // "users not in the Finance Department group", "groups not owned by Alain", "users outside Sales", "everyone except the
  // members of Sales Team": the records outside a named object, which no family filters by (their filters only keep what is
  // named); answered, they listed the named group's members or Alain's groups, the opposite of the question (ninth session).
  // A negation before a membership, ownership or reporting line to the object, or an exclusion of it. (A country is not
  // here: "sign-ins not from Brazil" drops the country and names "country other than Brazil" as not applied.)
  {
    topic: 'records outside a named object (a negated condition)',
    words: /\b(?:not|arent|isnt|werent|wasnt|dont|doesnt|didnt|never|no longer)(?: (?:(?:a|an|the) )?(?:members?|part|assigned|owned|managed|created|located|based|included|listed|enrolled|belong|belongs|belonging|reporting|report|reports|working|work|works))? (?:in|of|by|to|from|at|within|inside|under) (?:the |a |an )?(?:members of )?(?:the )?@(?:group|dept|user|app|role|pkg)\b|\b(?:outside|excluding|except|other than|apart from|besides)(?: of| for| in| from)? (?:the )?(?:members of )?(?:the )?@(?:group|dept|user|app|role|pkg)\b/,
  },
  { topic: 'users in no group', words: /\b(?:users?|accounts?|people|guests|members|employees|identities) (?:that |who |which )?(?:(?:are|is|were|was) )?(?:not|arent|isnt|werent|wasnt|dont|doesnt|do not|does not|did not|didnt|never) (?:\w+ ){0,3}(?:any|a single) groups?\b|\b(?:users?|accounts?|people|guests|employees|identities) (?:without|with no|in no|not in any|outside of all|outside all) (?:any )?groups?(?: memberships?)?\b|\bno group memberships?\b/, unless: /@user/ },
  { topic: 'empty groups', words: /\bempty groups?\b|\bgroups? (?:with|that have|having) no members\b|\bgroups? without (?:any )?members\b|\bmemberless\b/ },
  { topic: 'group expiration and naming policies', words: /\bgroup (?:expiration|naming) polic(?:y|ies)\b|\bexpiration polic(?:y|ies)\b|\bnaming polic(?:y|ies)\b/ },
  { topic: 'staged rollout of cloud authentication', words: /\bstaged roll-?outs?\b|\bfeature roll-?outs?\b|\bcloud authentication roll-?outs?\b/ },
  { topic: 'BitLocker keys and local administrator passwords', words: /\bbitlocker\b|\brecovery keys?\b|\blaps\b|\blocal admin(?:istrator)? passwords?\b/ },
  { topic: 'company branding', words: /\bbranding\b/ },
  { topic: 'Microsoft Entra Domain Services', words: /\bdomain services\b|\bmanaged domains?\b|\baadds\b|\baad ds\b|\bentra ds\b/ },
  { topic: 'certificate authorities', words: /\bcertificate authorit(?:y|ies)\b|\btrusted issuers?\b/ },
  { topic: 'directory quotas', words: /\bquotas?\b/ },
  // On-premises Active Directory (its domain controllers, its built-in admin groups, logons to it):
  // Entra Ask reads the cloud directory. Users synced from on-premises are a filter of users.
  {
    topic: 'on-premises Active Directory',
    words: /\bon[- ]?prem(?:ise|ises)?\b|\bdomains? admins\b|\benterprise admins\b|\bschema admins\b|\bdomain controllers?\b|\bgroup polic(?:y|ies)\b|\bgpos?\b/,
    unless: /\bsync(?:ed|hroni[sz]ed)?\b|\bcloud[- ]only\b|\bhybrid\b|\bmigrated\b/,
  },
  // "Active Directory" alone is the on-premises one, but not with objects only the cloud directory has ("guest users in the
  // active directory", "service principals in Active Directory"): the old name of the tenant's directory, said short.
  {
    topic: 'on-premises Active Directory',
    words: /(?<!azure )\bactive directory\b(?! (?:connect|sync|domain services))/,
    unless: /\bsync(?:ed|hroni[sz]ed)?\b|\bcloud[- ]only\b|\bhybrid\b|\bmigrated\b|\bguests?\b|\bguest users?\b|\bb2b\b|\bservice principals?\b|\bapp registrations?\b|\benterprise app(?:lication)?s?\b|\bconditional access\b|\brisky\b|\bidentity protection\b|\bpim\b|\baccess packages?\b/,
  },
  { topic: 'directory synchronization health', words: /\b(?:entra|ad|azure ad|aad) connect (?:sync(?:hroni[sz]ation)?|syncronization|service|server|health)? ?accounts?\b/ },
  // The sign-in logs read here are people's: workload identities' own sign-ins are another log.
  // Their inactivity is apps.unused ("service principals that have not signed in for 30 days").
  {
    topic: "service principals' and managed identities' own sign-ins",
    // "the logins on service principal", "sign-ins of service principals": theirs as well, read the other way round.
    words: /\b(?:service principals?|workload identit(?:y|ies))\b(?: \w+){0,8} (?:sign-?ins?|signins?|signed|signing|logging|logons?|log-?ins?|logins?|logged)\b|\b(?:sign-?ins?|signins?|logons?|log-?ins?|logins?) (?:on|of|by) (?:an? |the |our |my |all )?(?:service principals?|workload identit(?:y|ies))\b/,
    unless: /\b(?:not|no|never|haven'?t|hasn'?t|havent|hasnt|didn'?t|didnt|unused|inactive|stale|dormant)\b/,
  },
  // Novelty and period-over-period analytics ("for the first time", "not seen before", "last month vs the previous 6 months");
  // new sign-in countries against a baseline are signIns.unusualLocations.
  {
    topic: 'first-time and period-over-period analytics',
    words: /\bfor the first time\b|\b(?:not|never) seen before\b|\bnot seen\b|\bcompared (?:to|with)\b|\bvs\b|\bversus\b/,
    unless: /\b(?:countr(?:y|ies)|locations?|places?|geo\w*|travel)\b/,
  },
  { topic: 'legacy authentication protocols', words: /\blegacy (?:auth|authentication|protocols?)\b|\bactivesync\b|\bimap\b|\bpop3?\b|\bbasic auth(?:entication)?\b|\bsmtp auth\b/ },
  { topic: 'absence of PIM activations', words: /\b(?:not|never|haven'?t|hasn'?t|havent|hasnt|didn'?t|didnt|no|without) (?:\w+ ){0,3}(?:activated|elevated|activations?|elevations?)\b/ },
  { topic: 'guest invitation redemption', words: /\bredeem(?:ed|ing|s)?\b|\bredemptions?\b|\b(?:invitations?|invites?) (?:\w+ ){0,2}(?:pending|not (?:yet )?accepted)\b|\bpending acceptance\b/ },
  {
    topic: 'cross-tenant sign-in activity (inbound and outbound guests)',
    words: /\boutbound\b|\binbound\b|\bremote tenants?\b|\bguest tenants?\b|\bhome tenants?\b/,
  },
  // "apps registered in other tenants" are the external apps.
  { topic: 'cross-tenant sign-in activity (inbound and outbound guests)', words: /\b(?:into|to|in) other (?:azure ad |entra (?:id )?)?tenants\b/, unless: /\b(?:apps?|applications?|service principals?|publishers?|registered|owned)\b/ },
  // "Show me health of teams", "OneDrive health", "the health of Microsoft Teams" (an app of the tenant, masked): a Microsoft
  // 365 workload's or an app's health, which no family reads.
  { topic: 'Microsoft 365 service health', words: /\bservice (?:health|status|incidents?|advisor(?:y|ies))\b|\bstatus of (?:the )?(?:microsoft 365|m365|office 365|exchange|teams|entra|azure)(?: \w+)?(?: service)?\b|\bis (?:\w+ ){1,3}down\b|\bhealth of (?:the )?(?:@app|microsoft 365|m365|office 365|exchange|microsoft teams|teams|sharepoint|onedrive|outlook|entra|azure|intune|copilot|yammer|viva)\b|\b(?:@app|microsoft 365|m365|office 365|exchange|exchange online|teams|sharepoint|sharepoint online|onedrive|outlook|intune|copilot) (?:service )?health\b/ },
  // "Identify all licenses in my organization that expire next month", "when does our P2 subscription expire": the renewal
  // dates of the tenant's subscriptions, which no family reads (licenses.summary counts seats; apps.credentialsExpiring is
  // apps' secrets and certificates).
  {
    topic: 'licence and subscription expiry',
    words: /\b(?:licen[cs]es?|subscriptions?|skus?|seats?)\b(?: \S+){0,5} (?:expire|expires|expiring|expired|expiry|expiration|renew|renews|renewal|lapse|lapses)\b|\b(?:expiring|expired|expiry|expiration|renewal) (?:of )?(?:\S+ ){0,2}(?:licen[cs]es?|subscriptions?)\b/,
    unless: /\b(?:secrets?|certificates?|certs?|credentials?|passwords?|keys?|tokens?)\b|@user/,
  },
  // How the product works, explained ("explain what conditional access is", "how does PIM work"): the docs, not the tenant's data.
  { topic: 'explanations of how the product works', words: /\bexplain (?:what|how|why|the difference)\b|\bhow (?:does|do) (?!(?:this|it|this bot|the bot|entra ask|this tool|this thing|you) work)(?:\w+ ){1,6}work\b|\bhow can (?:i|we) learn (?:more )?about\b|\bwhere can (?:i|we) (?:learn|read) (?:more )?about\b|\bwhat is the difference between\b|\bbest practices?\b/, unless: /@code|@user|@group|@app/ },
  // "Why are my users being prompted to register their security information?", "… Why is that happening?": how the product
  // behaves, asked of no one person ("why can't Karita sign in", "why is he failing" are that person's troubleshooting).
  // The asker's own trouble stays theirs: "I", "me", "my" close to signing in, access, MFA, a password or an account
  // ("why can't I sign in", "why is my account locked"); so do failures and blocks of sign-ins or access, and risky accounts.
  // "I" as the one who did something else ("a device I disabled", "when I try to join my PC") is not a sign-in question.
  {
    topic: 'explanations of how the product works',
    words: /^ why\b|\b(?:but|so|and|or|then) why\b|\bwhy (?:is|are|was|does|do) (?:that|this|it)(?: happening| so| the case)?\b|\bwhy $/,
    // A known app, group or package asked about by its records ("Why does Salesforce have these permissions?", "why does this
    // app have so many owners") is that object's; how it behaves ("Why is the Azure Portal slow?") stays the product's.
    unless: /@user|@it|@(?:app|group|pkg)\b(?: \S+){0,4} (?:permissions?|consents?|owners?|members?|membership|roles?|access|users|secrets?|certificates?|credentials?|licen[cs]es?)\b|\b(?:he|she|him|her|his)\b|\b(?:i|me|my|myself)\b(?: \S+){0,3} (?:signin|signins|sign|signing|signed|log|login|logins|logging|logged|logon|access|accessing|authenticate|authenticating|authentication|prompted|prompts?|mfa|password|account|accounts|locked|blocked|denied|risk|risky|flagged|compromised)\b|\b(?:signin|signins|login|logins|logon|logons|sign|log|authentication|authentications|mfa|access|accessing)\b(?: \S+){0,6} (?:fail|fails|failed|failing|failures?|blocked|denied|locked|interrupted)\b|\b(?:fail|fails|failed|failing|failures?|blocked|denied|locked)\b(?: \S+){0,6} (?:signin|signins|login|logins|sign|log|logon|access)\b|\b(?:risky|flagged|compromised)\b|\b(?:cant|can't|cannot|couldnt|couldn't|unable to|not able to)\b(?: \S+){0,2} (?:sign|signin|log|login|logon|access|authenticate|get in)\b/,
    unlessName: true,
  },
  // "What should users do if they see an … error message", "What should I tell my users to do…": advice for end users.
  // What the product can do or how it does it, asked of no one: "Does Microsoft Entra ID provide a self-service portal…",
  // "Can I use password write-back without password sync?", "How do users sign in to applications using Microsoft Entra ID?",
  // "What are the different ways … enables single sign-on", "What if the application I need is not in the marketplace?".
  {
    topic: 'explanations of how the product works',
    words: /^ (?:does|do|can|will|is) (?:microsoft )?(?:entra|azure ad|aad|azure active directory)(?: id)? (?:provide|support|help|offer|allow|let|have|include|work|require)\b|^ (?:can|could) (?:i|we) (?:use|add|set up|setup|configure|connect|integrate|sync|synchroni[sz]e|customi[sz]e|deploy|run|host|enable|disable|restrict|block|require|delete|remove|leave|turn)\b|^ how (?:do|does) (?!i\b|we\b|you\b|this\b|it\b|the bot\b|entra ask\b)(?!.*\b(?:look|looks|trend|trending)\b)|\bwhat are the (?:different |various |possible )?(?:ways|options) (?:to|that|in which|for|microsoft|entra|azure)\b|^ what if\b|\bwhat (?:is|are) the differences? between\b|\bwhat are the differences\b/,
    unless: /@user|@it|\b(?:me|my|myself|he|she|him|her|his)\b/,
    unlessName: true,
  },
  { topic: 'advice for end users', words: /\bwhat should (?:the |my |our )?users do\b|\bwhat should (?:i|we) tell (?:the |my |our )?users\b/ },
  { topic: 'advice on avoiding a problem', words: /\bhow (?:can|do|should|could) (?:i|we) (?:avoid|prevent|fix|solve|resolve|stop|work around)\b/, unless: /@user|@it|\b(?:he|she|him|her|his)\b/, unlessName: true },
  { topic: 'product documentation (known issues, release notes)', words: /\bknown issues?\b|\brelease notes\b|\bwhat'?s new in\b/ },
  { topic: 'service limits, throttling and billing', words: /\bthrottl(?:e|es|ed|ing)\b|\b(?:charged|billing|billed)\b|\bshort codes?\b|\bquotas?\b|\bquotaexceeded\b/ },
  { topic: 'tenants created by users', words: /\b(?:new|created?) (?:azure ad |entra (?:id )?|aad )?tenants?\b|\btenants? (?:is |was |were |been )?created\b/ },
  { topic: 'bulk operations', words: /\bbulk (?:activit(?:y|ies)|operations?|jobs?|uploads?|imports?|downloads?|creates?|deletes?)\b/ },
  // "admins who haven't completed any activities in 45 days": absence of audit activity (inactivity of sign-ins is users.inactive).
  { topic: 'absence of audit activity', words: /\b(?:not|no|never|haven'?t|hasn'?t|havent|hasnt|didn'?t|didnt|without) (?:\w+ ){0,2}(?:completed|performed|done|made) (?:any )?(?:activit(?:y|ies)|actions?|changes?|operations?|tasks?)\b/ },
  // "How many users are using Conditional Access?", "how many accounts are protected by conditional access": people counted by
  // the policies that cover them, which no family computes (the policies' own list says whom each includes).
  { topic: 'Conditional Access policy hit statistics', words: /^ how many (?:\S+ ){0,2}(?:users|accounts|people|identities|members|guests|admins|employees) (?:\S+ ){0,2}(?:using|use|covered by|protected by|in scope of|targeted by|subject to) (?:any )?(?:conditional access|ca)\b|\b(?:users|accounts|people|identities) (?:who are |that are |are )?using conditional access\b|\bno hits\b|\bnot (?:actively )?in use\b|\b(?:had|have|has|with) no conditional access polic(?:y|ies)\b|\bwithout (?:any )?conditional access polic(?:y|ies)\b|\brationali[sz]e\b/ },
  { topic: 'password protection and self-service password reset settings', words: /\bbanned passwords?\b|\bpassword protection\b|\b(?:sspr|self[- ]service password reset) (?:settings?|polic(?:y|ies)|configuration|options)\b|^ (?:the )?(?:sspr|self service password reset) (?:for|in|with|on)\b(?!.* (?:registered|registration|registrations|enrolled|@user)(?= |$))|\bpassword (?:writeback|hash sync)\b|\bregistration polic(?:y|ies)\b/ },
  { topic: 'log retention and export settings', words: /\bdiagnostic settings?\b|\blog retention\b|\bretention (?:period|policy)\b|\bexport (?:the )?logs to\b|\bhow far (?:back )?can (?:i|we) go\b|\bgo back in time\b/ },
  { topic: 'Verified ID, application proxy and external ID user flows', words: /\bverified id\b|\bapp(?:lication)? proxy\b|\bprivate network connectors?\b|\buser flows?\b|\bb2c\b/ },
  { topic: 'tasks and runs of automations', words: /\btasks?\b|\b(?:the|its|their) runs\b|\bruns (?:for|of)\b/ },
  {
    topic: 'advice on whether to change a setting',
    // "Which policies do I need to enable for passkeys?", "What policies must I enable on Windows clients?": what the asker
    // has to turn on, which the documentation answers ("which policies are enabled" reads).
    words: /\b(?:should|shall|must) (?:i|we) (?:enable|disable|turn on|turn off|configure|deploy|set up|roll out|switch on)\b|\b(?:do|does) (?:i|we) (?:need|have) to (?:enable|disable|turn on|turn off|configure|deploy|set up|roll out|switch on)\b|\bwhy (?:should|would) (?:i|we)\b/,
  },
  {
    topic: "whether the tenant is affected by a change of Microsoft's",
    // "Is my tenant affected by the SMS retirement?", "Where can I see if my tenant is in scope?": Microsoft's announcements
    // and enforcement, not the tenant's records.
    words: /\b(?:the|this) (?:tenant|organi[sz]ation|directory|company) (?:is |was |be |will be |would be )?(?:in scope|out of scope|affected|impacted|eligible)\b|\b(?:is|are|was|will|would) (?:the|this) (?:tenant|organi[sz]ation|directory|company) (?:be )?(?:in scope|out of scope|affected|impacted|eligible)\b/,
  },
  // Security defaults are only ever the tenant's setting ("What is the status of my security defaults?"); after the forms of
  // explanation above ("Can we use security defaults with Conditional Access?" asks how the product works).
  { topic: 'tenant-wide authentication method settings', words: /\bsecurity defaults\b/, unless: /@user/ },
  ...PRODUCT_QUESTIONS,
  ...LOG_QUESTIONS,
  // After the forms of question: "Which is the recommended setting?" is a judgement about the product.
  // "List admin eligible settings", "Check external user self-service settings", "Find default role settings": settings and
  // configurations asked for are the tenant's (or a feature's) configuration, which no family reads; a named object's
  // ("the settings of the Finance Department group", "the Marketing campaign package settings": its policies), the asker's
  // ("my MFA settings"), Conditional Access policies' configurations, a registration status and a change of settings (the
  // audit log) are the families'.
  { topic: 'tenant settings', words: /\b(?:settings?|configurations?)\b/, unless: /@user|@group|@app|@pkg|@catalog|\b(?:my|me|mine|i)\b|\bconditional access\b|\bca\b|\bregistered\b|\b(?:changed?|changes|modified|updated|audit\w*|history)\b/ },
];
