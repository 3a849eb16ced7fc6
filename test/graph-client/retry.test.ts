import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphRequest } from '../../src/planning/query-plan';
import { createGraphSource, isGraphRequestError } from '../../src/sources/graph';
import type { GraphHttpEvent, GraphRequestError, GraphSourceOptions } from '../../src/sources/graph';
import type { StubHandler, StubReply } from './stub-server';
import { closeStubs, gaps, graphError, serve } from './stub-server';

afterEach(closeStubs);

const users: GraphRequest = { source: 'graph', id: 'users', method: 'GET', path: '/users?$select=id' };
const ok = { body: { value: [{ id: 'u1' }] } };
const throttled = (retryAfter?: string): StubReply => ({
  status: 429,
  headers: retryAfter === undefined ? {} : ({ 'retry-after': retryAfter } as Record<string, string>),
  body: graphError('TooManyRequests', 'Too many requests.', 'throttle-1'),
});

/** Answers with `faults` in order, then with `ok`. */
const sequence = (...faults: StubReply[]): StubHandler => (_req, i) => faults[i] ?? ok;

async function run(handler: StubHandler, options: GraphSourceOptions = {}) {
  const stub = await serve(() => handler);
  const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root }, options);
  const started = performance.now();
  const outcome = await graph.execute(users).catch((e: unknown) => e);
  return { stub, outcome, elapsed: performance.now() - started };
}

function asError(e: unknown): GraphRequestError {
  if (!isGraphRequestError(e)) throw new Error(`expected a GraphRequestError, got ${String(e)}`);
  return e;
}

describe('retries', () => {
  it('honours Retry-After (seconds) on 429', async () => {
    const { stub, outcome } = await run(sequence(throttled('1')), { random: () => 0 });
    expect(outcome).toMatchObject({ rows: [{ id: 'u1' }] });
    expect(stub.requests).toHaveLength(2);
    const [wait] = gaps(stub);
    expect(wait).toBeGreaterThanOrEqual(980);
    expect(wait).toBeLessThan(2000);
  });

  it('backs off with jitter when 429 has no Retry-After', async () => {
    // random 0.5, base 80 ms: waits 40 ms, 80 ms, 160 ms.
    const { stub, outcome } = await run(sequence(throttled(), throttled(), throttled()), { baseDelayMs: 80, random: () => 0.5 });
    expect(outcome).toMatchObject({ status: 200 });
    const waits = gaps(stub);
    expect(waits).toHaveLength(3);
    [40, 80, 160].forEach((expected, i) => {
      expect(waits[i]).toBeGreaterThanOrEqual(expected - 2);
      expect(waits[i]).toBeLessThan(expected + 150);
    });
  });

  it('retries 503 and 504, then succeeds', async () => {
    const unavailable = { status: 503, body: graphError('ServiceUnavailable', 'Try later.') };
    const gateway = { status: 504, text: 'Gateway Timeout' };
    const { stub, outcome } = await run(sequence(unavailable, gateway), { baseDelayMs: 10 });
    expect(outcome).toMatchObject({ status: 200, rows: [{ id: 'u1' }] });
    expect(stub.requests).toHaveLength(3);
  });

  it('retries a dropped connection, then succeeds', async () => {
    const { stub, outcome } = await run(sequence({ drop: true }, { drop: true }), { baseDelayMs: 10 });
    expect(outcome).toMatchObject({ status: 200 });
    expect(stub.requests.length).toBeGreaterThanOrEqual(3);
  });

  it('does not retry a request fetch refuses to send', async () => {
    const stub = await serve(() => () => ok);
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root }, { baseDelayMs: 1 });
    const err = asError(await graph.execute({ ...users, headers: { 'X-Bad': 'a\nb' } }).catch((e: unknown) => e));
    expect(err).toMatchObject({ code: 'requestRejected', kind: 'other' });
    expect(stub.requests).toHaveLength(0);
  });

  it('does not retry 404 or 400', async () => {
    const { stub, outcome } = await run(() => ({ status: 400, body: graphError('Request_BadRequest', 'Bad filter.') }), { baseDelayMs: 1 });
    expect(asError(outcome).kind).toBe('badRequest');
    expect(stub.requests).toHaveLength(1);
  });
});

