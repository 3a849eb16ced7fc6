/**
 * Messages about a tool, a page, an API or a document rather than the tenant's records (issue 16, sixteenth round),
 * recognised by their form whatever their topic. Such messages were answered with some family's rows because they
 * open with a verb of reading or name a family's noun ("Can you add what account made the change?" was audit.changes,
 * "Get-AzureADUser should return a WhenCreated property" an app's details):
 *
 * - **a wish for a tool**: a tool, a list, a page, a report, an API or a document as the subject of a wish or of
 *   "should" ("It would be great if the sign-in report also showed…", "the export should include…", "I wish the
 *   users page listed…", "I'd like the users list to show…"), "I'd like to see that there is some way…", a message
 *   labelled "Feature request:", a tool to be made "filterable"; a wish with a person as the subject ("it would
 *   be nice if we could view the MFA methods of the users") is a request for records and stays the families';
 * - **a request to the maker of a tool**: add or include a question or a column ("Can you add who made the change?",
 *   "please include a column for…");
 * - **how a tool decides**: what or how an API, a report, a portal or a cmdlet looks at, uses, counts or calculates
 *   ("what the Graph API looks at to decide…", "how does the report count users"), and why a log or a report shows
 *   what it shows, when no known object of the tenant is named;
 * - **what a task requires**: the permissions, roles or licences required for a task ("the required permissions for
 *   calling the Reporting API", "which licences are needed to use…", "what permissions does an app need to…"), asked of nothing of the tenant (`understand`
 *   checks that);
 * - **a direct question inside a wish** ("it would help to know where exactly does it overlap with…"), **why the product
 *   did not do something** ("… blocked but Identity Protection didn't generate a risk detection?") and **which page of the
 *   documentation says something**;
 * - **a wish for a page** ("I'd like to be able to see … on the MFA report page");
 * - **why the viewer sees what they see** ("What could be the reason that I do not see the same number of…");
 * - **the asker's experience to come** ("when will I get the status…"), **a hypothetical why of anyone** ("Why would a user
 *   be marked risky after…") and **an error or a message on the screen** ("Is this error about…"), only when nothing of the
 *   tenant is named and the conversation holds nothing;
 * - **another system's instance** ("How many users are in our ServiceNow instance?"), unless it is one of the tenant's apps.
 *
 * The second export lists forms of a request whose object is the tool itself, not records, which `product-question.ts`
 * no longer counts as a request for records so that the learnt gate judges them: a judgement among answers ("Which is
 * the correct value?"), what a product includes ("What licences are included in E5?"), an example of a concept ("can you
 * give me a sample access package policy"; "an example to get all guests" reads), a tool's output ("filter out the
 * disabled accounts from the output").
 *
 * Each test is one regular expression over the question's lower-case words, anchored or led by a literal word.
 */

/** What a tool, a page or a document is called. */
const TOOL = String.raw`(?:lists?|pages?|reports?|views?|blades?|portal|cmdlets?|commands?|modules?|apis?|endpoints?|exports?|output|tools?|scripts?|dashboards?|columns?|tables?|docs?|documentation|articles?|ui|interface|screens?|tabs?|csv|workbooks?|logs?|results?|response|sdk)`;

/** What a tool would do for the wisher. */
const SHOWS = String.raw`(?:displays?|displayed|shows?|showed|shown|includes?|included|lists?|listed|returns?|returned|supports?|supported|allows?|allowed|has|had|exposes?|exposed|contains?|contained|indicates?|indicated|mentions?|mentioned|gives?|gave|provides?|provided|captures?|captured|logs?|logged)`;

/** A wish whose subject is a tool ("it would be great if the app registration list also displayed…", "I wish the export had…"). */
const WISH_FOR_TOOL = new RegExp(String.raw` (?:would be|it'?d be|it is|it's) (?:\w+ )?(?:great|nice|good|helpful|useful|awesome|handy|better|ideal|cool) (?:if|when) (?!(?:we|i|you|they|users?|people|admins?|administrators?)\b)(?:the |this |that |our |a |an )?(?:[\w$-]+ ){0,3}?${TOOL} (?:would |could |should |can |will |also |then )*${SHOWS}\b| i wish (?:the |this |that |our )?(?:[\w$-]+ ){0,3}?${TOOL} (?:would |could |also )*${SHOWS}\b`);

