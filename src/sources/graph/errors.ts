/**
 * Typed Graph failures. Every way a Graph call can fail — an HTTP error envelope, throttling, a
 * timeout, a dropped connection, a token that could not be obtained — ends as one
 * `GraphRequestError`, which the answer layer turns into a card.
 */

/** What went wrong, in the terms a card needs. */
export type GraphErrorKind =
  | 'throttled'
  | 'unavailable'
  | 'timeout'
  | 'network'
  | 'notFound'
  | 'forbidden'
  | 'unauthorized'
  | 'badRequest'
  | 'other';

/** The fields of a `GraphRequestError`, as plain data. */
export interface GraphRequestErrorInit {
  /** HTTP status; 0 when no response arrived (timeout, network, credential failure). */
  readonly status: number;
  /** Graph's `error.code` (e.g. `Request_ResourceNotFound`), or one of ours (`timeout`, `networkError`). */
  readonly code: string;
  readonly message: string;
  readonly requestId?: string;
  /** How long Graph asked us to wait (`Retry-After`), when it said. */
  readonly retryAfterMs?: number;
  readonly kind?: GraphErrorKind;
  /** The id of the planned request this error belongs to, when known. */
  readonly queryId?: string;
  readonly cause?: unknown;
}

/** A failed Graph request: `status`, `code`, `requestId` as Graph reported them. */
export class GraphRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId?: string;
  readonly retryAfterMs?: number;
  readonly kind: GraphErrorKind;
  readonly queryId?: string;

  constructor(init: GraphRequestErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'GraphRequestError';
    this.status = init.status;
    this.code = init.code;
    this.kind = init.kind ?? kindForStatus(init.status);
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.queryId !== undefined) this.queryId = init.queryId;
  }

  /** The same error, labelled with the planned request it belongs to. */
  withQueryId(queryId: string): GraphRequestError {
    return new GraphRequestError({ ...this.toInit(), queryId });
  }

  /** Plain data for `--json` output and logs (the cause is left out: it may hold a token). */
  toJSON(): Omit<GraphRequestErrorInit, 'cause'> & { readonly name: string } {
    return {
      name: this.name,
      status: this.status,
      code: this.code,
      message: this.message,
      kind: this.kind,
      ...(this.requestId !== undefined ? { requestId: this.requestId } : {}),
      ...(this.retryAfterMs !== undefined ? { retryAfterMs: this.retryAfterMs } : {}),
      ...(this.queryId !== undefined ? { queryId: this.queryId } : {}),
    };
  }

  private toInit(): GraphRequestErrorInit {
    return {
      status: this.status,
      code: this.code,
      message: this.message,
      kind: this.kind,
      cause: this.cause,
      ...(this.requestId !== undefined ? { requestId: this.requestId } : {}),
      ...(this.retryAfterMs !== undefined ? { retryAfterMs: this.retryAfterMs } : {}),
    };
  }
}

export function isGraphRequestError(e: unknown): e is GraphRequestError {
  return e instanceof GraphRequestError;
}

/** The kind a card needs, from an HTTP status. */
export function kindForStatus(status: number): GraphErrorKind {
  switch (status) {
    case 400:
      return 'badRequest';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'notFound';
    case 429:
      return 'throttled';
    case 502:
    case 503:
    case 504:
      return 'unavailable';
    default:
      return 'other';
  }
}

/** What can be read from a Graph error body, headers aside. */
interface Envelope {
  readonly code?: string;
  readonly message?: string;
  readonly requestId?: string;
}

/** Reads Graph's `{ error: { code, message, innerError: { 'request-id', date } } }`. */
export function parseErrorEnvelope(body: unknown): Envelope {
  if (!isRecord(body) || !isRecord(body['error'])) return {};
  const error = body['error'];
  const inner = isRecord(error['innerError']) ? error['innerError'] : isRecord(error['innererror']) ? error['innererror'] : {};
  const out: { code?: string; message?: string; requestId?: string } = {};
  if (typeof error['code'] === 'string') out.code = error['code'];
  if (typeof error['message'] === 'string') out.message = error['message'];
  const rid = inner['request-id'] ?? inner['requestId'];
  if (typeof rid === 'string') out.requestId = rid;
  return out;
}

/** The error for a non-2xx response (status, parsed body, response headers). */
export function errorFromResponse(
  status: number,
  body: unknown,
  headers: { get(name: string): string | null },
  retryAfterMs?: number,
): GraphRequestError {
  const env = parseErrorEnvelope(body);
  const requestId = env.requestId ?? headers.get('request-id') ?? headers.get('client-request-id') ?? undefined;
  return new GraphRequestError({
    status,
    code: env.code ?? `http${status}`,
    message: env.message ?? `Microsoft Graph answered HTTP ${status}.`,
    ...(requestId !== undefined ? { requestId } : {}),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
