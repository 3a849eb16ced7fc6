import type { TimeWindow } from '../intent';
import type { Token } from '../text/tokenize';
import {
  NUMBER_WORDS, WEEKDAYS, addDays, isoDate, isoDateTime, startOfDay, startOfMonth, startOfWeek, startOfYear,
} from './calendar';
import { readDate } from './dates';
import type { DateMatch } from './dates';

/** A time expression found in a question. */
export interface TimeMention {
  readonly start: number;
  readonly end: number;
  readonly window: TimeWindow;
  /** A single day ("on 2024-01-13", "as of March 13"), for snapshot dates. */
  readonly date?: string;
  /** "next 7 days", "in 30 days": a future range. */
  readonly future?: boolean;
  /** `range`: between/from…to; `day`: one date (on, as of); `relative`: the rest. */
  readonly shape: 'range' | 'day' | 'relative';
}

const UNITS: Readonly<Record<string, 'min' | 'h' | 'd' | 'w' | 'mo' | 'y'>> = {
  minute: 'min', minutes: 'min', min: 'min', mins: 'min', hour: 'h', hours: 'h', hr: 'h', hrs: 'h',
  h: 'h', day: 'd', days: 'd', d: 'd', week: 'w', weeks: 'w', wk: 'w', wks: 'w', month: 'mo',
  months: 'mo', mo: 'mo', year: 'y', years: 'y', yr: 'y', yrs: 'y',
};

/** ISO-8601 duration for n units: hours as PT{n}H, days/weeks/months/years as days. */
export function duration(n: number, unit: 'min' | 'h' | 'd' | 'w' | 'mo' | 'y'): string {
  switch (unit) {
    case 'min': return `PT${n}M`;
    case 'h': return `PT${n}H`;
    case 'd': return `P${n}D`;
    case 'w': return `P${n * 7}D`;
    case 'mo': return `P${n * 30}D`;
    case 'y': return `P${n * 365}D`;
  }
}

function range(from: Date, to: Date): TimeWindow {
  return { from: isoDateTime(from), to: isoDateTime(to) };
}

/** Reads "48 hours", "48h", "7 days", "two weeks", "a month" at i. */
function readAmount(tokens: readonly Token[], i: number): { n: number; unit: 'min' | 'h' | 'd' | 'w' | 'mo' | 'y'; end: number } | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const glued = /^(\d+)(h|d|m)$/.exec(t.norm);
  if (glued !== null) return { n: Number(glued[1]), unit: glued[2] === 'm' ? 'mo' : (glued[2] as 'h' | 'd'), end: i + 1 };
  let n = t.kind === 'number' && /^\d+$/.test(t.norm) ? Number(t.norm) : NUMBER_WORDS[t.norm];
  let j = i + 1;
  if (n === undefined) return undefined;
  // "twenty-four hours", "forty eight hours": tens and a digit word
  const ones = tokens[j] !== undefined ? NUMBER_WORDS[tokens[j]!.norm] : undefined;
  if (t.kind === 'word' && n >= 20 && n % 10 === 0 && ones !== undefined && ones >= 1 && ones <= 9 && tokens[j]!.norm !== 'a') { n += ones; j += 1; }
  if (tokens[j]?.norm === 'of') j += 1;
  if (tokens[j]?.norm === '+') j += 1;
  const unit = tokens[j] !== undefined ? UNITS[tokens[j]!.norm] : undefined;
  if (unit === undefined) return undefined;
  if (t.norm === 'couple' || t.norm === 'few') n = NUMBER_WORDS[t.norm]!;
  return { n, unit, end: j + 1 };
}

/** "last Friday" said on a Friday is a week ago, not today. */
function lastDay(d: DateMatch | undefined, last: boolean, tokens: readonly Token[], now: Date): DateMatch | undefined {
  if (d === undefined || !last || WEEKDAYS[tokens[d.end - 1]?.norm ?? ''] === undefined) return d;
  return d.day.getTime() === startOfDay(now).getTime() ? { ...d, day: addDays(d.day, -7) } : d;
}

function dayWindow(d: DateMatch): TimeWindow {
  if (d.month === true) return range(d.day, startOfMonth(d.day, 1));
  return range(d.day, addDays(d.day, 1));
}

const LEAD = new Set(['for', 'in', 'over', 'during', 'within', 'from', 'of', 'the', 'since', 'on', 'at', 'as', 'between', 'after', 'before', 'until', 'till', 'to', 'through']);

