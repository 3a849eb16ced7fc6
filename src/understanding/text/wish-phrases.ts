import type { Token } from './tokenize';
import { joinedWords } from './tokenize';

/**
 * A request stated as a wish or a need rather than a command (people's own wording in issues and
 * forums): "I would like to see the enrolled methods users have", "it would be nice if we could view
 * the MFA options registered", "we need a reliable way to identify users who still use SMS", "would
 * like to have a feature where you can pull the global admins", "can we have a table that lists the
 * users…", "what if I want to query all the users that never signed in", "which endpoint do I need to
 * hit to receive a list of users…", "my question is: how do I find…". The wish is the reading verb
 * "show" (also in the past: "I wanted to get an output of my CA policies", "we needed to see…"); the words that state it (and the "I" or "we" in them, which is the asker wanting, not the
 * asker as the subject of the question) are not part of the question.
 *
 * Matched on the tokens' normalised words (punctuation already gone, "I'd" is `i would`'s `i`).
 */

/** Verbs of reading the wish leads to. */
const VERB = '(?:see|view|get|find|identify|list|pull|know|check|track|retrieve|rec(?:ei|ie)ve|show|report|query|export|monitor|review|grab|fetch|obtain|display|look up|lookup|tell|download)';
const WHO = '(?:i|we|you|admins?|administrators?|organi[sz]ations?|companies|customers|it admins?|msps?)';
const ADVERBS = '(?:(?:also|just|only|really|easily|easly|quickly|simply|basically|mainly|this way|then|still|now|always|somehow|actually|automatically|programmatically|regularly) )*';
/** "I'd like to understand how to find…", "we want to know how we can get…": the how-to after the wish is still the request. */
const HOW = '(?:(?:understand|know|learn|figure out|find out) how (?:to |i can |we can |i could |we could )?)?';
const ABLE = '(?:(?:to )?be able to )?';
const WAY = '(?:an? (?:simple |simpler |easy |easier |reliable |quick |quicker |good |better |clean |single |clear |proper |central )?(?:way|method|option|report|tool|overview|view|place|feature) (?:to|where|that|which|so)(?: (?:you|we|i|one))?(?: (?:can|could))? )?';

