import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { DirectoryIndex } from './data/directory-index';
import type { DataContext } from './data/data-context';
import { SignInStore } from './signins/signin-store';
import { loadOrBuildSignInStore } from './signins/snapshot';
import { betaRoutes, v1Routes } from './routing/route-table';
import { errorBody, GraphError, graphErrors } from './errors';
import { FaultPlan } from './faults';
import { RealismPlan } from './realism/realism';
import type { FaultDecision } from './faults';
import type { GraphAnswer, GraphCall } from './http/execute';
import { executeGet, faultError, JSON_TYPE, urlVersion, versionSegments } from './http/execute';
import { parseBatch, runBatch } from './http/batch';
import { strictCheck, strictFromEnv, stripBetaOnly } from './strict';
import type { GraphServer, GraphServerOptions, RequestContext } from './types';

const sleep = (ms: number): Promise<void> => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

/**
 * Builds the data context: directory index and sign-in store. Non-interactive sign-ins are not
 * loaded: Graph v1.0 `/auditLogs/signIns` does not return them (only beta's `signInEventTypes` does).
 */
export async function buildDataContext(options: GraphServerOptions): Promise<DataContext> {
  return {
    index: new DirectoryIndex(options.model),
    signIns: options.signInStore ?? (await SignInStore.build(options.signIns)),
  };
}

function lowerHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts the local Microsoft Graph v1.0 endpoint over a demo tenant, on 127.0.0.1 by default. */
export async function startGraphServer(options: GraphServerOptions): Promise<GraphServer> {
  // The sign-in store takes seconds to build for a large tenant; build it on first use (or in
  // the background with `warmSignIns`) so directory questions and start-up don't wait for it.
  const ctx: { index: DirectoryIndex; signIns: SignInStore } = {
    index: new DirectoryIndex(options.model),
    signIns: options.signInStore ?? (await SignInStore.build()),
  };
  let signInsReady: Promise<void> | undefined = options.signInStore ? Promise.resolve() : undefined;
  const ensureSignIns = (): Promise<void> =>
    (signInsReady ??= loadOrBuildSignInStore(options.signIns, options.signInSnapshot).then((store) => { ctx.signIns = store; }));
  if (options.warmSignIns) void ensureSignIns();
  let faults = options.faults ? new FaultPlan(options.faults) : undefined;
  const strict = options.strict === undefined ? strictFromEnv(process.env) : options.strict === false ? undefined : options.strict;
  let realism = options.realism ? new RealismPlan(options.realism) : undefined;
  let count = 0;
  let versionRoot = '';
  /** The version root a URL is under: `/beta` for beta, else `/v1.0`. */
  const rootOf = (url: URL): string => (urlVersion(url) === 'beta' ? versionRoot.replace(/\/v1\.0$/, '/beta') : versionRoot);

  const toAnswer = (err: unknown, rc: RequestContext): GraphAnswer => {
    const g = err instanceof GraphError ? err : graphErrors.internal();
    if (!(err instanceof GraphError)) console.error('graph-server: unexpected error', err);
    return { status: g.status, headers: { 'Content-Type': JSON_TYPE, ...g.headers }, body: errorBody(g, rc.requestId, rc.clientRequestId, new Date()) };
  };

  const decide = (url: URL, inBatch: boolean): FaultDecision => {
    const segs = versionSegments(url);
    return faults ? faults.next(segs ? `/${segs.join('/')}` : url.pathname, inBatch) : { kind: 'none', delayMs: 0 };
  };

  /** Real Graph's service time and documented throttling, when the endpoint imitates them. */
  const imitate = async (call: GraphCall): Promise<GraphError | undefined> => {
    if (!realism) return undefined;
    const segs = versionSegments(call.url);
    const r = realism.decide(call.method, segs ? `/${segs.join('/')}` : call.url.pathname, call.url.searchParams);
    await sleep(r.delayMs);
    if (!r.throttled) return undefined;
    const seconds = r.throttled.retryAfterSeconds;
    return graphErrors.throttled(seconds === undefined ? {} : { 'Retry-After': String(seconds) });
  };

  const runOne = async (call: GraphCall, rc: RequestContext, fault: FaultDecision): Promise<GraphAnswer> => {
    const throttled = await imitate(call);
    if (throttled) return toAnswer(throttled, rc);
    await sleep(fault.delayMs);
    const fe = faultError(fault);
    if (fe) return toAnswer(fe, rc);
    try {
      const verdict = strict ? strictCheck(call.method, call.url, call.headers, strict) : {};
      if (verdict.denied) throw verdict.denied;
      if (/\/signIns(\/|$)/i.test(call.url.pathname)) await ensureSignIns();
      const answer = executeGet(urlVersion(call.url) === 'beta' ? betaRoutes : v1Routes, ctx, { ...call, context: rc }, rootOf(call.url));
      if (!verdict.match || answer.status >= 300) return answer;
      if (verdict.refused) throw verdict.refused;
      return { ...answer, body: stripBetaOnly(answer.body, verdict.match) };
    } catch (e) {
      return toAnswer(e, rc);
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    count++;
    if (options.sharedCount) Atomics.add(options.sharedCount, 0, 1);
    const started = performance.now();
    const headers = lowerHeaders(req);
    const auth = headers['authorization'];
    const rc: RequestContext = {
      requestId: randomUUID(),
      clientRequestId: headers['client-request-id'] ?? randomUUID(),
      callerId: headers['x-entraask-caller'],
      bearerToken: auth?.toLowerCase().startsWith('bearer ') ? auth.slice(7) : undefined,
    };
    const url = new URL(req.url ?? '/', `${versionRoot.replace(/\/v1\.0$/, '')}`);
    const fault = decide(url, false);
    await sleep(options.latencyMs ?? 0);
    if (fault.kind === 'drop') {
      await sleep(fault.delayMs);
      req.socket.destroy();
      return;
    }
    let answer: GraphAnswer;
    const segs = versionSegments(url);
    if (segs && segs.length === 1 && segs[0] === '$batch') {
      answer = await handleBatch(req, rc, fault, rootOf(url));
    } else {
      answer = await runOne({ method: req.method ?? 'GET', url, headers }, rc, fault);
    }
    // Encoded once: its length is the Content-Length, and the socket writes the bytes as they are
    // (a string would be encoded twice, once to measure it and once to send it).
    const bytes = Buffer.from(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body), 'utf8');
    res.writeHead(answer.status, {
      ...answer.headers,
      'request-id': rc.requestId,
      'client-request-id': rc.clientRequestId,
      'Content-Length': bytes.length,
    });
    const stall = fault.kind === 'none' ? (fault.bodyDelayMs ?? 0) : 0;
    if (stall > 0) {
      const half = bytes.length >> 1;
      res.write(bytes.subarray(0, half));
      await sleep(stall);
      res.end(bytes.subarray(half));
    } else res.end(bytes);
    options.onRequest?.({ method: req.method ?? 'GET', url: req.url ?? '/', status: answer.status, ms: performance.now() - started, context: rc });
  };

  const handleBatch = async (req: IncomingMessage, rc: RequestContext, fault: FaultDecision, batchRoot: string): Promise<GraphAnswer> => {
    await sleep(fault.delayMs);
    const fe = faultError(fault);
    if (fe) return toAnswer(fe, rc);
    try {
      if (req.method !== 'POST') throw graphErrors.methodNotAllowed();
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readBody(req));
      } catch {
        throw graphErrors.badBatch('Invalid batch payload format.');
      }
      const items = parseBatch(parsed);
      const result = await runBatch(items, batchRoot, (call) => runOne(call, rc, decide(call.url, true)));
      return { status: 200, headers: { 'Content-Type': JSON_TYPE }, body: result };
    } catch (e) {
      return toAnswer(e, rc);
    }
  };

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((e: unknown) => {
      console.error('graph-server: request failed', e);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
  const server = options.tls ? createTlsServer({ key: options.tls.key, cert: options.tls.cert }, listener) : createServer(listener);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `${options.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
  versionRoot = `${origin}/v1.0`;
  return {
    url: versionRoot,
    origin,
    setFaults: (f) => {
      faults = f ? new FaultPlan(f) : undefined;
    },
    setRealism: (r) => {
      realism = r ? new RealismPlan(r) : undefined;
    },
    requestCount: () => count,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
