import type { GraphRequest } from '../../planning/query-plan';
import type { GraphResult } from '../result-set';
import { errorFromResponse, isRecord } from './errors';
import type { GraphHttp, GraphHttpResponse } from './graph-http';
import type { RequestBudget } from './request-budget';
import { parseRetryAfter } from './retry-policy';
import { nextLinkPath } from './urls';

type Row = Record<string, unknown>;

/** The rows, next link and count of one page of a Graph response body. */
export interface Page {
  readonly rows: readonly Row[];
  readonly nextLink?: string;
  readonly count?: number;
}

/**
 * A collection's `value`, or `[body]` (without `@odata.context`) for a single entity; a bare
 * number is a `/$count`.
 */
export function readPage(body: unknown): Page {
  if (typeof body === 'number') return { rows: [], count: body };
  if (!isRecord(body)) return { rows: [] };
  const next = body['@odata.nextLink'];
  const count = body['@odata.count'];
  const extra = {
    ...(typeof next === 'string' ? { nextLink: next } : {}),
    ...(typeof count === 'number' ? { count } : {}),
  };
  const value = body['value'];
  if (Array.isArray(value)) return { rows: value.filter(isRecord), ...extra };
  const entity = { ...body };
  delete entity['@odata.context'];
  return { rows: [entity], ...extra };
}

/** Throws the typed error for a failed response; true when it is an allowed 404. */
export function checkStatus(req: GraphRequest, response: GraphHttpResponse): boolean {
  if (response.status >= 200 && response.status < 300) return false;
  if (response.status === 404 && req.allowNotFound === true) return true;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  throw errorFromResponse(response.status, response.body, response.headers, retryAfter).withQueryId(req.id);
}

/** Runs one request from its first page to its row cap. */
export async function runRequest(http: GraphHttp, req: GraphRequest, budget: RequestBudget): Promise<GraphResult> {
  const started = Date.now();
  const first = await http.get(req.path, req.headers ?? {}, budget);
  return collectPages(http, req, first, budget, started);
}

/**
 * The result of a request whose first page has arrived: follows `@odata.nextLink` while fewer
 * than `maxRows` rows are in hand (default: first page only), then cuts at `maxRows`.
 */
export async function collectPages(
  http: GraphHttp,
  req: GraphRequest,
  first: GraphHttpResponse,
  budget: RequestBudget,
  started: number,
): Promise<GraphResult> {
  const base = { source: 'graph' as const, query: req, status: first.status };
  if (checkStatus(req, first)) return { ...base, rows: [], truncated: false, elapsedMs: Date.now() - started };

  let page = readPage(first.body);
  const count = page.count;
  const rows: Row[] = [...page.rows];
  const cap = req.maxRows;
  while (page.nextLink !== undefined && cap !== undefined && rows.length < cap) {
    const path = nextLinkPath(page.nextLink, http.options.versionRoot);
    const response = await http.get(path, req.headers ?? {}, budget);
    if (checkStatus(req, response)) break;
    page = readPage(response.body);
    rows.push(...page.rows);
  }
  const overCap = cap !== undefined && rows.length > cap;
  return {
    ...base,
    rows: overCap ? rows.slice(0, cap) : rows,
    truncated: overCap || page.nextLink !== undefined,
    ...(count !== undefined ? { count } : {}),
    elapsedMs: Date.now() - started,
  };
}
