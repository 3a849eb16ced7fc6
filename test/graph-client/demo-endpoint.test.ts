import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGraphServer } from '../../src/demo/graph-server';
import type { GraphServer } from '../../src/demo/graph-server';
import type { GraphRequest } from '../../src/planning/query-plan';
import type { GraphResult } from '../../src/sources/result-set';
import { createGraphSource, GraphRequestError, odataFilter, odataQuery, odataSearch } from '../../src/sources/graph';
import type { GraphSourceOptions } from '../../src/sources/graph';
import { clientTestModel, financeGroupId, GROUP_COUNT, groupId, HOSTILE_NAMES, USER_COUNT, userId } from './demo-model';

/**
 * The Graph client against the demo tenant's Graph endpoint (src/demo/graph-server): the same code
 * that talks to graph.microsoft.com, here through a real OData parser, paging and `$batch`.
 */
let server: GraphServer;
beforeAll(async () => {
  server = await startGraphServer({ model: clientTestModel() });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.setFaults(undefined);
});

const source = (options: GraphSourceOptions = {}) => createGraphSource({ mode: 'demo', baseUrl: server.url }, options);
const get = (id: string, path: string, extra: Partial<GraphRequest> = {}): GraphRequest => ({ source: 'graph', id, method: 'GET', path, ...extra });
const eventual = { ConsistencyLevel: 'eventual' };

function result(v: GraphResult | GraphRequestError | undefined): GraphResult {
  if (v === undefined || v instanceof GraphRequestError) throw new Error(`expected a result, got ${String(v)}`);
  return v;
}

