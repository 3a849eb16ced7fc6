import { setTimeout as sleep } from 'node:timers/promises';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { ApiPacer } from './api-pacer';

/**
 * Graph client middleware, last before HTTP: a paced request whose reserved turn drifted (a slow
 * token step, a busy event loop) waits until its limits hold counted by when requests were really
 * sent (`ApiPacer.holdBeforeSend`). The turn itself is reserved earlier, in the retry middleware,
 * where the question's budget is known; this only corrects the drift, a few milliseconds to tens.
 */
export class PacedSendMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly pacer: ApiPacer) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (this.next === undefined) throw new Error('PacedSendMiddleware needs a next middleware');
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    for (let wait = this.pacer.holdBeforeSend(url); wait > 0; wait = this.pacer.holdBeforeSend(url)) await sleep(wait);
    await this.next.execute(context);
  }
}
