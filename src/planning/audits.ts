import { concreteWindow, isoSeconds } from './time';
import type { AuditTargetType } from '../understanding/intent';
import type { PlanContext } from './entities';

/** The directory audit log as the audit and privileged families read it. */
export const AUDITS = '/auditLogs/directoryAudits';
export const AUDIT_DEFAULT_WINDOW = 'P7D';
export const AUDIT_ROW_LIMIT = 1000;
export const AUDIT_SOURCE = 'Microsoft Graph directory audit log (kept for 30 days).';
/**
 * directoryAudits documents no `$filter` on category, so a question about one category reads
 * every category of its window (hence more rows) and keeps its own with `inCategory`.
 */
export const AUDIT_ALL_CATEGORIES_ROW_LIMIT = 5000;
/** Said on the card when the category was chosen here rather than by Graph. */
export const AUDIT_CATEGORY_NOTE = 'Graph documents no filter on the audit category, so the category is picked from the returned events.';

/** A row predicate: the audit event is in `category`. */
export const inCategory = (category: string) => (row: Readonly<Record<string, unknown>>): boolean => row['category'] === category;

/** The directory audit category of each kind of target. */
export const AUDIT_CATEGORY: Readonly<Record<AuditTargetType, string>> = {
  user: 'UserManagement', group: 'GroupManagement', role: 'RoleManagement', app: 'ApplicationManagement', policy: 'Policy',
};

export function auditWindowClauses(ctx: PlanContext, fallback = AUDIT_DEFAULT_WINDOW): string[] {
  const w = concreteWindow(ctx.intent.slots.window, ctx.now, fallback);
  return [`activityDateTime ge ${isoSeconds(w.from)}`, `activityDateTime le ${isoSeconds(w.to)}`];
}
