import type { Token } from './tokenize';
import { joinedWords } from './tokenize';

/**
 * Where or with what tool the person would look ("in the Microsoft Entra admin center", "using
 * PowerShell", "from the Azure portal"): not part of the question. Left in, "admin" and "Entra"
 * pull the question towards other intents ("which users have registered for MFA in the
 * Microsoft Entra admin center" read as admins without MFA).
 */
const TOOL_PHRASE = /(?:^| )(?:in|on|from|using|with|via|through|inside) (?:the )?(?:(?:microsoft|ms|entra|azure|ad|aad|id|m365|365|office|o365|graph) )*(?:admin |administration |management )?(?:center|centre|portal|console|blade|dashboard|powershell|cli)(?= |$)/g;

/** Where the logs are kept ("from the ADX Long Term Archive store", "in our Log Analytics workspace"): also not part of the question. */
const STORE_PHRASE = /(?:^| )(?:in|on|from|using|with|via|through|inside) (?:the |my |our )?(?:(?:microsoft|ms|azure|adx|sentinel|log|logs|analytics|data|explorer|kusto|long|term|archive|entra|lake) )+(?:store|workspace|archive|cluster|database|lake)(?= |$)/g;

/**
 * Where the objects are, by the product's name ("risky users in Microsoft Entra", "in Entra ID",
 * "across Microsoft 365", "with Graph"): the whole tenant, which every question is about. Left in,
 * "ID" reads as an object id and "365" as a count. Not when the name qualifies what follows
 * ("Microsoft 365 groups", "Entra ID P2").
 */
const PRODUCT_PHRASE = /(?:^| )(?:in|on|from|within|across|inside|for|of) (?:the |my |our |your )?(?:microsoft (?:entra(?: id)?|365)|entra(?: id)?|azure(?: ad| active directory)?|aad|azuread|m365|office 365|o365)(?: tenant| directory| environment| organi[sz]ation| org)?(?=(?: (?:with|using|via|and|in|for|from|during|over|since|between|last|past|this|today|yesterday|please|now|right))? ?$|(?: (?:with|using|via|and|in|for|from|during|over|since|between|last|past|this|today|yesterday|please|now|right)) )/g;
/** The assistant's own plug-in ("based on Entra plug-in", "using the Entra plugin"): how, not what. */
const PLUGIN_PHRASE = /(?:^| )(?:based on|using|with|via|from|through|in) (?:the |my |our )?(?:(?:microsoft|ms|entra|id|security|copilot|sentinel|defender|graph) )*plug ?-?ins?(?= |$)/g;
// "apps whose name starts with 'Graph'": a value the name is matched against, not the tool.
const GRAPH_PHRASE = /(?<!(?:starts?|starting|begins?|beginning|ends?|ending|contains?|containing))(?:^| )(?:with|using|via|through|from|in) (?:the )?(?:microsoft )?graph(?: api| explorer| powershell| sdk)?(?= |$)/g;

/**
 * Microsoft Graph's query options as the means ("Use $filter and $top to get…", "Use OData cast and $search to get…", "use
 * the microsoft.graph.group OData cast to get…"; the "$" and dots are gone by now): how to ask, not what is asked.
 */
const QUERY_OPTION_PHRASE = /(?:^| )use (?:the )?(?:(?:filter|search|top|select|count|orderby|expand|skip|odata|cast|and|query|parameters?|options?|operators?|microsoft|graph|group|user|application|serviceprincipal|directoryrole) ){1,7}to(?= )/g;

/**
 * A tool named as the means ("Is there a way to use PowerShell to list…", "use the Graph API to get…", "use Azure CLI to find…"):
 * how to ask, not what is asked.
 */
const USE_TOOL_PHRASE = /(?:^| )(?:use|using) (?:the |a )?(?:microsoft )?(?:powershell|graph(?: api| explorer| powershell| sdk)?|az(?:ure)? cli|cli|kql|api|script|cmdlets?|sdk)(?: (?:module|sdk|cmdlets?|commands?))? to(?= )/g;

/**
 * The means the asker has at hand ("… for a specific user using this url", "Access PIM activity via API,PWSH", "… using the
 * client library"; issue trackers of Entra tools): how they ask, not what. Left in, "url" read as the person's name and "PWSH"
 * as a constraint left out. Not "with the code 50126", whose code is the sign-in's.
 */
const MEANS_PHRASE = /(?:^| )(?:using|via|with|through|from) (?:this|that|the|a|my|our) (?:url|link|script|query|snippet|client library|library)(?= |$)|(?:^| )(?:via|using|through) (?:the )?(?:apis?|pwsh|powershell)(?: (?:and |or )?(?:apis?|pwsh|powershell))*(?= |$)/g;

/**
 * Where the person says the data is ("this information should be found in Defender", "the table to
 * use is AADSignInEventsBeta", "in the SigninLogs table"): a hint for a human analyst, not the question.
 */
