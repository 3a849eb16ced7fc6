import type { TimeWindow } from '../understanding/intent';

/** A window made concrete: an inclusive start and an exclusive end, both UTC. */
export interface ConcreteWindow {
  readonly from: Date;
  readonly to: Date;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Milliseconds of an ISO-8601 duration (years as 365 days, months as 30). Throws on bad input. */
export function durationMs(iso: string): number {
  const m = DURATION.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) throw new RangeError(`not an ISO-8601 duration: ${iso}`);
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((v) => (v ? Number(v) : 0)) as number[];
  const days = y! * 365 + mo! * 30 + w! * 7 + d!;
  return ((days * 24 + h!) * 60 + mi!) * 60_000 + s! * 1000;
}

export function concreteWindow(window: TimeWindow | undefined, now: Date, fallback: string): ConcreteWindow {
  const w = window ?? { last: fallback };
  if ('last' in w) return { from: new Date(now.getTime() - durationMs(w.last)), to: now };
  return { from: new Date(w.from), to: new Date(w.to) };
}

/** Words for a window: "the last 7 days", "2024-01-01 to 2024-03-14". */
export function describeWindow(window: TimeWindow | undefined, fallback: string): string {
  const w = window ?? { last: fallback };
  if ('from' in w) {
    // `to` is exclusive: a range ending at midnight ends, for people, the day before.
    const to = new Date(w.to);
    const last = to.getUTCHours() === 0 && to.getUTCMinutes() === 0 && to.getUTCSeconds() === 0 ? new Date(to.getTime() - 86_400_000) : to;
    const from = w.from.slice(0, 10);
    const end = last.toISOString().slice(0, 10);
    return from === end ? `the day ${from}` : `the period ${from} to ${end}`;
  }
  const ms = durationMs(w.last);
  const hours = ms / 3_600_000;
  if (hours <= 72 && Number.isInteger(hours)) return hours === 1 ? 'the last hour' : `the last ${hours} hours`;
  const days = hours / 24;
  if (Number.isInteger(days)) return days === 1 ? 'the last day' : `the last ${days} days`;
  return `the last ${Math.round(hours)} hours`;
}

/** Graph and KQL want UTC ISO without milliseconds noise: 2024-01-13T00:00:00Z. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
