import restify from 'restify';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Response as BotResponse, TurnContext } from 'botbuilder';
import { activityProblem, activityTenant } from './activity-guard';
import type { CsvExport, CsvExportStore } from './csv-exports';
import { isStateStoreError } from './state-store-error';

export interface BotServerOptions {
  readonly adapter: TeamsAdapter;
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly host: string;
  readonly port: number;
  readonly maxBodyBytes: number;
  readonly allowedTenants: readonly string[];
  readonly log: (line: string) => void;
  /** Full results as CSV, served at `GET /exports/<token>.csv` (see csv-exports.ts). */
  readonly exports?: CsvExportStore;
  /** Called for each CSV download served, with the person who asked and where (for the audit trail). */
  readonly onCsvDownload?: (owner: string, rows: number, channel: string) => void;
}

export interface BotServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function sendJson(res: restify.Response, status: number, body: unknown): void {
  res.status(status);
  res.json(body);
}

/**
 * The response the adapter writes to. botbuilder answers a failed activity with the raw error
 * message as the body (e.g. the URL and DNS error of an unreachable OpenID endpoint, with 500):
 * such text bodies of 4xx/5xx are logged and replaced by the same plain JSON errors as ours.
 */
function withPlainErrors(res: restify.Response, log: (line: string) => void): BotResponse {
  let status = 200;
  return {
    socket: res.socket,
    status: (code: number) => { status = code; return res.status(code); },
    header: (name: string, value: unknown) => res.header(name, value),
    send: (body?: unknown) => {
      if (status < 400 || (body !== undefined && typeof body !== 'string')) return res.send(body);
      log(`adapter answered ${status}: ${String(body).slice(0, 300)}`);
      const code = status === 401 ? 'Unauthorized' : status >= 500 ? 'InternalError' : 'BadRequest';
      const message = status === 401 ? 'The request did not carry a valid Bot Framework token.'
        : status >= 500 ? 'The bot could not process this activity.' : 'Bad request.';
      res.setHeader('content-type', 'application/json');
      return res.send({ error: { code, message } });
    },
    end: (...args: unknown[]) => (res.end as (...a: unknown[]) => unknown).apply(res, args),
  };
}

/**
 * The HTTP front door: `POST /api/messages` (Teams, the Agents Playground, tests), health
 * probes and `GET /exports/<token>.csv` (full results linked from cards). Bodies are validated
 * before the adapter; errors never carry stack traces.
 */
export async function startBotServer(o: BotServerOptions): Promise<BotServer> {
  const server = restify.createServer({ name: 'entra-ask', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: o.maxBodyBytes, mapParams: false, rejectUnknown: true }));

  const health = async (_req: restify.Request, res: restify.Response) => sendJson(res, 200, { status: 'ok', name: 'Entra Ask' });
  server.get('/', health);
  server.get('/healthz', health);

  server.get('/exports/:file', async (req: restify.Request, res: restify.Response) => {
    const file = String((req.params as Record<string, unknown>)['file'] ?? '');
    let entry: CsvExport | undefined;
    try {
      entry = file.endsWith('.csv') ? await o.exports?.get(file.slice(0, -4)) : undefined;
    } catch (err) {
      if (!isStateStoreError(err)) throw err;
      o.log(`could not serve a CSV export: ${err.message}`);
      res.header('retry-after', '30');
      return sendJson(res, 503, { error: { code: 'ServiceUnavailable', message: 'Downloads are unavailable right now: try the link again in a minute.' } });
    }
    if (!entry) return sendJson(res, 404, { error: { code: 'NotFound', message: 'This download does not exist or has expired: ask the question again.' } });
    o.log(`served a CSV export (${entry.csv.length} chars) asked by ${entry.owner}`);
    o.onCsvDownload?.(entry.owner, Math.max(0, entry.csv.split('\n').filter(Boolean).length - 1), entry.channel);
    const body = Buffer.from(entry.csv, 'utf8');
    // restify patches writeHead: never chain it.
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-length': body.length,
      'content-disposition': `attachment; filename="${entry.fileName.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
  });

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const problem = activityProblem(req.body);
    if (problem) return sendJson(res, 400, { error: { code: 'BadRequest', message: problem } });
    const tenant = activityTenant(req.body as Record<string, unknown>);
    if (o.allowedTenants.length > 0 && (!tenant || !o.allowedTenants.includes(tenant))) {
      return sendJson(res, 403, { error: { code: 'Forbidden', message: 'This tenant is not allowed to use this bot.' } });
    }
    try {
      await o.adapter.process(req, withPlainErrors(res, o.log), o.logic);
    } catch (err) {
      o.log(`adapter failure: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'InternalError', message: 'The bot could not process this activity.' } });
    }
  });

  server.on('restifyError', (_req: restify.Request, res: restify.Response, err: { statusCode?: number; message?: string }, cb: () => void) => {
    // Keep restify's own 4xx (bad JSON, too large) free of internals. A plain error thrown in a
    // route has no status: restify would send a new InternalError carrying its message, so it is
    // given one here and sent as itself, with the JSON below (and its stack goes to the log).
    if (typeof err === 'object' && err !== null && typeof err.statusCode !== 'number') {
      o.log(`route failure: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      err.statusCode = 500;
    }
    const status = err.statusCode ?? 500;
    res.setHeader('content-type', 'application/json');
    (err as { toJSON?: () => unknown }).toJSON = () => ({ error: { code: status === 413 ? 'PayloadTooLarge' : status >= 500 ? 'InternalError' : 'BadRequest', message: status >= 500 ? 'Internal error.' : (err.message ?? 'Bad request.') } });
    cb();
  });

  // Keep idle connections open longer than clients and proxies in front keep them (Node's 5 s
  // default races a client reusing the connection just as the server closes it: "socket hang
  // up" / ECONNRESET under load). Azure's front ends idle out after about 4 minutes.
  server.server.keepAliveTimeout = 300_000;
  server.server.headersTimeout = 305_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const address = server.address();
  const host = o.host === '0.0.0.0' ? '127.0.0.1' : o.host;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