/** "Get-AzureADUser should return…", "The export should also include…": a tool's wished-for behaviour stated. */
const TOOL_SHOULD = new RegExp(String.raw`^ (?:the |this |that |a )?(?:(?:[\w$]+-[\w$-]+)|(?:[\w$-]+ ){0,3}?${TOOL}) should (?:also |really |probably )?(?:return|include|show|display|list|support|allow|have|expose|accept|contain|indicate|mention|give|provide)\b`);

/** "I'd like the users list to show the creation date", "we want the export to include…": a tool's wished-for behaviour. */
const WANT_TOOL_TO = new RegExp(String.raw` (?:would like|i'd like|we'd like|want|need|prefer) (?:the |this |that |our |a |an )?(?:[\w$-]+ ){0,3}?${TOOL} to (?:also |really )?(?:show|display|include|list|return|support|allow|have|expose|contain|indicate|mention|give|provide|be (?:filterable|sortable|searchable|exportable))\b`);

/** "Feature request: …", "Suggestion - …": a message that says it asks for a feature. */
const FEATURE_LABEL = /^ (?:feature request|feature idea|enhancement request|enhancement|suggestion|improvement|idea|proposal)s?\b/;

/** "Could you make the sign-in report filterable by country?": a tool made able to do something. */
const MAKE_TOOL_ABLE = new RegExp(String.raw` (?:make|let) (?:the |this |that |our |a |an )?(?:[\w$-]+ ){0,3}?${TOOL} (?:more |also )?(?:\w+able|searchable)\b`);

/** "I would like to see that there is some way…", "we'd like to see an option to…": a wish for a feature, not records to see. */
const SEE_A_FEATURE = / (?:would like|i'd like|we'd like|want|wish|hope|love) to see (?:that|some way|a way|an option|the option|the ability|a feature|a setting|support for|a button|a column|a field)\b/;

/** "Can you add what account made the change?", "please include a column for the licence": a request to the maker of a tool. */
const ADD_TO_TOOL = /^ (?:(?:hi|hey|hello|please|pls|also) )*(?:(?:can|could|would|will) you (?:please |also )?)?(?:add|include) (?:(?:what|which|who|whom|whether|how|where|when|why)\b|(?:a |an |the |more |another )?(?:new |extra |additional )?(?:column|field|property|attribute|option|parameter|switch|flag|button|link|filter|tab)s?\b)/;

