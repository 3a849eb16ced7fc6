/**
 * Questions about how the logs and reports themselves behave — what they show or leave out, how long they keep data,
 * how late it arrives, whether something is logged, what changed in them — rather than a request for their rows
 * (issue 16, seventh round; from people's own questions about the sign-in and audit logs). A log named as the
 * subject of such a verb ("the sign-in logs are not showing the correct location", "Has the presentation of audit logs
 * been updated?") is the topic; a log named as the source ("sign-in logs for Karita", "audit logs of group creation")
 * stays a reading question. A named tenant object keeps the question with the families.
 */
import type { FormTopic } from './question-form';
import { NAMED_OBJECT } from './question-form';

/** A log, report or API as a thing (also a cmdlet's name ending in "logs": "Get-AzureADAuditSignInLogs"). */
const ARTIFACT = String.raw`\S*(?:logs?|reports?|apis?|cmdlets?|signins|events)`;
const NEGATED = String.raw`(?:(?:are|is|do|does|did|has|have|was|were|will|would|can|could) (?:not|nt)|arent|isnt|dont|doesnt|didnt|wasnt|werent|wont|cant|havent|hasnt)`;

export const LOG_QUESTIONS: readonly FormTopic[] = [
  {
    topic: 'how the logs behave',
    // "signInActivity ignores last signins >105 days ago?", "the audit log drops events older than…": what a log, report or
    // property leaves out, said with a verb of leaving out.
    words: new RegExp(String.raw`\b(?:${ARTIFACT}|activity|property|attribute|field|column|timestamp|datetime|date time) (?:ignores|ignore|omits|omit|skips|skip|drops|drop|truncates|truncate|excludes|exclude|loses|lose|misses|miss|caps)\b`),
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'how the logs behave',
    // "Microsoft Entra sign-in logs are not showing the user's correct location", "Get-AzureADAuditSignInLogs does not include
    // non-interactive sign-ons": what a log leaves out.
    words: new RegExp(String.raw`\b${ARTIFACT} ${NEGATED} (?:\S+ )?(?:showing|show|include|including|display|displaying|report|reporting|reported|logged|recorded|returning|return|contain|containing|capture|capturing|retained|kept|stored|available|appearing|appear|generated|updated|work|working)\b`),
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'how the logs behave',
    // "why that action is not being recorded in the audit logs", "Are they reported on the Insights & Reporting?", "Is this
    // logged in the audit log?": whether something is logged at all.
    // ("logged in" is read as the sign-in word "login", so "login" stands for "logged in" here.)
    words: new RegExp(String.raw`\b(?:not|nt) (?:being |getting )?(?:(?:recorded|logged|captured|audited|reported|shown|displayed) (?:in|on|to|by)|login) (?:the )?(?:\S+ ){0,2}${ARTIFACT}\b|^ (?:are|is|was|were|will|does|do) (?:\S+ ){0,4}(?:(?:reported|logged|recorded|captured|audited|tracked) (?:on|in|by|to|as part of)|login) (?:the )?(?:\S+ ){0,3}(?:${ARTIFACT}|reporting|portal|workbooks?|insights|audit)\b`),
    unless: /@(?:user|group|app|pkg|catalog|guid|ip|code)\b|\b(?:me|myself|he|she|him|her|his|any|anyone|anybody)\b/,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'how the logs behave',
    // "Has the presentation of audit logs been updated since this was published?", "Has the Actor for group-based licence changes
    // been changed?": a change to the product, not to the tenant ("Have the owners of the group been changed?" reads).
    words: /^ (?:has|have) (?:the )?(?:\S+ ){0,6}?(?:logs?|reports?|presentation|documentation|docs|portal|ui|interface|api|actor|column|field|schema|format|layout|view|page|blade)(?: \S+){0,6} been (?:changed|updated|modified|removed|renamed|deprecated|moved|fixed|extended|redesigned)\b/,
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'how the logs behave',
    // "Risky sign-in report gone for AD-Free users", "When the docs states 'sign-in' does it refer to…": a report or control that
    // went away, and what the documentation says.
    words: /\b(?:reports?|options?|features?|blades?|tabs?|pages?|menus?|columns?|filters?|buttons?) (?:is |are |has |have |was |were )?(?:gone|missing|removed|disappeared|no longer (?:available|there|shown)|not available|unavailable)\b|\bthe (?:docs|documentation|article|doc|docs page) (?:says?|states?|mentions?|explains?|describes?|refers?)\b|\b(?:lack of|missing|no) documentation\b/,
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'log latency and retention',
    // "What is the latency on failed login attempts?", "Max latency time to see Entra logs", "Any ETA for all logs are
    // reported?", "What is the retention time for the Azure AD plan…?": how late data arrives and how long it is kept.
    words: /\blatenc(?:y|ies)\b|\bretention (?:time|period|policy|policies|days?|settings?|limits?)\b|\b(?:log|data|report) retention\b|\b(?:any |an |the )?eta (?:for|on|of)\b|\bavailability of (?:the )?(?:\S+ )?(?:logs?|data|reports?)\b|\bguaranteed time\b/,
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'what the product can do (capability)',
    // "Is it true that the ListSignIn API only supports a month?", "Is there a limitation to last sign-in date?", "Which endpoint is
    // the client IP captured from?", "Will Microsoft implement a last logon time stamp?": claims, limits, plumbing and plans.
    words: /^ is it true that\b|^ is there (?:a|an|any) (?:\S+ )?limitations?\b|^ (?:which|what) (?:\S+ )?endpoints?\b|^ (?:will|would|when will|does|do|is|are) (?:microsoft|ms|msft|they|the product|entra|azure ad|aad) (?:\S+ )?(?:implement|add|support|release|extend|fix|introduce|provide|deprecate|retire|plan)\b|\b(?:roadmap|on the roadmap)\b/,
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
];
