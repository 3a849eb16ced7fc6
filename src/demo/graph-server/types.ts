import type { SignInSource, TenantModel } from '../model';
import type { FaultConfig } from './faults';
import type { RealismConfig } from './realism/realism';
import type { SignInStore } from './signins/signin-store';
import type { SignInSnapshot } from './signins/snapshot';
import type { StrictOptions } from './strict';

/** How to start the local Graph endpoint. */
export interface GraphServerOptions {
  readonly model: TenantModel;
  /** Interactive sign-ins (served at `/auditLogs/signIns`). */
  readonly signIns?: SignInSource;
  /**
   * Non-interactive sign-ins: accepted but not loaded — Graph v1.0 `/auditLogs/signIns` returns
   * interactive sign-ins only (non-interactive ones need beta's `signInEventTypes`).
   */
  readonly nonInteractiveSignIns?: SignInSource;
  /** A store built earlier (e.g. shared across servers); takes precedence over `signIns`. */
  readonly signInStore?: SignInStore;
  /**
   * Keep the built sign-in store on disk here (for the sign-ins `key` names) and read it back on
   * the next start instead of rebuilding it from `signIns`.
   */
  readonly signInSnapshot?: SignInSnapshot;
  /** Build the sign-in store in the background right away instead of on the first signIns request. */
  readonly warmSignIns?: boolean;
  /** Called after each answered HTTP request (not for dropped connections). */
  readonly onRequest?: (entry: RequestLogEntry) => void;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0 (any free port). */
  readonly port?: number;
  readonly faults?: FaultConfig;
  /**
   * Serve HTTPS with this key and certificate (PEM). Graph's own JavaScript client only follows
   * absolute `https://` next links (PageIterator), so use this when that client pages directly.
   */
  readonly tls?: { readonly key: string | Buffer; readonly cert: string | Buffer };
  /** Delay added to every response. */
  readonly latencyMs?: number;
  /**
   * Refuse what Microsoft documents as unsupported (see `strict.ts`): an object turns it on, `false`
   * turns it off; absent, the environment decides (`DEMO_GRAPH_STRICT=1`, `DEMO_GRAPH_AUTH=appOnly`).
   */
  readonly strict?: StrictOptions | false;
  /** Imitate real Graph: service latency per request and the documented throttling limits (realism/). */
  readonly realism?: RealismConfig;
  /** Also count received requests in `sharedCount[0]` (a worker's host reads it without a message). */
  readonly sharedCount?: Int32Array;
}

/** A running endpoint. */
export interface GraphServer {
  /** The version root, e.g. `http://127.0.0.1:PORT/v1.0`. */
  readonly url: string;
  /** e.g. `http://127.0.0.1:PORT` */
  readonly origin: string;
  setFaults(f: FaultConfig | undefined): void;
  /** Switches real-Graph imitation (latency, documented throttling) on, or off with `undefined`. */
  setRealism(r: RealismConfig | undefined): void;
  /** HTTP requests received (a `$batch` counts once). */
  requestCount(): number;
  close(): Promise<void>;
}

/** One answered request, for logs and tests. */
export interface RequestLogEntry {
  readonly method: string;
  /** Path and query under the origin, e.g. `/v1.0/users?$top=1`. */
  readonly url: string;
  readonly status: number;
  readonly ms: number;
  readonly context: RequestContext;
}

/** Per-request facts kept for later stages (permissions): who is calling, and the ids. */
export interface RequestContext {
  readonly requestId: string;
  readonly clientRequestId: string;
  /** `X-EntraAsk-Caller`: the object id of the person the bot acts for (not enforced yet). */
  readonly callerId: string | undefined;
  readonly bearerToken: string | undefined;
}
