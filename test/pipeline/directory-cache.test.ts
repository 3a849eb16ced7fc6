/**
 * The shared read cache (src/pipeline/directory-cache.ts): one read (Graph GET or KQL query)
 * serves every conversation within the TTL, expires after it, caches no failure and nothing a
 * planner marked `shared: false` — and never stands in for the policy, which still decides per
 * asker.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readSettings } from '../../src/config/settings';
import { PERSONAS } from '../../src/demo/personas';
import type { AskOutcome } from '../../src/pipeline/ask';
import { DirectoryCache, withDirectoryCache, withKqlCache } from '../../src/pipeline/directory-cache';
import type { GraphRequest, KqlQuery } from '../../src/planning/query-plan';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import type { GraphResult, KqlResult } from '../../src/sources/result-set';

const req = (id: string, path: string, shared?: boolean): GraphRequest => ({ source: 'graph', id, method: 'GET', path, ...(shared === undefined ? {} : { shared }) });
const kq = (id: string, text: string, maxRows?: number, timeoutMs?: number): KqlQuery => ({ source: 'kql', id, text, ...(maxRows === undefined ? {} : { maxRows }), ...(timeoutMs === undefined ? {} : { timeoutMs }) });

/** A KQL runner that counts its calls and answers with the call number. */
function countingKql(fail = false) {
  let calls = 0;
  return {
    calls: () => calls,
    execute: async (q: KqlQuery): Promise<KqlResult> => {
      calls++;
      const n = calls;
      await new Promise((ok) => setTimeout(ok, 5));
      if (fail) throw new Error(`refused ${n}`);
      return { source: 'kql', query: q, columns: [{ name: 'call', type: 'long' }], rows: [[n]], truncated: false, elapsedMs: 5 };
    },
  };
}

/** A Graph executor that counts its calls and answers with the call number. */
function countingGraph(fail = false) {
  let calls = 0;
  return {
    calls: () => calls,
    execute: async (r: GraphRequest): Promise<GraphResult> => {
      calls++;
      const n = calls;
      await new Promise((ok) => setTimeout(ok, 5));
      if (fail) throw new Error(`refused ${n}`);
      return { source: 'graph', query: r, status: 200, rows: [{ call: n }], truncated: false, elapsedMs: 5 };
    },
  };
}

describe('DirectoryCache', () => {
  it('answers a second lookup of the same request from the first, under the asking request\'s id', async () => {
    const graph = countingGraph();
    const cached = withDirectoryCache(graph, new DirectoryCache({ ttlMs: 60_000 }));
    const a = await cached.execute(req('resolve.user', '/users?$filter=x'));
    const b = await cached.execute(req('resolve.user.again', '/users?$filter=x'));
    expect(graph.calls()).toBe(1);
    expect(b.rows).toEqual(a.rows);
    expect(b.query.id).toBe('resolve.user.again');
  });

  it('shares one lookup between concurrent askers', async () => {
    const graph = countingGraph();
    const cache = new DirectoryCache({ ttlMs: 60_000 });
    const cached = withDirectoryCache(graph, cache);
    const all = await Promise.all(Array.from({ length: 10 }, () => cached.execute(req('r', '/groups?$filter=y'))));
    expect(graph.calls()).toBe(1);
    expect(new Set(all.map((r) => r.rows[0]!['call']))).toEqual(new Set([1]));
    expect(cache.stats()).toEqual({ hits: 9, misses: 1 });
  });

  it('reads Graph again once the TTL has passed', async () => {
    let now = 1_000;
    const graph = countingGraph();
    const cached = withDirectoryCache(graph, new DirectoryCache({ ttlMs: 60_000, now: () => now }));
    await cached.execute(req('r', '/users?$filter=x'));
    now += 59_999;
    await cached.execute(req('r', '/users?$filter=x'));
    expect(graph.calls()).toBe(1);
    now += 1;
    const fresh = await cached.execute(req('r', '/users?$filter=x'));
    expect(graph.calls()).toBe(2);
    expect(fresh.rows[0]!['call']).toBe(2);
  });

  it('keys on the whole request: path, version, headers, row cap', async () => {
    const graph = countingGraph();
    const cached = withDirectoryCache(graph, new DirectoryCache());
    const base = req('r', '/users?$filter=x');
    await cached.execute(base);
    await cached.execute(req('r', '/users?$filter=z'));
    await cached.execute({ ...base, version: 'beta' });
    await cached.execute({ ...base, headers: { ConsistencyLevel: 'eventual' } });
    await cached.execute({ ...base, maxRows: 5 });
    expect(graph.calls()).toBe(5);
  });

  it('caches neither failures nor requests marked shared: false, and a TTL of 0 caches nothing', async () => {
    const failing = countingGraph(true);
    const cached = withDirectoryCache(failing, new DirectoryCache());
    await expect(cached.execute(req('r', '/users?$filter=x'))).rejects.toThrow('refused 1');
    await expect(cached.execute(req('r', '/users?$filter=x'))).rejects.toThrow('refused 2');

    const graph = countingGraph();
    const plain = withDirectoryCache(graph, new DirectoryCache());
    await plain.execute(req('signIns', '/auditLogs/signIns', false));
    await plain.execute(req('signIns', '/auditLogs/signIns', false));
    expect(graph.calls()).toBe(2);
    // Unmarked reads (activity logs included) are shared: their own latency is minutes.
    await plain.execute(req('signIns', '/auditLogs/signIns?$top=5'));
    await plain.execute(req('signIns', '/auditLogs/signIns?$top=5'));
    expect(graph.calls()).toBe(3);

    const off = withDirectoryCache(graph, new DirectoryCache({ ttlMs: 0 }));
    await off.execute(req('r', '/users?$filter=x'));
    await off.execute(req('r', '/users?$filter=x'));
    expect(graph.calls()).toBe(5);
  });

  it('keeps at most maxEntries results, dropping the oldest', async () => {
    const graph = countingGraph();
    const cached = withDirectoryCache(graph, new DirectoryCache({ maxEntries: 2 }));
    for (const p of ['/a', '/b', '/c']) await cached.execute(req('r', p));
    await cached.execute(req('r', '/c'));
    expect(graph.calls()).toBe(3);
    await cached.execute(req('r', '/a'));
    expect(graph.calls()).toBe(4);
  });
});

