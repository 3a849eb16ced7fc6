import { describe, expect, it } from 'vitest';
import { startGraphServer } from '../../src/demo/graph-server';
import type { GraphServer, RequestLogEntry } from '../../src/demo/graph-server';
import type { GraphObject } from '../../src/demo/model';
import { fixtureModel, fixtureSignIns, gid } from './fixture';

async function withServer(fn: (s: GraphServer) => Promise<void>, latencyMs?: number): Promise<void> {
  const s = await startGraphServer({ model: fixtureModel(), latencyMs });
  try {
    await fn(s);
  } finally {
    await s.close();
  }
}

describe('fault mode', () => {
  it('429 with Retry-After and Graph error body', () =>
    withServer(async (s) => {
      s.setFaults({ rate429: 1, retryAfterSeconds: 7 });
      const r = await fetch(`${s.url}/users`);
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('7');
      const body = (await r.json()) as { error: { code: string; innerError: Record<string, string> } };
      expect(body.error.code).toBe('TooManyRequests');
      expect(body.error.innerError['request-id']).toBe(r.headers.get('request-id'));
    }));

  it("429 without Retry-After ('none'), and 'mixed' is deterministic per seed", () =>
    withServer(async (s) => {
      s.setFaults({ rate429: 1, retryAfterSeconds: 'none' });
      const r = await fetch(`${s.url}/users`);
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBeNull();
      const run = async (): Promise<(string | null)[]> => {
        s.setFaults({ rate429: 1, retryAfterSeconds: 'mixed', seed: 42 });
        const out: (string | null)[] = [];
        for (let i = 0; i < 12; i++) out.push((await fetch(`${s.url}/users`)).headers.get('retry-after'));
        return out;
      };
      const first = await run();
      expect(first).toEqual(await run());
      expect(first).toContain(null);
      expect(first).toContain('1');
    }));

  it('503 serviceNotAvailable', () =>
    withServer(async (s) => {
      s.setFaults({ rate503: 1 });
      const r = await fetch(`${s.url}/groups`);
      expect(r.status).toBe(503);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('serviceNotAvailable');
    }));

  it('a share of requests, only on the chosen paths, deterministically', () =>
    withServer(async (s) => {
      const statuses = async (): Promise<number[]> => {
        s.setFaults({ rate429: 0.5, seed: 7, paths: ['/identityProtection'] });
        const out: number[] = [];
        for (let i = 0; i < 20; i++) out.push((await fetch(`${s.url}/identityProtection/riskyUsers`)).status);
        out.push((await fetch(`${s.url}/users?$top=1`)).status);
        return out;
      };
      const a = await statuses();
      expect(a).toEqual(await statuses());
      expect(a.filter((x) => x === 429).length).toBeGreaterThan(3);
      expect(a.filter((x) => x === 200).length).toBeGreaterThan(3);
      expect(a[a.length - 1]).toBe(200);
    }));

  it('dropped connections fail the fetch', () =>
    withServer(async (s) => {
      s.setFaults({ dropRate: 1 });
      await expect(fetch(`${s.url}/users`)).rejects.toThrow();
      s.setFaults(undefined);
      expect((await fetch(`${s.url}/users?$top=1`)).status).toBe(200);
    }));

  it('slow responses and base latency', () =>
    withServer(async (s) => {
      s.setFaults({ slowMs: 150 });
      let t = Date.now();
      expect((await fetch(`${s.url}/users?$top=1`)).status).toBe(200);
      expect(Date.now() - t).toBeGreaterThanOrEqual(140);
      s.setFaults(undefined);
      t = Date.now();
      await fetch(`${s.url}/users?$top=1`);
      expect(Date.now() - t).toBeGreaterThanOrEqual(45);
    }, 50));

  it('a slow body: headers come at once, the body stalls', () =>
    withServer(async (s) => {
      s.setFaults({ slowMs: 200, slowPhase: 'body' });
      const t = Date.now();
      const res = await fetch(`${s.url}/users?$top=5`);
      const headersAt = Date.now() - t;
      expect(res.status).toBe(200);
      const body = (await res.json()) as { value: unknown[] };
      expect(body.value).toHaveLength(5);
      expect(Date.now() - t).toBeGreaterThanOrEqual(190);
      expect(headersAt).toBeLessThan(190);
    }));

  it('throttles inner requests of a $batch individually', () =>
    withServer(async (s) => {
      s.setFaults({ rate429: 1, paths: ['/users'] });
      const res = await fetch(`${s.url}/$batch`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/users' }, { id: '2', method: 'GET', url: '/groups' }] }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { responses: { status: number; headers: Record<string, string> }[] };
      expect(body.responses.map((r) => r.status)).toEqual([429, 200]);
      expect(body.responses[0]?.headers['Retry-After']).toBe('1');
    }));

  it('reports each answered request with its caller and bearer token', async () => {
    const seen: RequestLogEntry[] = [];
    const s = await startGraphServer({ model: fixtureModel(), onRequest: (e) => seen.push(e) });
    try {
      await fetch(`${s.url}/users?$top=1`, { headers: { 'X-EntraAsk-Caller': 'caller-1', Authorization: 'Bearer t0k3n' } });
      await fetch(`${s.url}/nope`);
      expect(seen.map((e) => [e.url, e.status, e.context.callerId, e.context.bearerToken])).toEqual([
        ['/v1.0/users?$top=1', 200, 'caller-1', 't0k3n'],
        ['/v1.0/nope', 400, undefined, undefined],
      ]);
    } finally {
      await s.close();
    }
  });

  it('warms the sign-in store in the background without holding up directory requests', async () => {
    let finished = false;
    function* many(): Iterable<GraphObject> {
      yield* fixtureSignIns(100_000);
      finished = true;
    }
    const s = await startGraphServer({ model: fixtureModel(), signIns: many, warmSignIns: true });
    try {
      expect((await fetch(`${s.url}/users?$top=1`)).status).toBe(200);
      expect(finished).toBe(false);
      const r = (await (await fetch(`${s.url}/auditLogs/signIns?$top=1`)).json()) as { value: { id: string }[] };
      expect(finished).toBe(true);
      expect(r.value[0]?.id).toBe(gid(10, 99_999));
    } finally {
      await s.close();
    }
  });

  it('counts requests', () =>
    withServer(async (s) => {
      const before = s.requestCount();
      await fetch(`${s.url}/users?$top=1`);
      await fetch(`${s.url}/groups?$top=1`);
      expect(s.requestCount() - before).toBe(2);
    }));
});
