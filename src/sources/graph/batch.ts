import { setTimeout as sleep } from 'node:timers/promises';
import type { GraphRequest } from '../../planning/query-plan';
import type { GraphResult } from '../result-set';
import { errorFromResponse, GraphRequestError, isRecord } from './errors';
import type { GraphHttp, GraphHttpResponse } from './graph-http';
import { decodeBody } from './graph-http';
import { labelled } from './labelled';
import { collectPages, runRequest } from './paging';
import { RequestBudget } from './request-budget';
import type { RetryPolicy } from './retry-policy';
import { isRetryableStatus, parseRetryAfter, retryDelayMs } from './retry-policy';
import { relativePath } from './urls';

/** Graph's limit of requests in one `$batch`. */
export const MAX_BATCH_SIZE = 20;
/** Batches in flight at once (Graph throttles per app and tenant; a few parallel calls is polite). */
const BATCH_CONCURRENCY = 4;

type Outcome = GraphResult | GraphRequestError;
type FirstPage = GraphHttpResponse | GraphRequestError;

/**
 * Runs requests, sending the first pages through `POST /$batch` in chunks of 20 when there are
 * two or more; further pages (for `maxRows`) follow as single requests. Throttled or unavailable
 * items are re-sent in a later batch after their `Retry-After` (or jittered backoff), within the
 * retry count and the time budget. Never rejects.
 */
export async function executeBatched(http: GraphHttp, reqs: readonly GraphRequest[], policy: RetryPolicy): Promise<Map<string, Outcome>> {
  const budget = RequestBudget.startingNow(policy.budgetMs);
  const started = Date.now();
  const outcomes: Outcome[] = new Array<Outcome>(reqs.length);
  if (reqs.length < 2) {
    await Promise.all(reqs.map(async (req, i) => {
      outcomes[i] = await runRequest(http, req, budget).catch((e: unknown) => labelled(e, req.id));
    }));
  } else {
    const chunks: number[][] = [];
    for (let i = 0; i < reqs.length; i += MAX_BATCH_SIZE) chunks.push(range(i, Math.min(reqs.length, i + MAX_BATCH_SIZE)));
    await inPool(chunks, BATCH_CONCURRENCY, async (chunk) => {
      const firsts = await firstPages(http, reqs, chunk, budget, policy);
      await Promise.all(chunk.map(async (i) => {
        const req = reqs[i] as GraphRequest;
        const first = firsts.get(i) ?? missing(req);
        outcomes[i] = first instanceof GraphRequestError
          ? first.withQueryId(req.id)
          : await collectPages(http, req, first, budget, started).catch((e: unknown) => labelled(e, req.id));
      }));
    });
  }
  return new Map(reqs.map((req, i) => [req.id, outcomes[i] ?? missing(req)]));
}

/** The first page of each request in one chunk, with item-level retries. */
async function firstPages(
  http: GraphHttp,
  reqs: readonly GraphRequest[],
  chunk: readonly number[],
  budget: RequestBudget,
  policy: RetryPolicy,
): Promise<Map<number, FirstPage>> {
  const got = new Map<number, FirstPage>();
  let pending = [...chunk];
  for (let retry = 0; pending.length > 0; retry++) {
    const body = { requests: pending.map((i) => batchItem(reqs[i] as GraphRequest, i, http.options.fixedHeaders ?? {})) };
    let answer: GraphHttpResponse;
    try {
      answer = await http.post('/$batch', body, budget);
    } catch (e) {
      for (const i of pending) got.set(i, labelled(e, (reqs[i] as GraphRequest).id));
      return got;
    }
    if (answer.status !== 200) {
      const err = errorFromResponse(answer.status, answer.body, answer.headers, parseRetryAfter(answer.headers.get('retry-after')));
      for (const i of pending) got.set(i, err);
      return got;
    }
    const again: number[] = [];
    let waitMs = 0;
    for (const [i, item] of readItems(answer.body)) {
      if (!pending.includes(i)) continue;
      got.set(i, item);
      if (isRetryableStatus(item.status) && retry < policy.maxRetries) {
        again.push(i);
        waitMs = Math.max(waitMs, retryDelayMs(retry, parseRetryAfter(item.headers.get('retry-after')), policy));
      }
    }
    if (again.length === 0 || waitMs >= budget.remainingMs()) return got;
    await sleep(waitMs);
    pending = again;
  }
  return got;
}

function batchItem(req: GraphRequest, index: number, fixed: Readonly<Record<string, string>>): Record<string, unknown> {
  const headers = { ...fixed, ...(req.headers ?? {}) };
  return { id: String(index), method: 'GET', url: relativePath(req.path), ...(Object.keys(headers).length > 0 ? { headers } : {}) };
}

/** `{ responses: [{ id, status, headers, body }] }` as buffered responses keyed by request index. */
function readItems(body: unknown): Map<number, GraphHttpResponse> {
  const out = new Map<number, GraphHttpResponse>();
  const responses = isRecord(body) && Array.isArray(body['responses']) ? body['responses'] : [];
  for (const r of responses) {
    if (!isRecord(r) || typeof r['status'] !== 'number') continue;
    const index = Number(r['id']);
    if (!Number.isInteger(index)) continue;
    const headers = new Headers();
    if (isRecord(r['headers'])) for (const [k, v] of Object.entries(r['headers'])) if (typeof v === 'string') headers.set(k, v);
    const raw = r['body'];
    const decoded = typeof raw === 'string' ? decodeItemText(raw, headers.get('content-type')) : (raw ?? null);
    out.set(index, { status: r['status'], headers, body: decoded });
  }
  return out;
}

/**
 * A string item body: Graph base64-encodes bodies that are not JSON (a `/$count` answer arrives as
 * `"NTIz"`); the demo endpoint sends them as plain text. Digits are read as they are.
 */
function decodeItemText(raw: string, contentType: string | null): unknown {
  if (/^\s*\d+\s*$/.test(raw) || /json/i.test(contentType ?? '')) return decodeBody(raw, contentType);
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(raw) && raw.length % 4 === 0) return decodeBody(Buffer.from(raw, 'base64').toString('utf8'), contentType);
  return decodeBody(raw, contentType);
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

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_v, k) => from + k);
}

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}
