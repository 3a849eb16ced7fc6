import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import type { ApiPacer } from './api-pacer';
import type { TokenCredential } from '@azure/identity';
import type { GraphRequest } from '../../planning/query-plan';
import type { GraphResult } from '../result-set';
import { executeBatched } from './batch';
import type { GraphConfig } from './config';
import { validateGraphConfig } from './config';
import { createCredential, graphScope } from './credentials';
import { GraphRequestError } from './errors';
import { GraphHttp } from './graph-http';
import type { GraphHttpObserver } from './http-event';
import { labelled } from './labelled';
import { runRequest } from './paging';
import { RequestBudget } from './request-budget';
import type { RetryPolicy } from './retry-policy';
import { DEFAULT_RETRY_POLICY } from './retry-policy';
import { rootForVersion, shownRoot, shownUrl, versionRoot } from './urls';

/** Header naming the person asking, sent to the demo endpoint only (it enforces the role policy). */
export const CALLER_HEADER = 'X-EntraAsk-Caller';

/** Tuning of one Graph source; every field has a default (see `DEFAULT_RETRY_POLICY`). */
export interface GraphSourceOptions {
  readonly timeoutMs?: number;
  readonly maxRetries?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Total time for one `execute` / `executeAll`, retries, waits and pages included. */
  readonly budgetMs?: number;
  readonly random?: () => number;
  /** Who is asking; sent as `X-EntraAsk-Caller` in demo mode only (percent-encoded unless visible ASCII). */
  readonly callerId?: string;
  /** Use this credential instead of the one the configuration names (hosting, tests). */
  readonly credential?: TokenCredential;
  /** Told about every HTTP attempt (logs, metrics, request counts). */
  readonly onHttp?: GraphHttpObserver;
  /** Wait for a turn under Graph's documented per-API limits (real Graph; `SHARED_PACER` for the process). */
  readonly pacer?: ApiPacer;
}

/** The bot's one way to Graph. */
export interface GraphSource {
  /** Runs one request, following next links up to `maxRows`. Rejects with `GraphRequestError`. */
  execute(req: GraphRequest): Promise<GraphResult>;
  /**
   * Runs several requests; first pages go through `POST /$batch` (≤ 20 per batch) when there are
   * two or more. Never rejects: each id maps to its result or its typed error.
   */
  executeAll(reqs: readonly GraphRequest[]): Promise<Map<string, GraphResult | GraphRequestError>>;
  /**
   * The URL shown to people: `https://graph.microsoft.com/v1.0/…` (also for the demo tenant), or
   * the configured national-cloud root, e.g. `https://graph.microsoft.us/v1.0/…`.
   */
  shownUrl(req: GraphRequest): string;
}

/** Builds a source for a configuration. Cheap: no network until the first request. */
export function createGraphSource(config: GraphConfig, options: GraphSourceOptions = {}): GraphSource {
  validateGraphConfig(config);
  const policy = retryPolicy(options);
  // One HTTP layer per Graph version (beta only when an answer asks for it), made on first use.
  const layers = new Map<string, GraphHttp | GraphRequestError>();
  const httpFor = (version: GraphRequest['version']): GraphHttp | GraphRequestError => {
    const key = version ?? 'v1.0';
    let layer = layers.get(key);
    if (!layer) layers.set(key, (layer = makeHttp(config, policy, options, version)));
    return layer;
  };
  httpFor(undefined); // the v1.0 layer is made up front, as before; beta only on first use
  const displayRoot = shownRoot(config);
  return {
    async execute(req) {
      try {
        const http = httpFor(req.version);
        if (http instanceof GraphRequestError) throw http;
        return await runRequest(http, req, RequestBudget.startingNow(policy.budgetMs));
      } catch (e) {
        throw labelled(e, req.id);
      }
    },
    async executeAll(reqs) {
      const byVersion = new Map<string, GraphRequest[]>();
      for (const r of reqs) {
        const key = r.version ?? 'v1.0';
        const group = byVersion.get(key);
        if (group) group.push(r);
        else byVersion.set(key, [r]);
      }
      const results = new Map<string, GraphResult | GraphRequestError>();
      for (const group of byVersion.values()) {
        const http = httpFor(group[0]!.version);
        if (http instanceof GraphRequestError) {
          for (const r of group) results.set(r.id, http.withQueryId(r.id));
          continue;
        }
        // Requests under a small per-API limit go one by one, each waiting for its turn: inside a
        // $batch Graph would count them one by one anyway and refuse the extra ones.
        const paced = options.pacer ? group.filter((r) => options.pacer!.paces(r.path)) : [];
        const batched = group.filter((r) => !paced.includes(r));
        const [part, ...single] = await Promise.all([
          batched.length > 0 ? executeBatched(http, batched, policy) : Promise.resolve(new Map<string, GraphResult | GraphRequestError>()),
          ...paced.map(async (r): Promise<[string, GraphResult | GraphRequestError]> => {
            try {
              return [r.id, await runRequest(http, r, RequestBudget.startingNow(policy.budgetMs))];
            } catch (e) {
              return [r.id, labelled(e, r.id)];
            }
          }),
        ]);
        for (const [id, result] of part) results.set(id, result);
        for (const [id, result] of single) results.set(id, result);
      }
      return results;
    },
    shownUrl(req) {
      return shownUrl(req.path, rootForVersion(displayRoot, req.version));
    },
  };
}

/**
 * The HTTP layer for a configuration. A delegated configuration without the user's token is not a
 * setup bug but an expected turn state (no SSO yet): it becomes a typed `unauthorized` error that
 * every request answers with.
 */
function makeHttp(config: GraphConfig, policy: RetryPolicy, options: GraphSourceOptions, version?: GraphRequest['version']): GraphHttp | GraphRequestError {
  const root = rootForVersion(versionRoot(config), version);
  if (config.mode === 'delegated' && config.userAssertion === '') {
    return new GraphRequestError({
      status: 0,
      code: 'noUserAssertion',
      kind: 'unauthorized',
      message: 'Delegated mode needs the signed-in user\'s SSO token; none was given for this turn.',
    });
  }
  const authProvider = new TokenCredentialAuthenticationProvider(options.credential ?? createCredential(config), { scopes: [graphScope(root)] });
  const fixedHeaders: Record<string, string> = config.mode === 'demo' && options.callerId !== undefined ? { [CALLER_HEADER]: headerSafe(options.callerId) } : {};
  return new GraphHttp({
    versionRoot: root, authProvider, policy, fixedHeaders,
    ...(options.onHttp !== undefined ? { onHttp: options.onHttp } : {}), ...(options.pacer !== undefined ? { pacer: options.pacer } : {}),
  });
}

/** Header values must be visible ASCII: anything else in a caller id is percent-encoded. */
function headerSafe(value: string): string {
  return /^[\x21-\x7e]*$/.test(value) ? value : encodeURIComponent(value);
}

function retryPolicy(o: GraphSourceOptions): RetryPolicy {
  const d = DEFAULT_RETRY_POLICY;
  return {
    timeoutMs: o.timeoutMs ?? d.timeoutMs,
    maxRetries: o.maxRetries ?? d.maxRetries,
    baseDelayMs: o.baseDelayMs ?? d.baseDelayMs,
    maxDelayMs: o.maxDelayMs ?? d.maxDelayMs,
    budgetMs: o.budgetMs ?? d.budgetMs,
    random: o.random ?? d.random,
  };
}
