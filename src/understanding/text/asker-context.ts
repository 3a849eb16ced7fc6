/**
 * A sentence about the asker or their team before the question ("I'm new to this. …", "I am the helpdesk admin
 * here. …", "We are reviewing our tenant. …", "Our team is small. …"): it says who asks and why, not what is asked.
 * Left in, its "I" read as the person the records are of ("I'm new to this. Show me recently deleted users" was the
 * asker's own deletions), its "tenant" as the tenant's details and its other words as the question's. Asked with such a sentence before
 * them, 171–469 of the tune part's 1,744 understood questions changed their reading. How urgent the question is, said
 * before it ("It is urgent. …", "This is important: …"), is no part of it either (its "It" was the IT department).
 *
 * This file only finds the candidate by its form; `understand.ts` drops it when the sentence, read on its own, names
 * nothing of the tenant but a role or a department the asker is in (no person, group, app, place, time or number: "We had
 * an incident last Tuesday. Show failed sign-ins" keeps its Tuesday) and no topic Entra Ask does not read ("We use
 * Intune. …").
 *
 * Not a statement about the asker: a need, a wish, a plan or a request ("We need to offboard Karita.", "I'd like…", "I'm
 * looking for…", `change-request.ts` and `wish-phrases.ts` read those), trouble ("I can't sign in.", "I'm locked out."),
 * a change made ("I deleted a group."), nor a sentence naming records a later pronoun may point at ("We have many guest
 * users. List them."). Pure; anchored patterns, no backtracking over the question.
 */

/** A sentence said by the asker or their team (or how urgent the question is: "It's urgent."), without its full stop. */
const SAID = "(?:i|we|i'm|im|we're|i've|we've|my (?:team|company|org|organi[sz]ation|department)|our (?:team|company|org|organi[sz]ation|department|it team|security team|helpdesk|service desk))(?:\\s[^.!?:,]{1,120})?|(?:it|this)(?:'s| is) (?:(?:very|really|quite|rather|pretty|super|extremely|kind of|a bit) )?(?:urgent|important|critical|time[- ]sensitive|pressing|a priority|high priority|an emergency)(?: (?:for (?:me|us)|here|today|now))?";

/**
 * The first sentence and the question after it: after a full stop, an exclamation or a colon, or after a comma when the
 * question opens with a verb of reading or a question word ("I'm new to this, show me …").
 */
const STATEMENT = new RegExp(`^(${SAID})(?:[.!:]+\\s+(?=\\S)|,\\s+(?=(?:show|list|get|find|see|view|give|tell|provide|pull|retrieve|display|export|check|identify|query|fetch|enumerate|count|summari[sz]e|look up|lookup|determine|obtain|extract|audit|track|monitor|search|report|which|what|who|whom|whose|when|where|why|how|can|could|please|are|is|do|does|did|has|have|was|were|any)\\b))`, 'i');

/** The last sentence alone, after the question ("Show me recently deleted users. I'm new to this."). */
const LAST_STATEMENT = new RegExp(`^(${SAID})[.!]*\\s*$`, 'i');

/** Words that make the sentence more than context: a need, a plan, a request, trouble, a change, records. */
const NOT_CONTEXT = /\b(?:need|needs|needed|want|wants|wanted|would|i'd|we'd|like|love|plan|plans|planning|going|gonna|have to|has to|had to|must|should|shall|will|i'll|we'll|looking|trying|try|tried|searching|wondering|wonder|curious|interested|asked|tasked|told|hope|hoping|can'?t|cannot|cant|couldn'?t|could|unable|not|don'?t|doesn'?t|didn'?t|never|locked|blocked|fail\w*|error\w*|denied|lost|forgot\w*|broke\w*|issues?|problems?|stuck|sign\w*|log(?:ged|ging)?|login\w*|logon\w*|password\w*|mfa|2fa|access\w*|enabl\w*|disabl\w*|delet\w*|remov\w*|creat\w*|add\w*|chang\w*|reset\w*|assign\w*|invit\w*|users?|guests?|members?|groups?|apps?|applications?|accounts?|polic(?:y|ies)|devices?|licen[cs]es?|owners?|people|employees?|staff|contractors?|vendors?|they|them|their|these|those|he|she|him|her|his|it|its|who|what|which|when|where|why|how)\b/i;

/**
 * The candidate asker's sentences and the question around each: the first sentence (before the question), then the last
 * (after it); none when the message has neither.
 */
export function askerContexts(text: string): { statement: string; rest: string }[] {
  const out: { statement: string; rest: string }[] = [];
  const m = STATEMENT.exec(text);
  if (m !== null && isContext(m[1]!) && text.slice(m[0].length).trim() !== '') out.push({ statement: m[1]!, rest: text.slice(m[0].length).trim() });
  // The last sentence: after the last full stop, question or exclamation mark that a space follows.
  let cut = -1;
  for (const b of text.matchAll(/[.?!]\s+(?=\S)/g)) cut = b.index + b[0].length;
  const last = cut < 0 ? null : LAST_STATEMENT.exec(text.slice(cut));
  if (last !== null && isContext(last[1]!)) out.push({ statement: last[1]!, rest: text.slice(0, cut).trim() });
  return out;
}

/** Said by the asker and nothing more than context. "IT" in capitals is the department ("I work in IT."), not a pronoun. */
function isContext(statement: string): boolean {
  return !NOT_CONTEXT.test(statement.replace(/^\S+\s*/, '').replace(/\bIT\b/g, 'department'));
}