describe('escaping through a real OData parser', () => {
  it.each(HOSTILE_NAMES.map((name, i) => [name, i] as const))('finds exactly %j by displayName eq', async (name, i) => {
    const path = `/users${odataQuery({ filter: odataFilter`displayName eq ${name}`, select: ['id', 'displayName'] })}`;
    const r = await source().execute(get('u', path));
    expect(r.rows).toEqual([{ id: userId(i), displayName: name }]);
  });

  it('finds hostile names by startswith and by $search', async () => {
    const graph = source();
    for (const [i, name] of HOSTILE_NAMES.entries()) {
      const prefix = name.slice(0, 12);
      const byPrefix = await graph.execute(get('p', `/users${odataQuery({ filter: odataFilter`startswith(displayName,${prefix})`, select: ['id'] })}`));
      expect(byPrefix.rows.map((r) => r['id'])).toContain(userId(i));
      const bySearch = await graph.execute(
        get('s', `/users${odataQuery({ search: odataSearch('displayName', name.slice(0, 8)), count: true, select: ['id'] })}`, { headers: eventual }),
      );
      expect(bySearch.count).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('paging, counting and errors', () => {
  it('follows next links to maxRows and reports truncation', async () => {
    const graph = source();
    const capped = await graph.execute(get('all', `/users${odataQuery({ select: ['id'], top: 40 })}`, { maxRows: 100 }));
    expect(capped.rows).toHaveLength(100);
    expect(capped.truncated).toBe(true);
    const all = await graph.execute(get('all', `/users${odataQuery({ select: ['id'], top: 40 })}`, { maxRows: 10_000 }));
    expect(all.rows).toHaveLength(USER_COUNT);
    expect(new Set(all.rows.map((r) => r['id'])).size).toBe(USER_COUNT);
    expect(all.truncated).toBe(false);
    const members = await graph.execute(get('m', `/groups/${financeGroupId}/members?$select=id`, { maxRows: 500 }));
    expect(members.rows).toHaveLength(130);
  });

  it('reads @odata.count and /$count with ConsistencyLevel', async () => {
    const graph = source();
    const counted = await graph.execute(get('c', `/users${odataQuery({ count: true, top: 1, select: ['id'] })}`, { headers: eventual }));
    expect(counted.count).toBe(USER_COUNT);
    const bare = await graph.execute(get('n', '/users/$count', { headers: eventual }));
    expect(bare.count).toBe(USER_COUNT);
  });

  it('turns Graph error envelopes into typed errors', async () => {
    const graph = source();
    const missing = await graph.execute(get('x', '/users/00000000-0000-4000-8000-00000000dead')).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(GraphRequestError);
    expect(missing).toMatchObject({ status: 404, kind: 'notFound', code: 'Request_ResourceNotFound', queryId: 'x' });
    expect((missing as GraphRequestError).requestId).toMatch(/\S/);
    const unsupported = await graph.execute(get('y', `/users${odataQuery({ filter: odataFilter`endswith(mail,${'.com'})` })}`)).catch((e: unknown) => e);
    expect(unsupported).toMatchObject({ status: 400, kind: 'badRequest' });
    const allowed = await graph.execute(get('z', '/users/00000000-0000-4000-8000-00000000dead', { allowNotFound: true }));
    expect(allowed.rows).toEqual([]);
  });
});

describe('$batch', () => {
  it('answers 45 requests with 3 HTTP requests', async () => {
    const graph = source();
    const before = server.requestCount();
    const reqs = Array.from({ length: 45 }, (_v, i) => get(`u${i}`, `/users/${userId(i)}?$select=id,displayName`));
    const out = await graph.executeAll(reqs);
    expect(server.requestCount() - before).toBe(3);
    for (let i = 0; i < 45; i++) expect(result(out.get(`u${i}`)).rows[0]?.['id']).toBe(userId(i));
  });

  it('exports the members of 60 groups in 3 HTTP requests instead of 60', async () => {
    const graph = source();
    const before = server.requestCount();
    const reqs = Array.from({ length: GROUP_COUNT }, (_v, g) => get(`g${g}`, `/groups/${groupId(g)}/members?$select=id&$top=999`, { maxRows: 100_000 }));
    const out = await graph.executeAll(reqs);
    expect(server.requestCount() - before).toBe(Math.ceil(GROUP_COUNT / 20));
    expect(result(out.get('g0')).rows).toHaveLength(130);
    for (let g = 1; g < GROUP_COUNT; g++) expect(result(out.get(`g${g}`)).rows).toHaveLength(g);
  });

  it('mixes results, errors and further pages', async () => {
    const graph = source();
    const out = await graph.executeAll([
      get('one', `/users/${userId(3)}?$select=id`),
      get('gone', '/users/00000000-0000-4000-8000-00000000dead'),
      get('page', `/users${odataQuery({ select: ['id'], top: 100 })}`, { maxRows: 150 }),
      get('owners', `/groups/${financeGroupId}/owners?$select=id`),
      get('count', '/users/$count', { headers: eventual }),
    ]);
    expect(result(out.get('count')).count).toBe(USER_COUNT);
    expect(result(out.get('one')).rows).toEqual([{ id: userId(3) }]);
    expect(out.get('gone')).toMatchObject({ kind: 'notFound', queryId: 'gone' });
    expect(result(out.get('page')).rows).toHaveLength(150);
    expect(result(out.get('owners')).rows.map((r) => r['id'])).toEqual([userId(0), userId(1)]);
  });
});

describe('under injected faults', () => {
  it('rides out throttling without Retry-After and dropped connections', async () => {
    server.setFaults({ rate429: 0.3, retryAfterSeconds: 'none', dropRate: 0.2, seed: 11 });
    const graph = source({ maxRetries: 10, baseDelayMs: 5, maxDelayMs: 50 });
    const before = server.requestCount();
    for (let i = 0; i < 20; i++) {
      const r = await graph.execute(get(`u${i}`, `/users/${userId(i)}?$select=id`));
      expect(r.rows).toEqual([{ id: userId(i) }]);
    }
    expect(server.requestCount() - before).toBeGreaterThan(20);
  });

  it('honours the endpoint\'s Retry-After on 429', async () => {
    server.setFaults({ rate429: 1, retryAfterSeconds: 1 });
    const graph = source({ maxRetries: 3, budgetMs: 1_500 });
    const started = performance.now();
    const err = await graph.execute(get('t', `/users/${userId(1)}`)).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect(err).toMatchObject({ kind: 'throttled', status: 429, retryAfterMs: 1000 });
    // One wait of 1 s fits the 1.5 s budget; a second would not, so the error comes back then.
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(1_500);
  });

  it('gives a typed timeout for a slow endpoint', async () => {
    server.setFaults({ slowMs: 1_000 });
    const err = await source({ timeoutMs: 100 }).execute(get('slow', '/users?$top=1')).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'timeout', queryId: 'slow' });
  });
});
