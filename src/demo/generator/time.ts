/** Time helpers: everything is milliseconds since the epoch, formatted as Graph does (UTC, `Z`). */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const PAD = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
let cachedDay = Number.NaN;
let cachedPrefix = '';

/**
 * ISO-8601 UTC with seconds precision and `Z`, e.g. `2026-11-20T09:14:03Z` (Graph's usual form).
 * Hot (two calls per sign-in): the date part is cached per day, the time part is arithmetic.
 */
export function iso(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const day = Math.floor(seconds / 86_400);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedPrefix = new Date(day * DAY).toISOString().slice(0, 11);
  }
  const rest = seconds - day * 86_400;
  const h = Math.floor(rest / 3600);
  const m = Math.floor((rest % 3600) / 60);
  return `${cachedPrefix}${PAD[h] as string}:${PAD[m] as string}:${PAD[rest % 60] as string}Z`;
}

/** Parses an ISO date-time; throws on an unparseable anchor (a caller bug). */
export function parseAnchor(anchorTime: string): number {
  const ms = Date.parse(anchorTime);
  if (Number.isNaN(ms)) throw new Error(`anchorTime is not an ISO date-time: ${anchorTime}`);
  return Math.floor(ms / 1000) * 1000;
}

/** 0 = Sunday … 6 = Saturday, at the given UTC offset in hours. */
export function localWeekday(ms: number, utcOffsetHours: number): number {
  return new Date(ms + utcOffsetHours * HOUR).getUTCDay();
}
