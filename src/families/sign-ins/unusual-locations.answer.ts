import type { Answer, Cell } from '../../answers/answer';
import { kqlResult, type AnswerInput } from '../../answers/answer-input';
import { emptyAnswer, firstName, followUp, followUpFields, inWindow, tableAnswer } from '../../answers/answer-kit';
import { formatDateTime, plural } from '../../answers/format';
import { countryName } from '../../planning/countries';
import { UNUSUAL_DEFAULT_WINDOW, UNUSUAL_ROW_LIMIT, unusualWindows } from './unusual-locations.plan';

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** make_set arrives as a JSON array (or its text); shown comma-separated. */
function list(value: unknown): string | null {
  const v = typeof value === 'string' && value.startsWith('[') ? (JSON.parse(value) as unknown) : value;
  const items = Array.isArray(v) ? v.map(String).filter((x) => x !== '') : [];
  return items.length > 0 ? items.join(', ') : null;
}

/**
 * signIns.unusualLocations: countries each person signed in from in the window but never in the
 * baseline, newest first, with how many of those sign-ins failed. The card says what the
 * baseline was and how much history it held, since a short history makes everything look new.
 */
export function answerUnusualLocations(input: AnswerInput): Answer {
  const res = kqlResult(input, 'unusual');
  const base = kqlResult(input, 'baseline').rows[0] ?? [];
  const { window, baseline } = unusualWindows(input);
  const user = input.resolved.user;
  const during = inWindow(input.intent.slots.window, UNUSUAL_DEFAULT_WINDOW);
  const baselineText = `their sign-ins from ${day(baseline.from)} to ${day(new Date(baseline.to.getTime() - 1))}`;
  const people = Number(base[0] ?? 0);
  const first = base[2] ? new Date(String(base[2])) : undefined;
  const shortHistory = first !== undefined && first.getTime() - baseline.from.getTime() > 86_400_000
    ? ` The log holds sign-ins only from ${day(first)}, so the baseline is shorter than asked.` : '';
  const title = user ? `Countries new for ${user.displayName} ${during}` : `Sign-ins from countries people don't usually sign in from, ${during.replace(/^in /, '')}`;
  const baseAnswer = {
    title,
    ...followUpFields(user
      ? [followUp(`Show failed sign-ins for ${firstName(user.displayName)} this week`, `${firstName(user.displayName)}'s failed sign-ins this week`, 'Failed sign-ins this week'), `Why is ${firstName(user.displayName)} risky?`]
      : ['How many sign-ins by country this week?', 'Show risky users']),
    sourceNote: `Compared with ${baselineText} (${plural(people, 'person', 'people')} signed in then). ${window.from.toISOString().slice(0, 10)} onwards is the window.`,
  };
  if (user && people === 0) {
    return emptyAnswer(baseAnswer, `${user.displayName} has no sign-ins in the baseline (${baselineText}), so no country can be called new or usual.${shortHistory}`);
  }
  if (res.rows.length === 0) {
    return emptyAnswer(baseAnswer, `No sign-ins ${user ? `by ${user.displayName} ` : ''}${during} from a country ${user ? 'they' : 'the person'} didn't use in ${baselineText}.${shortHistory}`);
  }
  const rows = res.rows.map((r): Cell[] => [
    String(r[0] ?? ''), countryName(String(r[2] ?? '')), list(r[7]), Number(r[3]), Number(r[4]), formatDateTime(r[5]), formatDateTime(r[6]), list(r[8]),
  ]);
  const peopleHit = new Set(res.rows.map((r) => String(r[1]))).size;
  const failed = rows.reduce((n, r) => n + (r[4] as number), 0);
  const signIns = rows.reduce((n, r) => n + (r[3] as number), 0);
  const cap = res.truncated || res.rows.length >= UNUSUAL_ROW_LIMIT ? ` (showing the first ${UNUSUAL_ROW_LIMIT})` : '';
  const lead = user
    ? `${user.displayName} signed in from ${plural(rows.length, 'new country', 'new countries')} ${during}: ${rows.map((r) => String(r[1])).join(', ')}`
    : `${plural(peopleHit, 'person', 'people')} signed in from a country new for them ${during}`;
  return tableAnswer(baseAnswer,
    `${lead}${cap} — ${plural(signIns, 'sign-in')}, ${failed} failed; compared with ${baselineText}.${shortHistory}`,
    [['userPrincipalName', 'User'], ['country', 'New country'], ['cities', 'Cities'], ['signIns', 'Sign-ins'], ['failed', 'Failed'], ['firstSeen', 'First seen'], ['lastSeen', 'Last seen'], ['ips', 'IP addresses']],
    rows);
}