const WISHES: readonly RegExp[] = [
  // "I would like to see", "we'd like to be able to view", "I want to know", "need to get", "I would need a simple way to identify"
  // (the one who wishes is named, or the wish opens the message: "which users need to get a licence" is not a wish; nor is
  // the question "how many licences do I need to monitor…", whose subject follows its auxiliary)
  // ("What identity admins need to know about consent" is a briefing's title: what they need to know, not a wish to know it)
  new RegExp(`(?:^(?:(?:however|but|so|and|also|then|now|still) )*|(?:^| )(?<!(?:^| )(?:do|does|did|would|should|could|can|will|must|shall|may|might|dont|doesnt|didnt|wouldnt|shouldnt|cant|wont) )(?<!(?:^| )what(?: [a-z]+){0,2} )${WHO} )(?:would |will |do |really |also |just |only |simply |still |now |may |might )*(?:like|love|want|wants|wanted|need|needs|needed|wish|wishes|wished) (?:to )?${ABLE}(?:have |get )?${WAY}${HOW}${ADVERBS}(${VERB})(?= |$)`, 'g'),
  // "I am looking for a solution to automatically download MFA settings", "we are looking for a way to get…"
  new RegExp(`(?:^| )(?:i am|im|we are|were|i was|we were) (?:currently )?(?:looking|searching) for (?:an? |some )?(?:(?:simple|easy|good|better|reliable|quick) )?(?:solution|way|script|method|tool|option|query|report|command|cmdlet|approach) (?:to|that|which|where) (?:(?:i|we|you) )?(?:(?:can|could|will|would) )?${ABLE}${ADVERBS}(${VERB})(?= |$)`, 'g'),
  // "it would be nice if we could view", "it would be great to see", "it would be nice you can this way easly see"
  new RegExp(`(?:^| )(?:it |that |this )?(?:would|will|could|might) be (?:very |really |so |super )?(?:nice|great|good|helpful|useful|ideal|handy|awesome|cool|better|easier|beneficial|convenient|valuable) (?:(?:if|to|that|when) )?(?:${WHO} )?(?:(?:could|can|were able to|are able to|would be able to|would|will|had|have) )?${ABLE}${WAY}${ADVERBS}(${VERB})(?= |$)`, 'g'),
  // "it would help to see the guests", "it would really help us if we could list…"
  new RegExp(`(?:^| )(?:it |that |this )?(?:would|will|could|might) (?:really |greatly |definitely |also )?help (?:(?:me|us|a lot|greatly|immensely) )*(?:(?:if|to) )?(?:${WHO} )?(?:(?:could|can|were able to|are able to|would be able to|would|will|had|have) )?${ABLE}${WAY}${ADVERBS}(${VERB})(?= |$)`, 'g'),
  // "it is important to see the guests", "it's urgent for us to find…": a need stated of the task
  new RegExp(`(?:^| )(?:it|this|that) is (?:very |really |quite |extremely |super )?(?:important|necessary|essential|crucial|critical|urgent|vital) (?:for (?:me|us|our team) )?to ${ABLE}${ADVERBS}(${VERB})(?= |$)`, 'g'),
  // "would like to have a feature where you can pull", "like to have an option to see"
  new RegExp(`(?:^| )(?:${WHO} )?(?:would )?(?:like|love|want|need) to have ${WAY}${ADVERBS}(${VERB})(?= |$)`, 'g'),
  // "can we have a table that lists", "could we get a report which shows"
  new RegExp(`(?:^| )(?:can|could|may) (?:we|i|you) (?:have|get|see) an? (?:table|list|report|view|overview|page|column|export|dashboard) (?:that|which|to) (lists|list|shows|show|displays|display|includes|include)(?= |$)`, 'g'),
  // "what if I want to query", "what if we need to list"
  new RegExp(`(?:^| )what if (?:i|we) (?:want|need|would like|wanted|needed) to ${ADVERBS}(${VERB}|query)(?= |$)`, 'g'),
  // "which endpoint do I need to hit in order to receive", "what cmdlet should I use to get", "which API do we call to list"
  new RegExp(`(?:^| )(?:which|what) (?:endpoint|endpoints|api|apis|query|queries|call|calls|cmdlet|cmdlets|command|commands|url|request|method|property|filter|permission|script) (?:do|should|can|would|must|could) (?:i|we|you|one) (?:need to |have to )?(?:use|call|hit|run|query|send|make|write) (?:in order )?to (${VERB})(?= |$)`, 'g'),
];

/**
 * Openings the classifier learnt as they are (`training/generate.ts`'s wrappers): left to it, so that training reads its
 * paraphrases as before.
 */
const TRAINED = /^(?:i need to know|i need to get|i want to know|i would like to see|need to query)(?= |$)/;

/** "my question is", "the question is": a frame, not part of the question. */
const FRAME = /(?:^| )(?:my|our|the) (?:question|ask|request|query) (?:is|was|would be)(?= |$)/g;

/** Words that open a subordinate clause (reason, time, condition), not a constraint of the question. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'when', 'whenever', 'while', 'whilst', 'since', 'because', 'if', 'although', 'though', 'once', 'given']);

/** "so we can …", "so that I could …" after a request: its purpose. */
const PURPOSE = / so (?:that )?(?:we|i|you|they|it|admins?|one) (?:can|could|may|might|will|would|are able to|can then)(?= )/;

/**
 * Verbs of reading that are commands as they are ("list", "get", "find"); the others of VERB become "show", and so does
 * "query", which says how a person reads with a tool ("I needed to query via Graph"), not what the bot should do.
 */
const COMMANDS: ReadonlySet<string> = new Set(['list', 'get', 'find', 'retrieve', 'pull', 'export', 'check', 'identify', 'fetch', 'display', 'view', 'show', 'review', 'monitor', 'track', 'obtain']);

