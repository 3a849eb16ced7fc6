import type { Answer } from '../answers/answer';
import type { AnswerInput } from '../answers/answer-input';
import { answerFromFailure, isSourceFailure } from '../answers/error-answer';
import { answerHelp, answerUnknown } from '../answers/help';
import type { Asker, Resolved } from '../planning/entities';
import type { GraphRequest, PlannedQuery, QueryPlan, ShownQuery } from '../planning/query-plan';
import type { ConversationContext } from '../understanding/conversation';
import type { Intent } from '../understanding/intent';
import type { Authorizer, AuthzGate, AuthzRecord } from '../policy/authorize';
import { rootForVersion } from '../sources/graph/urls';
import type { QueryResult } from '../sources/result-set';
import { nextContext } from './context-update';
import { executePlan, type GraphExecutor, type KqlRunner } from './executors';
import { HANDLERS } from '../families/registry';
import { clarifyChoices, resolveSlots } from './resolve-slots';

export const GRAPH_DISPLAY_ROOT = 'https://graph.microsoft.com/v1.0';

/** The understanding stage as the pipeline calls it (the optional LLM planner is asynchronous). */
export type Understand = (text: string, context: ConversationContext, now: Date) => Intent | Promise<Intent>;

/**
 * Decides whether the asker may have this answered (src/policy): before any lookup, and, when
 * only a self / owner / manager exception could allow it, again once the names are resolved.
 */
export type Authorize = Authorizer;

export interface PipelineDeps {
  readonly understand: Understand;
  readonly graph: GraphExecutor;
  readonly kql?: KqlRunner;
  readonly kqlDatabase?: string;
  /** The tenant's "now": the demo anchor, or the wall clock. */
  readonly now: () => Date;
  readonly tenantId: string;
  readonly authorize?: Authorize;
  /** Emergency-access account UPNs (BREAK_GLASS_ACCOUNTS; the demo tenant's by default). */
  readonly breakGlassAccounts?: readonly string[];
  /** How Graph is read (`appOnly` or `delegated`), for planners of delegated-only APIs. */
  readonly graphAuth?: 'delegated' | 'appOnly';
}

export interface AskRequest {
  readonly question: string;
  readonly asker: Asker;
  readonly context: ConversationContext;
  /** Where the question came from (`cli`, `msteams`, …), for the audit trail. */
  readonly channel?: string;
  /** Delegated mode: the asker's SSO token for this turn (exchanged on-behalf-of; never logged). */
  readonly userAssertion?: string;
}

/** One question answered: the `ask --json` object minus the card. */
export interface AskOutcome {
  readonly question: string;
  readonly intent: Intent;
  readonly resolved: Resolved;
  readonly queries: readonly ShownQuery[];
  readonly answer: Answer;
  readonly context: ConversationContext;
  readonly elapsedMs: number;
  /** The policy decision (absent when no authorizer is configured or the question needed none). */
  readonly authorization?: AuthzRecord;
  /** The typed source failure's code, for `error` answers from a Graph or KQL failure. */
  readonly errorCode?: string;
  /**
   * Queries that ran but are not shown: a policy denial shows none (the name lookups would tell
   * whether the names exist). For the audit trail only; not part of `ask --json`.
   */
  readonly hiddenQueries?: readonly ShownQuery[];
}

const ENTITY_SLOTS = ['user', 'group', 'groups', 'app', 'apps', 'role', 'accessPackage', 'catalog'] as const;

/** The intent as a denied answer may show it: no directory names (understanding may have completed them). */
function redacted(intent: Intent): Intent {
  const slots: Record<string, unknown> = { ...intent.slots };
  for (const k of ENTITY_SLOTS) delete slots[k];
  return { name: intent.name, slots };
}

export function showQuery(q: PlannedQuery, database = 'demo'): ShownQuery {
  return q.source === 'graph'
    ? { source: 'graph', method: 'GET', url: `${rootForVersion(GRAPH_DISPLAY_ROOT, q.version)}${q.path}` }
    : { source: 'kql', database: q.database ?? database, text: q.text };
}

