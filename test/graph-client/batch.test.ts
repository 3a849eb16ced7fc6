import { afterEach, describe, expect, it } from 'vitest';
import type { GraphRequest } from '../../src/planning/query-plan';
import type { GraphResult } from '../../src/sources/result-set';
import { createGraphSource, GraphRequestError, MAX_BATCH_SIZE } from '../../src/sources/graph';
import type { StubHandler, StubReply, StubRequest } from './stub-server';
import { closeStubs, graphError, serve } from './stub-server';

afterEach(closeStubs);

/** One item of a `$batch` request body. */
interface BatchItem {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
}

type ItemReply = { status: number; headers?: Record<string, string>; body?: unknown };

/** A Graph-like endpoint: `/$batch` answered item by item with `item`, other GETs with `single`. */
function graphLike(item: (it: BatchItem, round: number) => ItemReply, single: StubHandler = () => ({ status: 500 })): StubHandler {
  let round = 0;
  return (req: StubRequest, i: number): StubReply => {
    if (req.method !== 'POST') return single(req, i) as StubReply;
    expect(req.url).toBe('/v1.0/$batch');
    const { requests } = JSON.parse(req.body) as { requests: BatchItem[] };
    expect(requests.length).toBeLessThanOrEqual(20);
    const r = round++;
    return { body: { responses: requests.map((it) => ({ id: it.id, ...item(it, r) })) } };
  };
}

const get = (id: string, path: string, extra: Partial<GraphRequest> = {}): GraphRequest => ({ source: 'graph', id, method: 'GET', path, ...extra });
const userItem = (it: BatchItem): ItemReply => ({ status: 200, headers: { 'content-type': 'application/json' }, body: { value: [{ url: it.url }] } });

function result(v: GraphResult | GraphRequestError | undefined): GraphResult {
  if (v === undefined || v instanceof GraphRequestError) throw new Error(`expected a result, got ${String(v)}`);
  return v;
}

