/**
 * The embedded engine behind Azure Data Explorer's query REST protocol (v2 frames on
 * `/v2/rest/query`, v1 tables on `/v1/rest/query`), on localhost, so `azure-kusto-data` — the
 * client used for real clusters — runs unchanged against it. Management commands are refused.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmbeddedKqlEngine } from '../engine/embedded-engine';
import { KqlError, isKqlError } from '../errors';
import type { KqlColumn } from '../columns';
import { normalizeRows } from '../normalize-rows';

export interface AdxEndpointOptions {
  /** Port to listen on (0 = any free port). */
  readonly port?: number;
  /** When set, requests must carry `Authorization: Bearer <token>`. */
  readonly token?: string;
}

export interface AdxEndpoint {
  /** Base URL, e.g. `http://127.0.0.1:41234` — the "cluster URL" for azure-kusto-data. */
  readonly url: string;
  close(): Promise<void>;
}

interface QueryBody {
  readonly db?: string;
  readonly csl?: string;
}

const MAX_BODY = 1_000_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new KqlError({ code: 'EA004', message: 'Request body too large' }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** ADX's error envelope, with the engine's code and position kept in `@errorCode`/`@start`/`@length`. */
function errorBody(e: KqlError): unknown {
  return {
    error: {
      code: 'General_BadRequest',
      message: 'Request is invalid and cannot be executed.',
      '@type': e.code.startsWith('KS') ? 'Kusto.Data.Exceptions.SemanticException' : 'Kusto.Data.Exceptions.KustoBadRequestException',
      '@message': e.message,
      '@errorCode': e.code,
      ...(e.start !== undefined ? { '@start': e.start } : {}),
      ...(e.length !== undefined ? { '@length': e.length } : {}),
      '@permanent': true,
    },
  };
}

function v2Frames(columns: readonly KqlColumn[], rows: readonly (readonly unknown[])[], render?: string): unknown[] {
  const cols = columns.map((c) => ({ ColumnName: c.name, ColumnType: c.type }));
  return [
    { FrameType: 'DataSetHeader', IsProgressive: false, Version: 'v2.0', IsFragmented: false, ErrorReportingPlacement: 'EndOfTable' },
    {
      FrameType: 'DataTable', TableId: 0, TableKind: 'QueryProperties', TableName: '@ExtendedProperties',
      Columns: [{ ColumnName: 'TableId', ColumnType: 'int' }, { ColumnName: 'Key', ColumnType: 'string' }, { ColumnName: 'Value', ColumnType: 'dynamic' }],
      Rows: render ? [[1, 'Visualization', { Visualization: render }]] : [],
    },
    { FrameType: 'DataTable', TableId: 1, TableKind: 'PrimaryResult', TableName: 'PrimaryResult', Columns: cols, Rows: rows },
    {
      FrameType: 'DataTable', TableId: 2, TableKind: 'QueryCompletionInformation', TableName: 'QueryCompletionInformation',
      Columns: [{ ColumnName: 'Timestamp', ColumnType: 'datetime' }, { ColumnName: 'Level', ColumnType: 'int' }, { ColumnName: 'LevelName', ColumnType: 'string' }, { ColumnName: 'Payload', ColumnType: 'string' }],
      Rows: [[new Date().toISOString(), 4, 'Info', '{}']],
    },
    { FrameType: 'DataSetCompletion', HasErrors: false, Cancelled: false },
  ];
}

function v1Tables(columns: readonly KqlColumn[], rows: readonly (readonly unknown[])[]): unknown {
  return { Tables: [{ TableName: 'Table_0', Columns: columns.map((c) => ({ ColumnName: c.name, DataType: c.type, ColumnType: c.type })), Rows: rows }] };
}

async function handle(engine: EmbeddedKqlEngine, options: AdxEndpointOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (req.method === 'GET' && path === '/v1/rest/auth/metadata') {
    send(res, 404, { error: { code: 'NotFound', message: 'No cloud metadata: local endpoint' } });
    return;
  }
  if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
    send(res, 401, { error: { code: 'Unauthorized', message: 'Missing or wrong bearer token' } });
    return;
  }
  if (req.method !== 'POST' || (path !== '/v2/rest/query' && path !== '/v1/rest/query' && path !== '/v1/rest/mgmt')) {
    send(res, 404, { error: { code: 'NotFound', message: `No route ${req.method} ${path}` } });
    return;
  }
  try {
    const body = JSON.parse(await readBody(req)) as QueryBody;
    const csl = body.csl ?? '';
    if (path === '/v1/rest/mgmt') throw new KqlError({ code: 'EA001', message: 'Management commands are not allowed: only read-only queries run here.', start: 0, length: csl.length });
    if (body.db && body.db.toLowerCase() !== engine.schema.database.toLowerCase()) {
      throw new KqlError({ code: 'EA003', message: `Unknown database '${body.db}'. This endpoint serves '${engine.schema.database}'.` });
    }
    const r = await engine.query(csl);
    const rows = normalizeRows(r.columns, r.rows);
    send(res, 200, path === '/v2/rest/query' ? v2Frames(r.columns, rows, r.render) : v1Tables(r.columns, rows));
  } catch (e) {
    if (isKqlError(e)) send(res, 400, errorBody(e));
    else if (e instanceof SyntaxError) send(res, 400, errorBody(new KqlError({ code: 'EA004', message: 'The request body is not JSON' })));
    else send(res, 500, { error: { code: 'InternalServiceError', message: e instanceof Error ? e.message : String(e) } });
  }
}

/** Starts the endpoint on 127.0.0.1. */
export function startAdxEndpoint(engine: EmbeddedKqlEngine, options: AdxEndpointOptions = {}): Promise<AdxEndpoint> {
  const server: Server = createServer((req, res) => {
    void handle(engine, options, req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
