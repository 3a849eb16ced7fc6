/**
 * The report.* family run directly over a KQL engine: plan → every KQL query of the plan (side by
 * side, as the pipeline runs them) → answer. What the year-of-snapshots bench times and what its
 * test compares between the interval store and fully materialised per-day rows. Understanding and
 * Graph name resolution are left out: the app is given resolved.
 */
import type { Answer } from '../src/answers/answer';
import type { AnswerInput } from '../src/answers/answer-input';
import type { EmbeddedKqlEngine } from '../src/kql/engine/embedded-engine';
import type { PlanContext, Resolved } from '../src/planning/entities';
import type { QueryPlan } from '../src/planning/query-plan';
import type { Slots } from '../src/understanding/intent';
import type { QueryResult } from '../src/sources/result-set';
import { SNAPSHOT_INTERVAL_TABLES } from '../src/planning/snapshot-intervals';
import { EmbeddedKqlExecutor } from '../src/sources/kql/embedded-executor';
import { answerAppAccessAdded, answerAppAccessAsOf, answerAppAccessBetween, answerGroupMembersByDepartment } from '../src/families/reports/reports.answer';
import { planAppAccessAdded, planAppAccessAsOf, planAppAccessBetween, planGroupMembersByDepartment } from '../src/families/reports/reports.plan';

export type ReportIntent = 'report.appAccessAsOf' | 'report.appAccessBetween' | 'report.appAccessAdded' | 'report.groupMembersByDepartment';

const FAMILY: Record<ReportIntent, { plan(ctx: PlanContext): QueryPlan; answer(input: AnswerInput): Answer }> = {
  'report.appAccessAsOf': { plan: planAppAccessAsOf, answer: answerAppAccessAsOf },
  'report.appAccessBetween': { plan: planAppAccessBetween, answer: answerAppAccessBetween },
  'report.appAccessAdded': { plan: planAppAccessAdded, answer: answerAppAccessAdded },
  'report.groupMembersByDepartment': { plan: planGroupMembersByDepartment, answer: answerGroupMembersByDepartment },
};

export interface ReportQuestion {
  /** A label for tables ("as of 2026-03-01"). */
  readonly label: string;
  readonly intent: ReportIntent;
  readonly slots: Slots;
  readonly resolved: Resolved;
}

/** Plans, runs and answers one report question; the answer and its wall time. */
export async function runReport(engine: EmbeddedKqlEngine, q: ReportQuestion, now: Date, options: { readonly overIntervals?: boolean } = {}): Promise<{ answer: Answer; ms: number }> {
  const t0 = performance.now();
  // As the pipeline does: over the intervals when the engine serves them, unless told otherwise.
  const snapshotIntervals = options.overIntervals ?? await engine.servesTables(SNAPSHOT_INTERVAL_TABLES);
  const ctx: PlanContext = { intent: { name: q.intent, slots: q.slots }, resolved: q.resolved, asker: { upn: 'bench@woodgrove.example' }, now, tenantId: 'bench', snapshotIntervals };
  const family = FAMILY[q.intent];
  const plan = family.plan(ctx);
  const executor = new EmbeddedKqlExecutor(engine);
  const results = new Map<string, QueryResult>();
  await Promise.all(plan.queries.map(async (query) => {
    if (query.source !== 'kql') throw new Error(`report plan with a ${query.source} query`);
    results.set(query.id, await executor.execute(query));
  }));
  const answer = family.answer({ intent: { name: q.intent, slots: q.slots }, resolved: q.resolved, plan, results, now });
  return { answer, ms: performance.now() - t0 };
}
