import { odataString } from '../../sources/graph/odata';
import { graphPath } from '../../planning/graph-path';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { get } from '../../planning/graph-get';
import { requireRef } from '../../planning/require';
import { AUDIT_CATEGORY, AUDIT_ROW_LIMIT, AUDIT_SOURCE, AUDITS, auditWindowClauses } from '../../planning/audits';

function audits(id: string, clauses: readonly string[]) {
  return get(id, graphPath(AUDITS, { $filter: clauses.join(' and '), $top: 1000 }), { maxRows: AUDIT_ROW_LIMIT, reads: ['auditLogs'] });
}

/** What the user did (initiatedBy) and what was done to the user (targetResources). */
export function planAuditForUser(ctx: PlanContext): QueryPlan {
  const user = requireRef(ctx, 'user');
  const id = odataString(user.id);
  const when = auditWindowClauses(ctx);
  return {
    queries: [
      audits('initiated', [`initiatedBy/user/id eq ${id}`, ...when]),
      audits('targeted', [`targetResources/any(t: t/id eq ${id})`, ...when]),
    ],
    sourceNote: AUDIT_SOURCE,
  };
}

/**
 * audit.changes: by category (from the target type) and, when a user, group or app was named,
 * by target. The activity words are matched against the returned rows (Graph only has `eq` and
 * `startsWith` on activityDisplayName, and people don't type the exact activity name).
 */
export function planAuditChanges(ctx: PlanContext): QueryPlan {
  const { targetType } = ctx.intent.slots;
  const clauses = auditWindowClauses(ctx);
  if (targetType) clauses.push(`category eq ${odataString(AUDIT_CATEGORY[targetType])}`);
  const target = ctx.resolved.group ?? ctx.resolved.app ?? ctx.resolved.user;
  if (target) clauses.push(`targetResources/any(t: t/id eq ${odataString(target.id)})`);
  return { queries: [audits('audits', clauses)], sourceNote: AUDIT_SOURCE };
}
