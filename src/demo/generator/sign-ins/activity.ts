import type { TenantModel } from '../../model';
import { DAY, iso, parseAnchor } from '../time';
import { buildCrowdSignIn } from './build-sign-in';
import { caPolicies } from './ca-policies';
import type { CaPolicies } from './ca-policies';
import { KIND_INTERACTIVE, KIND_NON_INTERACTIVE, dayTimes, travelPlace } from './day-plan';
import { buildProfiles } from './profiles';
import type { SignInProfile } from './profiles';
import { storySignIns } from './stories';

/** Graph's `signInActivity` of a user, as the sign-in stream would report it. */
export interface SignInActivity {
  lastSignInDateTime: string | null;
  lastSignInRequestId: string | null;
  lastNonInteractiveSignInDateTime: string | null;
  lastNonInteractiveSignInRequestId: string | null;
  lastSuccessfulSignInDateTime: string | null;
  lastSuccessfulSignInRequestId: string | null;
}

interface Last { timeMs: number; id: string; success: boolean }

/**
 * Computes every user's signInActivity from the same pure plan the stream uses, without
 * streaming: it walks each user's days backwards and rebuilds only the last few sign-ins.
 */
export function computeSignInActivity(model: TenantModel): Map<string, SignInActivity> {
  const seed = model.tenant.seed;
  const anchorMs = parseAnchor(model.tenant.anchorTime);
  const windowStartMs = anchorMs - model.tenant.days * DAY;
  const profiles = buildProfiles(model);
  const policies = caPolicies(seed);
  const stories = storySignIns(seed, anchorMs, windowStartMs, profiles, policies);
  const out = new Map<string, SignInActivity>();
  for (const profile of profiles) {
    const scan = (kind: number, wantSuccess: boolean): Last | null =>
      lastEvent(seed, kind, profile, model.tenant.days, windowStartMs, anchorMs, policies, wantSuccess);
    let interactive = scan(KIND_INTERACTIVE, false);
    let success = scan(KIND_INTERACTIVE, true);
    for (const s of stories) {
      if (s.signIn['userId'] !== profile.id) continue;
      const ok = (s.signIn['status'] as { errorCode: number }).errorCode === 0;
      if (!interactive || s.timeMs >= interactive.timeMs) interactive = { timeMs: s.timeMs, id: s.signIn.id, success: ok };
      if (ok && (!success || s.timeMs >= success.timeMs)) success = { timeMs: s.timeMs, id: s.signIn.id, success: ok };
    }
    const nonInteractive = scan(KIND_NON_INTERACTIVE, false);
    out.set(profile.id, {
      lastSignInDateTime: interactive ? iso(interactive.timeMs) : null,
      lastSignInRequestId: interactive?.id ?? null,
      lastNonInteractiveSignInDateTime: nonInteractive ? iso(nonInteractive.timeMs) : null,
      lastNonInteractiveSignInRequestId: nonInteractive?.id ?? null,
      lastSuccessfulSignInDateTime: success ? iso(success.timeMs) : null,
      lastSuccessfulSignInRequestId: success?.id ?? null,
    });
  }
  return out;
}

function lastEvent(
  seed: number, kind: number, profile: SignInProfile, days: number, windowStartMs: number, anchorMs: number,
  policies: CaPolicies, wantSuccess: boolean,
): Last | null {
  if (profile.activity === 'none') return null;
  for (let day = days - 1; day >= 0; day--) {
    const bucketStart = windowStartMs + day * DAY;
    const times = dayTimes(seed, kind, profile, day, bucketStart, anchorMs);
    const order = times.map((_, k) => k).sort((a, b) => (times[b] as number) - (times[a] as number) || b - a);
    for (const k of order) {
      const timeMs = times[k] as number;
      const signIn = buildCrowdSignIn({ seed, kind, profile, day, k, timeMs, travel: travelPlace(seed, profile, day) }, policies);
      const success = (signIn['status'] as { errorCode: number }).errorCode === 0;
      if (!wantSuccess || success) return { timeMs, id: signIn.id, success };
    }
  }
  return null;
}