/** "Q1" … "Q4" with an optional year at k: the calendar quarter, last year's when this year's has not begun. */
function quarterAt(tokens: readonly Token[], k: number, now: Date): { end: number; window: TimeWindow } | undefined {
  const m = /^q([1-4])$/.exec(tokens[k]?.norm ?? '');
  if (m === null) return undefined;
  const yearToken = tokens[k + 1]?.norm ?? '';
  const typed = /^(19|20)\d\d$/.test(yearToken) ? Number(yearToken) : undefined;
  let from = new Date(Date.UTC(typed ?? now.getUTCFullYear(), (Number(m[1]) - 1) * 3, 1));
  if (typed === undefined && from.getTime() > now.getTime()) from = new Date(Date.UTC(now.getUTCFullYear() - 1, (Number(m[1]) - 1) * 3, 1));
  return { end: typed === undefined ? k + 1 : k + 2, window: range(from, startOfMonth(from, 3)) };
}

/** "from the 5th to the 9th of March", "between 3 and 7 March": two days of the month the second names. */
function bareDayRange(tokens: readonly Token[], k: number, now: Date): { end: number; window: TimeWindow; shape: 'range' } | undefined {
  const day = (t: Token | undefined): number | undefined => {
    const m = t?.kind === 'number' ? /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.norm) : null;
    return m === null || m === undefined ? undefined : Number(m[1]) >= 1 && Number(m[1]) <= 31 ? Number(m[1]) : undefined;
  };
  const first = day(tokens[k]);
  if (first === undefined || !['and', 'to', 'until', 'till', 'through', '-', 'thru'].includes(tokens[k + 1]?.norm ?? '')) return undefined;
  const b = readDate(tokens, tokens[k + 2]?.norm === 'the' ? k + 3 : k + 2, now);
  if (b === undefined || b.month === true) return undefined;
  const start = new Date(Date.UTC(b.day.getUTCFullYear(), b.day.getUTCMonth(), first));
  if (start.getTime() > b.day.getTime()) return undefined;
  return { end: b.end, window: range(start, addDays(b.day, 1)), shape: 'range' };
}

