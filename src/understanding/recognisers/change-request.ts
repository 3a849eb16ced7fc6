/**
 * Requests to change something in the tenant ("disable Alain's account", "reset Julieta's MFA",
 * "add Karita to Finance Department", "I want you to activate the Security Reader role", "how do
 * I delete inactive users"). Entra Ask only reads, so these become `change.refused`.
 *
 * A change verb counts only in command position: the first word of a clause once wrappers ("can
 * you", "please", "I need to", "how do I", "is there a way to", "help me") are taken off, or the
 * second verb of "find … and disable …". So "who disabled Alain", "disabled accounts", "when was
 * the password reset", "was anyone added to a role" and "can Alain still be restored" stay reading
 * questions.
 */

/** Verbs that change the tenant, in their base form. */
const CHANGE_VERBS = new Set([
  'disable', 'enable', 're-enable', 'reenable', 'block', 'unblock', 'lock', 'unlock', 'reset', 'delete', 'remove',
  'purge', 'create', 'add', 'assign', 'unassign', 'reassign', 'activate', 'deactivate', 'approve', 'deny', 'reject',
  'revoke', 'invalidate', 'grant', 'exclude', 'include', 'configure', 'change', 'update', 'modify', 'edit', 'rename',
  'restore', 'undelete', 'recover', 'invite', 'rotate', 'renew', 'dismiss', 'wipe', 'retire', 'require', 'force',
  'terminate', 'offboard', 'onboard', 'provision', 'deprovision', 'move', 'transfer', 'elevate', 'extend', 'revert',
  'undo', 'rollback', 'kick', 'promote', 'demote', 'suspend', 'expire', 'enforce', 'register', 'enroll', 'set',
  'turn', 'switch', 'roll', 'sign', 'log', 'make', 'give', 'put', 'cancel', 'close', 'reactivate', 'unlink', 'link',
  // Identity Protection's actions (Graph riskyUsers confirmCompromised / dismiss, signIns confirmSafe) and conversions
  'confirm', 'mark', 'flag', 'convert',
  // Restricting what people may do is a change of the tenant's settings or policies ("restrict user access to the admin
  // portal", "prevent guests from inviting", "limit who can consent", "stop users from registering apps"); so is taking a
  // device out of the directory ("unjoin").
  'restrict', 'prevent', 'limit', 'stop', 'disallow', 'forbid', 'unjoin', 'unregister',
  // Making an object from a template or a gallery entry ("instantiate an Azure AD gallery app").
  'instantiate',
  // Handing someone a credential or an invitation ("send Karita a temporary access pass", "issue a TAP for Alain").
  'send', 'issue', 'generate',
  // Running a process of the tenant that decides or changes access ("perform a guest access review", "start the leaver
  // workflow", "run a delta sync"); "run a report" reads.
  'perform', 'conduct', 'launch', 'start', 'initiate', 'run',
]);

/** The object of a process that decides or changes access: a review, a workflow, a sync (not a report or a query about them). */
const PROCESS_OBJECT = /^(?!.*\b(?:report|reports|query|queries|list|search|summary|history|log|logs)\b)(?:(?:an?|the|a new|another|our|my) )?(?:\S+ ){0,3}?(?:access reviews?|reviews?|workflows?|(?:delta |full |initial )?sync|synchroni[sz]ation|recertifications?|attestations?)\b/;

