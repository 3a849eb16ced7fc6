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
 * number is a `/$count`. A single entity inside `value` (`{"value": {…}}`, as the API reference
 * pages of Get userRegistrationDetails and Get riskyServicePrincipal show it) is read as that entity.
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
  if (isRecord(value) && body['id'] === undefined) return { rows: [value], ...extra };
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

/**
 * One request's way through its pages: takes each page as it arrives (from a single GET or a
 * `$batch` item), says whether another is wanted, and where. Follows `@odata.nextLink` while
 * fewer than `maxRows` rows are in hand (default: first page only), then cuts at `maxRows`.
 */
export class PageCursor {
  /** The path of the page to fetch next (relative to the version root). */
  path: string;
  private readonly rows: Row[] = [];
  private status = 0;
  private count: number | undefined;
  private leftover: string | undefined;
  private pages = 0;

  constructor(
    readonly req: GraphRequest,
    private readonly versionRoot: string,
    private readonly started: number = Date.now(),
  ) {
    this.path = req.path;
  }

  /** Takes a page; true when the next one should be fetched from `path`. Throws typed errors. */
  accept(response: GraphHttpResponse): boolean {
    const first = this.pages++ === 0;
    if (first) this.status = response.status;
    if (checkStatus(this.req, response)) {
      this.leftover = undefined;
      return false;
    }
    const page = readPage(response.body);
    if (first && page.count !== undefined) this.count = page.count;
    this.rows.push(...page.rows);
    this.leftover = page.nextLink;
    const cap = this.req.maxRows;
    if (page.nextLink === undefined || cap === undefined || this.rows.length >= cap) return false;
    this.path = nextLinkPath(page.nextLink, this.versionRoot);
    return true;
  }

  result(): GraphResult {
    const cap = this.req.maxRows;
    const overCap = cap !== undefined && this.rows.length > cap;
    return {
      source: 'graph',
      query: this.req,
      status: this.status,
      rows: overCap ? this.rows.slice(0, cap) : this.rows,
      truncated: overCap || this.leftover !== undefined,
      ...(this.count !== undefined ? { count: this.count } : {}),
      elapsedMs: Date.now() - this.started,
    };
  }
}

/** Runs one request from its first page to its row cap with single GETs. */
export async function runRequest(http: GraphHttp, req: GraphRequest, budget: RequestBudget): Promise<GraphResult> {
  const cursor = new PageCursor(req, http.options.versionRoot);
  while (cursor.accept(await http.get(cursor.path, req.headers ?? {}, budget))) {
    // next page
  }
  return cursor.result();
}
