/**
 * The courtesy around a question in a forum post or a chat, which says nothing of what is asked:
 * a greeting before it ("Hi, …", "Hello team: …", "Good morning all, …"), thanks or a "please" after it
 * ("… Thanks!", "… thank you in advance.", "… Cheers", "… please"), and a frame that asks for an answer to an
 * embedded question ("Can you tell me why …", "I'd like to know which …", "Do you know how …",
 * "I was wondering what …", a way of asking before a verb of reading: "How do I retrieve …", "Is it possible to show
 * …"), and a label ("Quick question: …"). Left in, the greeting's and the thanks' words read as names
 * ("Brandon Artois. Thanks" as the person) and the frame hides the question's own form ("why …",
 * "how do I …", which say the question is about the product, not the tenant's records).
 *
 * Works on the text before anything else reads it, so the change-request rules and the analysis
 * see the question as asked. Pure; a few anchored patterns, no backtracking over the question.
 */

const GREETING = /^(?:hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)|dear (?:all|team|community|experts?|support|sir|madam))(?: (?:all|everyone|everybody|team|guys|folks|there|experts|community|friends))?\s*[,:;!.\u2013\u2014-]+\s+|^(?:hi|hello|hey)(?: (?:all|everyone|team|there|guys|folks))?\s+(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|would|will|please|show|list|get|find|give|pull|i|we|any|has|have)\b)/i;

const THANKS = /(?:^|[\s.?!,;:)])\s*(?:(?:many |big )?thanks?(?: you)?(?: (?:so|very) much)?(?: (?:in advance|a lot|a ton|again|for (?:your|any|the) (?:help|time|support|answers?|reply)))?|thx|cheers|much appreciated|(?:any )?help (?:is |would be )?(?:much |greatly |really )?appreciated|(?:best|kind|warm) regards|please)\s*[.!:)]*\s*$/i;