/** Verbs that need a particle or an object to be a change ("turn on", "sign out", "make X admin"). */
const NEEDS_NEXT: Readonly<Record<string, RegExp>> = {
  set: /^up\b|\b(password|mfa|manager|role|policy|license|licence|owner|department|title|attribute|expiration|expiry|account)\b/,
  turn: /^(on|off)\b|\b(on|off)\b/,
  // "switch it to Pass-through Authentication" changes; "switch to the directory that has P2" moves the asker, not the tenant.
  // "switch from our main tenant to a different organization", "switch between client tenants" move the asker too.
  switch: /^(on|off)\b|\b(on|off)\b|^(?!to\b|(?:from|between) (?:\S+ ){0,4}?(?:tenants?|director(?:y|ies)|organi[sz]ations?|orgs?|environments?|subscriptions?|customers?|clients?)\b)\S+.*\bto\b/,
  // "roll back the change", "roll over the Kerberos decryption key" (rotate it)
  roll: /^(back|over)\b/,
  sign: /^(out|off)\b|\bout\b/,
  log: /^(out|off)\b|\bout\b/,
  make: /\b(admin|administrator|owner|member|global|guest|a member|an owner)\b/,
  // "give Karita access to Salesforce" changes; "give recent added permissions to applications", "give me…" read.
  // "How do I give access to Copilot?", "give admin rights on this group": access granted, the recipient left unsaid.
  // "confirm Giovanna as compromised", "mark Karita as safe", "flag Alain as risky", "convert Karita to a guest"
  confirm: /\b(as )?(compromised|safe|risky|a risk)\b/,
  mark: /\bas\b/,
  flag: /\bas\b/,
  convert: /\b(to|into)\b/,
  give: /^(?:(?:full |admin |administrator |owner |read |write |read-only |delegated )?(?:access|rights|permissions?) (?:to|for|on|over)\b)|^(?!me\b|us\b|recent\b|recently\b|latest\b|last\b|new\b|newly\b|all\b|an? (?:list|summary|overview|report|breakdown|count)\b|the (?:list|details|number|count)\b|list\b|details\b|info\b|information\b|stats\b|statistics\b|counts?\b|numbers?\b)\S+.*\b(access|role|rights|permissions?|admin|license|licence)\b/,
  put: /^(?!.*\b(table|format|csv|chart|list|bullets?|excel|spreadsheet|grid)\b).*\b(in|into|on)\b/,
  register: /\b(device|for|in)\b/,
  enroll: /\b(in|into|for)\b/,
  move: /\b(to|into|from)\b/,
  close: /\b(ticket|incident|case|request|detections?|risks?|alerts?)\b/,
  cancel: /\b(request|assignment|ticket)\b/,
  link: /\bto\b/,
  // "send Karita a temporary access pass", "issue a new password to Alain"; "send me the report" reads.
  send: /\b(temporary access pass(es)?|taps?|passwords?|invitations?|invites?|reset links?|passcodes?|codes?)\b/,
  issue: /\b(temporary access pass(es)?|taps?|passwords?|invitations?|invites?|certificates?|secrets?|credentials?|keys?)\b/,
  generate: /\b(temporary access pass(es)?|taps?|passwords?|secrets?|certificates?|credentials?|keys?)\b/,
  extend: /\b(access|assignment|expiration|expiry)\b/,
  perform: PROCESS_OBJECT,
  conduct: PROCESS_OBJECT,
  launch: PROCESS_OBJECT,
  start: PROCESS_OBJECT,
  initiate: PROCESS_OBJECT,
  run: PROCESS_OBJECT,
  expire: /\S/,
  include: /\b(policy|group|role|scope)\b/,
  exclude: /\b(policy|group|from)\b/,
  require: /\b(mfa|re-?register|multifactor|password|change)\b/,
  // "force a delta sync from Azure AD Connect", "force a refresh of the group's membership" run something in the tenant too.
  force: /\b(password|reset|mfa|sign|change|re-?register|logout|sync|synchroni[sz]ation|resync|delta|replication|refresh|re-?evaluat\w*|update)\b/,
  change: /^(?!history|log|logs|events?)\S/,
  create: /^(?!(?:a |an |the |me )?(report|list|summary|table|csv|export|chart|dashboard|overview|query|view)\b)/,
  update: /^(?!history|log|logs|events?)\S/,
  // "limit the results to 10", "stop the query" read; "limit users allowed…", "stop users from…" change.
  limit: /^(?!(?:the |it |them |this |that )?(?:results?|output|rows?|lists?|answers?|query|table|it|them|to \d|\d|number))\S/,
  stop: /\bfrom\b/,
  prevent: /^(?!(?:the |this |that |it )?(?:list|table|query|output)\b)\S/,
};

/**
 * Wrappers that may come before a command, taken off repeatedly from the start of a clause.
 * "can you", "could we", "I need to", "I want you to", "how do I", "is there a way to", "help me"…
 */
