import type { Answer } from '../answers/answer';
import type { AnswerInput } from '../answers/answer-input';
import { answerFromFailure, isSourceFailure } from '../answers/error-answer';
import { answerHelp, answerUnknown } from '../answers/help';
import { answerNotUnderstoodPlain } from '../answers/not-understood';
import type { Asker, Resolved } from '../planning/entities';
import type { GraphRequest, PlannedQuery, QueryPlan, ShownQuery } from '../planning/query-plan';
import type { ConversationContext } from '../understanding/conversation';
import type { Intent } from '../understanding/intent';
import { limitedAskerAnswer, type Authorizer, type AuthzGate, type AuthzRecord } from '../policy/authorize';
import { rootForVersion } from '../sources/graph/urls';
import type { GraphResult, QueryResult } from '../sources/result-set';
import { nextContext } from './context-update';
import { executePlan, type GraphExecutor, type KqlRunner } from './executors';
import { SNAPSHOT_INTERVAL_TABLES } from '../planning/snapshot-intervals';
import { answeringIntent, HANDLERS } from '../families/registry';
import { clarifyChoices, resolveSlots } from './resolve-slots';
import { answeredByLookup, expandBySlot, lookupAnswers, lookupExpansions } from './lookup-reads';
import { KqlAdmission } from './kql-admission';
import { gatePlan, redactAnswer, type DataGate, type GatedPlan } from '../policy/data-gate';
import { DEFAULT_POLICY } from '../policy/policy';

export const GRAPH_DISPLAY_ROOT = 'https://graph.microsoft.com/v1.0';

/**
 * How far the understanding stage may use the tenant's names. A person who may not read the
 * directory (a guest, someone the tenant does not know) gets no help from them: otherwise the
 * intent chosen for a bare name would tell them whether it is a user, a group, an app or nothing.
 */
export interface UnderstandScope {
  readonly tenantNames: boolean;
}

/** The understanding stage as the pipeline calls it (the optional LLM planner is asynchronous). */
export type Understand = (text: string, context: ConversationContext, now: Date, scope?: UnderstandScope) => Intent | Promise<Intent>;

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
  /** Per-person KQL admission (kql-admission.ts); default: 2 running per person, 10 s queue, 30 s budget. */
  readonly kqlAdmission?: KqlAdmission;
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
  /**
   * The queries as the audit trail keeps them (shown and hidden): those built from values the
   * tenant returned (a second round's ids) carry `<from results>` in place of those values.
   */
  readonly auditQueries?: readonly ShownQuery[];
}

const ENTITY_SLOTS = ['user', 'group', 'groups', 'app', 'apps', 'role', 'accessPackage', 'catalog'] as const;

/** The intent as a denied answer may show it: no directory names (understanding may have completed them). */
function redacted(intent: Intent): Intent {
  const slots: Record<string, unknown> = { ...intent.slots };
  for (const k of ENTITY_SLOTS) delete slots[k];
  return { name: intent.name, slots };
}

/** Ids, UPNs and quoted values in a query built from results, replaced for the audit trail. */
export function withoutTenantValues(q: ShownQuery): ShownQuery {
  const scrub = (s: string) => s
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<from results>')
    .replace(/'(?:[^']|'')*'/g, "'<from results>'")
    .replace(/"(?:[^"\\]|\\.)*"/g, '"<from results>"')
    .replace(/%27(?:(?!%27).)*%27/g, "'<from results>'");
  return q.source === 'graph' ? { ...q, url: scrub(q.url) } : { ...q, text: scrub(q.text) };
}

/** `shown`, marked as answered from the shared read cache when it was (age in whole seconds). */
function withReuse(shown: ShownQuery, ageMs: number | undefined): ShownQuery {
  return ageMs === undefined ? shown : { ...shown, reusedSeconds: Math.round(ageMs / 1000) };
}

export function showQuery(q: PlannedQuery, database = 'demo'): ShownQuery {
  return q.source === 'graph'
    ? { source: 'graph', method: 'GET', url: `${rootForVersion(GRAPH_DISPLAY_ROOT, q.version)}${q.path}` }
    : { source: 'kql', database: q.database ?? database, text: q.text };
}

/**
 * What the question asked that the answer could not apply goes on the answer (`notApplied`) and
 * into its summary, so the card never shows a wider answer as if it were the one asked for.
 */
