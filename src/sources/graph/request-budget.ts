import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client';

/**
 * Per-request middleware option: the deadline of the whole `execute` call (all pages, retries and
 * waits), handed to the middleware chain through the graph client's own `middlewareOptions`.
 */
export class RequestBudget implements MiddlewareOptions {
  constructor(
    /** Epoch milliseconds after which no new attempt starts and no wait extends. */
    readonly deadline: number,
  ) {}

  static startingNow(budgetMs: number): RequestBudget {
    return new RequestBudget(Date.now() + budgetMs);
  }

  remainingMs(now: number = Date.now()): number {
    return this.deadline - now;
  }
}