/** Reads one time expression starting exactly at i (`w(k)`: the word at k, '' past the end). */
function readAt(tokens: readonly Token[], i: number, now: Date, w: (k: number) => string): Omit<TimeMention, 'start' | 'shape'> & { shape?: TimeMention['shape'] } | undefined {
  let j = i;
  while (w(j) === 'the' || w(j) === 'for' || w(j) === 'over' || w(j) === 'during' || w(j) === 'throughout' || w(j) === 'of') j += 1;
  const lead = w(j);
  // "during February", "throughout March", "for all of April": a bare month after a word of a period is the month.
  if (j > i && ['during', 'throughout', 'over', 'for'].some((x) => tokens.slice(i, j).some((t) => t.norm === x))) {
    const a = readDate(tokens, j, now);
    if (a !== undefined && a.month === true) return { end: a.end, window: dayWindow(a) };
  }
  // "in Q1", "during Q3 2023": a calendar quarter (this year's unless it has not begun).
  const quarter = quarterAt(tokens, lead === 'in' || lead === 'within' ? j + 1 : j, now);
  if (quarter !== undefined) return quarter;

  if (lead === 'between' || lead === 'from') {
    const from = bareDayRange(tokens, w(j + 1) === 'the' ? j + 2 : j + 1, now);
    if (from !== undefined) return from;
    const a = readDate(tokens, j + 1, now);
    const sep = a !== undefined ? w(a.end) : '';
    if (a !== undefined && ['and', 'to', 'until', 'till', 'through', '-', 'thru'].includes(sep)) {
      const b = readDate(tokens, a.end + 1, now);
      if (b !== undefined) {
        const to = b.month === true ? startOfMonth(b.day, 1) : addDays(b.day, 1);
        return { end: b.end, window: range(a.day, to), shape: 'range' };
      }
    }
  }
  if (lead === 'since' || lead === 'after') {
    // "since the start of the month", "since the beginning of this week": from the calendar period's first day to now.
    let b = j + 1;
    while (w(b) === 'the') b += 1;
    if ((w(b) === 'start' || w(b) === 'beginning') && w(b + 1) === 'of') {
      const from = periodStart(w(w(b + 2) === 'the' || w(b + 2) === 'this' ? b + 3 : b + 2), now);
      if (from !== undefined) return { end: w(b + 2) === 'the' || w(b + 2) === 'this' ? b + 4 : b + 3, window: range(from, now) };
    }
    const last = ['last', 'previous', 'past'].includes(w(j + 1));
    const a = lastDay(readDate(tokens, last || w(j + 1) === 'this' ? j + 2 : j + 1, now), last, tokens, now);
    if (a !== undefined) return { end: a.end, window: range(a.day, now) };
    const amt = readAmount(tokens, j + 1);
    if (amt !== undefined && w(amt.end) === 'ago') return { end: amt.end + 1, window: { last: duration(amt.n, amt.unit) } };
  }
  if (lead === 'as' && w(j + 1) === 'of') {
    const a = readDate(tokens, j + 2, now);
    if (a !== undefined) return { end: a.end, window: dayWindow(a), date: isoDate(a.day), shape: 'day' };
  }
  if (lead === 'on' || lead === 'at' || lead === 'in') {
    const a = readDate(tokens, j + 1, now);
    if (a !== undefined) return { end: a.end, window: dayWindow(a), ...(a.month === true ? {} : { date: isoDate(a.day), shape: 'day' as const }) };
  }
  // in/within/next N days: future when "next", else past unless the intent says otherwise
  let k = j;
  if (lead === 'in' || lead === 'within') k += 1;
  while (w(k) === 'the') k += 1;
  const rel = w(k);
  // "last weekend", "over the weekend": the latest weekend before this week (Saturday to Monday); "this weekend" when it is one now.
  const weekend = rel === 'weekend' ? k : WEEKEND_BEFORE.has(rel) && w(k + 1) === 'weekend' ? k + 1 : -1;
  if (weekend >= 0) {
    const monday = startOfWeek(now);
    const inWeekend = (now.getUTCDay() + 6) % 7 >= 5;
    if (inWeekend && rel !== 'last' && rel !== 'previous' && rel !== 'past') return { end: weekend + 1, window: range(addDays(monday, 5), now) };
    return { end: weekend + 1, window: range(addDays(monday, -2), monday) };
  }
  if (RELATIVE_LEADS.has(rel)) {
    const future = rel === 'next' || rel === 'coming' || rel === 'upcoming';
    const amt = readAmount(tokens, k + 1);
    if (amt !== undefined) {
      if (future) return { end: amt.end, window: range(now, new Date(now.getTime() + durationMs(amt.n, amt.unit))), future };
      return { end: amt.end, window: { last: duration(amt.n, amt.unit) } };
    }
    const unit = UNITS[w(k + 1)];
    if (unit !== undefined && !/s$/.test(w(k + 1))) {
      if (future) {
        if (unit === 'w') return { end: k + 2, window: range(startOfWeek(addDays(now, 7)), startOfWeek(addDays(now, 14))), future };
        if (unit === 'mo') return { end: k + 2, window: range(startOfMonth(now, 1), startOfMonth(now, 2)), future };
        return { end: k + 2, window: range(now, new Date(now.getTime() + durationMs(1, unit))), future };
      }
      return { end: k + 2, window: { last: duration(1, unit) } };
    }
    if (w(k + 1) === 'fortnight' && !future) return { end: k + 2, window: { last: duration(2, 'w') } };
    if (rel === 'last' || rel === 'past') {
      const a = lastDay(readDate(tokens, k + 1, now), true, tokens, now);
      if (a !== undefined && a.month !== true) return { end: a.end, window: dayWindow(a), date: isoDate(a.day) };
    }
  }
  // "month to date", "YTD": from the start of the period to now.
  const toDate = TO_DATE[rel] ?? (w(k + 1) === 'to' && w(k + 2) === 'date' ? rel : undefined);
  if (toDate !== undefined) {
    const from = periodStart(toDate, now);
    if (from !== undefined) return { end: TO_DATE[rel] !== undefined ? k + 1 : k + 3, window: range(from, now) };
  }
  // "last quarter" as days like "last month"; "this quarter" the calendar quarter.
  if (PAST_LEADS.has(rel) && w(k + 1) === 'quarter') return { end: k + 2, window: { last: 'P90D' } };
  if ((rel === 'this' || rel === 'current') && w(k + 1) === 'quarter') {
    const from = periodStart('quarter', now)!;
    return { end: k + 2, window: range(from, startOfMonth(from, 3)) };
  }
  if (rel === 'this' || rel === 'current') {
    const unit = UNITS[w(k + 1)];
    if (unit === 'w') return { end: k + 2, window: range(startOfWeek(now), addDays(startOfWeek(now), 7)) };
    if (unit === 'mo') return { end: k + 2, window: range(startOfMonth(now), startOfMonth(now, 1)) };
    if (unit === 'y') return { end: k + 2, window: range(startOfYear(now), startOfYear(now, 1)) };
    if (w(k + 1) === 'morning') return { end: k + 2, window: range(startOfDay(now), now) };
  }
  if (rel === 'today' || rel === 'tonight') return { end: k + 1, window: range(startOfDay(now), addDays(startOfDay(now), 1)), date: isoDate(now) };
  if (rel === 'yesterday') {
    const y = addDays(startOfDay(now), -1);
    return { end: k + 1, window: range(y, startOfDay(now)), date: isoDate(y) };
  }
  if (rel === 'tomorrow') {
    const t = addDays(startOfDay(now), 1);
    return { end: k + 1, window: range(t, addDays(t, 1)), future: true };
  }
  const amt = readAmount(tokens, k);
  if (amt !== undefined && (k > i || w(amt.end) === 'ago' || amt.n > 1)) {
    if (w(amt.end) === 'ago') return { end: amt.end + 1, window: { last: duration(amt.n, amt.unit) } };
    if (lead === 'in' || lead === 'within') {
      return { end: amt.end, window: { last: duration(amt.n, amt.unit) }, future: true };
    }
    return { end: amt.end, window: { last: duration(amt.n, amt.unit) } };
  }
  if (k === j) {
    const a = readDate(tokens, k, now);
    if (a !== undefined && (tokens[k]!.kind === 'isodate' || a.end - k > 1)) {
      return { end: a.end, window: dayWindow(a), ...(a.month === true ? {} : { date: isoDate(a.day), shape: 'day' as const }) };
    }
  }
  return undefined;
}

