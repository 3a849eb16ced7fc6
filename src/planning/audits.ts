import { concreteWindow, isoSeconds } from './time';
import type { AuditTargetType } from '../understanding/intent';
import type { PlanContext } from './entities';

/** The directory audit log as the audit and privileged families read it. */
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