/** A cheap test before matching: the words every wish has. */
const CUES: ReadonlySet<string> = new Set(['like', 'love', 'want', 'wants', 'wanted', 'need', 'needs', 'needed', 'wish', 'wishes', 'wished', 'nice', 'great', 'good', 'helpful', 'useful', 'ideal', 'handy', 'awesome', 'cool', 'better', 'easier', 'beneficial', 'convenient', 'valuable', 'have', 'if', 'endpoint', 'endpoints', 'api', 'apis', 'cmdlet', 'cmdlets', 'command', 'commands', 'question', 'so', 'looking', 'searching', 'help', 'important', 'necessary', 'essential', 'crucial', 'critical', 'urgent', 'vital']);

/** The tokens with the wishes dropped and one token `show` (its text the verb as typed) put first; frames dropped. Pure. */
export function replaceWishPhrases(tokens: readonly Token[]): Token[] {
  if (!tokens.some((t) => CUES.has(t.norm))) return [...tokens];
  const { flat, startOf } = joinedWords(tokens);
  // Per token: dropped, replaced by `show`, or kept.
  const fate: ('keep' | 'drop' | 'show')[] = tokens.map(() => 'keep');
  const indexAt = (offset: number): number => startOf.findIndex((s) => s === offset);
  const mark = (from: number, to: number, verbFrom: number | undefined): void => {
    const first = indexAt(from);
    if (first < 0 || fate[first] !== 'keep') return;
    let last = first;
    while (last + 1 < tokens.length && startOf[last + 1]! < to) last += 1;
    for (let i = first; i <= last; i += 1) fate[i] = 'drop';
    const verb = verbFrom === undefined ? -1 : indexAt(verbFrom);
    if (verb >= first && verb <= last) fate[verb] = 'show';
  };
  for (const re of WISHES) {
    for (const m of flat.matchAll(re)) {
      const from = (m.index ?? 0) + (m[0].startsWith(' ') ? 1 : 0);
      if (from === 0 && TRAINED.test(m[0].trim())) continue;
      const verbAt = (m.index ?? 0) + m[0].lastIndexOf(m[1]!);
      mark(from, (m.index ?? 0) + m[0].length, verbAt);
    }
  }
  // The purpose said after the request ("…how many of our guests are stale, so we can plan the impact of deleting them"):
  // why it is asked, not what.
  const purpose = PURPOSE.exec(flat);
  if (purpose !== null && (purpose.index ?? 0) > 0) {
    const from = indexAt(purpose.index + 1);
    if (from > 0) for (let i = from; i < tokens.length; i += 1) fate[i] = 'drop';
  }
  for (const m of flat.matchAll(FRAME)) mark((m.index ?? 0) + (m[0].startsWith(' ') ? 1 : 0), (m.index ?? 0) + m[0].length, undefined);
  if (fate.every((f) => f === 'keep')) return [...tokens];
  // The request opens the question, whatever set the scene before it ("Within the MFA report, I would like to see…"
  // is "show, within the MFA report, …"): the wish is what is asked, the words before it say where or why.
  // A subordinate clause before it says why or when ("As Microsoft phases out SMS, organizations need a reliable way to
  // identify…", "If this is by design, which endpoint do I need to hit to receive…"): it follows what is asked, whose
  // object then comes right after the request; its words may still hold a constraint ("SMS").
  const wishAt = fate.findIndex((f) => f !== 'keep');
  const before = wishAt > 0 && SUBORDINATORS.has(tokens[0]!.norm) ? tokens.slice(0, wishAt).filter((_, i) => fate[i] === 'keep') : [];
  // A verb that is itself a command keeps its word ("we need to list user count per department" reads as "list user count
  // per department"); "see", "know", "tell" become "show".
  const shown = tokens.filter((_, i) => fate[i] === 'show').map((t): Token => ({ ...t, norm: COMMANDS.has(t.norm) ? t.norm : 'show', kind: 'word' }));
  const kept = tokens.filter((_, i) => fate[i] === 'keep' && !(before.length > 0 && i < wishAt));
  return [...shown.slice(0, 1), ...kept, ...before];
}
