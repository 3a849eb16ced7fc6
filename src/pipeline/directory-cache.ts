/**
 * A short-lived cache of reads shared by every conversation of the process: Graph GETs and KQL
 * queries. Read with the bot's own identity (app-only Graph, the demo endpoint, the bot's Log
 * Analytics / ADX credential), a read gives the same rows whoever asks, so a second person asking
 * within the TTL needs no round trip and no CPU, and fifty people asking at once send one request
 * (in-flight reads are shared).
 *
 * It caches results, never decisions: it sits under the pipeline's policy, which decides per
 * asker before any read (a denied person never reaches it), again after name resolution (the
 * self / owner / manager exceptions), and per query by the data each reads. Failures are not
 * cached. A planner may keep a request out with `shared: false` (GraphRequest.shared). Delegated
 * mode must not use it: there each person's own token decides what Graph and Log Analytics return.
 *
 * Freshness: at most the TTL older than a fresh read. DIRECTORY_CACHE_TTL_SECONDS (default 60 s;
 * 0 turns it off). For the activity logs that is inside what they have anyway: Microsoft gives
 * the latency of audit and sign-in log records as 2 minutes at the 95th percentile and 5 at the
 * 99th (Azure AD reporting latencies), Log Analytics ingestion 20 s to 3 minutes; for the
 * directory, a renamed, new or deleted object shows in answers after at most the TTL. A question
 * whose window ends "now" on a live tenant has a new URL every second, so it is read again.
 */
import type { GraphRequest, KqlQuery } from '../planning/query-plan';
import type { GraphResult, KqlResult } from '../sources/result-set';
import type { GraphExecutor, KqlRunner } from './executors';

/** Default time a read is reused (ms). */
export const DIRECTORY_CACHE_TTL_MS = 60_000;

export interface DirectoryCacheOptions {
  /** How long a result is reused (ms); 0 turns the cache off. */
  readonly ttlMs?: number;
  /** Most results kept (oldest dropped first). */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

/** Counts since the cache was made (or last cleared), for tests and benchmarks. */
export interface DirectoryCacheStats {
  readonly hits: number;
  readonly misses: number;
}

/** The process's cache of shared reads. */
export class DirectoryCache {
  private readonly entries = new Map<string, { at: number; value: Promise<GraphResult | KqlResult> }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private hits = 0;
  private misses = 0;

  constructor(options: DirectoryCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? DIRECTORY_CACHE_TTL_MS;
    this.maxEntries = options.maxEntries ?? 2_000;
    this.now = options.now ?? Date.now;
  }

  /** The result for `request`: from the cache when fresh, else from `load` (shared while in flight). */
  lookup(request: GraphRequest, load: (r: GraphRequest) => Promise<GraphResult>): Promise<GraphResult> {
    if (request.shared === false) return load(request);
    // The rows are shared; the result names the request that asked (its id is the answer's handle).
    return this.cached(graphKey(request), () => load(request), (r) => ({ ...(r as GraphResult), query: request }));
  }

  /** The same for a KQL query: keyed by database, text and row cap (not by the time left to it). */
  lookupKql(query: KqlQuery, load: (q: KqlQuery) => Promise<KqlResult>): Promise<KqlResult> {
    return this.cached(JSON.stringify(['kql', query.database ?? '', query.text, query.maxRows ?? 0]), () => load(query), (r) => ({ ...(r as KqlResult), query }));
  }

  private cached<T extends GraphResult | KqlResult>(key: string, load: () => Promise<T>, asAsked: (r: GraphResult | KqlResult) => T): Promise<T> {
    if (this.ttlMs <= 0) return load();
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) {
      this.hits++;
      const { at } = hit;
      return hit.value.then((r) => ({ ...asAsked(r), reusedAgeMs: Math.max(0, this.now() - at) }));
    }
    this.misses++;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { at: this.now(), value });
    value.catch(() => { if (this.entries.get(key)?.value === value) this.entries.delete(key); });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  stats(): DirectoryCacheStats {
    return { hits: this.hits, misses: this.misses };
  }

  /** Forgets every result (benchmarks that measure a first question; tests). */
  clear(): void {
    this.entries.clear();
    this.hits = 0;
    this.misses = 0;
  }
}

/** What makes two Graph reads the same: version, path with its query, headers, row cap, 404 handling. */
function graphKey(r: GraphRequest): string {
  const headers = Object.entries(r.headers ?? {}).map(([k, v]) => `${k.toLowerCase()}:${v}`).sort();
  return JSON.stringify([r.version ?? 'v1.0', r.path, headers, r.maxRows ?? 0, r.allowNotFound === true]);
}

/** `graph` with its reads answered through `cache` (those marked `shared: false` go straight through). */
export function withDirectoryCache(graph: GraphExecutor, cache: DirectoryCache | undefined): GraphExecutor {
  if (!cache) return graph;
  return { execute: (request) => cache.lookup(request, (r) => graph.execute(r)) };
}

/** `kql` with its queries answered through `cache`. */
export function withKqlCache(kql: KqlRunner, cache: DirectoryCache | undefined): KqlRunner {
  if (!cache) return kql;
  return {
    execute: (query) => cache.lookupKql(query, (q) => kql.execute(q)),
    ...(kql.servesTables ? { servesTables: (names: readonly string[]) => kql.servesTables!(names) } : {}),
  };
}