function namingNotApplied(given: Answer, intent: Intent): Answer {
  const answer = applyTop(given, intent.slots.top);
  const missed = (intent.notApplied ?? []).filter((n) => !(answer.notApplied ?? []).includes(n));
  if (missed.length === 0 || answer.kind === 'denied' || answer.kind === 'clarify' || answer.kind === 'error') return answer;
  const all = [...(answer.notApplied ?? []), ...missed];
  return { ...answer, notApplied: all, summary: `${answer.summary} Not applied: ${missed.join('; ')} (this answer is not narrowed by ${missed.length === 1 ? 'it' : 'them'}).` };
}

/**
 * "top 5", "list 2 apps": a table longer than the number asked for keeps its first rows (each
 * answer orders its rows by what matters most), with the total kept in `totalRows`.
 */
function applyTop(answer: Answer, top: number | undefined): Answer {
  if (top === undefined || top < 1 || answer.kind !== 'table' || answer.rows.length <= top) return answer;
  return { ...answer, rows: answer.rows.slice(0, top), totalRows: Math.max(answer.totalRows ?? 0, answer.rows.length) };
}

/**
 * For someone who may not read the directory's names (a guest), every refusal and every question
 * not understood is one answer, whatever the words and names typed: otherwise the kind of refusal
 * ("account details" for one name, "directory data" for another, "not understood" for a third)
 * would differ by name (issue 18). Someone the tenant does not know already gets one answer.
 */
function uniformForLimited(answer: Answer, intent: Intent, tenantNames: boolean, authorization: AuthzRecord | undefined): boolean {
  if (tenantNames || authorization?.by === 'unknownAsker' || intent.name === 'help') return false;
  return answer.kind === 'denied' || intent.name === 'unknown';
}