describe('DirectoryCache for KQL queries', () => {
  it('runs a query once for every asker within the TTL, whatever time each had left, and names the asking query', async () => {
    let t = 0;
    const kql = countingKql();
    const cached = withKqlCache(kql, new DirectoryCache({ ttlMs: 60_000, now: () => t }));
    const [a, b] = await Promise.all([cached.execute(kq('q1', 'SigninLogs | count', 100, 30_000)), cached.execute(kq('q2', 'SigninLogs | count', 100, 12_000))]);
    expect(kql.calls()).toBe(1);
    expect(b.rows).toEqual(a.rows);
    expect(b.query.id).toBe('q2');
    expect(a.reusedAgeMs).toBeUndefined();
    t = 59_999;
    expect((await cached.execute(kq('q3', 'SigninLogs | count', 100))).reusedAgeMs).toBe(59_999);
    expect(kql.calls()).toBe(1);
    t = 60_000;
    await cached.execute(kq('q4', 'SigninLogs | count', 100));
    expect(kql.calls()).toBe(2);
  });

  it('keys on the text, database and row cap, and caches no failure', async () => {
    const kql = countingKql();
    const cached = withKqlCache(kql, new DirectoryCache());
    await cached.execute(kq('q', 'SigninLogs | count', 100));
    await cached.execute(kq('q', 'SigninLogs | count', 1000));
    await cached.execute(kq('q', 'SigninLogs  | count', 100));
    await cached.execute({ ...kq('q', 'SigninLogs | count', 100), database: 'other' });
    expect(kql.calls()).toBe(4);
    const failing = countingKql(true);
    const f = withKqlCache(failing, new DirectoryCache());
    await expect(f.execute(kq('q', 'x'))).rejects.toThrow('refused 1');
    await expect(f.execute(kq('q', 'x'))).rejects.toThrow('refused 2');
  });

  it('is the runner itself when there is no cache (delegated mode, TTL 0)', () => {
    const kql = countingKql();
    expect(withKqlCache(kql, undefined)).toBe(kql);
  });
});

