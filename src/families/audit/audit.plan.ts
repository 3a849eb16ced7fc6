import { odataString } from '../../sources/graph/odata';
import { graphPath } from '../../planning/graph-path';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { get } from '../../planning/graph-get';
import { requireRef } from '../../planning/require';
import { AUDIT_ALL_CATEGORIES_ROW_LIMIT, AUDIT_CATEGORY_NOTE, AUDIT_ROW_LIMIT, AUDIT_SOURCE, AUDITS, auditWindowClauses } from '../../planning/audits';

function audits(id: string, clauses: readonly string[], maxRows = AUDIT_ROW_LIMIT) {
  return get(id, graphPath(AUDITS, { $filter: clauses.join(' and '), $top: 1000 }), { maxRows, reads: ['auditLogs'] });
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
  // The category (from the target type) is kept by the answer: Graph documents no filter on it.
  const target = ctx.resolved.group ?? ctx.resolved.app ?? ctx.resolved.user;
  if (target) clauses.push(`targetResources/any(t: t/id eq ${odataString(target.id)})`);
  const limit = targetType && !target ? AUDIT_ALL_CATEGORIES_ROW_LIMIT : AUDIT_ROW_LIMIT;
  return { queries: [audits('audits', clauses, limit)], sourceNote: targetType ? `${AUDIT_SOURCE} ${AUDIT_CATEGORY_NOTE}` : AUDIT_SOURCE };
}