export interface Pipeline {
  ask(request: AskRequest): Promise<AskOutcome>;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  const admission = deps.kqlAdmission ?? new KqlAdmission();
  return {
    async ask({ question, asker, context }) {
      const started = performance.now();
      // One person's KQL goes through their own slots: it never queues anyone else's.
      // Made now, so the question's KQL budget counts from here (the admission's own clock).
      const kql = deps.kql ? admission.runnerFor(deps.kql, (asker.objectId ?? asker.upn).toLowerCase()) : undefined;
      const now = deps.now();
      const tenantNames = deps.authorize?.namesVisible ? await deps.authorize.namesVisible(asker) : true;
      const intent = await deps.understand(question, context, now, { tenantNames });
      const ran: PlannedQuery[] = [];
      /** Queries answered from the shared read cache, with the age of the read (ms). */
      const reused = new Map<PlannedQuery, number>();
      const noteReuse = (results: Iterable<QueryResult>): void => {
        for (const r of results) if (r.reusedAgeMs !== undefined) reused.set(r.query, r.reusedAgeMs);
      };
      /** Queries built from results (second rounds): their values came from the tenant. */
      const fromResults = new Set<PlannedQuery>();
      let resolved: Resolved = {};
      let authorization: AuthzRecord | undefined;
      let errorCode: string | undefined;
      const finish = (given: Answer): AskOutcome => {
        let answer = namingNotApplied(given, intent);
        if (uniformForLimited(answer, intent, tenantNames, authorization)) {
          answer = limitedAskerAnswer(deps.authorize?.policy ?? DEFAULT_POLICY);
          // Not understood is refused like the rest: read without the tenant's names, as directory data.
          if (authorization?.decision !== 'denied') authorization = { category: 'directory', decision: 'denied', by: 'limitedAsker' };
        }
        const shown = ran.map((q) => withReuse(showQuery(q, deps.kqlDatabase), reused.get(q)));
        const auditQueries = ran.map((q) => (fromResults.has(q) ? withoutTenantValues(showQuery(q, deps.kqlDatabase)) : showQuery(q, deps.kqlDatabase)));
        const elapsedMs = Math.round((performance.now() - started) * 10) / 10;
        if (authorization?.decision === 'denied') {
          // Denied by the policy: nothing about the names asked for, not even the completed name.
          return { question, intent: redacted(intent), resolved: {}, answer, queries: [], context, elapsedMs, authorization, hiddenQueries: shown, auditQueries };
        }
        return {
          question, intent, resolved, answer, queries: shown, elapsedMs, auditQueries,
          context: answer.kind === 'error' ? context : nextContext(context, question, intent, resolved),
          ...(authorization ? { authorization } : {}),
          ...(errorCode ? { errorCode } : {}),
        };
      };
      // app.users with a date is answered by report.appAccessAsOf (its handler and its policy); the intent shown stays.
      const answering = answeringIntent(intent);
      const handler = HANDLERS[answering.name];
      try {
        // The policy runs before anything else, clarify cards included: a denied person learns
        // nothing about the names in the question.
        let gate: AuthzGate | undefined = deps.authorize ? await deps.authorize.beforeLookup(asker, answering) : undefined;
        authorization = gate?.record;
        if (gate?.outcome === 'deny') return finish(gate.answer);
        if (gate?.outcome === 'allow') gate = undefined;
        const ambiguous = intent.ambiguous?.[0];
        if (ambiguous && ambiguous.choices.length > 1) return finish(gate ? gate.denied : clarifyChoices(question, ambiguous));
        if (handler.kind === 'meta') return finish(intent.name === 'help' ? answerHelp() : tenantNames ? answerUnknown(question, intent) : answerNotUnderstoodPlain());
        const trace = { requests: [] as GraphRequest[] };
        const lookup = async (req: GraphRequest) => {
          ran.push(req);
          const r = await deps.graph.execute(req);
          noteReuse([r]);
          return r;
        };
        // Relationships the lookups expand (issue 21): only for someone allowed before any lookup,
        // and only what they may read before the names are known (src/pipeline/lookup-reads.ts).
        const declared = gate ? [] : handler.withLookup ?? [];
        const expansions = lookupExpansions(declared, {
          slots: intent.slots, asker,
          gate: declared.length > 0 && deps.authorize?.dataGate ? await deps.authorize.dataGate(asker, answering, {}) : undefined,
        });
        const r = await resolveSlots({
          question, slots: intent.slots, needs: handler.needs, optional: handler.optional ?? [],
          asker, context, lookup, trace, expand: expandBySlot(expansions),
        });
        const fromLookup = r.ok ? lookupAnswers(expansions, r.rows) : new Map<string, GraphResult>();
        if (gate) {
          // Only a subject exception can allow this: an unresolved name is denied like any other.
          const after = r.ok ? await gate.afterLookup(r.resolved) : undefined;
          authorization = after?.record ?? gate.record;
          if (after?.outcome !== 'allow') return finish(gate.denied);
        }
        resolved = r.resolved;
        if (!r.ok) return finish(r.answer);
        // A year store's validity intervals, when the KQL source serves them (report.* only reads them).
        const snapshotIntervals = answering.name.startsWith('report.') && deps.kql?.servesTables
          ? await deps.kql.servesTables(SNAPSHOT_INTERVAL_TABLES).catch(() => false)
          : false;
        const planContext = { intent: answering, resolved, asker, now, tenantId: deps.tenantId, breakGlassAccounts: deps.breakGlassAccounts, graphAuth: deps.graphAuth, snapshotIntervals };
        const refused = handler.refuse?.(planContext);
        if (refused) return finish(refused);
        // Every query is checked by the data it reads: what the asker may not see does not run.
        const gate2: DataGate | undefined = await deps.authorize?.dataGate?.(asker, answering, resolved);
        const gated: GatedPlan[] = [];
        // `ready`: results the lookups already gave, used for the queries the gate leaves unchanged.
        const run = async (p: QueryPlan, ready: ReadonlyMap<string, GraphResult> = new Map()) => {
          const g = gate2 ? gatePlan(p, gate2) : undefined;
          if (g) gated.push(g);
          const { toRun, answered } = answeredByLookup(g ? g.plan : p, p, ready);
          ran.push(...toRun.queries);
          const results = await executePlan(toRun, deps.graph, kql);
          ran.push(...fallbacksRun(results));
          noteReuse(results.values());
          return { plan: g ? g.plan : p, results: new Map<string, QueryResult>([...(g?.placeholders ?? []), ...answered, ...results]) };
        };
        const first = await run(handler.plan(planContext), fromLookup);
        const plan = first.plan;
        let input: AnswerInput = { intent: answering, resolved, plan, results: first.results, now };
        // Later rounds (next, then last) depend on the results before them.
        for (const later of [handler.next, handler.last]) {
          const laterPlan = later?.(input);
          if (!laterPlan || laterPlan.queries.length === 0) continue;
          const before = ran.length;
          const pending = run(laterPlan);
          for (const q of ran.slice(before)) fromResults.add(q);
          const done = await pending;
          const merged: QueryPlan = { queries: [...input.plan.queries, ...done.plan.queries], sourceNote: input.plan.sourceNote ?? laterPlan.sourceNote };
          input = { ...input, plan: merged, results: new Map([...input.results, ...done.results]) };
        }
        const built = handler.answer(input);
        const answer = redactAnswer(built, gated, deps.authorize?.policy ?? DEFAULT_POLICY);
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