describe('observability', () => {
  it('reports every attempt and keeps one client-request-id across retries', async () => {
    const events: GraphHttpEvent[] = [];
    const { stub } = await run(sequence(throttled('0'), { drop: true }), { baseDelayMs: 5, onHttp: (e) => events.push(e) });
    expect(events.map((e) => [e.attempt, e.status, e.outcome])).toEqual([
      [1, 429, 'answered'],
      [2, 0, 'network'],
      [3, 200, 'answered'],
    ]);
    const ids = stub.requests.map((r) => r.headers['client-request-id']);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(events.every((e) => e.clientRequestId === ids[0] && e.url.endsWith('/v1.0/users?$select=id') && e.method === 'GET')).toBe(true);
  });

  it('is not disturbed by an observer that throws', async () => {
    const { outcome } = await run(() => ok, { onHttp: () => { throw new Error('metrics down'); } });
    expect(outcome).toMatchObject({ status: 200 });
  });
});

describe('bounds', () => {
  it('turns a slow answer into a typed timeout, without retrying it', async () => {
    const { stub, outcome, elapsed } = await run(() => ({ ...ok, delayMs: 2000 }), { timeoutMs: 150 });
    const err = asError(outcome);
    expect(err).toMatchObject({ kind: 'timeout', status: 0, code: 'timeout', queryId: 'users' });
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(1000);
    expect(stub.requests).toHaveLength(1);
  });

  it('times out a body that stalls after the headers', async () => {
    // Headers at once, then a body that never ends.
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"value":[');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      const graph = createGraphSource({ mode: 'demo', baseUrl: `http://127.0.0.1:${port}/v1.0` }, { timeoutMs: 150 });
      const started = performance.now();
      const err = await graph.execute(users).catch((e: unknown) => e);
      expect(asError(err).kind).toBe('timeout');
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('gives a typed error after the retries when the service stays unavailable', async () => {
    const unavailable = { status: 503, headers: { 'request-id': 'r-503' }, body: graphError('ServiceUnavailable', 'Down.', 'r-503') };
    const { stub, outcome } = await run(() => unavailable, { maxRetries: 2, baseDelayMs: 20, random: () => 1 });
    expect(asError(outcome)).toMatchObject({ status: 503, kind: 'unavailable', code: 'ServiceUnavailable', requestId: 'r-503' });
    expect(stub.requests).toHaveLength(3);
  });

  it('stops within the time budget when failures persist', async () => {
    const { stub, outcome, elapsed } = await run(() => ({ status: 503, body: graphError('ServiceUnavailable', 'Down.') }), {
      maxRetries: 100,
      baseDelayMs: 50,
      maxDelayMs: 50,
      random: () => 1,
      budgetMs: 400,
    });
    expect(asError(outcome).kind).toBe('unavailable');
    expect(elapsed).toBeLessThan(700);
    expect(stub.requests.length).toBeGreaterThanOrEqual(3);
    expect(stub.requests.length).toBeLessThanOrEqual(9);
  });

  it('reports the failure that used the budget up, not the cut-short attempt after it', async () => {
    const unavailable: StubReply = { status: 503, body: graphError('ServiceUnavailable', 'Down.', 'r-1') };
    const { outcome, elapsed } = await run(sequence(unavailable, { ...ok, delayMs: 3000 }), { budgetMs: 300, timeoutMs: 5000, baseDelayMs: 10 });
    expect(asError(outcome)).toMatchObject({ kind: 'unavailable', status: 503, requestId: 'r-1' });
    expect(elapsed).toBeLessThan(800);
  });

  it('answers at once with retryAfterMs when Retry-After is beyond the budget', async () => {
    const { stub, outcome, elapsed } = await run(() => throttled('120'), { budgetMs: 2000, maxDelayMs: 300_000 });
    expect(asError(outcome)).toMatchObject({ kind: 'throttled', status: 429, retryAfterMs: 120_000, requestId: 'throttle-1' });
    expect(elapsed).toBeLessThan(500);
    expect(stub.requests).toHaveLength(1);
  });

  it('gives a typed network error when the connection keeps dropping', async () => {
    const { outcome } = await run(() => ({ drop: true }), { maxRetries: 2, baseDelayMs: 5 });
    expect(asError(outcome)).toMatchObject({ kind: 'network', status: 0, code: 'networkError' });
  });

  it('gives a typed network error when nothing listens', async () => {
    const stub = await serve(() => () => ok);
    await closeStubs();
    const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root }, { maxRetries: 1, baseDelayMs: 5 });
    const err = asError(await graph.execute(users).catch((e: unknown) => e));
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/ECONNREFUSED/);
  });
});
