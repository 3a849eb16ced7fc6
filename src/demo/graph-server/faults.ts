/**
 * Deterministic fault injection: the same seed and the same request sequence give the same
 * throttles, outages, slow answers and dropped connections.
 */
import { seededRandom } from '../../util/seeded-random';

/** How the endpoint misbehaves. Rates are probabilities per request, 0..1. */
export interface FaultConfig {
  /** Share of requests answered 429 TooManyRequests. */
  readonly rate429?: number;
  /** `Retry-After` on 429s: seconds, never (`'none'`, as Identity Protection sometimes does), or either (`'mixed'`). Default 1. */
  readonly retryAfterSeconds?: number | 'none' | 'mixed';
  /** Share of requests answered 503 serviceNotAvailable (with `Retry-After`). */
  readonly rate503?: number;
  /** Extra delay added to slow requests. */
  readonly slowMs?: number;
  /** Share of requests that are slow (default 1 when `slowMs` is set). */
  readonly slowRate?: number;
  /** Where a slow request stalls: before the status line (default) or after the headers, mid-body. */
  readonly slowPhase?: 'headers' | 'body';
  /** Share of connections dropped without an answer. */
  readonly dropRate?: number;
  readonly seed?: number;
  /** Only requests whose path under the version root starts with one of these (e.g. `/identityProtection`). */
  readonly paths?: readonly string[];
}

/** What happens to one request. */
export type FaultDecision =
  | { readonly kind: 'none'; readonly delayMs: number; readonly bodyDelayMs?: number }
  | { readonly kind: 'drop'; readonly delayMs: number }
  | { readonly kind: 'throttle'; readonly delayMs: number; readonly retryAfter: number | undefined }
  | { readonly kind: 'unavailable'; readonly delayMs: number; readonly retryAfter: number | undefined };


/** Draws fault decisions from a config, in request order. */
export class FaultPlan {
  private readonly random: () => number;
  constructor(readonly config: FaultConfig) {
    this.random = seededRandom(config.seed ?? 1);
  }

  /** The decision for the next request to `path` (under the version root). `inBatch` never drops. */
  next(path: string, inBatch = false): FaultDecision {
    const c = this.config;
    if (c.paths && !c.paths.some((p) => path.startsWith(p))) return { kind: 'none', delayMs: 0 };
    const r = this.random();
    const slow = this.random() < (c.slowRate ?? (c.slowMs ? 1 : 0));
    const mixed = this.random() < 0.5;
    const delayMs = slow ? (c.slowMs ?? 0) : 0;
    const drop = inBatch ? 0 : (c.dropRate ?? 0);
    const t429 = drop + (c.rate429 ?? 0);
    const t503 = t429 + (c.rate503 ?? 0);
    if (r < drop) return { kind: 'drop', delayMs };
    if (r < t429) {
      const ra = c.retryAfterSeconds ?? 1;
      const retryAfter = ra === 'none' ? undefined : ra === 'mixed' ? (mixed ? 1 : undefined) : ra;
      return { kind: 'throttle', delayMs, retryAfter };
    }
    if (r < t503) return { kind: 'unavailable', delayMs, retryAfter: typeof c.retryAfterSeconds === 'number' ? c.retryAfterSeconds : 1 };
    return c.slowPhase === 'body' ? { kind: 'none', delayMs: 0, bodyDelayMs: delayMs } : { kind: 'none', delayMs };
  }
}
