import { createHash } from 'node:crypto';

/**
 * A small LRU of credentials keyed by a hash of what makes them unique (for on-behalf-of: tenant,
 * app and the user's assertion). Keeps the token a user already exchanged, so building a Graph
 * source per Teams turn costs a map lookup. Assertions are never kept as keys, only their hash.
 */
export class CredentialCache<V> {
  private readonly entries = new Map<string, { readonly value: V; readonly created: number }>();

  constructor(
    private readonly maxEntries = 500,
    /** SSO tokens live about an hour; an older entry is useless. */
    private readonly maxAgeMs = 60 * 60 * 1000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  getOrCreate(parts: readonly string[], create: () => V, now: number = Date.now()): V {
    const key = hashKey(parts);
    const hit = this.entries.get(key);
    if (hit !== undefined && now - hit.created < this.maxAgeMs) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = create();
    this.entries.delete(key);
    this.entries.set(key, { value, created: now });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}

function hashKey(parts: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p.length}:${p}|`);
  return h.digest('base64url');
}
