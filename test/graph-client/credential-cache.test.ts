import { describe, expect, it } from 'vitest';
import { createGraphSource } from '../../src/sources/graph';
import { CredentialCache } from '../../src/sources/graph/credential-cache';

describe('CredentialCache', () => {
  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new CredentialCache<object>(2, 60_000);
    const made: string[] = [];
    const get = (key: string) => cache.getOrCreate(['t', 'c', key], () => (made.push(key), { key }), 0);
    const a = get('a');
    get('b');
    expect(get('a')).toBe(a); // a is now the most recent
    get('c'); // evicts b
    expect(cache.size).toBe(2);
    get('b');
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });

  it('forgets entries older than maxAge', () => {
    const cache = new CredentialCache<object>(10, 1_000);
    const first = cache.getOrCreate(['x'], () => ({}), 0);
    expect(cache.getOrCreate(['x'], () => ({}), 999)).toBe(first);
    expect(cache.getOrCreate(['x'], () => ({}), 1_000)).not.toBe(first);
  });

  it('keys on every part, unambiguously', () => {
    const cache = new CredentialCache<string>();
    expect(cache.getOrCreate(['ab', 'c'], () => 'one')).toBe('one');
    expect(cache.getOrCreate(['a', 'bc'], () => 'two')).toBe('two');
  });
});

describe('a delegated source per turn', () => {
  it('is cheap to create when the user\'s credential is cached', () => {
    const config = { mode: 'delegated', tenantId: 't', clientId: 'c', clientSecret: 's', userAssertion: 'user-token' } as const;
    createGraphSource(config);
    const started = performance.now();
    for (let i = 0; i < 1_000; i++) createGraphSource(config);
    const perSourceMs = (performance.now() - started) / 1_000;
    expect(perSourceMs).toBeLessThan(1);
  });
});
