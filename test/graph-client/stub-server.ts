import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the stub saw it. */
export interface StubRequest {
  readonly method: string;
  /** Path and query as sent, e.g. `/v1.0/users?$top=2`. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
  /** `performance.now()` when the request arrived. */
  readonly at: number;
}

/** What the stub does with one request. */
export interface StubReply {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON unless `text` is given. */
  readonly body?: unknown;
  readonly text?: string;
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** Destroy the connection instead of answering. */
  readonly drop?: boolean;
}

export type StubHandler = (req: StubRequest, index: number) => StubReply | Promise<StubReply>;

export interface Stub {
  /** Version root, e.g. `http://127.0.0.1:40123/v1.0`. */
  readonly root: string;
  readonly requests: StubRequest[];
  close(): Promise<void>;
}

/** A fault-injecting HTTP server on 127.0.0.1, port 0. */
export async function startStub(handler: StubHandler): Promise<Stub> {
  const requests: StubRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const seen: StubRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
      };
      requests.push(seen);
      void (async () => {
        const reply = await handler(seen, requests.length - 1);
        if (reply.delayMs !== undefined) await new Promise((r) => setTimeout(r, reply.delayMs));
        if (reply.drop === true) {
          req.socket.destroy();
          return;
        }
        if (res.destroyed) return;
        const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
        res.writeHead(reply.status ?? 200, {
          'content-type': reply.text !== undefined ? 'text/plain' : 'application/json',
          ...reply.headers,
        });
        res.end(text);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    root: `http://127.0.0.1:${port}/v1.0`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Graph's error envelope. */
export function graphError(code: string, message: string, requestId = 'req-123'): unknown {
  return { error: { code, message, innerError: { 'request-id': requestId, date: '2026-01-01T00:00:00' } } };
}

/** A collection of `total` numbered users served `pageSize` at a time with `$skiptoken` links. */
export function pagedUsers(root: string, total: number, pageSize: number): StubHandler {
  return (req) => {
    const url = new URL(req.url, 'http://stub');
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const value = Array.from({ length: Math.max(0, Math.min(pageSize, total - skip)) }, (_v, k) => ({
      id: `u${skip + k}`,
      displayName: `User ${skip + k}`,
    }));
    const next = skip + pageSize < total ? `${root}/users?$skiptoken=${skip + pageSize}` : undefined;
    return { body: { '@odata.count': total, value, ...(next !== undefined ? { '@odata.nextLink': next } : {}) } };
  };
}

const open = new Set<Stub>();

/** Starts a stub whose handler may need the stub's own root (for next links); see `closeStubs`. */
export async function serve(makeHandler: (root: string) => StubHandler): Promise<Stub> {
  const slot: { handler?: StubHandler } = {};
  const stub = await startStub((req, i) => (slot.handler as StubHandler)(req, i));
  slot.handler = makeHandler(stub.root);
  open.add(stub);
  return stub;
}

/** Closes every stub started with `serve` (use in `afterEach`). */
export async function closeStubs(): Promise<void> {
  const all = [...open];
  open.clear();
  await Promise.all(all.map((s) => s.close()));
}

/** Milliseconds between the arrivals of consecutive requests. */
export function gaps(stub: Stub): number[] {
  return stub.requests.slice(1).map((r, i) => r.at - (stub.requests[i] as StubRequest).at);
}
