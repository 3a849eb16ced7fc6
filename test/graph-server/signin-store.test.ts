import { describe, expect, it } from 'vitest';
import { SignInStore } from '../../src/demo/graph-server';
import type { GraphObject } from '../../src/demo/model';
import { gid } from './fixture';

const at = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');
const T0 = Date.parse('2026-11-01T00:00:00Z');

async function roundTrip(rows: GraphObject[]): Promise<SignInStore> {
  const store = await SignInStore.build(() => rows);
  const sorted = [...rows].map((r, i) => ({ r, i })).sort((a, b) => Date.parse(String(a.r['createdDateTime'])) - Date.parse(String(b.r['createdDateTime'])) || a.i - b.i);
  const mismatches = sorted.filter(({ r }, pos) => JSON.stringify(store.objectAt(pos)) !== JSON.stringify(r)).map(({ i }) => i);
  expect(mismatches).toEqual([]);
  return store;
}

describe('SignInStore', () => {
  it('round-trips rows in time order even when the source is not sorted', async () => {
    const rows = [3, 1, 2, 0].map((k) => ({ id: gid(20, k), createdDateTime: at(T0 + k * 1000), userId: gid(1, k) }));
    const store = await roundTrip(rows);
    expect(store.positionOfId(gid(20, 3))).toBe(3);
    expect(store.lowerBound(T0 + 1500)).toBe(2);
  });

  it('keeps ids that are not GUIDs and times in other formats exactly as written', async () => {
    await roundTrip([
      { id: 'not-a-guid', createdDateTime: '2026-11-01T00:00:00.1234567Z', a: 1 },
      { id: gid(20, 1).toUpperCase(), createdDateTime: '2026-11-01T00:00:01.500Z', a: 2 },
      { id: gid(20, 2), createdDateTime: '2026-11-01T00:00:02+00:00' },
    ]);
  });

  it('handles columns that appear mid-stream, absent values and nulls', async () => {
    await roundTrip([
      { id: gid(20, 0), createdDateTime: at(T0), a: null },
      { id: gid(20, 1), createdDateTime: at(T0 + 1), b: { x: [1, { y: null }] } },
      { id: gid(20, 2), createdDateTime: at(T0 + 2), a: 'v', b: { x: [1, { y: null }] } },
      { id: gid(20, 3), createdDateTime: at(T0 + 3), b: { x: [1, { y: 0 }] } },
    ]);
  });

  it('widens codes past 255 and 65,535 distinct values across chunks', async () => {
    const rows: GraphObject[] = [];
    for (let i = 0; i < 70_000; i++) rows.push({ id: gid(21, i), createdDateTime: at(T0 + i * 1000), ipAddress: `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, small: i % 3 });
    const store = await roundTrip(rows);
    expect(store.stats().columns['ipAddress']).toBe(70_001);
  });

  it('distinguishes values that only differ in type or key order', async () => {
    await roundTrip([
      { id: gid(20, 0), createdDateTime: at(T0), v: 1, o: { a: 1, b: 2 } },
      { id: gid(20, 1), createdDateTime: at(T0 + 1), v: '1', o: { b: 2, a: 1 } },
      { id: gid(20, 2), createdDateTime: at(T0 + 2), v: true, o: { a: 1, b: 2 } },
      { id: gid(20, 3), createdDateTime: at(T0 + 3), v: 'true', o: [1, 2] },
      { id: gid(20, 4), createdDateTime: at(T0 + 4), v: '\u0000null', o: null },
      { id: gid(20, 5), createdDateTime: at(T0 + 5), v: null, o: '\u0000null' },
    ]);
  });
});