describe('the runtime\'s directory cache, across conversations and askers', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
  }, 120_000);
  afterAll(async () => { await runtime?.close(); });

  const ask = (upn: string, question: string): Promise<AskOutcome> => {
    const asker = runtime.askerFor(upn);
    if (!asker) throw new Error(`no ${upn}`);
    return runtime.pipeline.ask({ question, asker, context: {}, channel: 'test' });
  };

  it('is on by default (DIRECTORY_CACHE_TTL_SECONDS 60) and off with 0', () => {
    expect(runtime.directoryCache).toBeDefined();
    expect(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir') }).directoryCacheTtlMs).toBe(60_000);
    expect(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), DIRECTORY_CACHE_TTL_SECONDS: '0' }).directoryCacheTtlMs).toBe(0);
  });

  it('a second person in another conversation gets the same answer without the name lookup', async () => {
    const cache = runtime.directoryCache!;
    cache.clear();
    const question = 'Who owns the Finance Department group?';
    const before = runtime.demoGraphRequests!();
    const first = await ask(PERSONAS.patti.upn, question);
    const firstRequests = runtime.demoGraphRequests!() - before;
    expect(cache.stats().misses).toBeGreaterThan(0);
    const hitsBefore = cache.stats().hits;
    const mid = runtime.demoGraphRequests!();
    const second = await ask(PERSONAS.megan.upn, question);
    const secondRequests = runtime.demoGraphRequests!() - mid;
    expect(second.answer.kind).toBe(first.answer.kind);
    expect(second.answer.rows).toEqual(first.answer.rows);
    expect(cache.stats().hits).toBeGreaterThan(hitsBefore);
    expect(secondRequests).toBeLessThan(firstRequests);
    // The card still shows the lookup the answer rests on.
    expect(second.queries.map((q) => (q.source === 'graph' ? q.url : ''))).toEqual(first.queries.map((q) => (q.source === 'graph' ? q.url : '')));
  });

  it('does not stand in for the policy: a person without the role is denied a name someone else just looked up', async () => {
    const cache = runtime.directoryCache!;
    cache.clear();
    const admin = await ask(PERSONAS.patti.upn, "Summarize Julieta's risk");
    expect(admin.answer.kind).not.toBe('denied');
    const stats = cache.stats();
    // Risk has no self/owner/manager exception: Alain is refused before any lookup, cached or not.
    const denied = await ask(PERSONAS.alain.upn, "Summarize Julieta's risk");
    expect(denied.answer.kind).toBe('denied');
    expect(denied.queries).toEqual([]);
    expect(denied.resolved).toEqual({});
    expect(cache.stats()).toEqual(stats);
  });

  it('a cached name still goes through the after-lookup check of the self exception', async () => {
    const cache = runtime.directoryCache!;
    cache.clear();
    const question = 'Failed sign-ins for Karita in the past 7 days';
    expect((await ask(PERSONAS.patti.upn, question)).answer.kind).not.toBe('denied');
    const hits = cache.stats().hits;
    const denied = await ask(PERSONAS.alain.upn, question);
    expect(cache.stats().hits).toBeGreaterThan(hits); // the name came from the cache…
    expect(denied.answer.kind).toBe('denied'); // …and Alain is still not Karita
    expect(denied.queries).toEqual([]);
    expect(denied.answer.rows).toEqual([]);
  });

  it('a repeated sign-in log question and KQL question within the TTL read nothing again, for another person too', async () => {
    const cache = runtime.directoryCache!;
    cache.clear();
    for (const question of ['Show failed sign-ins for karita@woodgrovebank.com for the past 7 days', 'How many failed sign-ins this week by app?']) {
      // Another test process may be building the shared test tenant's KQL store (EA502: try again).
      let first = await ask(PERSONAS.patti.upn, question);
      for (let i = 0; i < 90 && first.errorCode === 'EA502'; i++) {
        await new Promise((r) => setTimeout(r, 1000));
        first = await ask(PERSONAS.patti.upn, question);
      }
      expect(first.answer.kind, `${question}: ${first.errorCode ?? ""} ${first.answer.summary}`).not.toBe("error");
      const graphBefore = runtime.demoGraphRequests!();
      const { hits, misses } = cache.stats();
      const second = await ask(PERSONAS.natasha.upn, question);
      expect(runtime.demoGraphRequests!() - graphBefore, question).toBe(0);
      expect(cache.stats().misses, question).toBe(misses);
      expect(cache.stats().hits, question).toBeGreaterThan(hits);
      expect(second.answer.rows, question).toEqual(first.answer.rows);
      // The same queries are shown, each marked as a reused read (and the first asker's were not).
      expect(first.queries.every((q) => q.reusedSeconds === undefined), question).toBe(true);
      expect(second.queries.map(({ reusedSeconds: _, ...q }) => q), question).toEqual(first.queries);
      expect(second.queries.every((q) => typeof q.reusedSeconds === 'number' && q.reusedSeconds >= 0 && q.reusedSeconds < 60), question).toBe(true);
    }
  }, 120_000);
});