/** Words before "weekend" that name the latest one ("last weekend", "this weekend"). */
const WEEKEND_BEFORE: ReadonlySet<string> = new Set(['last', 'past', 'previous', 'this']);
/** Words before an amount or a unit that make a period before or after now ("past 48 hours", "next week"). */
const RELATIVE_LEADS: ReadonlySet<string> = new Set(['past', 'last', 'previous', 'prior', 'recent', 'next', 'coming', 'upcoming']);
/** Words before "quarter" that make it the last 90 days. */
const PAST_LEADS: ReadonlySet<string> = new Set(['past', 'last', 'previous', 'prior']);

const TO_DATE: Readonly<Record<string, string>> = { ytd: 'year', mtd: 'month', qtd: 'quarter', wtd: 'week' };

/** The first day of the calendar week, month, quarter or year that holds `now`. */
function periodStart(word: string, now: Date): Date | undefined {
  if (word === 'quarter') return startOfMonth(now, -(now.getUTCMonth() % 3));
  const unit = UNITS[word];
  if (unit === 'w') return startOfWeek(now);
  if (unit === 'mo') return startOfMonth(now);
  if (unit === 'y') return startOfYear(now);
  return undefined;
}

function durationMs(n: number, unit: 'min' | 'h' | 'd' | 'w' | 'mo' | 'y'): number {
  const minutes = { min: 1, h: 60, d: 1440, w: 10080, mo: 43200, y: 525600 }[unit];
  return n * minutes * 60_000;
}

/**
 * Finds time expressions: past 48 hours, last week, yesterday, this month, since Monday,
 * between January 1 and March 14, on 2024-01-13, next 7 days. Leading prepositions ("for the",
 * "in the") are part of the mention. `now` anchors relative expressions (UTC).
 */
export function findTimes(tokens: readonly Token[], now: Date): TimeMention[] {
  const out: TimeMention[] = [];
  const w = (k: number): string => tokens[k]?.norm ?? '';
  let i = 0;
  while (i < tokens.length) {
    const found = readAt(tokens, i, now, w);
    if (found !== undefined) {
      out.push({ start: i, shape: 'relative', ...found });
      i = found.end;
    } else {
      i += 1;
    }
  }
  return out.filter((m) => !(m.end - m.start === 1 && LEAD.has(tokens[m.start]!.norm)));
}
