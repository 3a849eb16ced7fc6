import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iso } from '../../src/demo/generator/time';

describe('iso', () => {
  it('formats like Date#toISOString without milliseconds, for any instant in years 1970–2100', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
      expect(iso(ms)).toBe(new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
    }), { numRuns: 5000 });
    expect(iso(Date.parse('2026-11-20T23:59:59.999Z'))).toBe('2026-11-20T23:59:59Z');
    expect(iso(Date.parse('2024-02-29T00:00:00Z'))).toBe('2024-02-29T00:00:00Z');
  });
});
