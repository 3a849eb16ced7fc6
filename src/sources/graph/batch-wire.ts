import { errorFromResponse, isRecord } from './errors';
import type { GraphRequestError } from './errors';
import type { GraphHttpResponse } from './graph-http';
import { decodeBody } from './graph-http';
import { parseRetryAfter } from './retry-policy';

/**
 * The wire shape of a `$batch` answer: `{ responses: [{ id, status, headers, body }] }`, read into
 * buffered responses keyed by the numeric item id.
 */
export function readBatchItems(body: unknown): Map<number, GraphHttpResponse> {
  const out = new Map<number, GraphHttpResponse>();
  const responses = isRecord(body) && Array.isArray(body['responses']) ? body['responses'] : [];
  for (const r of responses) {
    if (!isRecord(r) || typeof r['status'] !== 'number') continue;
    const index = Number(r['id']);
    if (!Number.isInteger(index)) continue;
    const headers = new Headers();
    if (isRecord(r['headers'])) {
      for (const [k, v] of Object.entries(r['headers'])) if (typeof v === 'string') headers.set(k, v);
    }
    const raw = r['body'];
    const decoded = typeof raw === 'string' ? decodeItemText(raw, headers.get('content-type')) : (raw ?? null);
    out.set(index, { status: r['status'], headers, body: decoded });
  }
  return out;
}

/** The typed error for a `$batch` call that failed as a whole. */
export function batchAnswerError(answer: GraphHttpResponse): GraphRequestError {
  return errorFromResponse(answer.status, answer.body, answer.headers, parseRetryAfter(answer.headers.get('retry-after')));
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