const WRAPPER = new RegExp(
  '^(?:'
  + "(?:hey|hi|hello|ok|okay|so|now|then|also|and|please|pls|plz|kindly|quickly|just|quick question|go ahead and|let's|lets|let us|ya|yo)\\b[\\s,:]*"
  + '|(?:can|could|would|will|may|might) (?:you|u|we|i|someone)(?: please| kindly| just| also)?\\b\\s*'
  + "|(?:i|we) (?:want|need|would like|'d like|wanna|have|must|should|am going|are going|gotta)(?: you)?(?: to)?\\b\\s*"
  + "|i'd like(?: you)? to\\b\\s*|i'm trying to\\b\\s*|i am trying to\\b\\s*|trying to\\b\\s*"
  // "I can't figure out how to assign this role", "I don't know how to add an owner": a how-to stated as what the person lacks.
  + "|(?:i|we) (?:can't|cant|cannot|can not|couldn't|couldnt|could not|don't|dont|do not|didn't|didnt|did not) (?:figure out|work out|find out|find|see|understand|know|tell|remember) how (?:i |we )?(?:can |could |should )?(?:to )?\\b\\s*"
  // "how do I use PowerShell to disable Alain": the tool is the means, the change is the command.
  + '|(?:use|using) (?:the |a )?(?:microsoft )?(?:powershell|graph(?: api| explorer| powershell| sdk)?|az(?:ure)? cli|cli|api|script|cmdlets?|sdk)(?: (?:module|sdk|cmdlets?|commands?))? to\\b\\s*'
  // "Can you help me use the Bulk Import feature to create their accounts?": a feature or a page of any tool as the means.
  + '|(?:use|using) (?:the |a |an |our |this |that |your )?(?:[a-z0-9-]+ ){0,3}(?:feature|tool|option|button|wizard|tab|page|module|portal|admin cent(?:er|re)|screen|form|utility) to\\b\\s*'
  + '|help me(?: to)?\\b\\s*|how (?:do|can|should|would|could|does) (?:i|we|you|one|an? admin(?:istrator)?|admins|administrators)\\b\\s*|how to\\b\\s*'
  + '|is (?:there|it) (?:a way|any ?ways?|possible) (?:for me |for us )?to\\b\\s*|is it possible to\\b\\s*|(?:would|will|could) it be possible (?:for me |for us )?to\\b\\s*'
  + '|(?:need|want|have|going) to\\b\\s*|you (?:should|must|need to|can)\\b\\s*|time to\\b\\s*'
  + '|(?:the )?steps to\\b\\s*|(?:best )?way to\\b\\s*|instructions (?:to|for)\\b\\s*'
  + '|(?:azure ad|azure active directory|entra id|entra|microsoft entra(?: id)?|m365|microsoft 365|o365|office 365|powershell|graph)\\s*[-–—:]\\s*'
  + ')',
  'i',
);

/** Where one command ends and another may begin. */
const CLAUSE = /[.;!?\n]+|,\s+|\s+[-–—]\s+|:\s+|\s+then\s+/;

/** First words after which "and <verb>" is a second command ("find inactive users and disable them"). */
const READ_COMMANDS = /^(find|identify|list|show|get|check|locate|detect|look up|lookup|search|review|pull|export|query|report)\b/;

export interface ChangeRequest {
  /** The change verb as a base form ("disable", "reset", "add", "activate"). */
  readonly action: string;
  /** The words after the verb (the object of the change), for finding the read-only question. */
  readonly rest: string;
  /**
   * Asked as whether it can be done ("Is it possible to move a user-assigned managed identity…?"): a question of
   * capability like "can I …", which `understand` refuses as a change only when it names something of the tenant.
   */
  readonly capability?: boolean;
}

