import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';

/** Rows a raw KQL query may bring back into an answer. */
export const RAW_KQL_ROW_LIMIT = 1000;

/** A KQL query the person typed runs as typed: the engine refuses anything but read-only queries. */
export function planRawKql(ctx: PlanContext): QueryPlan {
  return {
    queries: [{ source: 'kql', reads: ['rawKql'], id: 'raw', text: ctx.intent.slots.query ?? '', maxRows: RAW_KQL_ROW_LIMIT }],
    sourceNote: 'Your KQL, run read-only on the configured log store.',
  };
}
