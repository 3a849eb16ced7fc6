import type { Analysis } from '../analysis/analyse';
import type { ConversationContext } from '../conversation';
import type { IntentName, Slots } from '../intent';

/** Words an elliptical follow-up is made of ("what about last month?", "and for Alain?"). */
const FILLER: ReadonlySet<string> = new Set([
  'what', 'about', 'and', 'how', 'for', 'same', 'then', 'also', 'again', 'instead', 'too', 'as', 'well',
  'now', 'ok', 'okay', 'but', 'with', 'in', 'on', 'over', 'during', 'do', 'that', 'this', 'please',
  'only', 'just', 'the', 'thing', 'one', 'ones', 'show', 'me', 'there', 'any', 'of', 'period', 'window',
  'so', 'by', 'from', 'at', 'try', 'check', 'let', 'see', 'look', 'those', 'these', 'is', 'are', 'was',
  'were', 'same', 'question', 'case', 'if', 'we', 'i', 'you', 'can', 'could', 'say', 'instead', 'all',
]);

/** Filter words a follow-up may narrow the last answer with ("only the failed ones"). */
const FILTERS: ReadonlySet<string> = new Set([
  'failed', 'failure', 'failures', 'successful', 'success', 'interrupted', 'high', 'medium', 'low',
  'risk', 'risky', 'guest', 'guests', 'blocked', 'top', 'first', 'last', 'latest', 'recent', 'more',
  'expired', 'disabled', 'external', 'members', 'country', 'countries', 'app', 'apps', 'application',
  'day', 'hour', 'user', 'result', 'error', 'code', 'location', 'hourly', 'daily',
]);

const MARKERS: readonly string[] = ['and', 'what about', 'how about', 'also', 'same for', 'same', 'then', 'now', 'ok', 'okay', 'but'];

/** Whether the question starts like a follow-up ("and ...", "what about ..."). */
export function startsAsFollowUp(a: Analysis): boolean {
  const start = a.words.slice(0, 2).join(' ');
  return MARKERS.some((m) => start === m || start.startsWith(`${m} `));
}

/**
 * An elliptical follow-up has no words of its own beyond names, times and filters: it repeats
 * the last intent with what changed. Returns the last intent and the slots to start from.
 */
export function ellipticalFollowUp(a: Analysis, context: ConversationContext): { intent: IntentName; base: Slots } | undefined {
  const last = context.lastIntent;
  if (last === undefined || last === 'help' || last === 'unknown' || last === 'kql.run' || last === 'graph.get') return undefined;
  if (a.stream.length === 0) return undefined;
  let carries = false;
  for (const w of a.stream) {
    if (w.startsWith('@')) { if (w !== '@it') carries = true; continue; }
    if (FILTERS.has(w)) { carries = true; continue; }
    if (!FILLER.has(w)) return undefined;
  }
  if (!carries) return undefined;
  const base: Slots = context.lastSlots ?? (context.window !== undefined ? { window: context.window } : {});
  return { intent: last, base };
}
