import type { GraphObject } from '../model';
import { PERSONAS, PERSONA_KEYS } from '../personas';
import { BUILT_IN_ROLES, roleByName } from './catalog/roles';
import type { GenContext } from './context';
import type { Groups } from './groups';
import { DAY, HOUR, iso } from './time';
import type { People } from './users';

/** Role definitions, active assignments, eligibility schedules, and the PIM facts audits tell. */
export interface Roles {
  readonly definitions: GraphObject[];
  readonly assignments: GraphObject[];
  readonly eligibilities: GraphObject[];
  /** Recent PIM activations: who, which role, when (ms), until when. */
  readonly activations: { principalId: string; roleName: string; startMs: number; endMs: number }[];
  /** Assignments made outside PIM inside the window (audited as "Add member to role"). */
  readonly directAssignments: { principalId: string; roleName: string; atMs: number }[];
}

/** `unifiedRoleAssignment.id` as Entra forms it: base64url of the two GUIDs' bytes, then "-1". */
export function roleAssignmentId(roleDefinitionId: string, principalId: string): string {
  const bytes = (guid: string): Buffer => {
    const b = Buffer.from(guid.replace(/-/g, ''), 'hex');
    return Buffer.from([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], ...b.subarray(8)] as number[]);
  };
  return `${Buffer.concat([bytes(roleDefinitionId), bytes(principalId)]).toString('base64url')}-1`;
}

function definition(role: (typeof BUILT_IN_ROLES)[number]): GraphObject {
  return {
    id: role.templateId,
    description: role.description,
    displayName: role.displayName,
    isBuiltIn: true,
    isEnabled: true,
    resourceScopes: ['/'],
    templateId: role.templateId,
    version: '1',
    rolePermissions: [{ allowedResourceActions: [...role.actions], condition: null }],
    inheritsPermissionsFrom: [],
  };
}

/**
 * Builds roles for personas (PERSONAS[].roles), the Helpdesk Admins group and apps. The crowd holds
 * no directory roles, so every admin account is a persona (adm- prefix except Nestor).
 */
export function buildRoles(ctx: GenContext, people: People, groups: Groups, spRoles: readonly { spId: string; roleName: string }[]): Roles {
  const assignments: GraphObject[] = [];
  const eligibilities: GraphObject[] = [];
  const assign = (principalId: string, roleName: string): void => {
    const role = roleByName(roleName);
    assignments.push({ id: roleAssignmentId(role.templateId, principalId), principalId, roleDefinitionId: role.templateId, directoryScopeId: '/', appScopeId: null, condition: null });
  };
  const eligible = (principalId: string, roleName: string, startMs: number): void => {
    const role = roleByName(roleName);
    eligibilities.push({
      id: ctx.guid(`eligibility:${principalId}:${roleName}`),
      principalId, roleDefinitionId: role.templateId, directoryScopeId: '/', appScopeId: null,
      createdUsing: ctx.guid(`eligibility-request:${principalId}:${roleName}`),
      createdDateTime: iso(startMs), modifiedDateTime: iso(startMs), status: 'Provisioned', memberType: 'Direct',
      scheduleInfo: { startDateTime: iso(startMs), recurrence: null, expiration: { type: 'afterDateTime', endDateTime: iso(startMs + 365 * DAY), duration: null } },
    });
  };
  let helpdeskGroupAssigned = false;
  for (const key of PERSONA_KEYS) {
    const person = people.byPersona[key];
    for (const holding of PERSONAS[key].roles) {
      if (holding.holding === 'permanent') assign(person.id, holding.role);
      else if (holding.holding === 'eligible') eligible(person.id, holding.role, key === 'grady' ? ctx.anchorMs - 8 * DAY - 2 * HOUR : ctx.anchorMs - (200 + PERSONA_KEYS.indexOf(key)) * DAY);
      else if (!helpdeskGroupAssigned) {
        assign(groups.idOf('Helpdesk Admins'), holding.role);
        helpdeskGroupAssigned = true;
      }
    }
  }
  for (const sp of spRoles) assign(sp.spId, sp.roleName);
  const P = people.byPersona;
  const activations = [
    { principalId: P.lee.id, roleName: 'Privileged Role Administrator', startMs: ctx.anchorMs - 2 * DAY - 5 * HOUR, endMs: ctx.anchorMs - 2 * DAY + 3 * HOUR },
    { principalId: P.isaiah.id, roleName: 'Security Administrator', startMs: ctx.anchorMs - 3 * HOUR, endMs: ctx.anchorMs + 5 * HOUR },
    { principalId: P.isaiah.id, roleName: 'Security Administrator', startMs: ctx.anchorMs - 6 * DAY - 4 * HOUR, endMs: ctx.anchorMs - 6 * DAY + 4 * HOUR },
  ].filter((a) => a.startMs >= ctx.windowStartMs);
  for (const a of activations) if (a.endMs > ctx.anchorMs) assign(a.principalId, a.roleName);
  const directAssignments = [{ principalId: P.nestor.id, roleName: 'Global Administrator', atMs: ctx.anchorMs - 4 * DAY - 6 * HOUR }]
    .filter((a) => a.atMs >= ctx.windowStartMs);
  return { definitions: BUILT_IN_ROLES.map(definition), assignments, eligibilities, activations, directAssignments };
}
