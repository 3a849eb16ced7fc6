import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/demo/store/to-json';
import { small, smallNonInteractive, smallSignIns } from './fixture';

describe('toJson (serializer with cached frozen parts)', () => {
  it('is byte-identical to JSON.stringify on every sign-in and model object', () => {
    const values: unknown[] = [...smallSignIns(), ...smallNonInteractive().slice(0, 5000), ...small().users, ...small().directoryAudits, small().tenant];
    const different = values.filter((v) => toJson(v) !== JSON.stringify(v));
    expect(different.slice(0, 2)).toEqual([]);
  });

  it('handles edge values as JSON.stringify does', () => {
    const frozen = Object.freeze({ a: [1, 'x'], b: null });
    const cases: unknown[] = [
      { a: undefined, b: 1, c: 'q"uote\n', d: frozen, e: [frozen, frozen], 1: 'numeric key first', f: () => 1 },
      [], {}, null, 'text', 0, -0, 1.5e300, Object.freeze([]), { nested: { deeper: [{ x: true }] } },
    ];
    for (const c of cases) expect(toJson(c)).toBe(JSON.stringify(c));
  });

  it('sign-ins share frozen parts, so one sign-in cannot change another', () => {
    const [a, b] = smallSignIns().filter((s) => (s['status'] as { errorCode: number }).errorCode === 0);
    expect(Object.isFrozen(a?.['location'])).toBe(true);
    expect(() => {
      'use strict';
      (a?.['status'] as Record<string, unknown>)['errorCode'] = 1;
    }).toThrow();
    expect((b?.['status'] as { errorCode: number }).errorCode).toBe(0);
  });
});
