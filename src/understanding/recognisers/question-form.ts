/**
 * Questions about the product rather than the tenant's records, recognised by their form whatever their topic
 * (capability, obligation, definitions, hypotheticals, limits, licences). `out-of-scope.ts` tries them after the
 * topics Entra Ask does not read; a question they match gets `unknown` with the topic named here.
 */

/** A form of question about the product (the shape of `out-of-scope.ts`'s topics). */
export interface FormTopic {
  readonly topic: string;
  readonly words: RegExp;
  readonly unless?: RegExp;
  /** "a user", "an account" are anyone, not an object of the tenant, for `words` and `unless`. */
  readonly anyone?: boolean;
  /** The form does not count when the question names a person the tenant does not know ("can we still restore Miriam Graham"). */
  readonly unlessPerson?: boolean;
}

/**
 * Verbs of reading: after "can I / can we", "how do I", "how to", "is there a way to" they make a request for the tenant's
 * records ("can I see who deleted…", "how do I find users without MFA"); any other verb there asks about the product.
 */
export const READ_VERBS = 'see|view|find|get|list|show|check|know|tell|detect|investigate|identify|report|export|audit|pull|query|retrieve|look|search|review|monitor|track|determine|display|count|generate|download|obtain|locate|filter|sort|read|analy[sz]e|discover|spot|verify|confirm|print|extract|fetch|collect|gather|summari[sz]e|remediate|work out|figure out|find out|have a (?:list|look|report)|use (?:you|this|it|entra ask|the bot)';

/**
 * Making a report or a list of records ("how do I create a report of users without MFA", "how to build an MFA status report"):
 * a request for the records, as a verb of reading is.
 */
export const MAKE_REPORT = String.raw`(?:create|build|produce|make|prepare|compile|put together) (?:(?:an?|the|my|our|me|us) )?(?:\S+ ){0,3}?(?:reports?|list|overview|summary|export|csv)\b`;

/**
 * A tenant object the question names or refers to (a role, a department or a place may be asked of in general; "it" is
 * mostly the expletive of "is it possible", "it is").
 */
export const NAMED_OBJECT = /@(?:user|group|app|pkg|catalog|guid|ip|code)\b|\b(?:me|myself|he|she|him|her|his)\b/;

/**
 * Questions about the product rather than the tenant's records, recognised by their form, whatever the topic: whether
 * something can, may, must or will be done ("Can guest users reset their MFA method?", "Will I breach…?"); what the
 * product supports, allows or requires ("Does B2B collaboration support consumer email accounts?", "Do my users have
 * to be registered…?"); whether a feature is supported or possible ("Is the CSV upload feature still supported?"); how to
 * do something that is neither reading nor a change ("How can I customize my invitation emails?", "How to use the P2
 * license"); definitions ("What are Azure AD Roles?"); what happens, what causes, what a thing means, differences;
 * durations and limits ("How long can security questions be?", "How many questions can I configure?"); licences to buy
 * or needed. A question that names a tenant object (a person, group, app, access package, a reference such as "her")
 * stays with the families: "can we still restore Miriam Graham", "does Fabrikam HR have Directory.ReadWrite.All".
 */
