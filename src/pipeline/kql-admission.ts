/**
 * Per-person admission for KQL (issue 18): one person's heavy queries must not delay everyone
 * else's answers. Each person may have at most `perPerson` KQL queries running; more wait in their
 * own queue, and a query that has waited `queueTimeoutMs` is refused with a coded error (EA022)
 * instead of running late. Everything counts inside the answer's time budget (`budgetMs`, 30 s,
 * from when the question was asked): a query runs with what is left of it as its own time limit
 * (`KqlQuery.timeoutMs`, which every executor honours — the embedded engine interrupts DuckDB,
 * ADX and Log Analytics get it as their server timeout), waits at most that long in the queue,
 * and is refused (EA022) when nothing is left.
 *
 * So the bound for someone else is: their query never queues behind another person's queries
 * (only behind their own), whatever one person sends; it shares the machine with at most
 * `perPerson` queries of each other person, each stopped at 30 s.
 */
import type { KqlQuery } from '../planning/query-plan';
import type { KqlResult } from '../sources/result-set';
import { KqlError } from '../sources/kql/executor';
import type { KqlRunner } from './executors';

export interface KqlAdmissionOptions {
  /** KQL queries one person may have running at once (default 2). */
  readonly perPerson?: number;
  /** Longest a query waits for one of its person's slots (default 10 s). */
  readonly queueTimeoutMs?: number;
  /** The answer's whole time budget, wait included (default 30 s). */
  readonly budgetMs?: number;
  readonly now?: () => number;
}

export const KQL_QUEUE_TIMEOUT = 'EA022';

interface Waiter { readonly resolve: () => void; readonly timer: NodeJS.Timeout }

export class KqlAdmission {
  private readonly running = new Map<string, number>();
  private readonly queues = new Map<string, Waiter[]>();
  readonly perPerson: number;
  readonly queueTimeoutMs: number;
  readonly budgetMs: number;
  private readonly now: () => number;

  constructor(options: KqlAdmissionOptions = {}) {
    this.perPerson = Math.max(1, options.perPerson ?? 2);
    this.queueTimeoutMs = options.queueTimeoutMs ?? 10_000;
    this.budgetMs = options.budgetMs ?? 30_000;
    this.now = options.now ?? (() => performance.now());
  }

  /** Queries running for this person now. */
  runningFor(person: string): number {
    return this.running.get(person) ?? 0;
  }

  private async acquire(person: string, maxWaitMs: number): Promise<void> {
    if (this.runningFor(person) < this.perPerson) {
      this.running.set(person, this.runningFor(person) + 1);
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const queue = this.queues.get(person) ?? [];
      const waiter: Waiter = {
        resolve,
        timer: setTimeout(() => {
          const q = this.queues.get(person) ?? [];
          const i = q.indexOf(waiter);
          if (i >= 0) q.splice(i, 1);
          reject(new KqlError({
            code: KQL_QUEUE_TIMEOUT,
            message: `You already have ${this.perPerson} queries running and this one waited ${Math.round(maxWaitMs / 1000)} s for them: try again when they finish.`,
          }));
        }, maxWaitMs),
      };
      queue.push(waiter);
      this.queues.set(person, queue);
    });
  }

  private release(person: string): void {
    const next = this.queues.get(person)?.shift();
    if (next) { clearTimeout(next.timer); next.resolve(); return; } // the slot passes on
    const n = this.runningFor(person) - 1;
    if (n <= 0) this.running.delete(person); else this.running.set(person, n);
    if (this.queues.get(person)?.length === 0) this.queues.delete(person);
  }

  /**
   * A runner for one person's question, asked at `askedAt` (default now): their queries go through
   * their own slots, and each gets what is left of the question's budget as its time limit.
   */
  runnerFor(inner: KqlRunner, person: string, askedAt: number = this.now()): KqlRunner {
    const left = () => this.budgetMs - (this.now() - askedAt);
    const spent = (): KqlError => new KqlError({
      code: KQL_QUEUE_TIMEOUT,
      message: `This question used its ${Math.round(this.budgetMs / 1000)} s: try again when your other queries finish.`,
    });
    return {
      execute: async (query: KqlQuery): Promise<KqlResult> => {
        if (left() <= 0) throw spent();
        await this.acquire(person, Math.min(this.queueTimeoutMs, left()));
        try {
          const remaining = left();
          if (remaining <= 0) throw spent();
          const result = await inner.execute({ ...query, timeoutMs: Math.min(query.timeoutMs ?? remaining, remaining) });
          // The result names the query as planned (the time left is the admission's own business).
          return { ...result, query };
        } finally {
          this.release(person);
        }
      },
    };
  }
}
