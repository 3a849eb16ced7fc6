/**
 * When to retry and how long to wait. Pure functions: the middleware asks, this answers.
 * Graph's guidance: on 429/503/504 wait `Retry-After` when given; otherwise back off
 * exponentially. We use "full jitter" (a random delay between 0 and the exponential cap) so many
 * conversations throttled together do not retry in lock-step.
 */

/** The knobs of the retry and timeout behaviour; every field has a default. */
export interface RetryPolicy {
  /** Per-attempt timeout, headers and body included. */
  readonly timeoutMs: number;
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** First backoff cap; doubles each retry. */
  readonly baseDelayMs: number;
  /** Upper bound of one backoff wait (and of an honoured Retry-After). */
  readonly maxDelayMs: number;
  /** Total time one `execute` may take, retries, waits and pages included. */
  readonly budgetMs: number;
  /** Source of randomness in [0, 1) for jitter; injectable for tests. */
  readonly random: () => number;
}

/**
 * Defaults sized for a chat turn (Bot Service gives a turn about 15 s): a Graph call gives up in
 * 12 s at most, and a `Retry-After` longer than what is left comes back at once as a typed
 * `throttled` error with `retryAfterMs`, for the card to say when to try again. Exports and
 * other batch work pass larger values.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  timeoutMs: 8_000,
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  budgetMs: 12_000,
  random: Math.random,
};

/** Statuses worth another attempt: throttled, service unavailable, gateway timeout. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/**
 * `Retry-After` as milliseconds: delta-seconds (`"2"`, `"0.5"`) or an HTTP date.
 * Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/^[A-Za-z]{3},? /.test(text)) return undefined; // an HTTP date starts with the day name
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** Exponential backoff with full jitter: uniform in [0, min(maxDelay, base · 2^retry)). */
export function backoffDelayMs(retry: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(retry, 30));
  return Math.floor(cap * policy.random());
}

/** The wait before retry number `retry` (0-based): Retry-After when given (capped), else backoff. */
export function retryDelayMs(retry: number, retryAfterMs: number | undefined, policy: RetryPolicy): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxDelayMs);
  return backoffDelayMs(retry, policy);
}
