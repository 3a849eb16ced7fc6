/** Messages between `startGraphServerInWorker` (host) and `worker-entry.ts` (the worker). */
import type { FaultConfig } from './faults';
import type { RealismConfig } from './realism/realism';
import type { SignInSnapshot } from './signins/snapshot';
import type { RequestLogEntry } from './types';

/** What the worker starts from (`workerData`): plain data only, it is copied across threads. */
export interface WorkerInit {
  readonly dataDir: string;
  readonly signInsFile: string;
  readonly signInSnapshot?: SignInSnapshot;
  readonly warmSignIns: boolean;
  readonly realism?: RealismConfig;
  /** Send every answered request back (`onRequest`); off, only the counter moves. */
  readonly forwardRequests: boolean;
  /** One Int32: requests answered, read by the host's `requestCount()` without a round trip. */
  readonly counter: SharedArrayBuffer;
}

export type HostMessage =
  | { readonly type: 'setFaults'; readonly faults: FaultConfig | undefined }
  | { readonly type: 'setRealism'; readonly realism: RealismConfig | undefined }
  | { readonly type: 'close' };

export type WorkerMessage =
  | { readonly type: 'ready'; readonly url: string; readonly origin: string }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'request'; readonly entry: RequestLogEntry }
  | { readonly type: 'closed' };