function stripWrappers(clause: string): string {
  let s = clause.trim();
  for (let i = 0; i < 6; i += 1) {
    const next = s.replace(WRAPPER, '').trim();
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Verbs that also ask the maker of a tool or a page for something ("add a column", "update the docs"). */
const TOOL_CHANGE_VERBS: ReadonlySet<string> = new Set(['add', 'include', 'update', 'make', 'create', 'change', 'extend']);

/**
 * What a tool or a page would gain: a feature, a field, an example, a link, a report or an alert; a question ("add what
 * account made the change"); or "that to this documentation".
 */
const FEATURE_OBJECT = /^(?:(?:(?:a|an|the|some|more|this|that|these|those|any|another|additional|extra|new|better|simple|simpler|easy|easier|optional|separate|dedicated|clear|clearer|proper) )*(?:(?:[a-z0-9-]+ ){0,2}(?:reporting|filters|query filters)\b|ability|abilities|way|ways|option|options|feature|features|functionality|capability|capabilities|support|link|links|column|columns|field|fields|parameter|parameters|switch|flag|example|examples|documentation|docs?|note|notes|section|button|endpoint|endpoints|api|cmdlet|cmdlets|command|commands|report|reports|alert|alerts|page|tab|view|filter|filters|sample|samples|screenshot|screenshots|clarity|clarification|description|descriptions|explanation|mention|guidance|information|info|details)\b|(?:what|which|who|whom|whether|how|where|when|why)\b|(?:that|it|this|these|those|them) (?:to|in|into|on) (?:the |this |that |our |your )?(?:docs?|documentation|article|page|report|list|output|readme|guide|table|sheet|export|script|tool|module|dashboard)\b)/;

/** A page or a document as where something is added ("to the table above", "on the … Password Protection page", "to this documentation"). */
const DOC_TARGET = /\b(?:to|in|into|on) (?:the |this |that |our |your )?(?:[a-z-]+ ){0,4}(?:docs?|documentation|article|page|table|readme|guide|sheet|samples?)(?: above| below| here)?\b(?! of\b)/;

/** Adverbs that may come before a command's verb ("permanently delete", "instantly revoke", "bulk disable"). */
const ADVERB = /^(?:[a-z]+ly|bulk|mass|also|just|then|now|still|again)\s+/;

/**
 * Change verbs whose -ing form opens a how-to heading ("Directly assigning users programmatically", "Removing an
 * assignment"); not those whose -ing form describes records ("expiring assignments", "pending requests").
 */
const GERUND_VERBS: ReadonlySet<string> = new Set([
  'assign', 'unassign', 'reassign', 'remove', 'delete', 'disable', 'enable', 'add', 'create', 'reset', 'revoke', 'grant', 'block',
  'unblock', 'restore', 'invite', 'configure', 'update', 'modify', 'rename', 'activate', 'deactivate', 'approve', 'convert',
]);

/** The base form of a change verb's -ing form ("assigning" → assign, "removing" → remove), if it opens a heading. */
function gerundBase(word: string): string | undefined {
  const stem = /^([a-z-]{2,})ing$/.exec(word)?.[1];
  if (stem === undefined) return undefined;
  return [stem, `${stem}e`].find((v) => GERUND_VERBS.has(v));
}

/**
 * Where the change would land: the asker's own code, tools or machine ("add authentication … to my app code", "add a root
 * CA to the Python certificate store"), not the tenant.
 */
const OWN_SOFTWARE = /\b(?:to|in|into|on|from) (?:my|our|your|the|a|an) (?:\S+ ){0,2}(?:code|codebase|scripts?|project|solution|repo|repository|sample|samples|certificate store|trust store|ca bundle|browser|laptop|workstation|machine|computer|local machine)\b/;

/**
 * Infrastructure set up to work a certain way ("configure a DC agent to use a specific proxy server", "set up the sync server
 * behind a proxy"): how a server, an agent or a connector is installed, not a change of the tenant's objects; removing one
 * ("remove a Pass-through Authentication Agent") stays a change.
 */
const INFRASTRUCTURE_SETUP = /^(?:up )?(?:(?:a|an|the|our|my|this|that|each|every|all) )?(?:[a-z0-9.-]+ ){0,3}(?:servers?|agents?|connectors?|prox(?:y|ies)|machines?|vms?|hosts?|domain controllers?|dcs?) (?:to use|to connect|to talk|to communicate|to go|behind|through|via)\b/;

/**
 * A document the asker makes or keeps, as the object of a verb of making or editing: "Create an MFA status report for Entra
 * ID users", "creating a licence report", "update the CSV template", "create a training outline", "update our internal
 * documentation". Making a report asks for its records; a template, an outline or a document is the asker's own, not the
 * tenant's. The document's noun is the head of the object (up to three words before it, none a preposition): "create a new
 * security group for reports" creates a group.
 */
const artefactObject = (heads: string): RegExp => new RegExp(String.raw`^(?:(?:a|an|the|me|us|my|our|your|this|that|some|new|quick|simple|short|full|detailed|weekly|monthly|daily) )*(?:(?!(?:for|of|to|in|on|with|from|by|and|or|about|called|named|titled|labell?ed)\b)[a-z0-9'&-]+ ){0,3}(?:${heads})(?=$|[\s.,;:!?])(?!\s+(?:groups?|teams?|roles?|apps?|applications?|polic(?:y|ies)|accounts?|users?|members?|owners?)\b)`);
const DOCUMENT_HEADS = 'reports?|csv|templates?|outlines?|documentation|docs?|documents?|scripts?|spreadsheets?|workbooks?|presentations?|checklists?|runbooks?|playbooks?';
/** What is made: a document, or a list, table or view of records ("create a list of guests"). */
const MADE_ARTEFACT = artefactObject(`${DOCUMENT_HEADS}|list|summary|table|export|chart|dashboard|overview|query|view`);
/** What is edited: a document ("update the list of owners for Finance" changes the owners). */
const EDITED_ARTEFACT = artefactObject(DOCUMENT_HEADS);
const EDIT_VERBS: ReadonlySet<string> = new Set(['update', 'modify', 'edit', 'change']);

function asCommand(words: string): ChangeRequest | undefined {
  const m = /^([a-z-]+)\b\s*(.*)$/.exec(words.replace(ADVERB, ''));
  if (!m) return undefined;
  const verb = CHANGE_VERBS.has(m[1]!) ? m[1]! : gerundBase(m[1]!) ?? m[1]!;
  const rest = m[2]!;
  if (!CHANGE_VERBS.has(verb)) return undefined;
  const next = NEEDS_NEXT[verb];
  if (next !== undefined && !next.test(rest)) return undefined;
  if (rest.trim() === '' && !['deactivate', 'undo', 'revert', 'rollback'].includes(verb)) return undefined;
  if (OWN_SOFTWARE.test(rest)) return undefined;
  if ((verb === 'configure' || verb === 'set') && INFRASTRUCTURE_SETUP.test(rest)) return undefined;
  // "Can you add what account made the change?", "please add the ability to use any verified domain", "could you update the
  // report to include…", "let's make an alert that…": a request to the maker of a tool or a document, not a change of the
  // tenant, unless what it asks for is one ("add a way to add group owners").
  // "Can you add 530032 to the table above?", "add a new row to the samples table…": what a page or a document would gain.
  if (TOOL_CHANGE_VERBS.has(verb) && DOC_TARGET.test(rest)) return undefined;
  if (TOOL_CHANGE_VERBS.has(verb) && FEATURE_OBJECT.test(rest)) {
    const purpose = / to (.+)$/.exec(rest);
    return purpose ? asCommand(purpose[1]!) : undefined;
  }
  if ((verb === 'create' && MADE_ARTEFACT.test(rest)) || (EDIT_VERBS.has(verb) && EDITED_ARTEFACT.test(rest))) return undefined;
  const action = verb === 'roll' ? (/^over\b/.test(rest) ? 'roll over' : 'roll back') : verb === 'sign' || verb === 'log' ? 'sign out' : verb === 'turn' || verb === 'switch' ? `turn ${/\boff\b/.test(rest) ? 'off' : 'on'}` : verb;
  return { action, rest: rest.replace(/^(back|over|out|off|on|up)\b\s*/, '') };
}

/** Whether something can be done, asked of no one ("is it possible for me to …"); "would it be possible to" is a polite request. */
const CAPABILITY = /^\s*is it possible (?:for (?:me|us) )?to\b/;

/** An object that is only a pronoun ("create one", "configure it"): what an earlier clause of the message is about. */
const PRONOUN_OBJECT = /^(?:one|it|them|these|those|this|that)\s*$/;

/** How anyone does it ("how do you …", "how does one …"), not the asker ("How can I recover it?" asks for the change). */
const HOW_ANYONE = /^\s*(?:(?:and|but|so) )?how (?:do|does|can|would|could|should) (?:you|one)\b/;

const DOC_HEADING = /\b(?:known issues?|release notes|faqs?|frequently asked questions)\b/;

/** The asker telling what they are about to do ("we need to offboard…", "I'm going to disable…"), not asking for it. */
const OWN_PLAN = /^\s*(?:(?:so|ok|okay|well|hi|hello|hey)\b[\s,]*)?(?:i|we) (?:need|have|must|plan|want|am going|are going|'m going|'re going|will|'ll|would like|'d like)(?: to)?\b/;

/**
 * The asker's own attempt that went wrong, told before the question ("I'm trying to assign a manager but getting "Manager not
 * found" errors. How do I find …?", "We tried to add the user, but it fails"): what they were doing, not a request to do it.
 */
const TRIED_BUT = /^\s*(?:(?:so|ok|okay|well|hi|hello|hey)\b[\s,]*)?(?:(?:i|we) (?:tried|attempted)|(?:i'?m|i am|we'?re|we are|i was|we were|i've been|we've been|i have been|we have been) (?:trying|attempting)) to\b[^.!?]*\bbut\b[^.!?]*\b(?:gets?|getting|got|errors?|fails?|failing|failed|says?|saying|shows?|showing|returns?|returning|won'?t|doesn'?t|does not|didn'?t|did not|can'?t|cannot|nothing)\b/;

/** A question, then "and" and a command with its own wrapper ("what licences are available and help me assign one"). */
const QUESTION_THEN_COMMAND = /^(?:what|which|who|whose|how many)\b.*?\band (?:then |also )?((?:please|pls|kindly|help me|can you|could you|would you)\b.*)$/;

/** A clause that asks to read ("show me…", "list his groups…"). */
const READ_REQUEST = new RegExp(`^(?:(?:show|tell|give|send) (?:me|us)\\b|${READ_COMMANDS.source.slice(1)})`);

/** The change the message asks for, or undefined for a reading question. */
export function detectChangeRequest(text: string): ChangeRequest | undefined {
  const lower = text.toLowerCase().replace(/[’`]/g, "'");
  // "Dismiss user risk known issues": a documentation heading about the action, not the action.
  if (DOC_HEADING.test(lower)) return undefined;
  const clauses = lower.split(CLAUSE);
  // "We need to offboard Karita. Show me what licences and groups she has so I can document it.": the asker's own plan,
  // followed by a sentence that asks to read, asks to read; the change is theirs to make ("Disable Alain. Show me his
  // account" asks both; "i want disable default permission: search all groups…" is one sentence, the change's object).
  const sentences = lower.split(/[.!?]+\s+/);
  const planThenRead = (i: number): boolean => {
    if (!OWN_PLAN.test(clauses[i]!)) return false;
    const at = sentences.findIndex((t) => t.includes(clauses[i]!.trim()));
    return at >= 0 && sentences.slice(at + 1).some((t) => READ_REQUEST.test(stripWrappers(t)));
  };
  let earlier = false;
  for (const [i, raw] of clauses.entries()) {
    // "Can I add applications that I'm running on-premises?", "can we set up secure LDAP": whether it can be done, not a request.
    if (/^\s*(?:can|could) (?:i|we)\b/.test(raw)) continue;
    // "I'm trying to assign a manager but getting errors. How do I find …?": the asker's attempt, told as context.
    if (sentences.some((t) => TRIED_BUT.test(t) && t.includes(raw.trim()))) continue;
    // "Is it possible to move a managed identity to another subscription?": whether it can be done, as above, unless it
    // names something of the tenant ("is it possible to disable Alain's account"), which `understand` decides.
    const capability = CAPABILITY.test(raw);
    const clause = stripWrappers(raw);
    if (clause === '') continue;
    const direct = asCommand(clause);
    if (direct && planThenRead(i)) return undefined;
    // "What does a configuration baseline look like, and how do you create one?": how anyone does it, to an object of the
    // earlier clause, so the topics judge the whole message first, as for a question of capability.
    if (direct && earlier && HOW_ANYONE.test(raw) && PRONOUN_OBJECT.test(direct.rest)) return { ...direct, capability: true };
    if (direct) return capability ? { ...direct, capability } : direct;
    earlier = true;
    // "being able to automate adding and removing owners … would be very helpful", "I'd love to automate disabling stale
    // guests": a change wished to run by itself is a change ("automate exporting the logs" reads).
    const automated = /\bautomat(?:e|es|ed|ing)\s+(?:the\s+)?([a-z-]+ing)\b\s*(.*)$/.exec(clause);
    const base = automated === null ? undefined : gerundBase(automated[1]!);
    if (base !== undefined) return { action: base, rest: automated![2]!.replace(/^and [a-z-]+ing\b\s*/, '') };
    if (READ_COMMANDS.test(clause)) {
      const and = /\band (?:then |also )?([a-z-]+\b.*)$/.exec(clause);
      // "show me the licences and help me assign the right one": the second command may carry a wrapper too.
      const second = and ? asCommand(stripWrappers(and[1]!)) : undefined;
      if (second) return capability ? { ...second, capability } : second;
    }
    // "(Show me) what licences are available and help me assign one to Karita", "which guests are inactive and can you remove
    // them": a question, then a command with its own wrapper ("who can reset passwords and approve requests" has none).
    const asked = QUESTION_THEN_COMMAND.exec(clause);
    const then = asked ? asCommand(stripWrappers(asked[1]!)) : undefined;
    if (then) return capability ? { ...then, capability } : then;
  }
  return undefined;
}
