import type { GraphObject, TenantModel } from '../../model';
import { DAY, parseAnchor } from '../time';
import { buildCrowdSignIn } from './build-sign-in';
import { caPolicies } from './ca-policies';
import { KIND_INTERACTIVE, KIND_NON_INTERACTIVE, dayTimes, travelPlace } from './day-plan';
import { buildProfiles } from './profiles';
import type { SignInProfile } from './profiles';
import { storySignIns } from './stories';

/** Which sign-ins to stream. */
export interface SignInStreamOptions {
  /** true: interactive (SigninLogs, Graph /auditLogs/signIns); false: non-interactive. */
  readonly interactive: boolean;
}

/**
 * Streams the tenant's sign-ins, oldest first, as Graph v1.0 `signIn` objects. Deterministic:
 * the same model gives the same sequence. Holds one 24-hour bucket of small (time, user, index)
 * tuples at a time, never the objects, so 10,000 users × 30 days stream in constant memory.
 * The nested `status`, `location`, `deviceDetail`, `appliedConditionalAccessPolicies` and
 * `mfaDetail` values are shared between sign-ins and frozen: copy one before changing it.
 */
export function* generateSignIns(model: TenantModel, options: SignInStreamOptions): Generator<GraphObject> {
  const seed = model.tenant.seed;
  const anchorMs = parseAnchor(model.tenant.anchorTime);
  const windowStartMs = anchorMs - model.tenant.days * DAY;
  const kind = options.interactive ? KIND_INTERACTIVE : KIND_NON_INTERACTIVE;
  const profiles = buildProfiles(model);
  const policies = caPolicies(seed);
  const stories = options.interactive ? storySignIns(seed, anchorMs, windowStartMs, profiles, policies) : [];
  let storyIndex = 0;
  for (let day = 0; day < model.tenant.days; day++) {
    const bucketStart = windowStartMs + day * DAY;
    const bucketEnd = bucketStart + DAY;
    const bucket = planBucket(seed, kind, profiles, day, bucketStart, anchorMs);
    for (let i = 0; i < bucket.order.length; i++) {
      const at = bucket.order[i] as number;
      const timeMs = bucket.times[at] as number;
      while (storyIndex < stories.length && (stories[storyIndex]?.timeMs ?? Infinity) <= timeMs) {
        yield (stories[storyIndex++] as { signIn: GraphObject }).signIn;
      }
      const user = bucket.users[at] as number;
      const profile = profiles[user] as SignInProfile;
      yield buildCrowdSignIn(
        { seed, kind, profile, day, k: bucket.ks[at] as number, timeMs, travel: bucket.travel[user] as number },
        policies,
      );
    }
    while (storyIndex < stories.length && (stories[storyIndex]?.timeMs ?? Infinity) < bucketEnd) {
      yield (stories[storyIndex++] as { signIn: GraphObject }).signIn;
    }
  }
  while (storyIndex < stories.length) yield (stories[storyIndex++] as { signIn: GraphObject }).signIn;
}

interface Bucket {
  readonly times: number[];
  readonly users: number[];
  readonly ks: number[];
  /** Per user: index of the foreign place the user travels to that day, or -1. */
  readonly travel: Int16Array;
  /** Indices into the arrays above, by time then user then draw index. */
  readonly order: Uint32Array;
}

function planBucket(
  seed: number, kind: number, profiles: readonly SignInProfile[], day: number, bucketStart: number, anchorMs: number,
): Bucket {
  const times: number[] = [];
  const users: number[] = [];
  const ks: number[] = [];
  const travel = new Int16Array(profiles.length);
  for (const profile of profiles) {
    const t = dayTimes(seed, kind, profile, day, bucketStart, anchorMs);
    travel[profile.index] = t.length > 0 ? travelPlace(seed, profile, day) : -1;
    for (let k = 0; k < t.length; k++) {
      times.push(t[k] as number);
      users.push(profile.index);
      ks.push(k);
    }
  }
  const order = new Uint32Array(times.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => (times[a] as number) - (times[b] as number) || (users[a] as number) - (users[b] as number) || (ks[a] as number) - (ks[b] as number));
  return { times, users, ks, travel, order };
}
