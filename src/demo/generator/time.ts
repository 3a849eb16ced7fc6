/** Time helpers: everything is milliseconds since the epoch, formatted as Graph does (UTC, `Z`). */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** ISO-8601 UTC with seconds precision and `Z`, e.g. `2026-11-20T09:14:03Z` (Graph's usual form). */
export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
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
