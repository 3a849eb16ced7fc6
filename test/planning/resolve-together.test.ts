import { describe, expect, it } from 'vitest';
import { resolveEntity, type ResolveTrace } from '../../src/planning/resolve/resolver';
import { groupSpec } from '../../src/planning/resolve/specs';
import type { GraphRequest } from '../../src/planning/query-plan';
import type { GraphResult } from '../../src/sources/result-set';

/** A lookup whose answers arrive only when the test releases them, recording what was in flight. */
function heldLookup(answers: Record<string, readonly Record<string, unknown>[] | Error>) {
  const waiting: (() => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const lookup = (request: GraphRequest): Promise<GraphResult> => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise((resolve, reject) => {
      waiting.push(() => {
        inFlight--;
        const a = answers[request.id];
        if (a instanceof Error) reject(a);
        else resolve({ source: 'graph', rows: [...(a ?? [])], truncated: false } as unknown as GraphResult);
      });
    });
  };
  // Lets a few milliseconds pass (every request sent at once is then in flight), answers them, and
  // goes on until nothing more is sent: sent one after another, they would be answered in turn.
  const releaseAll = async () => {
    for (;;) {
      await new Promise((r) => setTimeout(r, 5));
      if (waiting.length === 0) return;
      for (const w of waiting.splice(0)) w();
    }
  };
  return { lookup, releaseAll, maxInFlight: () => maxInFlight };
}

const finance = { id: 'g1', displayName: 'Finance Department' };

describe('name resolution sends its requests together (one round trip, issue 21)', () => {
  it('a prefix found by the second request costs one round trip, not two', async () => {
    const held = heldLookup({ 'resolve.group': [], 'resolve.group.prefix': [finance] });
    const trace: ResolveTrace = { requests: [] };
    const pending = resolveEntity(groupSpec, 'Finance', held.lookup, trace);
    await held.releaseAll();
    expect(await pending).toMatchObject({ outcome: 'found', ref: { id: 'g1', displayName: 'Finance Department' } });
    expect(held.maxInFlight()).toBe(2);
    expect(trace.requests.map((r) => r.id)).toEqual(['resolve.group', 'resolve.group.prefix']);
  });

  it('the exact match still wins over the prefix matches, in the spec\'s order', async () => {
    const other = { id: 'g2', displayName: 'Finance Department Archive' };
    const held = heldLookup({ 'resolve.group': [finance], 'resolve.group.prefix': [other, finance] });
    const pending = resolveEntity(groupSpec, 'Finance Department', held.lookup, { requests: [] });
    await held.releaseAll();
    expect(await pending).toMatchObject({ outcome: 'found', ref: { id: 'g1' } });
  });

  it('a failure after a request that found the name is not the answer; a failure before it is', async () => {
    const later = heldLookup({ 'resolve.group': [finance], 'resolve.group.prefix': new Error('throttled') });
    const ok = resolveEntity(groupSpec, 'Finance Department', later.lookup, { requests: [] });
    await later.releaseAll();
    expect(await ok).toMatchObject({ outcome: 'found', ref: { id: 'g1' } });

    const earlier = heldLookup({ 'resolve.group': new Error('throttled'), 'resolve.group.prefix': [finance] });
    const failed = expect(resolveEntity(groupSpec, 'Finance', earlier.lookup, { requests: [] })).rejects.toThrow('throttled');
    await earlier.releaseAll();
    await failed;
  });

  it('nothing found by any request: not found', async () => {
    const held = heldLookup({});
    const pending = resolveEntity(groupSpec, 'Nobody', held.lookup, { requests: [] });
    await held.releaseAll();
    expect(await pending).toEqual({ outcome: 'notFound' });
  });
});
