import type { GraphRequest, KqlQuery, PlannedQuery, QueryPlan } from '../planning/query-plan';
import type { GraphResult, KqlResult, QueryResult } from '../sources/result-set';
import { GraphRequestError } from '../sources/graph/errors';

/** The part of the Graph source the pipeline uses. */
export interface GraphExecutor {
  execute(request: GraphRequest): Promise<GraphResult>;
}

/** The part of a KQL executor the pipeline uses. */
export interface KqlRunner {
  execute(query: KqlQuery): Promise<KqlResult>;
  /** Whether the source serves every table named (optional: a source without it serves the schema's tables only). */
  servesTables?(names: readonly string[]): Promise<boolean>;
}

/** Runs every query of a plan concurrently; the first typed failure rejects the whole plan. */
export async function executePlan(
  plan: QueryPlan,
  graph: GraphExecutor,
  kql: KqlRunner | undefined,
): Promise<Map<string, QueryResult>> {
  const run = (q: PlannedQuery): Promise<QueryResult> => {
    if (q.source === 'graph') return q.onBadRequest ? withFallback(graph, q, q.onBadRequest) : graph.execute(q);
    if (!kql) throw new Error(`bug: plan needs KQL but no KQL source is configured (${q.id})`);
    return kql.execute(q);
  };
  const results = await Promise.all(plan.queries.map(async (q) => [q.id, await run(q)] as const));
  return new Map(results);
}

/** Runs `q`; when Graph answers 400 (a kept but undocumented shape refused), runs `fallback` in its place. */
async function withFallback(graph: GraphExecutor, q: GraphRequest, fallback: GraphRequest): Promise<GraphResult> {
  try {
    return await graph.execute(q);
  } catch (e) {
    if (!(e instanceof GraphRequestError) || e.status !== 400) throw e;
    const result = await graph.execute({ ...fallback, id: q.id });
    return { ...result, fellBackFrom: q.path };
  }
}
