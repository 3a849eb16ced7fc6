import { createHash } from 'node:crypto';
import type { GraphObject, TenantModel } from '../../model';

/** An activated directory role and its direct members. */
export interface DerivedRole {
  readonly role: GraphObject;
  readonly memberIds: readonly string[];
}

/** A stable GUID for a role, different from its template id (as in Graph). */
function roleId(templateId: string): string {
  const h = createHash('sha256').update(`directoryRole:${templateId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * `/directoryRoles`: one role per role definition that has an active assignment at tenant scope
 * (`directoryScopeId` "/"), with those principals as members. PIM-eligible principals are not members.
 */
export function deriveDirectoryRoles(model: TenantModel): DerivedRole[] {
  const members = new Map<string, string[]>();
  for (const a of model.roleAssignments) {
    const def = a['roleDefinitionId'];
    const principal = a['principalId'];
    const scope = a['directoryScopeId'] ?? '/';
    if (typeof def !== 'string' || typeof principal !== 'string' || scope !== '/') continue;
    const list = members.get(def) ?? [];
    if (!list.includes(principal)) list.push(principal);
    members.set(def, list);
  }
  const out: DerivedRole[] = [];
  for (const d of model.roleDefinitions) {
    const ids = members.get(d.id);
    if (!ids) continue;
    const templateId = typeof d['templateId'] === 'string' ? d['templateId'] : d.id;
    out.push({
      role: { id: roleId(templateId), deletedDateTime: null, description: d['description'] ?? null, displayName: d['displayName'] ?? null, roleTemplateId: templateId },
      memberIds: ids,
    });
  }
  return out;
}
