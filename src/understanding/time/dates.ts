import type { Token } from '../text/tokenize';
import { MONTHS, WEEKDAYS, addDays, lastWeekday, startOfDay } from './calendar';

/** A calendar day found at a token position. */
export interface DateMatch {
  /** UTC midnight of the day. */
  readonly day: Date;
  /** Token index after the date. */
  readonly end: number;
  /** For a bare month ("in March"): the whole month. */
  readonly month?: boolean;
}

function year(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.kind !== 'number' || !/^\d{4}$/.test(t.norm)) return undefined;
  const y = Number(t.norm);
  return y >= 1990 && y <= 2100 ? y : undefined;
}

function dayNumber(t: Token | undefined): number | undefined {
  if (t?.kind !== 'number') return undefined;
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(t.norm);
  if (m === null) return undefined;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : undefined;
}

/** Without a year, a date later than tomorrow means last year's. */
function inferYear(month: number, day: number, now: Date): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), month, day));
  return d.getTime() > addDays(startOfDay(now), 1).getTime() ? new Date(Date.UTC(now.getUTCFullYear() - 1, month, day)) : d;
}

/** Words before a month name that make "may" / "mar" the month ("in May", "since May"). */
const MONTH_LEADS: ReadonlySet<string> = new Set(['in', 'during', 'throughout', 'since', 'of', 'until', 'till', 'before', 'after', 'from', 'through']);

/** Skips "," and "of" inside "March 13, 2024" / "13th of March". */
function skip(tokens: readonly Token[], i: number, words: readonly string[]): number {
  while (tokens[i] !== undefined && (tokens[i]!.norm === ',' || words.includes(tokens[i]!.norm))) i += 1;
  return i;
}

/**
 * Reads a date at `i`: 2024-01-13, 1/13/2024, January 1, Jan 1st 2024, 13 March, Monday,
 * today, yesterday, or a bare month ("March 2024").
 */
export function readDate(tokens: readonly Token[], i: number, now: Date): DateMatch | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.kind === 'isodate') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t.norm);
    if (iso !== null) return { day: new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))), end: i + 1 };
    const us = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/.exec(t.norm);
    if (us !== null) {
      const m = Number(us[1]) - 1;
      const d = Number(us[2]);
      if (us[3] === undefined) return { day: inferYear(m, d, now), end: i + 1 };
      const y = us[3].length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
      return { day: new Date(Date.UTC(y, m, d)), end: i + 1 };
    }
  }
  if (t.norm === 'today') return { day: startOfDay(now), end: i + 1 };
  if (t.norm === 'yesterday') return { day: addDays(startOfDay(now), -1), end: i + 1 };
  const weekday = WEEKDAYS[t.norm];
  if (weekday !== undefined && t.norm.length >= 3) {
    return { day: lastWeekday(now, weekday), end: i + 1 };
  }
  const month = MONTHS[t.norm];
  // "may" and "mar" are words too: a month only with a day, or after a word of a period ("in May", "during May").
  if (month !== undefined && ((t.norm !== 'may' && t.norm !== 'mar') || dayNumber(tokens[i + 1]) !== undefined || MONTH_LEADS.has(tokens[i - 1]?.norm ?? ''))) {
    const d = dayNumber(tokens[i + 1]);
    if (d !== undefined) {
      const j = skip(tokens, i + 2, []);
      const y = year(tokens, j);
      if (y !== undefined) return { day: new Date(Date.UTC(y, month, d)), end: j + 1 };
      return { day: inferYear(month, d, now), end: i + 2 };
    }
    const y = year(tokens, i + 1);
    if (y !== undefined) return { day: new Date(Date.UTC(y, month, 1)), end: i + 2, month: true };
    return { day: inferYear(month, 1, now), end: i + 1, month: true };
  }
  const d = dayNumber(t);
  if (d !== undefined) {
    const j = skip(tokens, i + 1, ['of']);
    const m = tokens[j] !== undefined ? MONTHS[tokens[j]!.norm] : undefined;
    if (m !== undefined) {
      const k = skip(tokens, j + 1, []);
      const y = year(tokens, k);
      if (y !== undefined) return { day: new Date(Date.UTC(y, m, d)), end: k + 1 };
      return { day: inferYear(m, d, now), end: j + 1 };
    }
  }
  return undefined;
}
