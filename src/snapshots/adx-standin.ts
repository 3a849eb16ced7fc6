/**
 * An offline stand-in for Azure Data Explorer's ingestion side, on 127.0.0.1: management
 * commands (`POST /v1/rest/mgmt`, e.g. `.create-merge table`) and streaming ingestion
 * (`POST /v1/rest/ingest/{database}/{table}?streamFormat=…`, gzip JSON lines), answered in the
 * v1 REST shape `azure-kusto-data` / `azure-kusto-ingest` read. It records what it received, so
 * tests can compare the ingested rows with the tenant. Can be told to fail ingestion requests.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface AdxStandIn {
  /** The "cluster URL", e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Management commands received, in order. */
  readonly commands: { readonly database: string; readonly csl: string }[];
  /** Rows ingested per `database.table`. */
  readonly rows: Map<string, Record<string, unknown>[]>;
  /** Streaming ingestion requests answered 200. */
  ingestRequests(): number;
  /** The next `n` ingestion requests fail with a 500 (after `after` more succeed). */
  failIngestion(n: number, after?: number): void;
  close(): Promise<void>;
}

const V1_EMPTY = { Tables: [{ TableName: 'Table_0', Columns: [{ ColumnName: 'Result', DataType: 'String', ColumnType: 'string' }], Rows: [] }] };

function read(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startAdxStandIn(options: { token?: string } = {}): Promise<AdxStandIn> {
  const commands: { database: string; csl: string }[] = [];
  const rows = new Map<string, Record<string, unknown>[]>();
  let ok = 0;
  let failSkip = 0;
  let failCount = 0;
  const server = createServer((req, res) => {
    void (async () => {
      if (req.url?.startsWith('/v1/rest/auth/metadata')) {
        // No cloud metadata here: the client falls back to its defaults, as for a local cluster.
        send(res, 404, { error: { code: 'NotFound', message: 'no auth metadata' } });
        return;
      }
      if (options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`) {
        send(res, 401, { error: { code: 'Unauthorized', message: 'missing or wrong bearer token' } });
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = await read(req);
      if (req.method === 'POST' && url.pathname === '/v1/rest/mgmt') {
        const { db, csl } = JSON.parse(body.toString('utf8')) as { db: string; csl: string };
        commands.push({ database: db, csl });
        send(res, 200, V1_EMPTY);
        return;
      }
      const m = /^\/v1\/rest\/ingest\/([^/]+)\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'POST' && m) {
        if (failSkip > 0) failSkip--;
        else if (failCount > 0) {
          failCount--;
          send(res, 500, { error: { code: 'Internal', message: 'injected ingestion failure', '@permanent': false } });
          return;
        }
        const raw = req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
        const key = `${decodeURIComponent(m[1] as string)}.${decodeURIComponent(m[2] as string)}`;
        const list = rows.get(key) ?? [];
        for (const line of raw.toString('utf8').split('\n')) if (line.trim() !== '') list.push(JSON.parse(line) as Record<string, unknown>);
        rows.set(key, list);
        ok++;
        send(res, 200, V1_EMPTY);
        return;
      }
      send(res, 404, { error: { code: 'NotFound', message: `${req.method} ${url.pathname}` } });
    })().catch((e: unknown) => send(res, 500, { error: { code: 'Internal', message: String(e) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    commands,
    rows,
    ingestRequests: () => ok,
    failIngestion(n, after = 0) {
      failCount = n;
      failSkip = after;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
