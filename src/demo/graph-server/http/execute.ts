import type { DataContext } from '../data/data-context';
import type { RouteNode } from '../routing/route-types';
import { handleGet } from '../routing/resolve-route';
import { parseQueryOptions } from '../odata/query-options';
import { GraphError, graphErrors } from '../errors';
import type { FaultDecision } from '../faults';
import type { RequestContext } from '../types';

/** One request to the Graph API, from the wire or from inside a `$batch`. */
export interface GraphCall {
  readonly method: string;
  /** Absolute URL on the server's own origin. */
  readonly url: URL;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The HTTP request's ids and caller (a `$batch` item shares its batch's). */
  readonly context?: RequestContext;
}

/** What to answer: status, headers and a JSON value (or text for `$count`). */
export interface GraphAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** The Graph versions this endpoint serves. */
export type GraphVersion = 'v1.0' | 'beta';

/** The version a URL is under (`/v1.0/…`, `/beta/…`), or undefined. */
export function urlVersion(url: URL): GraphVersion | undefined {
  const first = url.pathname.split('/').filter(Boolean)[0];
  return first === 'v1.0' || first === 'beta' ? first : undefined;
}

/** Path segments under the version root (`/v1.0` or `/beta`), or undefined when under neither. */
export function versionSegments(url: URL): string[] | undefined {
  if (urlVersion(url) === undefined) return undefined;
  return url.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s)).slice(1);
}

/** The failure a fault decision stands for, if any. */
export function faultError(f: FaultDecision): GraphError | undefined {
  const ra = (s: number | undefined): Record<string, string> => (s === undefined ? {} : { 'Retry-After': String(s) });
  switch (f.kind) {
    case 'throttle':
      return graphErrors.throttled(ra(f.retryAfter));
    case 'unavailable':
      return graphErrors.unavailable(ra(f.retryAfter));
    case 'none':
    case 'drop':
      return undefined;
  }
}

/** Answers a GET; every failure is a `GraphError` (a bug becomes a 500 generalException). */
export function executeGet(root: RouteNode, ctx: DataContext, call: GraphCall, versionRoot: string): GraphAnswer {
  const segments = versionSegments(call.url);
  if (segments === undefined) {
    const first = call.url.pathname.split('/').filter(Boolean)[0] ?? '';
    throw new GraphError(400, 'BadRequest', `Invalid version: ${first}`);
  }
  if (call.method !== 'GET') throw graphErrors.methodNotAllowed();
  const eventual = (call.headers['consistencylevel'] ?? '').toLowerCase() === 'eventual';
  const q = parseQueryOptions(call.url.searchParams, eventual, 'directory');
  const r = handleGet(root, ctx, { segments, q, requestUrl: call.url, versionRoot, context: call.context });
  const text = typeof r.body === 'string';
  return {
    status: r.status,
    headers: { 'Content-Type': text ? 'text/plain' : JSON_TYPE, ...(r.headers ?? {}) },
    body: r.body,
  };
}
