import type { Analysis } from '../analysis/analyse';
import type { ConversationContext } from '../conversation';
import type { IntentName, SlotName, Slots } from '../intent';
import { SCHEMAS } from '../../families/registry';

/** Words an elliptical follow-up is made of ("what about last month?", "and for Alain?"). */
const FILLER: ReadonlySet<string> = new Set([
  'what', 'about', 'and', 'how', 'for', 'same', 'then', 'also', 'again', 'instead', 'too', 'as', 'well',
  'now', 'ok', 'okay', 'but', 'with', 'in', 'on', 'over', 'during', 'do', 'that', 'this', 'please',
  'only', 'just', 'the', 'thing', 'one', 'ones', 'show', 'me', 'there', 'any', 'of', 'period', 'window',
  'so', 'by', 'from', 'at', 'try', 'check', 'let', 'see', 'look', 'those', 'these', 'is', 'are', 'was',
  'were', 'same', 'question', 'case', 'if', 'we', 'i', 'you', 'can', 'could', 'say', 'instead', 'all',
]);

/** Filter words a follow-up may narrow the last answer with ("only the failed ones"), and the slot each sets. */
const FILTERS: Readonly<Record<string, readonly SlotName[]>> = {
  failed: ['status', 'errorCode'], failure: ['status', 'errorCode'], failures: ['status', 'errorCode'],
  successful: ['status'], success: ['status'], interrupted: ['status'], blocked: ['status', 'errorCode'],
  high: ['riskLevel'], medium: ['riskLevel'], low: ['riskLevel'], risk: ['riskLevel'], risky: ['riskLevel'],
  guest: ['userType'], guests: ['userType'], external: ['userType'], members: ['userType'],
  top: ['top'], first: ['top'], last: ['top'], latest: ['top'], recent: ['top'], more: ['top'],
  expired: ['state'], disabled: ['accountEnabled'],
  country: ['groupBy'], countries: ['groupBy'], app: ['groupBy'], apps: ['groupBy'], application: ['groupBy'],
  day: ['groupBy'], hour: ['groupBy'], user: ['groupBy'], result: ['groupBy'], error: ['groupBy', 'errorCode'],
  code: ['groupBy', 'errorCode'], location: ['groupBy'], hourly: ['groupBy'], daily: ['groupBy'],
};

/** The slot a placeholder fills. */
const PLACEHOLDER_SLOTS: Readonly<Record<string, readonly SlotName[]>> = {
  '@user': ['user'], '@group': ['group', 'groups'], '@app': ['app', 'apps'], '@role': ['role'],
  '@pkg': ['accessPackage'], '@catalog': ['catalog'], '@dept': ['department'], '@place': ['country', 'city'],
  '@time': ['window', 'createdWithin'], '@range': ['window', 'createdWithin'], '@date': ['window', 'date'],
  '@num': ['top'], '@code': ['errorCode'], '@ip': ['ip'], '@guid': ['app', 'user'],
  '@name': ['user', 'group', 'app', 'accessPackage', 'catalog', 'role', 'department'],
};

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
  const accepts = SCHEMAS[last].accepts;
  const fits = (slots: readonly SlotName[] | undefined): boolean => slots !== undefined && slots.some((x) => accepts.includes(x));
  let carries = false;
  for (const w of a.stream) {
    if (w === '@it') continue;
    if (w.startsWith('@') || FILTERS[w] !== undefined) {
      if (!fits(PLACEHOLDER_SLOTS[w] ?? FILTERS[w])) return undefined;
      carries = true;
      continue;
    }
    if (!FILLER.has(w)) return undefined;
  }
  if (!carries) return undefined;
  const base: Slots = context.lastSlots ?? (context.window !== undefined ? { window: context.window } : {});
  return { intent: last, base };
}
