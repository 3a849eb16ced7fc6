/**
 * Throttling-aware scheduling: requests to an API with a small documented limit wait for their
 * turn instead of being sent, refused with 429 and retried blindly. One pacer per process is
 * shared by every conversation, as the limits are per app per tenant (or per tenant).
 *
 * The limits are Microsoft's, from https://learn.microsoft.com/graph/throttling-limits (read
 * 2026-12-06); only those small enough for a chat turn to meet are paced here. The demo
 * endpoint's realistic profile models the same page independently (src/demo/graph-server/realism/),
 * so a mistake here shows up as 429s there.
 */

export interface PacedLimit {
  readonly name: string;
  /** Matches the path under the version root, lower-cased, without the query. */
  readonly path: RegExp;
  readonly requests: number;
  readonly perMs: number;
}

export const PACED_LIMITS: readonly PacedLimit[] = [
  // "Identity protection and conditional access service limits": one request per second per tenant, all apps.
  { name: 'Identity Protection and Conditional Access', path: /^\/(identityprotection\/|identity\/conditionalaccess\/)/, requests: 1, perMs: 1_000 },
  // "Identity and access reports service limits": five requests per 10 seconds per app per tenant.
  { name: 'Identity and access reports', path: /^\/(auditlogs\/|reports\/|users\/[^/]+\/authentication\/methods)/, requests: 5, perMs: 10_000 },
];

/**
 * Slack on top of a window: Graph counts a request when it arrives, not when it is sent, so two
 * requests sent exactly one window apart can arrive less than a window apart.
 */
export function marginMs(limit: PacedLimit): number {
  return Math.max(50, Math.round(limit.perMs * 0.05));
}

/** Reserves a sending time per request: the first moment its limits leave room, in request order. */
export class ApiPacer {
  private readonly slots = new Map<PacedLimit, number[]>();
  /** When paced requests really left (after their wait and the token step), per limit. */
  private readonly sends = new Map<PacedLimit, number[]>();

  constructor(
    private readonly limits: readonly PacedLimit[] = PACED_LIMITS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * How long to wait before sending a request to `url` (a Graph URL or a path under the version
   * root). A wait longer than `maxWaitMs` (the caller's budget) reserves nothing: the caller gives
   * up, and a turn it will never use must not push back everyone queued after it.
   */
  reserve(url: string, maxWaitMs = Number.POSITIVE_INFINITY): number {
    const hits = this.limitsFor(url);
    if (hits.length === 0) return 0;
    const at = this.now();
    const slot = Math.max(at, ...hits.map((l) => nextRoom(this.inWindow(this.slots, l, at), l)));
    if (slot - at >= maxWaitMs) return slot - at;
    for (const limit of hits) this.inWindow(this.slots, limit, at).push(slot);
    return slot - at;
  }

  /**
   * Called as late as possible, just before a paced request is handed to HTTP: how much longer it
   * must wait so that its limits hold counted by when requests were really sent, or 0 — then it
   * is recorded as sent now. A reserved turn can drift: the token step or a busy event loop can
   * delay one request past its turn and not the next, so two sends came 923 ms apart under a 1 s
   * limit (issue 21). Call again after waiting.
   */
  holdBeforeSend(url: string): number {
    const hits = this.limitsFor(url);
    const at = this.now();
    const wait = Math.max(0, ...hits.map((l) => nextRoom(this.inWindow(this.sends, l, at), l) - at));
    if (wait > 0) return wait;
    for (const limit of hits) this.inWindow(this.sends, limit, at).push(at);
    return 0;
  }

  /** Whether a request to `url` waits for a turn here (such requests are not put in a `$batch`, whose items Graph counts one by one). */
  paces(url: string): boolean {
    return this.limitsFor(url).length > 0;
  }

  /** Forgets every reservation (benchmarks that start each question with empty windows). */
  reset(): void {
    this.slots.clear();
    this.sends.clear();
  }

  private limitsFor(url: string): PacedLimit[] {
    const path = pathUnderVersion(url);
    return this.limits.filter((l) => l.path.test(path));
  }

  /** One limit's times (reserved turns or real sends) still inside its window, future ones included, ascending. */
  private inWindow(of: Map<PacedLimit, number[]>, limit: PacedLimit, at: number): number[] {
    const list = (of.get(limit) ?? []).filter((t) => t > at - limit.perMs - marginMs(limit));
    of.set(limit, list);
    return list;
  }
}

/** The first moment a limit whose window holds `times` has room for one more request (-∞: room now). */
function nextRoom(times: readonly number[], limit: PacedLimit): number {
  return times.length >= limit.requests ? times[times.length - limit.requests]! + limit.perMs + marginMs(limit) : Number.NEGATIVE_INFINITY;
}

/** `/identityProtection/riskyUsers` from `https://graph.microsoft.com/v1.0/identityProtection/riskyUsers?…`, lower-cased. */
export function pathUnderVersion(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split('?')[0]!;
  return path.replace(/^\/(v1\.0|beta)(?=\/|$)/i, '').toLowerCase() || '/';
}

/** The process's pacer, shared by every Graph source (every conversation) in it. */
export const SHARED_PACER = new ApiPacer();
