import { afterEach, describe, expect, it } from 'vitest';
import type { GraphRequest } from '../../src/planning/query-plan';
import { createGraphSource, GraphRequestError, isGraphRequestError } from '../../src/sources/graph';
import { closeStubs, graphError, pagedUsers, serve } from './stub-server';

afterEach(closeStubs);

const get = (id: string, path: string, extra: Partial<GraphRequest> = {}): GraphRequest => ({ source: 'graph', id, method: 'GET', path, ...extra });

describe('execute (demo mode)', () => {
  it('returns the value array of a collection and the body of a single entity', async () => {
    const s = await serve(() => (req) =>
      req.url.startsWith('/v1.0/users/u1') ? { body: { id: 'u1', displayName: 'Karita' } } : { body: { value: [{ id: 'a' }, { id: 'b' }] } },
    );
    const graph = createGraphSource({ mode: 'demo', baseUrl: s.root });
    const list = await graph.execute(get('list', '/users?$select=id'));
    expect(list.rows).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(list).toMatchObject({ source: 'graph', status: 200, truncated: false });
    expect(list.query.id).toBe('list');
    const one = await graph.execute(get('one', '/users/u1'));
    expect(one.rows).toEqual([{ id: 'u1', displayName: 'Karita' }]);
    expect(s.requests.map((r) => r.url)).toEqual(['/v1.0/users?$select=id', '/v1.0/users/u1']);
  });

  it('sends the request path and query exactly, with headers, the demo token and the caller', async () => {
    const s = await serve(() => () => ({ body: { value: [] } }));
    const graph = createGraphSource({ mode: 'demo', baseUrl: s.root }, { callerId: 'natasha@woodgrovebank.com' });
    const path = "/users?$filter=displayName%20eq%20'O''Brien%20%26%20Co'&$count=true&$search=%22displayName:a%22";
    await graph.execute(get('q', path, { headers: { ConsistencyLevel: 'eventual' } }));
    const seen = s.requests[0];
    // fetch percent-encodes ' as %27 on the wire; the decoded values are what Graph reads.
    const query = new URL(seen?.url ?? '', 'http://stub').searchParams;
    expect(query.get('$filter')).toBe("displayName eq 'O''Brien & Co'");
    expect(query.get('$search')).toBe('"displayName:a"');
    expect(query.get('$count')).toBe('true');
    expect(seen?.headers['consistencylevel']).toBe('eventual');
    expect(seen?.headers['authorization']).toBe('Bearer entra-ask-demo');
    expect(seen?.headers['x-entraask-caller']).toBe('natasha@woodgrovebank.com');
  });

  it('percent-encodes a caller id that is not visible ASCII', async () => {
    const s = await serve(() => () => ({ body: { value: [] } }));
    await createGraphSource({ mode: 'demo', baseUrl: s.root }, { callerId: 'zoë smith' }).execute(get('q', '/users'));
    expect(s.requests[0]?.headers['x-entraask-caller']).toBe('zo%C3%AB%20smith');
  });

  it('accepts a base URL without the version segment', async () => {
    const s = await serve(() => () => ({ body: { value: [{ id: 'x' }] } }));
    const graph = createGraphSource({ mode: 'demo', baseUrl: s.root.replace(/\/v1\.0$/, '') });
    await graph.execute(get('q', 'groups'));
    expect(s.requests[0]?.url).toBe('/v1.0/groups');
  });

  it('reads the first page only by default and marks it truncated', async () => {
    const s = await serve((root) => pagedUsers(root, 25, 10));
    const graph = createGraphSource({ mode: 'demo', baseUrl: s.root });
    const r = await graph.execute(get('users', '/users?$count=true'));
    expect(r.rows).toHaveLength(10);
    expect(r.truncated).toBe(true);
    expect(r.count).toBe(25);
    expect(s.requests).toHaveLength(1);
  });

  it('follows next links up to maxRows and cuts at the cap', async () => {
    const s = await serve((root) => pagedUsers(root, 25, 10));
    const graph = createGraphSource({ mode: 'demo', baseUrl: s.root });
    const capped = await graph.execute(get('users', '/users', { maxRows: 15 }));
    expect(capped.rows.map((r) => r['id'])).toEqual(Array.from({ length: 15 }, (_v, k) => `u${k}`));
    expect(capped.truncated).toBe(true);
    expect(s.requests.map((r) => r.url)).toEqual(['/v1.0/users', '/v1.0/users?$skiptoken=10']);

    const all = await graph.execute(get('users', '/users', { maxRows: 1000 }));
    expect(all.rows).toHaveLength(25);
    expect(all.truncated).toBe(false);

    const exact = await graph.execute(get('users', '/users', { maxRows: 25 }));
    expect(exact.rows).toHaveLength(25);
    expect(exact.truncated).toBe(false);
  });

  it('refuses a next link to another host', async () => {
    const s = await serve(() => () => ({ body: { value: [{ id: 'a' }], '@odata.nextLink': 'https://evil.example/v1.0/users?$skiptoken=1' } }));
    const graph = createGraphSource({ mode: 'demo', baseUrl: s.root });
    const err = await graph.execute(get('users', '/users', { maxRows: 10 })).catch((e: unknown) => e);
    expect(isGraphRequestError(err) && err.code).toBe('foreignNextLink');
    expect(s.requests).toHaveLength(1);
  });

  it('parses the error envelope into a typed error', async () => {
    const s = await serve(() => () => ({
      status: 404,
      body: graphError('Request_ResourceNotFound', "Resource 'nobody' does not exist.", 'abc-123'),
    }));
    const graph = createGraphSource({ mode: 'demo', baseUrl: s.root });
    const err = await graph.execute(get('who', '/users/nobody')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphRequestError);
    expect(err).toMatchObject({
      status: 404,
      code: 'Request_ResourceNotFound',
      requestId: 'abc-123',
      kind: 'notFound',
      queryId: 'who',
      message: "Resource 'nobody' does not exist.",
    });
  });

  it('serialises a typed error as plain data', () => {
    const err = new GraphRequestError({ status: 429, code: 'TooManyRequests', message: 'Slow down.', requestId: 'r1', retryAfterMs: 2000, cause: new Error('token abc') });
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      name: 'GraphRequestError', status: 429, code: 'TooManyRequests', message: 'Slow down.', kind: 'throttled', requestId: 'r1', retryAfterMs: 2000,
    });
    expect(isGraphRequestError(err)).toBe(true);
    expect(isGraphRequestError(new Error('x'))).toBe(false);
  });

  it.each([
    [400, 'badRequest'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [500, 'other'],
  ] as const)('maps HTTP %i to kind %s', async (status, kind) => {
    const s = await serve(() => () => ({ status, body: graphError('Some_Code', 'nope') }));
    const graph = createGraphSource({ mode: 'demo', baseUrl: s.root }, { maxRetries: 0 });
    const err = await graph.execute(get('x', '/users')).catch((e: unknown) => e);
    expect(err).toMatchObject({ status, kind, code: 'Some_Code', requestId: 'req-123' });
  });

  it('falls back to the request-id header and a synthetic code without an envelope', async () => {
    const s = await serve(() => () => ({ status: 502, text: 'Bad gateway', headers: { 'request-id': 'hdr-9' } }));
    const graph = createGraphSource({ mode: 'demo', baseUrl: s.root });
    const err = await graph.execute(get('x', '/users')).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 502, code: 'http502', requestId: 'hdr-9', kind: 'unavailable' });
  });

  it('treats an allowed 404 as an empty result', async () => {
    const s = await serve(() => () => ({ status: 404, body: graphError('Request_ResourceNotFound', 'not risky') }));
    const graph = createGraphSource({ mode: 'demo', baseUrl: s.root });
    const r = await graph.execute(get('risk', '/identityProtection/riskyUsers/u1', { allowNotFound: true }));
    expect(r).toMatchObject({ status: 404, rows: [], truncated: false });
  });

  it('reads a bare /$count answer as the count', async () => {
    const s = await serve(() => () => ({ text: '523' }));
    const graph = createGraphSource({ mode: 'demo', baseUrl: s.root });
    const r = await graph.execute(get('n', '/users/$count', { headers: { ConsistencyLevel: 'eventual' } }));
    expect(r.count).toBe(523);
    expect(r.rows).toEqual([]);
  });

  it('shows the public Graph URL whatever the endpoint', () => {
    const graph = createGraphSource({ mode: 'demo', baseUrl: 'http://127.0.0.1:1/v1.0' });
    expect(graph.shownUrl(get('x', "/users?$filter=mail%20eq%20'a'"))).toBe("https://graph.microsoft.com/v1.0/users?$filter=mail%20eq%20'a'");
    expect(graph.shownUrl(get('x', 'groups'))).toBe('https://graph.microsoft.com/v1.0/groups');
  });
});
