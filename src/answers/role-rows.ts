import type { Cell } from './answer';
import type { Row } from './answer-input';
import { formatDateTime, obj, str } from './format';
import { isPrivilegedRole } from './privileged-permissions';

/** One role a principal holds, active or PIM-eligible, directly or through a group. */
export interface HeldRole {
  readonly role: string;
  readonly templateId: string;
  readonly assignment: 'Active' | 'Eligible';
  readonly scope: string;
  readonly until: string | null;
  readonly via: string | null;
}

export function scopeText(scope: unknown): string {
  const s = str(scope);
  return s === '' || s === '/' ? 'Directory' : s.startsWith('/administrativeUnits/') ? `Administrative unit ${s.split('/')[2] ?? ''}` : s;
}

/** End of a PIM schedule, or null when it does not expire. */
export function scheduleEnd(row: Row): string | null {
  const expiration = obj(obj(row.scheduleInfo).expiration);
  return str(expiration.type) === 'noExpiration' ? null : (formatDateTime(expiration.endDateTime) as string | null);
}

export function heldRoles(active: readonly Row[], eligible: readonly Row[], via: string | null = null): HeldRole[] {
  const one = (r: Row, assignment: HeldRole['assignment']): HeldRole => {
    const def = obj(r.roleDefinition);
    return {
      role: str(def.displayName) || str(r.roleDefinitionId), templateId: str(def.templateId) || str(r.roleDefinitionId),
      assignment, scope: scopeText(r.directoryScopeId), until: assignment === 'Eligible' ? scheduleEnd(r) : null, via,
    };
  };
  return [...active.map((r) => one(r, 'Active')), ...eligible.map((r) => one(r, 'Eligible'))];
}

export const HELD_ROLE_COLUMNS = [
  ['role', 'Role'], ['assignment', 'Assignment'], ['privileged', 'Privileged'], ['scope', 'Scope'], ['until', 'Eligible until'], ['via', 'Through group'],
] as const;

export function heldRoleRow(h: HeldRole): Cell[] {
  return [h.role, h.assignment, isPrivilegedRole(h.templateId) ? 'Yes' : 'No', h.scope, h.assignment === 'Eligible' ? (h.until ?? 'No expiry') : null, h.via];
}

export function sortHeld(list: readonly HeldRole[]): HeldRole[] {
  return [...list].sort((a, b) => a.role.localeCompare(b.role) || a.assignment.localeCompare(b.assignment));
}
