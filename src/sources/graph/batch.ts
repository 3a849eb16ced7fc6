import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphRequest } from '../../planning/query-plan';
import type { GraphResult } from '../result-set';
import { GraphRequestError } from './errors';
import type { GraphHttp, GraphHttpResponse } from './graph-http';
import { batchAnswerError, readBatchItems } from './batch-wire';
import { labelled } from './labelled';
import { PageCursor, runRequest } from './paging';
import { RequestBudget } from './request-budget';
import type { RetryPolicy } from './retry-policy';
import { isRetryableStatus, parseRetryAfter, retryDelayMs } from './retry-policy';
import { relativePath } from './urls';

/** Graph's limit of requests in one `$batch`. */
export const MAX_BATCH_SIZE = 20;
/** Batches in flight at once (Graph throttles per app and tenant; a few parallel calls is polite). */
const BATCH_CONCURRENCY = 4;

type Outcome = GraphResult | GraphRequestError;

/**
 * Runs requests in rounds: each round fetches the next page of every request that wants one —
 * through `POST /$batch` in chunks of 20 when two or more do, else a single GET. So first pages
 * share batches, and so do the further pages of requests with `maxRows`. Throttled or unavailable
 * items are re-sent after their `Retry-After` (or jittered backoff), within the retry count and
 * the time budget. Never rejects: each id maps to its result or its typed error.
 */
export async function executeBatched(http: GraphHttp, reqs: readonly GraphRequest[], policy: RetryPolicy): Promise<Map<string, Outcome>> {
  const budget = RequestBudget.startingNow(policy.budgetMs);
  const outcomes: Outcome[] = new Array<Outcome>(reqs.length);
  if (reqs.length === 1) {
    const req = reqs[0] as GraphRequest;
    outcomes[0] = await runRequest(http, req, budget).catch((e: unknown) => labelled(e, req.id));
  }
  let active = reqs.length > 1 ? reqs.map((req) => new PageCursor(req, http.options.versionRoot)) : [];
  const indexOf = new Map(active.map((c, i) => [c, i]));
  while (active.length > 0) {
    const pages = active.length === 1 ? await singlePage(http, active[0] as PageCursor, budget) : await batchedPages(http, active, budget, policy);
    const next: PageCursor[] = [];
    active.forEach((cursor, k) => {
      const i = indexOf.get(cursor) as number;
      const page = pages[k] ?? missing(cursor.req);
      try {
        if (page instanceof GraphRequestError) throw page;
        if (cursor.accept(page)) next.push(cursor);
        else outcomes[i] = cursor.result();
      } catch (e) {
        outcomes[i] = labelled(e, cursor.req.id);
      }
    });
    active = next;
  }
  return new Map(reqs.map((req, i) => [req.id, outcomes[i] ?? missing(req)]));
}

type PageOrError = GraphHttpResponse | GraphRequestError;

async function singlePage(http: GraphHttp, cursor: PageCursor, budget: RequestBudget): Promise<PageOrError[]> {
  const page = await http.get(cursor.path, cursor.req.headers ?? {}, budget).catch((e: unknown) => labelled(e, cursor.req.id));
  return [page];
}

/** The next page of each cursor, in order, through `$batch` chunks of 20 run a few at a time. */
async function batchedPages(http: GraphHttp, cursors: readonly PageCursor[], budget: RequestBudget, policy: RetryPolicy): Promise<PageOrError[]> {
  const out: PageOrError[] = new Array<PageOrError>(cursors.length);
  const chunks: number[][] = [];
  for (let i = 0; i < cursors.length; i += MAX_BATCH_SIZE) {
    chunks.push(Array.from({ length: Math.min(MAX_BATCH_SIZE, cursors.length - i) }, (_v, k) => i + k));
  }
  await inPool(chunks, BATCH_CONCURRENCY, async (chunk) => {
    const got = await oneBatch(http, chunk.map((k) => cursors[k] as PageCursor), budget, policy);
    chunk.forEach((k, j) => {
      out[k] = got[j] ?? missing((cursors[k] as PageCursor).req);
    });
  });
  return out;
}

/** One `$batch` of ≤ 20 items (ids are positions), with item-level retries. */
async function oneBatch(http: GraphHttp, cursors: readonly PageCursor[], budget: RequestBudget, policy: RetryPolicy): Promise<PageOrError[]> {
  const got: PageOrError[] = new Array<PageOrError>(cursors.length);
  const fixed = http.options.fixedHeaders ?? {};
  let pending = cursors.map((_c, j) => j);
  for (let retry = 0; pending.length > 0; retry++) {
    const requests = pending.map((j) => batchItem(cursors[j] as PageCursor, j, fixed));
    let answer: GraphHttpResponse;
    try {
      answer = await http.post('/$batch', { requests }, budget);
    } catch (e) {
      for (const j of pending) got[j] = labelled(e, (cursors[j] as PageCursor).req.id);
      return got;
    }
    if (answer.status !== 200) {
      const err = batchAnswerError(answer);
      for (const j of pending) got[j] = err;
      return got;
    }
    const again: number[] = [];
    let waitMs = 0;
    for (const [j, item] of readBatchItems(answer.body)) {
      if (!pending.includes(j)) continue;
      got[j] = item;
      if (isRetryableStatus(item.status) && retry < policy.maxRetries) {
        again.push(j);
        waitMs = Math.max(waitMs, retryDelayMs(retry, parseRetryAfter(item.headers.get('retry-after')), policy));
      }
    }
    if (again.length === 0 || waitMs >= budget.remainingMs()) return got;
    await sleep(waitMs);
    pending = again;
  }
  return got;
}

function batchItem(cursor: PageCursor, id: number, fixed: Readonly<Record<string, string>>): Record<string, unknown> {
  const headers = { ...fixed, ...(cursor.req.headers ?? {}) };
  return { id: String(id), method: 'GET', url: relativePath(cursor.path), ...(Object.keys(headers).length > 0 ? { headers } : {}) };
}

function missing(req: GraphRequest): GraphRequestError {
  return new GraphRequestError({
    status: 0,
    code: 'batchItemMissing',
    kind: 'other',
    message: 'The $batch answer had no response for this request.',
    queryId: req.id,
  });
}

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