/** Who asks for an answer, before an embedded wh-question. */
const FRAME = /^(?:(?:so|ok|okay|also|and|but|please),? )?(?:(?:can|could|would|will) (?:you|someone|anyone|somebody|anybody) (?:please )?(?:tell|show|explain to|let) (?:me|us)(?: know)?|(?:please )?(?:tell|show) (?:me|us)|(?:please )?let (?:me|us) know|(?:i|we)(?:'d| would| do| really)? (?:like|want|need|wish|love) to (?:know|find out|understand|learn)|(?:my|our|the) (?:manager|boss|ciso|cto|cio|director|auditors?|security team|team lead|lead|compliance team|it team|management) (?:wants|wanted|needs|needed|would like|asked|asks) (?:me |us )?to (?:know|find out|check|see)|(?:i|we) (?:was|were|am|are) wondering|(?:i|we) wonder(?:ed)?|(?:do|does) (?:you|anyone|anybody|someone|somebody) know|(?:do|would) you (?:want|like|need) to (?:know|find out|see)|(?:does )?(?:anyone|anybody|someone|somebody) (?:knows?|have an idea)|any ideas?(?: on| about| as to)?|(?:i'?m|i am|we are|we're) (?:curious|trying to (?:understand|find out|figure out))(?: (?:about|as to))?)[,:]?\s+(?=(?:what|which|who|whom|whose|when|where|why|how)\b)/i;

/** "Quick question: …", "A question for you - …", "My question is: …": a label before the question. */
const LABEL = /^(?:(?:(?:a|one|another|my) )?(?:(?:quick|simple|short|small|basic|general|newbie|noob|beginner|dumb|silly) )?question(?: for (?:you|everyone|the community)| here)?|(?:my|the|our) (?:question|ask) is)\s*[:\u2013\u2014-]+\s+/i;

/** Verbs that ask to read records, after a way of asking ("How do I <verb> …", "My manager asked me to <verb> …"). */
const READ_VERBS = 'show|list|get|find|see|view|retrieve|pull|export|check|identify|query|display|fetch|enumerate|count|summari[sz]e|look up|lookup|determine|obtain|extract|audit|track|monitor|search';

/**
 * A way of asking for records, before the verb of reading that asks for them: "How do I retrieve deleted groups?",
 * "Is it possible to show users inactive for 30 days?", "I'm trying to list the first 10 users", "Help me find…". The
 * request is the reading ("retrieve deleted groups"); left in, the asker's "I" read as the person the records are of
 * ("How do I fetch all admin activities" as the asker's own) and "Is it possible" as a yes-or-no question about one object.
 * Only before a verb of reading and its object: "how do I configure…", "is it possible to disable…", "how can I find
 * which version…" (an embedded question) and "how can I get help…" stay what they are.
 */
const REQUEST_FRAME = new RegExp(String.raw`^(?:(?:so|ok|okay|also|and|but|please),? )?(?:how (?:do|can|could|would|should|might) (?:i|we|one|an admin|an administrator)|how to|is it possible to|would it be possible (?:for (?:(?!(?:me|us)\b)\S+ ){1,3})?to|what(?:'s| is) the (?:best|easiest|simplest|quickest|fastest|recommended|right|correct|proper|most efficient) way to|is there (?:a|an|any) (?:(?:easy|simple|easier|simpler|quick|good|better) )?(?:way|option|possibility|method) (?:to|for me to|(?:i|we) can)|(?:i'?m|i am|we'?re|we are) trying to|help me(?: to)?)\s+(?=(?!get (?:help|support|started|rid|in touch|notified|alerted)\b)(?:${READ_VERBS}|report on)\b(?! (?:out )?(?:which|what|whether|if|how|why|when|where|who)\b))`, 'i');

/**
 * Who asked the asker to read something ("My manager asked me to show when users were added to a group", "I was asked to
 * give the member count of each department"): it carries no form of question of its own, so it comes off before any verb
 * of reading, an embedded question's too, and before "give / tell / provide" ("asked me to give the member count…"). The
 * "me" it holds is the one who was asked, never the person the records are of.
 */
const ASKED_BY = new RegExp(String.raw`^(?:(?:so|ok|okay|also|and|but|please),? )?(?:(?:my|our|the) (?:manager|boss|ciso|cto|cio|director|auditors?|security team|team lead|lead|compliance team|it team|management|supervisor|head of it) (?:has |have )?(?:asked|asks|wants|wanted|needs|needed|told|requested) (?:me|us) to|(?:i|we)(?:'ve| have| had)? (?:been |was |were )?(?:asked|tasked|told|requested) to)\s+(?=(?:${READ_VERBS}|report|give|provide|tell|compile|prepare|produce|gather|collect|review)\b)`, 'i');

/**
 * "I'm trying to find which users…", "Help me see what changed…": the asker at work on a request, before its verb of reading,
 * also when an embedded question follows it (unlike "how can I find which version…", whose form asks how).
 */
const TRYING = /^(?:(?:so|ok|okay|also|and|but|please),? )?(?:(?:i'?m|i am|we'?re|we are) (?:currently )?trying to|help me(?: to)?)\s+(?=(?:show|list|get|find|see|view|retrieve|pull|export|check|identify|display|fetch|enumerate|count|summari[sz]e|look up|lookup|determine|obtain|extract|track|search)\b)/i;

/** Verbs that ask to change the tenant ("… to disable guest accounts", "… to delete stale devices"). */
const CHANGE_VERBS = 'enable|disable|delete|remove|create|add|assign|unassign|reset|block|unblock|restore|revoke|activate|deactivate|update|change|modify|rename|invite|purge|convert|lock|unlock|re-?enable';

/**
 * "Ability to mass disable guest accounts", "The ability to return deleted users is missing", "Option to delete stale devices
 * after 90 days": a feature request's title, the way issue trackers of Entra tools word what a person wants done or shown. The
 * request is what follows ("disable guest accounts": a change; "return deleted users": records); left in, the title read as a
 * request to the makers of a tool. Only before a verb of reading or of change ("Ability to filter guests out of the report",
 * "Ability to send out reports", "Ability to export the report to PDF": a verb whose object is the tool's report or list, stay a
 * tool's feature), and "… is missing" after it comes off with it.
 */
const ABILITY_FRAME = new RegExp(String.raw`^(?:(?:the|an?) )?(?:ability|option|possibility) to (?:(?:mass|bulk) )?(?=(?:${READ_VERBS}|return|${CHANGE_VERBS})\b)(?!\S+(?: out)? (?:(?:the|a|an|this|that|our|my) )?(?:reports?|lists?|pages?|views?|outputs?|results?|csv|pdf|dashboards?|columns?|tables?|exports?)\b)`, 'i');
const ABILITY_MISSING = /\s+(?:is|are) (?:(?:still|currently) )?(?:missing|needed|required|not (?:available|possible|supported))\s*[.!?]*\s*$/i;

/** "Entra ID: …", "[Azure AD] …", "AAD - …": the product named as the post's subject, before the question. */
const PRODUCT_LABEL = /^(?:\[(?:microsoft )?(?:entra(?: id)?|azure ad|azure active directory|aad)\]\s*[:\u2013\u2014-]?\s*|(?:microsoft )?(?:entra(?: id)?|azure ad|azure active directory|aad)\s*(?::|\s[\u2013\u2014-])\s+)/i;

/**
 * "In our tenant, …", "Across the organization, …": the tenant as the place, said before the question and set off by a comma,
 * which every question is about. (Elsewhere "in my tenant" stays: "which licences are in my tenant" needs it.)
 */
const TENANT_PLACE_FIRST = /^(?:in|within|across|throughout|for) (?:(?:my|our|the|this|whole|entire) )+(?:tenant|directory|organi[sz]ation|org|environment|company)\s*,\s*/i;

/** "… ASAP", "… for audit purposes", "… for our auditors": how urgent the question is, or whom it is for. */
const URGENCY_OR_PURPOSE = /[\s,;(-]+(?:asap|urgent(?:ly)?|as soon as possible|by (?:today|tomorrow|eod|end of day)|for (?:audit|compliance|reporting|documentation|review|security review|investigation) purposes|for (?:billing|licen[cs]ing) purposes|for (?:an?|the|our|my) (?:(?:upcoming|billing|licen[cs]e|licen[cs]ing|security|compliance|quarterly|monthly|annual|yearly|internal|external) )?(?:audit|review|report(?:ing)?|records))\s*[).!?]*\s*$/i;

/** The question without the greeting, thanks and asking frame around it; the same text when it has none. */
export function withoutCourtesy(text: string): string {
  let out = text.trim();
  for (let round = 0; round < 2; round += 1) {
    const before = out;
    out = out.replace(GREETING, '');
    const thanks = atEnd(THANKS, out);
    // Thanks alone ("thanks!") is a message of its own, not courtesy around a question.
    if (thanks !== undefined && thanks.index > 0) out = out.slice(0, thanks.index + (/[.?!)]/.test(thanks.text[0]!) ? 1 : 0)).trimEnd();
    if (ABILITY_FRAME.test(out)) out = out.replace(ABILITY_FRAME, '').replace(ABILITY_MISSING, '');
    out = out.replace(PRODUCT_LABEL, '').replace(TENANT_PLACE_FIRST, '').replace(LABEL, '').replace(FRAME, '').replace(REQUEST_FRAME, '').replace(ASKED_BY, '').replace(TRYING, '');
    const tail = atEnd(URGENCY_OR_PURPOSE, out);
    if (tail !== undefined && tail.index > 0) out = `${out.slice(0, tail.index)}${/\?\s*$/.test(tail.text) ? '?' : ''}`;
    if (out === before) break;
  }
  if (out === '') return text;
  return out === text.trim() ? text : capitalisedLike(text.trim(), out);
}

/** How far from the end the closing phrases are looked for: they are short, and scanning a long text from every position is quadratic. */
const TAIL_CHARS = 160;

/** A pattern anchored at the end, matched in the text's last characters only; its index in the whole text. */
function atEnd(pattern: RegExp, text: string): { index: number; text: string } | undefined {
  const from = Math.max(0, text.length - TAIL_CHARS);
  const m = pattern.exec(text.slice(from));
  return m === null ? undefined : { index: from + m.index, text: m[0] };
}

/** The first letter of `out` in the case of the original's first letter ("Can you tell me what…" → "What…"). */
function capitalisedLike(original: string, out: string): string {
  const first = original[0] ?? '';
  return first !== first.toLowerCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
}
