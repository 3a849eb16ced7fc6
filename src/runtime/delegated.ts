import { AsyncLocalStorage } from 'node:async_hooks';
import { SHARED_PACER } from '../sources/graph/api-pacer';
import type { TokenCredential } from '@azure/identity';
import type { AskRequest, Pipeline } from '../pipeline/ask';
import type { GraphExecutor } from '../pipeline/executors';
import { createCredential, createGraphSource, withUserAssertion, type GraphConfig, type GraphSourceOptions } from '../sources/graph';

/**
 * Delegated mode: every question reads Graph with the asking person's own token (their Teams SSO
 * token exchanged on-behalf-of), so Graph enforces their roles. The pipeline has one Graph
 * executor; this one picks the turn's source from the question being answered.
 */
export interface DelegatedGraph {
  readonly graph: GraphExecutor;
  /** The pipeline, answering each request with a Graph source for its `userAssertion`. */
  wrap(pipeline: Pipeline): Pipeline;
  /** The asker's credential for the question being answered (other Azure APIs: Log Analytics, ADX); undefined without an SSO token. */
  credential(): TokenCredential | undefined;
}

export interface DelegatedOptions {
  readonly source?: Omit<GraphSourceOptions, 'credential'>;
  /** The credential for an assertion (tests; default: on-behalf-of from the configuration). */
  readonly credentialFor?: (userAssertion: string) => TokenCredential;
}

export function delegatedGraph(config: GraphConfig, options: DelegatedOptions = {}): DelegatedGraph {
  const turn = new AsyncLocalStorage<{ graph: GraphExecutor; assertion: string }>();
  const credentialFor = (assertion: string): TokenCredential => options.credentialFor?.(assertion) ?? createCredential(withUserAssertion(config, assertion));
  const sourceFor = (assertion: string): GraphExecutor => createGraphSource(withUserAssertion(config, assertion), {
    pacer: SHARED_PACER, // the limits are per app per tenant: every person's turns share them
    ...options.source,
    ...(assertion !== '' ? { credential: credentialFor(assertion) } : {}),
  });
  // Without a token every request fails as a typed `unauthorized` error (an error card), never as
  // the bot's own identity.
  const none = sourceFor('');
  return {
    graph: { execute: (req) => (turn.getStore()?.graph ?? none).execute(req) },
    wrap: (pipeline) => ({
      ask: (request: AskRequest) => {
        const assertion = request.userAssertion ?? '';
        return turn.run({ graph: sourceFor(assertion), assertion }, () => pipeline.ask(request));
      },
    }),
    credential: () => {
      const assertion = turn.getStore()?.assertion ?? '';
      // No SSO token: no credential (the caller answers "sign in first"), never the bot's own identity.
      return assertion === '' ? undefined : credentialFor(assertion);
    },
  };
}