/** "Why does the audit log show … as the actor?", "why do the reports list…": what a tool shows, asked why. */
const WHY_TOOL_SHOWS = / why (?:does|do|did|is|are|would|can't|cant|doesn't|doesnt|don't|dont) (?:the |this |that |my |our )?(?:[\w-]+ ){0,2}?(?:log|logs|report|reports|portal|api|page|blade|export|cmdlet|list|dashboard|workbook) (?:not )?(?:show|shows|showing|list|lists|listing|display|displays|return|returns|say|says|report|reports|contain|contains|include|includes)\b/;

/** "What permissions does an app need to read the audit logs?": what a task requires, asked of anyone. */
const ANYONE_NEEDS = / (?:what|which) (?:permissions?|roles?|licen[cs]es?|scopes?|privileges?|rights?) (?:does|do|would|will) (?:an? |the |my |our )?(?:[\w-]+ ){0,2}?(?:need|require) (?:to|for)\b/;

/** "what the Graph API looks at to decide…", "how does the report count users": how a tool decides. */
const TOOL_DECIDES = new RegExp(String.raw` (?:what|how|which \w+) (?:does |do |did |is |are )?(?:the |this |that |a |an )?(?:[\w$-]+ ){0,2}?(?:api|apis|endpoint|endpoints|cmdlet|cmdlets|report|reports|portal|tool|module|sdk|script|page|blade|dashboard|algorithm|logic|engine|graph) (?:looks? at|uses? to|checks?|considers?|bases?|is based on|determines?|decides?|calculates?|computes?|counts?|treats?|evaluates?|defines?|works? out)\b`);

/** "the required level of permissions for accessing the Reporting API", "licences needed to use…": what a task requires. */
const TASK_REQUIRES = / (?:required|needed|necessary|minimum|least[- ]privileged?) (?:level of |set of )?(?:permissions?|roles?|licen[cs]es?|privileges?|rights?|scopes?|access) (?:for|to) (?:\w+ing|access|call|use|read|query|run|get|see|view)\b| (?:permissions?|roles?|licen[cs]es?|scopes?|privileges?|access) (?:are |is )?(?:required|needed|necessary) (?:for|to) (?:\w+ing|access|call|use|read|query|run|get|see|view)\b/;

/** "it would help to know where exactly does it overlap…": a question about the product asked inside a wish. */
const QUESTION_IN_WISH = / it would (?:really |also )?help (?:me |us )?to (?:know|understand) (?:where|how|whether|why|what|when)(?: exactly)? (?:does|do|is|are|can|will|would)\b/;

/** "I'd like to be able to see the users' status on the MFA report page": something wished for on a page of a tool. */
const WISH_ON_PAGE = / (?:would like|i'd like|we'd like|want|wish|hope|love) to (?:be able to )?(?:see|view|have|get) (?:[\w$'-]+ ){1,8}?(?:on|in) (?:the|this|that) (?:[\w-]+ ){0,3}?(?:page|blade|tab|screen)\b/;

/** "when will I get the status…", "I'd like to know when I will see the message…": what the product will show the asker. */
const FUTURE_EXPERIENCE = / when (?:i|we) will (?:get|see|receive|be shown) (?:the|a|an) (?:status|result|message|notification|prompt|option|warning|error)\b| when will (?:i|we) (?:get|see|receive|be shown) (?:the|a|an) (?:status|result|message|notification|prompt|option|warning|error)\b/;

/** "What could be the reason that I do not see the same number of…": why the viewer sees what they see. */
const VIEWER_REASON = / (?:what (?:could|might|would|can) be|what is|what's|whats) the reasons? (?:that |why )?(?:i|we) (?:do not|don't|dont|cannot|can't|cant|am not able to|are not able to|no longer) see\b/;

/**
 * "Why was my sign-in blocked but Identity Protection didn't generate a risk detection?", "why … but no alert was raised": why
 * the product did not do something it does, whoever is named.
 */
const WHY_PRODUCT_DID_NOT = / why [^?]*? but (?:no|none of the) (?:[\w-]+ ){0,3}?(?:was|were|is|are|got|has been|have been) (?:generated|raised|created|triggered|logged|shown|sent|recorded|fired)\b| why [^?]*? but (?:[\w-]+ ){1,3}?(?:didn't|did not|doesn't|does not|wasn't|was not|never) (?:generate|raise|trigger|create|log|show|send|detect|flag|record|fire|report)\b/;

/** "Which page explains the sign-in log schema?": where the documentation says something. */
const DOC_QUESTION = / (?:which|what|where (?:is|are)) (?:the )?(?:[\w-]+ )?(?:page|pages|article|articles|doc|docs|documentation|section|guide|reference) (?:explains?|describes?|documents?|covers?|talks? about|mentions?|lists?)\b/;

/**
 * "Why would a user be marked risky after…", "why might an app lose its consent": a hypothetical of anyone, how the product
 * behaves; failures and blocks ("why would users be failing to sign in today") stay the troubleshooting of the tenant's.
 */
const HYPOTHETICAL_WHY = / why (?:would|might|could|should) (?!(?:[\w-]+ ){0,4}?(?:fail|fails|failing|failed|blocked|locked|denied|unable)\b)(?:an? |any |some |the )?(?:[\w-]+ ){0,2}?(?:users?|accounts?|guests?|admins?|administrators?|apps?|applications?|service principals?|groups?|devices?|sign-?ins?|signins?|policy|policies|people|persons?|members?|owners?)\b/;

/** "How many users are in our ServiceNow instance?": another system's own instance, not the tenant. */
const OTHER_INSTANCE = / (?:in|of|from|on|to) (?:our|the|my|their|an?) (?!tenant\b|entra\b|azure\b)[\w-]+ (?:instance|instances)\b/;

/** "Is this error about…", "what does this message mean": an error or a message on the asker's screen. */
const ON_SCREEN = / (?:this|that) (?:error|error message|message|warning|prompt|pop-?up|notification|banner)\b/;

/** The question's lower-case words, one space apart, with the apostrophes and the hyphens of names kept. */
export function toolWords(text: string): string {
  return ` ${text.toLowerCase().replace(/[’`]/g, "'").replace(/[^a-z0-9'$-]+/g, ' ').trim()} `;
}

export interface ToolRequest {
  /** What the message is about, in a person's words (the `outOfScope` topic). */
  readonly topic: string;
  /**
   * The form holds only when nothing of the tenant is named and the conversation holds nothing to point at ("the
   * permissions required to read Salesforce's sign-ins" are the app's; "this error" may be a sign-in's).
   */
  readonly unlessNamed?: boolean;
  /**
   * The form holds only when no known object of the tenant (a user, group, app, access package or catalog) is named: "why
   * does the sign-in log show Karita in Brazil" is about her sign-ins; an unknown name ("Microsoft Substrate Management" as
   * the actor) does not count.
   */
  readonly unlessKnown?: boolean;
}

/** What the message asks of a tool, a page, an API or a document, or undefined. */
export function toolRequest(words: string): ToolRequest | undefined {
  if (WISH_FOR_TOOL.test(words) || TOOL_SHOULD.test(words) || SEE_A_FEATURE.test(words) || ADD_TO_TOOL.test(words) || WISH_ON_PAGE.test(words)
    || WANT_TOOL_TO.test(words) || FEATURE_LABEL.test(words) || MAKE_TOOL_ABLE.test(words)) return { topic: 'a feature of a tool or a page' };
  if (TOOL_DECIDES.test(words) || QUESTION_IN_WISH.test(words) || VIEWER_REASON.test(words)) return { topic: 'how a tool, an API or a page works' };
  if (WHY_TOOL_SHOWS.test(words)) return { topic: 'how a tool, an API or a page works', unlessKnown: true };
  if (WHY_PRODUCT_DID_NOT.test(words)) return { topic: 'how the product behaves' };
  if (DOC_QUESTION.test(words)) return { topic: "the product's documentation" };
  if (TASK_REQUIRES.test(words) || ANYONE_NEEDS.test(words)) return { topic: 'what a task requires', unlessNamed: true };
  if (FUTURE_EXPERIENCE.test(words) || HYPOTHETICAL_WHY.test(words)) return { topic: 'how the product behaves', unlessNamed: true };
  if (OTHER_INSTANCE.test(words)) return { topic: "another system's own records", unlessKnown: true };
  if (ON_SCREEN.test(words)) return { topic: 'an error or a message on the screen', unlessNamed: true };
  return undefined;
}

/** "Which is the correct description?", "which one is best": a judgement among answers. */
const JUDGEMENT = /^ which (?:one |of (?:these|them|those|the two|both) )?(?:is|are|was|would be) (?:the )?(?:correct|right|best|better|recommended|preferred|proper|appropriate|easiest|fastest|supported|accurate|valid|true)\b/;

/** "What licenses are included in E5?": what a product or a plan includes. */
const INCLUDED_IN = /^ what (?:\S+ )?(?:licen[cs]es|features|permissions|roles|apps|applications|services|plans|products|capabilities) (?:are|is) (?:included|contained|bundled|covered|available) (?:in|with)\b/;

/** "can you provide a dynamic group example with…": an example of a concept; "an example to get all guests" is a request. */
const EXAMPLE = /\b(?:provide|give|show|share|post|send|need|want) (?:me |us )?(?:an?|some|any) (?:[\w-]+ ){0,3}?(?:example|sample|template|snippet)s?\b(?! (?:to|for|of how to|showing|that)\b)/;

/** "filter out the deleted accounts from the output": the form of a tool's output. */
const TOOL_OUTPUT = /\b(?:from|in|of|into) (?:the|this|my|our) (?:output|export|csv|script output|script)\b/;

/**
 * A request by its opening whose object is the tool, an example or a judgement rather than records (see the module's
 * comment): not a request for records for the learnt gate.
 */
export function asksOfTool(flat: string): boolean {
  return JUDGEMENT.test(flat) || INCLUDED_IN.test(flat) || EXAMPLE.test(flat) || TOOL_OUTPUT.test(flat);
}
