/**
 * One HTTP attempt, reported to an optional observer (`GraphSourceOptions.onHttp`): for logs,
 * metrics and the benchmark's request count. Never contains tokens or response bodies.
 */
export interface GraphHttpEvent {
  readonly method: string;
  /** The URL as sent (demo endpoint or real Graph). */
  readonly url: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** `rejected`: fetch refused to send it (a bug, not retried). */
  readonly outcome: 'answered' | 'timeout' | 'network' | 'rejected';
  readonly elapsedMs: number;
  /** The `client-request-id` sent (the same for every attempt of one request). */
  readonly clientRequestId: string;
  /** Graph's `request-id` answer header, when present. */
  readonly requestId?: string;
}

export type GraphHttpObserver = (event: GraphHttpEvent) => void;
