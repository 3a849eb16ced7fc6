import { odataString } from '../../sources/graph/odata';
import { graphPath } from '../../planning/graph-path';
import { concreteWindow, isoSeconds } from '../../planning/time';
import type { AuditTargetType } from '../../understanding/intent';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { get } from '../../planning/graph-get';
import { requireRef } from '../../planning/require';

export const AUDITS = '/auditLogs/directoryAudits';
export const AUDIT_DEFAULT_WINDOW = 'P7D';
export const AUDIT_ROW_LIMIT = 1000;
export const AUDIT_SOURCE = 'Microsoft Graph directory audit log (kept for 30 days).';

/** The directory audit category of each kind of target. */
export const AUDIT_CATEGORY: Readonly<Record<AuditTargetType, string>> = {
  user: 'UserManagement', group: 'GroupManagement', role: 'RoleManagement', app: 'ApplicationManagement', policy: 'Policy',
};

export function auditWindowClauses(ctx: PlanContext, fallback = AUDIT_DEFAULT_WINDOW): string[] {
  const w = concreteWindow(ctx.intent.slots.window, ctx.now, fallback);
  return [`activityDateTime ge ${isoSeconds(w.from)}`, `activityDateTime le ${isoSeconds(w.to)}`];
}

function audits(id: string, clauses: readonly string[]) {
  return get(id, graphPath(AUDITS, { $filter: clauses.join(' and '), $top: 1000 }), { maxRows: AUDIT_ROW_LIMIT });
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
