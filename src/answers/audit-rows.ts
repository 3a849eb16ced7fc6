import type { Cell } from './answer';
import type { Row } from './answer-input';
import { formatDateTime, obj, str } from './format';

/** Who did it: the user's UPN, or the app's name. */
export function auditInitiator(a: Row): string {
  const by = obj(a.initiatedBy);
  const user = obj(by.user);
  const app = obj(by.app);
  return str(user.userPrincipalName) || str(user.displayName) || str(app.displayName) || str(app.servicePrincipalName) || 'Unknown';
}

export function auditTargets(a: Row): string {
  const list = Array.isArray(a.targetResources) ? (a.targetResources as Row[]) : [];
  return list.map((t) => str(t.userPrincipalName) || str(t.displayName) || str(t.id)).filter(Boolean).join(', ');
}

function cleanValue(v: unknown): string {
  const s = str(v).replace(/^\[|\]$/g, '').replace(/^"|"$/g, '');
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** "displayName: Old → New; accountEnabled: true → false". */
export function auditChanges(a: Row): string | null {
  const list = Array.isArray(a.targetResources) ? (a.targetResources as Row[]) : [];
  const props = list.flatMap((t) => (Array.isArray(t.modifiedProperties) ? (t.modifiedProperties as Row[]) : []))
    .filter((p) => !/^Included Updated Properties$|TargetId\.|\.ObjectID$/i.test(str(p.displayName)));
  const text = props.slice(0, 4).map((p) => `${str(p.displayName)}: ${cleanValue(p.oldValue) || '(none)'} → ${cleanValue(p.newValue) || '(none)'}`).join('; ');
  return text === '' ? null : props.length > 4 ? `${text}; …` : text;
}

export const AUDIT_COLUMNS = [
  ['activityDateTime', 'Time'], ['activity', 'Activity'], ['category', 'Category'], ['initiatedBy', 'Done by'], ['targets', 'Target'],
  ['changes', 'Changes (old → new)'], ['result', 'Result'],
] as const;

export function auditRow(a: Row): Cell[] {
  return [formatDateTime(a.activityDateTime), str(a.activityDisplayName), str(a.category) || null, auditInitiator(a), auditTargets(a) || null,
    auditChanges(a), str(a.result) || null];
}

/**
 * When a category was picked from a read that stopped at its cap (Graph has no filter on the audit
 * category): the rows found cover only the newest events read, so say how far back that reached.
 * " (found among the 5,000 most recent audit events, back to 2026-11-16 14:02 UTC; older events
 * of the window were not read)"; "" when the read was complete.
 */
export function categoryReadNote(truncated: boolean, read: readonly Row[]): string {
  if (!truncated || read.length === 0) return '';
  const oldest = read.reduce((min, a) => (str(a.activityDateTime) < min ? str(a.activityDateTime) : min), str(read[0]!.activityDateTime));
  return ` (found among the ${read.length.toLocaleString('en-US')} most recent audit events, back to ${formatDateTime(oldest) ?? 'an unknown time'}; older events of the window were not read)`;
}