export const PRODUCT_QUESTIONS: readonly FormTopic[] = [
  {
    topic: 'what the product can do (capability)',
    words: new RegExp(`^ (?:can|could|may|might|must|shall|should|will|would) (?!you\\b|u\\b|ya\\b|someone (?:show|tell|give|list|help|find|get)\\b|(?:i|we) (?:please |also |just |still |quickly |be able to )?(?:${READ_VERBS})\\b|(?:it|@it) be possible (?:for (?:me|us) )?to (?:\\S+ )?(?:${READ_VERBS})\\b)`),
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'what the product can do (capability)',
    words: /^ (?:do|does) (?!you (?:have|know)\b)(?:\S+ ){1,8}?(?:support|supports|allow|allows|provide|provides|offer|offers|let|lets|need to|needs to|have to|has to|work|works|matter|mean|means|count|counts|cost|costs|prevent|prevents|protect|protects|help|helps|sync|synchroni[sz]e|synchroni[sz]es)\b/,
    unless: /@(?:user|group|app|pkg|catalog|guid|ip|code)\b|\b(?:me|myself|he|she|him|her|his)\b|\b(?:our|my|any|the|these|those|all) (?:\S+ )?polic(?:y|ies)\b/,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'what the product can do (capability)',
    // "Is it possible to list all guests" reads.
    words: new RegExp(`^ (?:is|are) (?!there\\b|(?:it|@it) possible to (?:\\S+ )?(?:${READ_VERBS})\\b)(?:\\S+ ){1,8}?(?:still )?(?:supported|possible|recommended|rejected|charged|free of charge|compatible|deprecated|retired|counted|billed|configurable|customi[sz]able|case[- ]sensitive|stored|retained|replicated|written back|expected|normal|by design|intended|available (?:in|for|on|to|with)|(?:managed|governed|handled|controlled|administered) (?:via|through|by|with|using|in))\\b|\\b(?:is|are) (?:still |not |no longer |also )?(?:supported|deprecated)\\b`),
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'how the product behaves',
    // "Which is the correct description?", "which one is the recommended setting": a judgement between the product's
    // options or the documentation's statements, not the tenant's records (a named object stays with the families).
    words: /^ which (?:one |of (?:these|those|them|the \S+) )?(?:is|are|would be|will be) (?:the )?(?:correct|right|recommended|best|proper|preferred|suggested|valid|accurate|better) (?!(?:users?|groups?|apps?|applications?|roles?|admins?|accounts?|polic(?:y|ies)|owners?|members?|guests?)\b)/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'how to do something in the product',
    words: new RegExp(`^ (?:how (?:do|can|could|should|would|might|may) (?:i|we|one|you|an? admin|admins|administrators?|an? administrator|(?:my |our |the )?users|a user|guests|my users|our users|people)|how to|is (?:there|it|@it) (?:a way|any way|possible) (?:for (?:me|us) )?to|is (?:it|@it) possible to) (?!(?:\\S+ )?(?:${READ_VERBS})\\b|${MAKE_REPORT})`),
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'definitions and explanations',
    // "What are Azure AD Roles?", "What is Role-Based Access Control?": a term, with no determiner, name or preposition.
    words: /^ what (?:is|are|s) (?:an? )?(?!(?:the|my|our|your|his|her|their|its|this|that|these|those|all|any|every|some|there|in|for|on|with|by|from|to|of|up|new|next|wrong|going|happening|waiting|included|left|pending|it|they|he|she|i|we|you)\b)(?:(?!(?:of|for|in|on|with|by|from|to|at|the|my|our|all|any|who|whom|which|that|this|these|those|there|without|since|during|between|last|past|recent|recently)\b)[a-z][\w-]* ){0,5}[a-z][\w-]* $/,
    unless: /@(?!it\b)/,
    anyone: true,
  },
  {
    topic: 'definitions and explanations',
    // "What does Conditional Access do?": what a feature does ("what can you do" is the help).
    words: /^ what (?:does|do) (?:an? |the )?(?!i\b|we\b|you\b|they\b|he\b|she\b|@)(?:\S+ ){1,4}do $/,
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'definitions and explanations',
    words: /\bwhat happens (?:if|when|to (?:(?:an?|the|my|our|their|its) )?(?:\S+ ){1,3}(?:if|when|after|once))\b|\bwhat (?:can|could|might|would) (?:cause|happen)\b|\bwhat causes\b|\bwhat (?:does|do) (?:\S+ ){1,5}mean\b|\bwhat is meant by\b|\bdifferences? between\b|\brelationship between\b|\bwhat (?:is|are) (?:the )?(?:purpose|point|benefit|benefits|advantages?) of\b|^ when (?:is|are) (?:\S+ ){1,4}considered\b|\b(?:supposed|meant|designed|intended) to work\b|^ how (?!do\b|does\b|did\b|can\b|could\b|to\b|many\b|much\b|long\b|often\b|is\b|are\b|(?:the |this )?(?:bot|tool|assistant|entra ask|you|it)\b)(?:\S+ ){1,6}works? $|^ (?:a )?(?:quick )?question (?:about|on|regarding|re)\b|^ where (?:should|do|does|can|could|would|must) (?:i|we|(?:my |our |the )?users|a user|they|people|guests|employees) go\b/,
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'definitions and explanations',
    // "What's happening to Azure AD B2B collaboration?": the product's news. "Where does the user data go during the
    // identity verification process?": where the product keeps or sends data. "Do my Conditional Access policies apply
    // during the account recovery flow?": how a feature behaves in one of the product's flows.
    words: /^ what(?: s| is|s) (?:happening|going to happen|changing) (?:to|with)\b|^ where (?:does|do|did|will) (?:\S+ ){1,5}go\b|^ (?:do|does|is|are|will|would|can|could) (?:\S+ ){1,8}during (?:the |a |an |my |our )?(?:\S+ ){0,3}(?:flow|process|experience|journey|wizard|setup|onboarding)\b/,
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'whether a setup is right (advice)',
    // "Am I set up correctly to use Conditional Access?", "Are we configured properly for passkeys?": whether the asker's own
    // setup is right, which the product's documentation answers (a person named stays with the families).
    words: /^ (?:am i|are we|is (?:my|our|the) (?:tenant|directory|organi[sz]ation|environment|setup|configuration)) (?:\S+ )?(?:set up|setup|configured|ready|prepared) (?:correctly|properly|right|ok|okay|fine)?\b/,
  },
  {
    topic: 'service limits, durations and licences',
    words: /^ how long (?:does|do|can|could|should|will|would|is|are|must|may)\b|^ how many (?:\S+ ){1,4}(?:can|could|may) (?:i|we|you|one|a user|users|an? \S+|be (?:created|added|assigned|made|registered|invited|stored|kept))\b|\bwhat is the (?:maximum|minimum|max|min|default) (?:number|length|size|lifetime|duration|value|limit)\b|\bthe lifetime of\b/,
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'service limits, durations and licences',
    words: /\blicen[cs](?:e|ing) requirements?\b|\b(?:licen[cs]es?|subscriptions?|plans?|skus?|editions?|tiers?) (?:do|does|would|will|should) (?:i|we|you|they|one|it|users|my \S+|our \S+) (?:need|require)\b|\b(?:need|require|requires|required) (?:an? |the )?(?:\S+ ){0,2}licen[cs]es? (?:to|for)\b|\blicen[cs]es? (?:are |is )?(?:required|needed|necessary) (?:to|for)\b|\bpric(?:e|es|ing)\b|\b(?:buy|purchase|purchasing|buying)\b|\b(?:get|start|sign up for|request|activate|extend|buy) (?:an? )?(?:free )?trial\b|\btrial (?:of|version|period)\b|\ba free (?:feature|service|product|tier|edition|version|add-on)\b|\bfree (?:tier|edition|version)\b|\bhow much (?:does|do|is|are|would|will)\b/,
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'definitions and explanations',
    // "If I enable password reset for a group …, are my users required to re-register?", "If a user has registered more
    // than …, how are the questions selected?": a hypothetical asks how the product behaves. "How are the security
    // questions selected", "How is time synchronized": how the product does something, in the passive.
    words: /^ if (?:i|we|you|a user|an? admin(?:istrator)?|users|my users|the users|guests|someone|one|there (?:is|are|was|were))\b|^ how (?:is|are|was|were) (?:\S+ ){1,6}(?:selected|applied|synchroni[sz]ed|calculated|computed|determined|evaluated|handled|processed|generated|enforced|decided|chosen|counted|measured|triggered|governed|managed|billed|licen[cs]ed|protected|secured|stored|retained|renewed|upgraded|replicated|logged|recorded|audited|detected|scored|resolved|notified)\b/,
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'what the product can do (capability)',
    // "Is there a report that shows when my licences expire?", "What applications and services support B2B guest users?":
    // whether the product has a report, feature or setting, or what supports what. "Is there a way to list …" reads.
    words: /^ is there (?:a|an|any) (?:\S+ )?(?:report|feature|option|setting|tool|workbook|dashboard|limit|quota|maximum|minimum|api|cmdlet|built-in|code|event id|property|attribute|field|column|parameter|endpoint|command)\b|^ (?:what|which) (?:\S+ ){1,4}(?:support|supports|take advantage of|takes advantage of|work with|works with|are compatible with|is compatible with|integrate with|integrates with)\b|^ (?:what|which) (?:\S+ ){1,3}(?:do|does) (?:\S+ ){1,4}(?:work with|support|integrate with|require|depend on|rely on)\b/,
    unless: NAMED_OBJECT,
    anyone: true,
    unlessPerson: true,
  },
  {
    topic: 'service limits, durations and licences',
    // "Is PIM included in E3?", "Which license includes Identity Protection?": what a licence includes, not who holds one.
    words: /\bincluded (?:in|with) (?:(?:microsoft|office|m) ?365 )?(?:e3|e5|f1|f3|p1|p2|business premium|business standard|ems|entra id p[12]|(?:the )?(?:free|basic|premium) (?:tier|edition|licen[cs]e))\b|^ (?:which|what) (?:\S+ )?(?:licen[cs]es?|plans?|skus?|editions?|subscriptions?|tiers?) (?:include|includes|contain|contains|come with|comes with|give|gives|cover|covers|unlock|unlocks)\b/,
    unless: NAMED_OBJECT,
  },
  {
    topic: 'advice on whether to change a setting',
    // "Is it safe to delete stale guest accounts?": advice, not the accounts.
    words: /^ is (?:it|@it) (?:safe|recommended|necessary|required|advisable|ok|okay|good|bad|wise|a good idea|best practice|mandatory|worth it) (?:to|if|for)\b/,
    unless: NAMED_OBJECT,
  },
  {
    topic: 'definitions and explanations',
    // "Can you explain conditional access?", "Explain PIM to me": a concept, not this conversation's rows ("explain these
    // results", "explain this sign-in") nor a named object's ("explain Karita's risk").
    words: /^ (?:(?:can|could|would|will) you (?:please )?|please )?(?:explain|clarify|elaborate)\b|\bclarify (?:if|whether|what|how|why|when)\b|^ (?:(?:can|could|would|will) you (?:please )?|please )?specify (?:where|how|why|when|what|which|if|whether)\b/,
    unless: /@(?:user|group|app|pkg|catalog|guid|ip|code|it)\b|\b(?:my|mine|he|she|him|her|his)\b|\b(?:this|these|that|those|above|results?|output|answer)\b/,
    // "explain what happens to audit logs when a user is deleted": "a user" is anyone.
    anyone: true,
  },
  {
    topic: 'what a tool or an API should offer',
    // "We'd like an API endpoint to be able to grab a list of app secrets", "please provide a cmdlet that exports…": a
    // request to the makers of a tool, not for the tenant's records ("which endpoint do I need to hit to get…" reads).
    // "Create an authentication method report for all users": a report of methods is records, not an API's method.
    words: /^(?:.* )?(?:(?:i|we) (?:would |really |also )?(?:like|want|need|wish for)|(?:please |could you |can you )?(?:add|provide|expose|create|build|implement|introduce|ship|offer)) (?:an?|the|some|new|more|additional|another|a new) (?:\S+ )?(?:api|apis|endpoint|endpoints|cmdlet|cmdlets|command|commands|parameter|parameters|switch|module|function|method|sdk|connector|integration)\b(?! (?:reports?|lists?|exports?|overview|summary)\b)/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'a request to the makers of a tool',
    // "add failed logins reporting into cipp", "Add additional query filters for Sign-in Reports", "Add support to fetch user
    // consent settings", "A column for group owners", "Ability to filter guests out of report": a feature of a tool or a
    // report asked of its makers (a feature named with nothing after it, or a reading verb after "support to", reads no records).
    words: /^ (?:(?:please|pls|could you|can you|would you) )?(?:add|provide|expose|implement|introduce|build|create|include) (?:(?:an?|the|some|new|more|additional|another|extra|optional|better) )*(?:[a-z0-9-]+ ){0,2}(?:column|columns|filters?|reporting|feature|features|ability|option|options|support|fields?|tabs?|buttons?|alerts?|notifications?|toggle) (?:for|to|into|in|on|of|that|which|so|where|with)\b|^ (?:an?|the) (?:new |separate |extra |dedicated |optional )?(?:column|tab|button|option|filter|field|toggle|switch) (?:for|to|with|showing|that shows)\b|^ (?:the )?(?:ability|option|possibility) to\b/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'who may do what (permissions)',
    // "Who can access sign-in data?", "Who can modify the membership of groups assigned to roles?": who is permitted, which a
    // role's definition answers, not the tenant's records. "Who can access Salesforce" names the app and reads.
    // "Which roles can view assignments in PIM?": which roles permit it, likewise.
    words: /^ who (?:can|could|may|might|is allowed to|are allowed to|is able to|are able to|has (?:the )?(?:permissions?|rights?) to|have (?:the )?(?:permissions?|rights?) to|is permitted to|are permitted to) |^ (?:which|what) (?:\S+ )?(?:roles?|role types|admin roles|permissions) (?:can|could|may|might|is allowed to|are allowed to|is able to|are able to|allow (?:you|me|us|users|admins|someone) to|let (?:you|me|us|users|admins|someone)) /,
    unless: /@(?:user|group|app|pkg|catalog|guid|ip|code|it)\b|\b(?:me|myself|he|she|him|her|his)\b/,
  },
  {
    topic: 'who may do what (permissions)',
    // "What role do I need to enable Pass-through Authentication?": what a role allows, not who holds it.
    words: /^ (?:what|which) (?:\S+ )?(?:roles?|permissions?|rights|privileges?|access levels?) (?:do|does|would|will|should|must) (?:i|we|you|one|users?|a user|an? admin(?:istrator)?|admins|administrators|(?:my|our) \S+) (?:need|require|have to have)\b|\b(?:roles?|permissions?|rights|privileges?) (?:are |is )?(?:needed|required) (?:to|for) (?!@)/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'definitions and explanations',
    // "What are the types of sign-in logs?", "What are the Microsoft Entra activity log integration options?", "What is the
    // default view?": kinds, options and defaults of the product. "What types of changes were applied to users?" reads.
    words: /^ what (?:are|is|s) the (?:different |various |main |available |supported |possible |common )?(?:types|kinds|sorts|categories|classes) of\b|^ what (?:types|kinds|sorts|categories) of (?:\S+ ){1,4}(?:are there|exist|are available|are supported)\b|^ what (?:are|is|s) (?:the |my |our )?(?:\S+ ){0,6}?(?:options|alternatives|choices)(?: (?:for|to|available|there|i have|we have))?(?: \S+){0,8} $|^ what (?:is|are|s) the default\b/,
    unless: /@(?:user|group|app|pkg|catalog|guid|ip|code)\b|\b(?:me|myself|he|she|him|her|his)\b|\b(?:last|past|recent|recently|today|yesterday|since|were|was|have been|has been|made|applied|happened)\b/,
    anyone: true,
  },
  {
    topic: 'definitions and explanations',
    // "What do the logs show?", "What does the sign-in log capture?": what a log, report or column holds, not its rows.
    words: /^ what (?:do|does|will|can|should|would) (?:the |a |an |each |every )?(?:\S+ ){0,3}?(?:logs?|reports?|workbooks?|dashboards?|columns?|fields?|tabs?|views?|blades?|entries|records?|events?|scores?|charts?|properties|attributes|schemas?|tables?) (?:show|shows|contain|contains|capture|captures|record|records|include|includes|display|displays|tell|tells|say|says|track|tracks|cover|covers|mean|means|indicate|indicates|represent|represents)\b/,
    unless: /@(?:user|group|app|pkg|catalog|guid|ip|code|it)\b|\b(?:me|myself|he|she|him|her|his|for|about|since|during|today|yesterday|last|past)\b/,
  },
  {
    topic: 'documentation and help',
    // "Where can I get more diagnostic information after a sign-in failed?", "Where can I find a list of applications that are
    // pre-integrated…?": where to read about the product. "Where can I find all the deleted applications?" reads.
    words: /^ where (?:can|could|do|should|would|might|will) (?:i|we|you|one|admins?|administrators?) (?:find|get|see|look for|look up|obtain|read|learn|access) (?:more |additional |further |extra |detailed |some )?(?:information|info|documentation|docs|guidance|help|support|examples?|samples?|diagnostic|diagnostics|troubleshooting|answers|resources|training|tutorials?|(?:a|the) (?:community|forum|documentation|docs|release notes|roadmap)|a list of (?:\S+ ){0,2}?(?:supported|available|pre ?integrated|preintegrated|compatible|certified|gallery))\b/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'how the product behaves for an administrator',
    // "I can't update password of a user … Why is it happening?", "I am a Privileged Role Administrator, but I can't add or remove
    // members": the asker cannot make a change; why is a question about the product's permissions, not the tenant's records.
    words: /^ (?:(?:i|we) (?:am|are|m|re) (?:an? |the )?(?:\S+ ){1,5}?(?:but|and) )?(?:i|we) (?:cant|cannot|can not|am unable to|m unable to|are unable to|re unable to|unable to|am not able to|m not able to|couldnt|could not|was unable to|dont have (?:the )?(?:permission|rights?) to) (?:even )?(?:update|change|reset|delete|remove|add|create|modify|edit|assign|enable|disable|restore|save|set|configure|register|invite|install|uninstall|upgrade|activate|rename|move|join|unjoin|grant|revoke|approve|manage)\b/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'whether a setup is right (advice)',
    // "… Am I set up correctly to use Conditional Access?", "is our tenant configured properly for passkeys": advice on the
    // asker's configuration (a group or app named stays with the families).
    words: /^ (?:am i|are we|is (?:my|our|the) (?:tenant|setup|set up|configuration|environment|directory)|is (?:this|it|everything)) (?:\S+ )?(?:set up|setup|configured|licensed|done) (?:correctly|properly|right|ok|okay)\b/,
    unless: /@(?:group|app|pkg|catalog|guid|ip|code)\b/,
  },
  {
    topic: "the admin center's interface",
    // "I can't see the 'Microsoft Entra roles can be assigned to the group' switch": a control of the portal, not a record.
    words: /\b(?:cant|cannot|can not|unable to|dont|do not|doesnt|does not|couldnt) (?:see|find|locate|get to|access) (?:(?:the|a|an|any|this|that) )?(?:\S+ ){0,10}?(?:switch|toggle|option|button|setting|tab|menu|blade|page|link|checkbox|field|column|filter|tile|pane)\b/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'service limits, durations and licences',
    // "What is the price of Viva Goals?", "What's the pricing for Salesforce?": what a product costs, even when it names an
    // app of the tenant or a name read as a person's; no family reads prices.
    // Also what costs the most or least ("Which licenses are most expensive?", "the cheapest plan", "license costs by
    // department"; a cost center is a person's attribute).
    words: /\bpric(?:e|es|ed|ing)\b|\bhow much (?:does|do|would|will) (?:\S+ ){1,5}cost\b|\b(?:expensive|inexpensive|cheap|cheaper|cheapest|costly|costs)\b|\bcost (?:the )?(?:most|least|more|less)\b/,
  },
  {
    topic: "the admin center's interface",
    // "Where do I manage role assignments?", "where can I turn on self-service password reset": where in the portal a
    // setting is changed, not the tenant's records ("where can I find / see the deleted applications" reads).
    words: /^ where (?:do|can|could|should|would|might|will) (?:i|we|you|one|admins?|administrators?) (?:go (?:to )?)?(?:manage|configure|set up|setup|set|change|edit|modify|enable|disable|turn on|turn off|switch on|switch off|control|adjust|define|customi[sz]e|update|add|create|assign|remove|delete|block|allow)\b/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'advice on what to do',
    // "What should I check in the Activity Log to ensure all user creations were successful?", "What user details should I
    // record?", "what do we need to look for in the sign-in logs": what the asker ought to check or keep, which is advice, not
    // records ("what should I check for Karita" names a person and stays with the families); also after a clause of time or
    // condition ("Before I finish my shift, what should I check…").
    words: /^ (?:(?:before|after|when|once|while|whenever|as|if) (?:\S+ ){1,8}?)?what (?:\S+ ){0,3}?(?:should (?:i|we)|must (?:i|we)|ought (?:i|we) to|do (?:i|we) (?:need|have) to) (?:(?:always|first|also|still|then) )?(?:check|look at|look for|review|record|include|document|write down|note|keep|watch for|consider|verify|monitor|track|test)\b/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'advice on what to do',
    // "We received a security alert about suspicious login activity. How should I investigate?", "how do we handle this?": how to
    // go about it, asked on its own (a question with an object of the tenant, "how do I investigate Karita's sign-ins", reads).
    words: /^ how (?:should|do|would|can|could) (?:i|we) (?:best )?(?:investigate|respond|handle|proceed|approach|deal with|react|tackle|go about)(?: (?:this|it|that|them|these))?(?: (?:now|first|next|properly|correctly))? $/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'documentation and help',
    // "Entra ID Application Consent: What Identity Admins Need to Know", "What do I need to know about guest access?": a
    // briefing, which the documentation gives.
    words: /\bwhat (?:(?:\S+ ){0,2}?(?:admins?|administrators?|@role|you|we|i|everyone|users|teams?|owners|developers|it pros?) )?(?:need|needs|should) to know\b|\bwhat (?:do|does|should) (?:i|we|you|(?:\S+ )?admins?|administrators?) need to know\b/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'advice on how many there should be',
    // "How many Global Administrators should an organisation have?", "how many break-glass accounts ought we to keep": a
    // recommendation, not a count of the tenant's records ("how many global admins do we have" counts).
    words: /^ how (?:many|much) (?:\S+ ){1,6}?(?:should|ought)\b|^ how (?:many|much) (?:\S+ ){1,6}?(?:is|are) (?:recommended|advised|advisable|ideal|too many|too few|enough)\b/,
    unless: NAMED_OBJECT,
    anyone: true,
  },
  {
    topic: 'what the product requires',
    // "See Copilot requirements for my organization", "List the prerequisites for Entra Connect cloud sync": what a feature
    // needs, which the documentation answers, even after a verb of reading and with a product's name read as a person's
    // ("Entra Connect").
    words: /\b(?:requirements|prerequisites|pre-requisites|prereqs)\b/,
    // Who or which sign-ins meet (or fail) a sign-in's requirements are records ("users who don't meet the MFA requirements").
    unless: new RegExp(`${NAMED_OBJECT.source}|\\b(?:meet|meets|met|meeting|satisf(?:y|ies|ied|ying)|fail|fails|failed|failing|compl(?:y|ies|ied|ying|iant)|not)\\b(?: \\S+){0,3} requirements\\b|\\b(?:mfa|multi ?factor|authentication|sign ?in|signin|password|registration) requirements\\b`),
    anyone: true,
  },
  {
    topic: 'definitions and explanations',
    // "Tell me about Microsoft Business Premium", "Describe Microsoft Entra Suite": a Microsoft product asked about, by its
    // brand, with nothing of the tenant named ("Tell me about Microsoft Teams" names the tenant's app) and none of the
    // records the families read.
    words: /^ (?:(?:can|could|would) you )?(?:please )?(?:tell (?:me|us) (?:more )?about|describe|give (?:me|us) an overview of|what (?:is|are|s)) (?:the )?(?:microsoft|azure|entra|office|windows|defender|intune|purview|sentinel|copilot|viva|dynamics|power bi|power apps|power automate)\b(?: \S+){0,4} $/,
    unless: /@(?:user|group|app|pkg|catalog|guid|ip|code)\b|\b(?:me|myself|he|she|him|her|his)\b(?! about\b)|\b(?:users?|groups?|apps?|applications?|sign ?ins?|signins?|logins?|logs?|events?|changes?|failures?|risks?|risky|polic(?:y|ies)|licen[cs]es?|roles?|admins?|accounts?|members?|owners?|guests?|permissions?|devices?|audit|tenant|id|domains?|registrations?|registered|usage|adoption|methods?|mfa|activity|assignments?|consents?|secrets?|certificates?|credentials?)\b/,
    anyone: true,
  },
];
