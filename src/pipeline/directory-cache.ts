/**
 * A short-lived cache of directory lookups shared by every conversation of the process: name
 * resolution ("Karita" → a user object) and the resource service principals a second round reads
 * to name app roles. Those answers are the same whoever asks (the bot reads them with its own
 * identity), so a second person asking about the same name within the TTL needs no Graph round
 * trip, and fifty people asking at once send one request (in-flight lookups are shared).
 *
 * It caches Graph results, never decisions: it sits under the pipeline's policy, which decides per
 * asker before any lookup (a denied person never reaches it), again after resolution (the self /
 * owner / manager exceptions), and per query by the data each reads. Only requests a planner marks
 * `shared` (GraphRequest.shared) are cached; failures are not. Delegated mode must not use it: there
 * each person's own token decides what Graph returns.
 *
 * TTL: DIRECTORY_CACHE_TTL_SECONDS (default 60 s; 0 turns it off). A renamed, new or deleted object
 * shows in answers after at most that long.
 */
import type { GraphRequest } from '../planning/query-plan';
import type { GraphResult } from '../sources/result-set';
import type { GraphExecutor } from './executors';

/** Default time a directory lookup is reused (ms). */
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

/** The process's cache of shared directory lookups. */
export class DirectoryCache {
  private readonly entries = new Map<string, { at: number; value: Promise<GraphResult> }>();
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
    if (this.ttlMs <= 0 || request.shared !== true) return load(request);
    const key = keyOf(request);
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) {
      this.hits++;
      // The rows are shared; the result names the request that asked (its id is the answer's handle).
      return hit.value.then((r) => ({ ...r, query: request }));
    }
    this.misses++;
    const value = load(request);
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

/** What makes two lookups the same: version, path with its query, headers, row cap, 404 handling. */
function keyOf(r: GraphRequest): string {
  const headers = Object.entries(r.headers ?? {}).map(([k, v]) => `${k.toLowerCase()}:${v}`).sort();
  return JSON.stringify([r.version ?? 'v1.0', r.path, headers, r.maxRows ?? 0, r.allowNotFound === true]);
}

/** `graph` with its shared lookups answered through `cache` (every other request goes straight through). */
export function withDirectoryCache(graph: GraphExecutor, cache: DirectoryCache | undefined): GraphExecutor {
  if (!cache) return graph;
  return { execute: (request) => cache.lookup(request, (r) => graph.execute(r)) };
}
