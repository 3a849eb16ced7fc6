import { DOCUMENTED_LIMITS, type ThrottleLimit } from './limits';
import { latencySampler, type LatencyDistribution } from './latency';

/**
 * How far the local endpoint imitates real Microsoft Graph: per-request service latency and the
 * documented throttling limits, counted across every request the endpoint serves (as a tenant
 * counts every conversation of one app). Off by default: the demo answers in milliseconds.
 */
export interface RealismConfig {
  /** Service time added to each request (each item of a `$batch` too). */
  readonly latency?: LatencyDistribution | { readonly fixedMs: number };
  /** Apply the documented throttling limits (default true). */
  readonly throttling?: boolean;
  readonly seed?: number;
  /** Limits to apply instead of the documented ones (tests). */
  readonly limits?: readonly ThrottleLimit[];
  /** The clock (tests). */
  readonly now?: () => number;
}

/** The profile `DEMO_GRAPH_PROFILE=realistic` selects: median 150 ms, p95 450 ms, documented limits. */
export const REALISTIC: RealismConfig = { latency: { medianMs: 150, p95Ms: 450 }, throttling: true, seed: 7 };

/** What happens to one request: how long the service takes, and whether it is throttled. */
export interface RealismDecision {
  readonly delayMs: number;
  readonly throttled?: { readonly limit: string; readonly retryAfterSeconds: number | undefined };
}

export class RealismPlan {
  private readonly sample: () => number;
  private readonly limits: readonly ThrottleLimit[];
  /** Per limit: times (and costs) of the requests admitted inside its window. */
  private readonly admitted = new Map<ThrottleLimit, { at: number; cost: number }[]>();
  private readonly now: () => number;

  constructor(readonly config: RealismConfig) {
    const l = config.latency;
    this.sample = !l ? () => 0 : 'fixedMs' in l ? () => l.fixedMs : latencySampler(l, config.seed ?? 1);
    this.limits = config.throttling === false ? [] : (config.limits ?? DOCUMENTED_LIMITS);
    this.now = config.now ?? (() => performance.now());
  }

  /** Decides one request (`path` under the version root, e.g. `/auditLogs/signIns`). */
  decide(method: string, path: string, query: URLSearchParams): RealismDecision {
    const delayMs = this.sample();
    const p = path.toLowerCase();
    const at = this.now();
    const hits = this.limits.filter((l) => l.applies(method, p, query));
    for (const limit of hits) {
      const window = this.windowOf(limit, at);
      const cost = limit.kind === 'window' ? 1 : limit.cost(method, p, query);
      const used = window.reduce((s, r) => s + r.cost, 0);
      const capacity = limit.kind === 'window' ? limit.requests : limit.units;
      if (used + cost > capacity) {
        const oldest = window[0]?.at ?? at;
        const wait = Math.max(1, Math.ceil((oldest + limit.perMs - at) / 1000));
        return { delayMs, throttled: { limit: limit.name, retryAfterSeconds: limit.retryAfter ? wait : undefined } };
      }
    }
    for (const limit of hits) this.windowOf(limit, at).push({ at, cost: limit.kind === 'window' ? 1 : limit.cost(method, p, query) });
    return { delayMs };
  }

  private windowOf(limit: ThrottleLimit, at: number): { at: number; cost: number }[] {
    const list = (this.admitted.get(limit) ?? []).filter((r) => r.at > at - limit.perMs);
    this.admitted.set(limit, list);
    return list;
  }
}
