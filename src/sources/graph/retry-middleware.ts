import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { ApiPacer } from './api-pacer';
import { carry } from './client-error-carrier';
import { GraphRequestError } from './errors';
import type { GraphHttpEvent, GraphHttpObserver } from './http-event';
import { RequestBudget } from './request-budget';
import type { RetryPolicy } from './retry-policy';
import { isRetryableStatus, parseRetryAfter, retryDelayMs } from './retry-policy';
import { budgetExhausted, isNetworkFailure, noTurn, networkError, requestRejected, timeoutError } from './transport-errors';

/**
 * Graph client middleware: each attempt waits for its turn under the documented per-API limits
 * when given a pacer (`api-pacer.ts`; real Graph), then runs under a per-attempt timeout (AbortController, headers and body); retries of
 * 429/503/504 and dropped connections honouring `Retry-After`, jittered backoff otherwise, all
 * inside the request's `RequestBudget`. The response handed back up the chain is fully buffered.
 *
 * A final retryable response (retries or budget used up) is passed up as a response, so the
 * caller can build the typed error from Graph's envelope; a final transport failure is thrown as
 * a typed error (`timeout` / `network`). Every attempt of one request carries the same
 * `client-request-id`, which Graph support can trace.
 */
export class RetryTimeoutMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly policy: RetryPolicy,
    private readonly observe?: GraphHttpObserver,
    /** Real Graph (and the realistic demo): waits for a turn under the documented per-API limits. */
    private readonly pacer?: ApiPacer,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (next === undefined) throw new Error('RetryTimeoutMiddleware needs a next middleware');
    const option = context.middlewareControl?.getMiddlewareOptions(RequestBudget);
    const budget = option instanceof RequestBudget ? option : RequestBudget.startingNow(this.policy.budgetMs);
    let headers: Headers;
    try {
      headers = new Headers(context.options?.headers);
    } catch (e) {
      throw carry(requestRejected(e));
    }
    const clientRequestId = headers.get('client-request-id') ?? randomUUID();
    headers.set('client-request-id', clientRequestId);
    context.options = { ...context.options, headers };

    let last: { readonly response: Response } | { readonly error: GraphRequestError } | undefined;
    for (let retry = 0; ; retry++) {
      const remaining = budget.remainingMs();
      if (remaining <= 0) return this.giveUp(context, last, budgetExhausted(this.policy));
      const turn = this.pacer?.reserve(typeof context.request === 'string' ? context.request : context.request.url, remaining) ?? 0;
      if (turn >= remaining) return this.giveUp(context, last, noTurn(turn));
      if (turn > 0) await sleep(turn);
      const timeoutMs = Math.min(this.policy.timeoutMs, budget.remainingMs());
      const started = performance.now();
      const outcome = await this.attempt(next, context, timeoutMs);
      this.report(context, outcome, retry + 1, performance.now() - started, clientRequestId);
      const canRetry = retry < this.policy.maxRetries;
      if (outcome.kind === 'failed') {
        // An attempt cut short by the budget says less than the failure that used the budget up.
        if (outcome.error.kind === 'timeout' && timeoutMs < this.policy.timeoutMs) return this.giveUp(context, last, outcome.error);
        if (!canRetry || outcome.error.kind !== 'network') throw carry(outcome.error);
        last = { error: outcome.error };
        const delay = retryDelayMs(retry, undefined, this.policy);
        if (delay >= budget.remainingMs()) throw carry(outcome.error);
        await sleep(delay);
        continue;
      }
      const response = outcome.response;
      if (!isRetryableStatus(response.status) || !canRetry) return;
      last = { response };
      const delay = retryDelayMs(retry, parseRetryAfter(response.headers.get('retry-after')), this.policy);
      if (delay >= budget.remainingMs()) return;
      await sleep(delay);
    }
  }

  /** Ends with the last real failure when there was one, else with `fallback`. */
  private giveUp(context: Context, last: { readonly response: Response } | { readonly error: GraphRequestError } | undefined, fallback: GraphRequestError): void {
    if (last !== undefined && 'response' in last) {
      context.response = last.response;
      return;
    }
    throw carry(last?.error ?? fallback);
  }

  private report(context: Context, outcome: Attempt, attempt: number, elapsedMs: number, clientRequestId: string): void {
    const observe = this.observe;
    if (observe === undefined) return;
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const method = context.options?.method ?? 'GET';
    const event: GraphHttpEvent = outcome.kind === 'failed'
      ? { method, url, attempt, status: 0, outcome: FAILURE_OUTCOME[outcome.error.kind] ?? 'rejected', elapsedMs, clientRequestId }
      : {
          method, url, attempt, status: outcome.response.status, outcome: 'answered', elapsedMs, clientRequestId,
          ...(outcome.response.headers.has('request-id') ? { requestId: outcome.response.headers.get('request-id') as string } : {}),
        };
    try {
      observe(event);
    } catch {
      // An observer's failure must not fail the Graph call.
    }
  }

  /** One attempt under its own timeout; the body is read inside the timeout too. */
  private async attempt(next: Middleware, context: Context, timeoutMs: number): Promise<Attempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    context.options = { ...context.options, signal: controller.signal };
    try {
      await next.execute(context);
      const raw = context.response;
      if (raw === undefined) throw new Error('No response from the middleware chain');
      const body = raw.status === 204 || raw.status === 304 ? null : await raw.arrayBuffer();
      const response = new Response(body, { status: raw.status, statusText: raw.statusText, headers: raw.headers });
      context.response = response;
      return { kind: 'answered', response };
    } catch (e) {
      if (controller.signal.aborted) {
        return { kind: 'failed', error: timeoutError(timeoutMs, e) };
      }
      if (isCarried(e)) throw e;
      return { kind: 'failed', error: isNetworkFailure(e) ? networkError(e) : requestRejected(e) };
    } finally {
      clearTimeout(timer);
    }
  }
}

const FAILURE_OUTCOME: Partial<Record<GraphRequestError['kind'], GraphHttpEvent['outcome']>> = { timeout: 'timeout', network: 'network' };

type Attempt = { readonly kind: 'answered'; readonly response: Response } | { readonly kind: 'failed'; readonly error: GraphRequestError };

function isCarried(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'customError' in e && e.customError instanceof GraphRequestError;
}
