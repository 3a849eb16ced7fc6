import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, retryDelayMs } from '../../src/sources/graph/retry-policy';

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(' 0 ')).toBe(0);
    expect(parseRetryAfter('0.25')).toBe(250);
    const now = Date.parse('2026-11-22T05:00:00Z');
    expect(parseRetryAfter('Sun, 22 Nov 2026 05:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 04:59:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    for (const v of [null, undefined, '', 'soon', '-5', '1e3']) expect(parseRetryAfter(v)).toBeUndefined();
  });
});

describe('backoff', () => {
  it('is full jitter under an exponential cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (retry, r) => {
        const policy = { baseDelayMs: 100, maxDelayMs: 5_000, random: () => r };
        const d = backoffDelayMs(retry, policy);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(Math.min(5_000, 100 * 2 ** retry));
      }),
    );
    expect([0, 1, 2, 3].map((n) => backoffDelayMs(n, { baseDelayMs: 100, maxDelayMs: 500, random: () => 0.5 }))).toEqual([50, 100, 200, 250]);
  });
  it('prefers Retry-After, capped at maxDelayMs', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, maxDelayMs: 1_000, random: () => 0.5 };
    expect(retryDelayMs(0, 700, policy)).toBe(700);
    expect(retryDelayMs(0, 120_000, policy)).toBe(1_000);
    expect(retryDelayMs(1, undefined, policy)).toBe(500);
  });
  it('retries throttling and unavailability only', () => {
    expect([429, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 400, 401, 403, 404, 500, 501].some(isRetryableStatus)).toBe(false);
  });
});
