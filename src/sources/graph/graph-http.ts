import { Client, HTTPMessageHandler, ResponseType } from '@microsoft/microsoft-graph-client';
import type { ApiPacer } from './api-pacer';
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { AuthMiddleware } from './auth-middleware';
import type { GraphHttpObserver } from './http-event';
import { unwrapFailure } from './client-error-carrier';
import { RetryTimeoutMiddleware } from './retry-middleware';
import { PacedSendMiddleware } from './paced-send-middleware';
import type { RequestBudget } from './request-budget';
import type { RetryPolicy } from './retry-policy';
import { clientBase, clientSafePath } from './urls';

/** One buffered HTTP answer: status, headers and the body decoded by content type. */
export interface GraphHttpResponse {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, a number for a numeric text body (`/$count`), the text otherwise, null when empty. */
  readonly body: unknown;
}

/** What the graph client layer needs to send requests. */
export interface GraphHttpOptions {
  readonly versionRoot: string;
  readonly authProvider: AuthenticationProvider;
  readonly policy: RetryPolicy;
  /** Headers sent on every request (only the demo caller header today). */
  readonly fixedHeaders?: Readonly<Record<string, string>>;
  readonly onHttp?: GraphHttpObserver;
  /** Paces requests under the documented per-API limits (real Graph). */
  readonly pacer?: ApiPacer;
}

/**
 * The `@microsoft/microsoft-graph-client` Client with our middleware chain
 * (retry + timeout → auth → paced send → fetch). The only code that sends HTTP to Graph.
 */
export class GraphHttp {
  private readonly client: Client;

  constructor(readonly options: GraphHttpOptions) {
    const { baseUrl, version } = clientBase(options.versionRoot);
    this.client = Client.initWithMiddleware({
      baseUrl,
      defaultVersion: version,
      middleware: [
        new RetryTimeoutMiddleware(options.policy, options.onHttp, options.pacer),
        new AuthMiddleware(options.authProvider, options.fixedHeaders),
        ...(options.pacer !== undefined ? [new PacedSendMiddleware(options.pacer)] : []),
        new HTTPMessageHandler(),
      ],
    });
  }

  /** GET a path relative to the version root. Transport failures reject with `GraphRequestError`. */
  async get(path: string, headers: Readonly<Record<string, string>>, budget: RequestBudget): Promise<GraphHttpResponse> {
    const request = this.client.api(clientSafePath(path)).headers({ ...headers }).middlewareOptions([budget]).responseType(ResponseType.RAW);
    return readResponse(await send(() => request.get()));
  }

  /** POST a JSON body (used for `/$batch`). */
  async post(path: string, body: unknown, budget: RequestBudget): Promise<GraphHttpResponse> {
    const request = this.client.api(clientSafePath(path)).middlewareOptions([budget]).responseType(ResponseType.RAW);
    return readResponse(await send(() => request.post(body)));
  }
}

async function send(call: () => Promise<unknown>): Promise<Response> {
  let raw: unknown;
  try {
    raw = await call();
  } catch (e) {
    throw unwrapFailure(e);
  }
  if (!(raw instanceof Response)) throw unwrapFailure(new Error('The graph client returned no raw response.'));
  return raw;
}

async function readResponse(response: Response): Promise<GraphHttpResponse> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: decodeBody(text, response.headers.get('content-type')) };
}

/** JSON by content type or shape; a bare number (`/users/$count`) as a number; else the text. */
export function decodeBody(text: string, contentType: string | null): unknown {
  if (text.trim() === '') return null;
  const looksJson = /json/i.test(contentType ?? '') || /^\s*[[{]/.test(text);
  if (looksJson) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  const n = Number(text.trim());
  return /^\s*\d+\s*$/.test(text) && Number.isSafeInteger(n) ? n : text;
}
