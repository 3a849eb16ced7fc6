import { GraphRequestError } from './errors';
import type { RetryPolicy } from './retry-policy';

/** The typed errors for requests that got no HTTP answer: timeouts, transport failures, refusals. */

export function timeoutError(timeoutMs: number, cause: unknown): GraphRequestError {
  return new GraphRequestError({
    status: 0,
    code: 'timeout',
    kind: 'timeout',
    message: `Microsoft Graph did not answer within ${timeoutMs} ms.`,
    cause,
  });
}

export function budgetExhausted(policy: RetryPolicy): GraphRequestError {
  return new GraphRequestError({
    status: 0,
    code: 'timeout',
    kind: 'timeout',
    message: `Microsoft Graph did not answer within the ${policy.budgetMs} ms budget.`,
  });
}

/**
 * The documented per-API limit (api-pacer.ts) leaves no turn within the request's budget: other
 * questions are queued ahead for that API. Said as throttling (try again shortly), not as a
 * Graph that did not answer; nothing was sent, so nothing counts against the limit.
 */
export function noTurn(waitMs: number): GraphRequestError {
  return new GraphRequestError({
    status: 0,
    code: 'pacedNoTurn',
    kind: 'throttled',
    message: `Microsoft Graph's documented limit for this API is taken by questions ahead of this one; the next turn is in ${Math.ceil(waitMs / 1000)} s, later than this question can wait.`,
  });
}

/** fetch reports transport failures as `TypeError('fetch failed')` with the socket error as cause. */
export function isNetworkFailure(e: unknown): boolean {
  return e instanceof Error && (e.cause !== undefined || e.message === 'fetch failed');
}

/** fetch refused to send the request at all (e.g. an invalid header value): a bug, not retried. */
export function requestRejected(cause: unknown): GraphRequestError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new GraphRequestError({ status: 0, code: 'requestRejected', kind: 'other', message: `The request could not be sent: ${message}`, cause });
}

export function networkError(cause: unknown): GraphRequestError {
  const detail = describeCause(cause);
  return new GraphRequestError({
    status: 0,
    code: 'networkError',
    kind: 'network',
    message: `Could not reach Microsoft Graph${detail === '' ? '' : ` (${detail})`}.`,
    cause,
  });
}

function describeCause(e: unknown): string {
  if (!(e instanceof Error)) return '';
  const inner = e.cause;
  if (typeof inner === 'object' && inner !== null && 'code' in inner && typeof inner.code === 'string') return inner.code;
  return e.message;
}