describe('executeAll', () => {
  it('splits 45 requests into batches of 20, 20 and 5 and maps results by id', async () => {
    const stub = await serve(() => graphLike(userItem));
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root });
    const reqs = Array.from({ length: 45 }, (_v, k) => get(`q${k}`, `/users/u${k}?$select=id`));
    const out = await graph.executeAll(reqs);
    expect(MAX_BATCH_SIZE).toBe(20);
    expect(stub.requests.map((r) => (JSON.parse(r.body) as { requests: unknown[] }).requests.length).sort((a, b) => b - a)).toEqual([20, 20, 5]);
    expect(out.size).toBe(45);
    for (let k = 0; k < 45; k++) {
      const r = result(out.get(`q${k}`));
      expect(r.rows).toEqual([{ url: `/users/u${k}?$select=id` }]);
      expect(r.query.id).toBe(`q${k}`);
    }
  });

  it('reports per-item errors as typed errors and allowed 404s as empty results', async () => {
    const stub = await serve(() =>
      graphLike((it) =>
        it.url.includes('missing') || it.url.includes('risky')
          ? { status: 404, body: graphError('Request_ResourceNotFound', 'No such object.', `rid-${it.id}`) }
          : it.url.includes('secret')
            ? { status: 403, body: graphError('Authorization_RequestDenied', 'Insufficient privileges.', 'rid-403') }
            : userItem(it),
      ),
    );
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root });
    const out = await graph.executeAll([
      get('ok', '/users/u1'),
      get('missing', '/users/missing'),
      get('secret', '/auditLogs/secret'),
      get('risky', '/identityProtection/riskyUsers/u1', { allowNotFound: true }),
    ]);
    expect(result(out.get('ok')).rows).toHaveLength(1);
    expect(out.get('missing')).toMatchObject({ status: 404, kind: 'notFound', code: 'Request_ResourceNotFound', requestId: 'rid-1', queryId: 'missing' });
    expect(out.get('secret')).toMatchObject({ status: 403, kind: 'forbidden', code: 'Authorization_RequestDenied', requestId: 'rid-403' });
    expect(result(out.get('risky'))).toMatchObject({ status: 404, rows: [], truncated: false });
    expect(stub.requests).toHaveLength(1);
  });

  it('re-sends throttled items after their Retry-After (capped by maxDelayMs)', async () => {
    const stub = await serve(() =>
      graphLike((it, round) =>
        round === 0 && it.url.includes('hot')
          ? { status: 429, headers: { 'Retry-After': '5' }, body: graphError('TooManyRequests', 'Slow down.') }
          : userItem(it),
      ),
    );
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root }, { maxDelayMs: 200 });
    const out = await graph.executeAll([get('a', '/users/a'), get('hot', '/users/hot'), get('b', '/users/b')]);
    expect([...out.values()].every((v) => !(v instanceof GraphRequestError))).toBe(true);
    expect(stub.requests).toHaveLength(2);
    const second = JSON.parse(stub.requests[1]?.body ?? '{}') as { requests: BatchItem[] };
    expect(second.requests.map((r) => r.url)).toEqual(['/users/hot']);
    const wait = (stub.requests[1]?.at ?? 0) - (stub.requests[0]?.at ?? 0);
    expect(wait).toBeGreaterThanOrEqual(195);
    expect(wait).toBeLessThan(1000);
  });

  it('gives a throttled error with retryAfterMs when an item stays throttled', async () => {
    const stub = await serve(() =>
      graphLike((it) => (it.url.includes('hot') ? { status: 429, headers: { 'Retry-After': '1' }, body: graphError('TooManyRequests', 'No.') } : userItem(it))),
    );
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root }, { maxRetries: 1, maxDelayMs: 20 });
    const out = await graph.executeAll([get('a', '/users/a'), get('hot', '/users/hot')]);
    expect(out.get('hot')).toMatchObject({ kind: 'throttled', status: 429, retryAfterMs: 1000 });
    expect(result(out.get('a')).rows).toHaveLength(1);
    expect(stub.requests).toHaveLength(2);
  });

  it('sends headers per item and the caller header in demo mode', async () => {
    const stub = await serve(() => graphLike(userItem));
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root }, { callerId: 'jason' });
    await graph.executeAll([get('a', '/users?$count=true', { headers: { ConsistencyLevel: 'eventual' } }), get('b', 'groups')]);
    const seen = stub.requests[0];
    expect(seen?.headers['x-entraask-caller']).toBe('jason');
    expect(seen?.headers['content-type']).toMatch(/application\/json/);
    const { requests } = JSON.parse(seen?.body ?? '{}') as { requests: BatchItem[] };
    expect(requests[0]).toEqual({ id: '0', method: 'GET', url: '/users?$count=true', headers: { 'X-EntraAsk-Caller': 'jason', ConsistencyLevel: 'eventual' } });
    expect(requests[1]?.url).toBe('/groups');
  });

  it('follows next links of batched first pages with single GETs up to maxRows', async () => {
    let root = '';
    const stub = await serve((r) => {
      root = r;
      return graphLike(
        (it) =>
          it.url.startsWith('/groups')
            ? { status: 200, body: { value: [{ id: 'g0' }, { id: 'g1' }], '@odata.nextLink': `${root}/groups?$skiptoken=2` } }
            : userItem(it),
        () => ({ body: { value: [{ id: 'g2' }, { id: 'g3' }], '@odata.nextLink': `${root}/groups?$skiptoken=4` } }),
      );
    });
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root });
    const out = await graph.executeAll([get('groups', '/groups', { maxRows: 3 }), get('me', '/users/u1')]);
    const groups = result(out.get('groups'));
    expect(groups.rows.map((g) => g['id'])).toEqual(['g0', 'g1', 'g2']);
    expect(groups.truncated).toBe(true);
    expect(stub.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /v1.0/$batch', 'GET /v1.0/groups?$skiptoken=2']);
  });

  it('batches the further pages of several requests too', async () => {
    // Collections a and b, 5 rows each, 2 per page: pages are fetched in rounds of one $batch.
    const pageOf = (url: string): ItemReply => {
      const u = new URL(url, 'http://stub');
      const name = u.pathname.slice(1);
      const skip = Number(u.searchParams.get('$skiptoken') ?? '0');
      const value = [skip, skip + 1].filter((n) => n < 5).map((n) => ({ id: `${name}${n}` }));
      return { status: 200, body: { value, ...(skip + 2 < 5 ? { '@odata.nextLink': `${root}/${name}?$skiptoken=${skip + 2}` } : {}) } };
    };
    let root = '';
    const stub = await serve((r) => {
      root = r;
      return graphLike(
        (it) => pageOf(it.url),
        (req) => ({ body: pageOf(req.url.replace('/v1.0', '')).body }),
      );
    });
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root });
    const out = await graph.executeAll([get('a', '/a', { maxRows: 100 }), get('b', '/b', { maxRows: 3 }), get('c', '/c')]);
    expect(result(out.get('a')).rows.map((r) => r['id'])).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(result(out.get('a')).truncated).toBe(false);
    expect(result(out.get('b')).rows.map((r) => r['id'])).toEqual(['b0', 'b1', 'b2']);
    expect(result(out.get('b')).truncated).toBe(true);
    expect(result(out.get('c')).rows).toHaveLength(2);
    expect(result(out.get('c')).truncated).toBe(true);
    // Round 1: a, b, c (batch). Round 2: a, b (batch). Round 3: a alone (plain GET).
    expect(stub.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'GET']);
    const round2 = JSON.parse(stub.requests[1]?.body ?? '{}') as { requests: BatchItem[] };
    expect(round2.requests.map((r) => r.url)).toEqual(['/a?$skiptoken=2', '/b?$skiptoken=2']);
  });

  it('uses a plain GET for a single request', async () => {
    const stub = await serve(() => graphLike(userItem, () => ({ body: { value: [{ id: 'x' }] } })));
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root });
    const out = await graph.executeAll([get('only', '/users')]);
    expect(result(out.get('only')).rows).toEqual([{ id: 'x' }]);
    expect(stub.requests.map((r) => r.method)).toEqual(['GET']);
    expect((await graph.executeAll([])).size).toBe(0);
  });

  it('gives every item the error when the batch itself fails', async () => {
    const stub = await serve(() => () => ({ status: 400, body: graphError('BadRequest', 'Invalid batch payload.', 'rid-b') }));
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root });
    const out = await graph.executeAll([get('a', '/users/a'), get('b', '/users/b')]);
    expect(out.get('a')).toMatchObject({ kind: 'badRequest', code: 'BadRequest', requestId: 'rid-b', queryId: 'a' });
    expect(out.get('b')).toMatchObject({ kind: 'badRequest', queryId: 'b' });
  });

  it('gives every item a typed timeout when the batch call times out', async () => {
    const stub = await serve(() => () => ({ delayMs: 2000, body: { responses: [] } }));
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root }, { timeoutMs: 100 });
    const out = await graph.executeAll([get('a', '/users/a'), get('b', '/users/b')]);
    expect(out.get('a')).toMatchObject({ kind: 'timeout', queryId: 'a' });
    expect(out.get('b')).toMatchObject({ kind: 'timeout', queryId: 'b' });
  });

  it('reads /$count items, base64-encoded as Graph sends them or as plain text', async () => {
    const stub = await serve(() =>
      graphLike((it) => ({
        status: 200,
        headers: { 'Content-Type': 'text/plain' },
        body: it.id === '0' ? Buffer.from('523').toString('base64') : '17',
      })),
    );
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root });
    const out = await graph.executeAll([get('users', '/users/$count'), get('groups', '/groups/$count')]);
    expect(result(out.get('users')).count).toBe(523);
    expect(result(out.get('groups')).count).toBe(17);
  });

  it('reports an item the batch answer left out', async () => {
    const stub = await serve(() => () => ({ body: { responses: [{ id: '0', status: 200, body: { id: 'a' } }] } }));
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root });
    const out = await graph.executeAll([get('a', '/users/a'), get('b', '/users/b')]);
    expect(result(out.get('a')).rows).toEqual([{ id: 'a' }]);
    expect(out.get('b')).toMatchObject({ code: 'batchItemMissing', queryId: 'b' });
  });
});