export interface Pipeline {
  ask(request: AskRequest): Promise<AskOutcome>;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  return {
    async ask({ question, asker, context }) {
      const started = performance.now();
      const now = deps.now();
      const intent = await deps.understand(question, context, now);
      const ran: PlannedQuery[] = [];
      let resolved: Resolved = {};
      let authorization: AuthzRecord | undefined;
      let errorCode: string | undefined;
      const finish = (answer: Answer): AskOutcome => {
        const shown = ran.map((q) => showQuery(q, deps.kqlDatabase));
        const elapsedMs = Math.round((performance.now() - started) * 10) / 10;
        if (authorization?.decision === 'denied') {
          // Denied by the policy: nothing about the names asked for, not even the completed name.
          return { question, intent: redacted(intent), resolved: {}, answer, queries: [], context, elapsedMs, authorization, hiddenQueries: shown };
        }
        return {
          question, intent, resolved, answer, queries: shown, elapsedMs,
          context: answer.kind === 'error' ? context : nextContext(context, question, intent, resolved),
          ...(authorization ? { authorization } : {}),
          ...(errorCode ? { errorCode } : {}),
        };
      };
      const handler = HANDLERS[intent.name];
      try {
        // The policy runs before anything else, clarify cards included: a denied person learns
        // nothing about the names in the question.
        let gate: AuthzGate | undefined = deps.authorize ? await deps.authorize.beforeLookup(asker, intent) : undefined;
        authorization = gate?.record;
        if (gate?.outcome === 'deny') return finish(gate.answer);
        if (gate?.outcome === 'allow') gate = undefined;
        const ambiguous = intent.ambiguous?.[0];
        if (ambiguous && ambiguous.choices.length > 1) return finish(gate ? gate.denied : clarifyChoices(question, ambiguous));
        if (handler.kind === 'meta') return finish(intent.name === 'help' ? answerHelp() : answerUnknown(question, intent));
        const trace = { requests: [] as GraphRequest[] };
        const lookup = (req: GraphRequest) => { ran.push(req); return deps.graph.execute(req); };
        const r = await resolveSlots({
          question, slots: intent.slots, needs: handler.needs, optional: handler.optional ?? [],
          asker, context, lookup, trace,
        });
        if (gate) {
          // Only a subject exception can allow this: an unresolved name is denied like any other.
          const after = r.ok ? gate.afterLookup(r.resolved) : undefined;
          authorization = after?.record ?? gate.record;
          if (after?.outcome !== 'allow') return finish(gate.denied);
        }
        resolved = r.resolved;
        if (!r.ok) return finish(r.answer);
        const planContext = { intent, resolved, asker, now, tenantId: deps.tenantId, breakGlassAccounts: deps.breakGlassAccounts, graphAuth: deps.graphAuth };
        const refused = handler.refuse?.(planContext);
        if (refused) return finish(refused);
        const plan: QueryPlan = handler.plan(planContext);
        ran.push(...plan.queries);
        const first = await executePlan(plan, deps.graph, deps.kql);
        ran.push(...fallbacksRun(first));
        let input: AnswerInput = { intent, resolved, plan, results: first, now };
        const second = handler.next?.(input);
        if (second && second.queries.length > 0) {
          ran.push(...second.queries);
          const more = await executePlan(second, deps.graph, deps.kql);
          ran.push(...fallbacksRun(more));
          const merged: QueryPlan = { queries: [...plan.queries, ...second.queries], sourceNote: plan.sourceNote ?? second.sourceNote };
          input = { ...input, plan: merged, results: new Map([...first, ...more]) };
        }
        const answer = handler.answer(input);
        return finish({ ...answer, sourceNote: answer.sourceNote ?? input.plan.sourceNote });
      } catch (err) {
        if (isSourceFailure(err)) {
          errorCode = err.code;
          return finish(answerFromFailure(err, question, intent.slots.query));
        }
        throw err;
      }
    },
  };
}

/** The documented requests that ran in place of refused ones (`onBadRequest`), to show beside them. */
function fallbacksRun(results: ReadonlyMap<string, QueryResult>): GraphRequest[] {
  return [...results.values()].flatMap((r) => (r.source === 'graph' && r.fellBackFrom !== undefined && r.query.source === 'graph' ? [r.query] : []));
}