const SOURCE_PHRASE = /(?:^| )(?:this |the |that )?(?:information|data|info) (?:should|shuld|shoud|sould|shold|would|could|can|will|may|might|is|are) (?:be )?(?:found |stored |kept |available )?(?:in|on|from|under) (?:the )?\S+(?: (?:table|tables|portal|logs))?(?= |$)|(?:^| )the tables? to use (?:is|are) \S+(?: table)?(?= |$)|(?:^| )(?:in|from|using|with|via) (?:the )?(?:aadsignineventsbeta|signinlogs|auditlogs|identityinfo|identitylogonevents|aadnoninteractiveusersigninlogs|aaduserriskevents|aadriskyusers|aadserviceprincipalsigninlogs|microsoftgraphactivitylogs|\S+ table)(?: table)?(?= |$)/g;

/**
 * The tenant as the whole scope at the end of the question ("List the guests for our organization", "Get all PIM activities
 * for my tenant"; issue-16y): every question is about it. Left in, "for our organization" pulled towards the tenant's
 * details, or made the words before it a person's ("Who is Megan Bowen for our organization?" as her reports). Not after one
 * of the tenant's own properties, whose object the tenant is ("the technical contact for my tenant", "the tenant ID for our
 * organization"). "In my tenant", "across our environment" at the end too (issue 16, ninth session: appended to the tune
 * part's understood questions they changed 103 and 42 readings, now 4 and 3), but not after the state of a setting asked
 * yes or no, whose scope it is ("Is the Authenticator app enabled in our tenant?"; "What CA policies are enabled in my
 * tenant?" asks for records).
 */
const TENANT_SCOPE_PHRASE = /(?:^| )(?:for|in|within|across|throughout|inside) (?:the (?=whole|entire))?(?:(?:my|our|your|this|whole|entire) )+(?:tenant|directory|organi[sz]ation|org|environment|company)(?=\s*$)/g;

/** The tenant's own properties, which make it the object of "for my tenant" ("the technical contact for my tenant"). */
const TENANT_PROPERTY = /^(?:contacts?|details|id|ids|name|names|domains?|settings?|region|location|address|phone|number|numbers|info|information|properties|branding|configuration|subscriptions?|type|country|quotas?|policy|language)$/;

/** Words before a property that make it another object's ("user details by ID", "their secret details", "application properties"). */
const OTHER_OWNER = /^(?:users?|accounts?|apps?|applications?|groups?|secrets?|certificates?|signins?|logins?|roles?|devices?|principals?|packages?|by|using|with|their|his|her|its|whose)$/;

/** The state of a setting ("enabled in our tenant"). */
const SETTING_STATE = /^(?:enabled|disabled|allowed|blocked|configured|on|off|supported|available|deployed|installed|active|enforced|required|up|out)$/;

/** A yes/no question's opening. */
const YES_NO = /^(?:is|are|was|were|does|do|did|has|have|can)$/;

/**
 * "for our organization" at the end is the scope unless it follows one of the tenant's own properties, or the state of a
 * setting asked yes or no.
 */
function isTenantScope(flat: string, at: number): boolean {
  const before = flat.slice(0, at).trim().split(' ');
  const last = before[before.length - 1] ?? '';
  if (SETTING_STATE.test(last) && YES_NO.test(before[0] ?? '')) return false;
  return !TENANT_PROPERTY.test(last) || before.slice(-4, -1).some((w) => OTHER_OWNER.test(w));
}

/** The last word of every tool phrase, or a product's name: without one, there is nothing to drop. */
const TOOL_WORDS: ReadonlySet<string> = new Set([
  'center', 'centre', 'portal', 'console', 'blade', 'dashboard', 'powershell', 'cli', 'store', 'workspace', 'archive', 'cluster', 'database', 'lake',
  'entra', 'azure', 'aad', 'azuread', 'm365', 'o365', '365', 'graph', 'plugin', 'plugins', 'plug', 'found', 'table', 'tables', 'stored', 'kept', 'use',
  'tenant', 'directory', 'organization', 'organisation', 'org', 'environment', 'company',
  'url', 'link', 'script', 'query', 'snippet', 'library', 'api', 'apis', 'pwsh',
]);

/** The tokens without tool phrases. Pure. */
export function dropToolPhrases(tokens: readonly Token[]): Token[] {
  if (!tokens.some((t) => TOOL_WORDS.has(t.norm))) return [...tokens];
  const { flat, startOf } = joinedWords(tokens, true);
  const drop = new Set<number>();
  for (const m of [...flat.matchAll(TOOL_PHRASE), ...flat.matchAll(STORE_PHRASE), ...flat.matchAll(SOURCE_PHRASE), ...flat.matchAll(PRODUCT_PHRASE), ...flat.matchAll(GRAPH_PHRASE), ...flat.matchAll(PLUGIN_PHRASE), ...flat.matchAll(QUERY_OPTION_PHRASE), ...flat.matchAll(USE_TOOL_PHRASE), ...flat.matchAll(MEANS_PHRASE), ...[...flat.matchAll(TENANT_SCOPE_PHRASE)].filter((m) => isTenantScope(flat, m.index ?? 0))]) {
    const from = (m.index ?? 0) + (m[0].startsWith(' ') ? 1 : 0);
    const to = (m.index ?? 0) + m[0].length;
    tokens.forEach((_, i) => { if (startOf[i]! >= from && startOf[i]! < to) drop.add(i); });
  }
  return drop.size === 0 ? [...tokens] : tokens.filter((_, i) => !drop.has(i));
}
