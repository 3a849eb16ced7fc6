import { Rng, hashString } from '../prng';
import { DAY, HOUR, localWeekday } from '../time';
import type { SignInProfile } from './profiles';

export const KIND_INTERACTIVE = hashString('signins:interactive');
export const KIND_NON_INTERACTIVE = hashString('signins:noninteractive');
const KIND_TRAVEL = hashString('travel');

/** Sign-ins on a working weekday, before the per-user rate: ≈ 15 interactive a day per user over the whole tenant and week. */
const WEEKDAY_INTERACTIVE = 22.5;
const WEEKDAY_NON_INTERACTIVE = 11;

/**
 * The times (epoch ms, whole seconds) of one user's sign-ins in one 24-hour bucket of the window,
 * in drawing order. Pure: the same seed, kind, user and day always give the same times, so the
 * stream and the users' signInActivity agree without holding the stream.
 */
export function dayTimes(
  seed: number, kind: number, profile: SignInProfile, day: number, bucketStartMs: number, anchorMs: number,
): number[] {
  if (profile.activity === 'none') return [];
  const rng = new Rng(seed, kind, profile.index, day);
  const interactive = kind === KIND_INTERACTIVE;
  const offset = profile.place.utcOffset;
  const weekday = localWeekday(bucketStartMs + 12 * HOUR, offset);
  const weekend = weekday === 0 || weekday === 6;
  let n: number;
  if (profile.activity === 'disabled') {
    n = interactive && rng.chance(0.12) ? rng.int(1, 3) : 0;
  } else if (profile.guest) {
    n = !weekend && rng.chance(0.3) ? rng.int(1, interactive ? 4 : 3) : 0;
  } else if (weekend) {
    n = rng.chance(0.3) ? rng.int(1, interactive ? 6 : 3) : 0;
  } else {
    const mean = (interactive ? WEEKDAY_INTERACTIVE : WEEKDAY_NON_INTERACTIVE) * profile.rate;
    n = Math.max(0, Math.round(rng.normal(mean, mean * 0.2)));
  }
  const localStart = (((bucketStartMs + offset * HOUR) % DAY) + DAY) % DAY;
  const times: number[] = [];
  for (let k = 0; k < n; k++) {
    const localMs = rng.chance(0.9)
      ? Math.min(20.5 * HOUR, Math.max(6.5 * HOUR, rng.normal(12.8 * HOUR, 2.7 * HOUR)))
      : rng.next() * DAY;
    const t = bucketStartMs + ((((localMs - localStart) % DAY) + DAY) % DAY);
    const whole = Math.floor(t / 1000) * 1000;
    if (whole >= profile.createdMs && whole < anchorMs) times.push(whole);
  }
  return times;
}

/** Whether the user travels abroad that day (all sign-ins from one foreign place). */
export function travelPlace(seed: number, profile: SignInProfile, day: number): number {
  if (profile.guest || profile.activity !== 'active') return -1;
  const rng = new Rng(seed, KIND_TRAVEL, profile.index, day);
  return rng.chance(0.003) ? rng.int(0, 7) : -1;
}
