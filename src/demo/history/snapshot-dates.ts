/**
 * When the demo tenant was "exported": the first day of each of the six months before the
 * anchor's month and of the anchor's month, every week over the last four weeks, and the anchor's
 * own day (the latest snapshot, which is the live tenant). Dates are UTC days, `YYYY-MM-DD`.
 */

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of an instant (UTC). */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Midnight UTC of a `YYYY-MM-DD` day, in ms. */
export function dayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** Snapshot days, oldest first; the last one is the anchor's day. */
export function snapshotDates(anchorTime: string): string[] {
  const anchorMs = Date.parse(anchorTime);
  const anchorDay = utcDay(anchorMs);
  const a = new Date(dayStartMs(anchorDay));
  const days = new Set<string>();
  for (let back = 6; back >= 0; back--) {
    const first = Date.UTC(a.getUTCFullYear(), a.getUTCMonth() - back, 1);
    if (first < dayStartMs(anchorDay)) days.add(utcDay(first));
  }
  for (let week = 4; week >= 1; week--) days.add(utcDay(dayStartMs(anchorDay) - week * 7 * DAY_MS));
  days.add(anchorDay);
  return [...days].sort();
}
