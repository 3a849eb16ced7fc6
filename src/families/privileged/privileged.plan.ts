import { odataString } from '../../sources/graph/odata';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { graphPath, segment } from '../../planning/graph-path';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';
import { auditWindowClauses, AUDITS, AUDIT_ALL_CATEGORIES_ROW_LIMIT, AUDIT_CATEGORY_NOTE, AUDIT_SOURCE, inCategory } from '../../planning/audits';
import { chunks, distinct, get } from '../../planning/graph-get';
import { ROLE_ASSIGNMENTS, ROLE_ELIGIBILITIES } from '../../planning/roles';

export const ROLE_MEMBER_LIMIT = 5000;
/** Plain `$expand`: the PIM schedule APIs reject a nested `$select` (InvalidFilter). */
const PRINCIPAL_EXPAND = 'principal';

/**
 * role.members: with a role, its active assignments and PIM eligibilities (principal expanded);
 * without one, every assignment and eligibility with the role definitions, narrowed to the
 * privileged roles by the answer.
 */
export function planRoleMembers(ctx: PlanContext): QueryPlan {
  const role = ctx.resolved.role;
  if (role) {
    const filter = `roleDefinitionId eq ${odataString(role.id)}`;
    return {
      queries: [
        get('active', graphPath(ROLE_ASSIGNMENTS, { $filter: filter, $expand: PRINCIPAL_EXPAND }), { maxRows: ROLE_MEMBER_LIMIT, reads: ['roleAssignments'] }),
        get('eligible', graphPath(ROLE_ELIGIBILITIES, { $filter: filter, $expand: PRINCIPAL_EXPAND }), { maxRows: ROLE_MEMBER_LIMIT, reads: ['roleAssignments'] }),
      ],
    };
  }
  return {
    queries: [
      get('definitions', graphPath('/roleManagement/directory/roleDefinitions', { $select: 'id,displayName,templateId,isBuiltIn' }), { maxRows: 1000, reads: ['roleAssignments'] }),
      get('active', graphPath(ROLE_ASSIGNMENTS, { $expand: PRINCIPAL_EXPAND }), { maxRows: ROLE_MEMBER_LIMIT, reads: ['roleAssignments'] }),
      get('eligible', graphPath(ROLE_ELIGIBILITIES, { $expand: PRINCIPAL_EXPAND }), { maxRows: ROLE_MEMBER_LIMIT, reads: ['roleAssignments'] }),
    ],
  };
}

export const ROLE_GROUP_LIMIT = 20;

/** Second round of role.members: the users of role-assignable groups that hold the roles. */
export function nextRoleMembers(input: AnswerInput): QueryPlan | undefined {
  const rows = [...graphRows(input, 'active'), ...graphRows(input, 'eligible')];
  const groups = distinct(rows.filter((r) => isGroup(r.principal)).map((r) => r.principalId)).slice(0, ROLE_GROUP_LIMIT);
  return {
    queries: groups.map((g) => get(`members.${g}`, graphPath(`/groups/${segment(g)}/transitiveMembers/microsoft.graph.user`, {
      $select: 'id,displayName,userPrincipalName,accountEnabled', $top: 999, $count: 'true',
    }), { maxRows: ROLE_MEMBER_LIMIT, eventual: true, reads: ['directory', 'accountState'] })),
  };
}

function isGroup(principal: unknown): boolean {
  return typeof principal === 'object' && principal !== null
    && (principal as Record<string, unknown>)['@odata.type'] === '#microsoft.graph.group';
}

/** privileged.noMfa: Graph's registration report knows who holds an admin role (isAdmin). */
export function planPrivilegedNoMfa(_ctx: PlanContext): QueryPlan {
  return {
    queries: [get('users', graphPath('/reports/authenticationMethods/userRegistrationDetails', {
      $filter: 'isAdmin eq true and isMfaRegistered eq false',
    }), { maxRows: 5000, reads: ['mfaRegistration'] })],
    sourceNote: 'Microsoft Graph authentication methods registration report (userRegistrationDetails).',
  };
}

export const PRIVILEGED_CHANGES_DEFAULT_WINDOW = 'P30D';

/**
 * Role management events, and security-info events (e.g. a Temporary Access Pass) in user
 * management: one read of the window, split by category in the answer (directoryAudits documents
 * no filter on category).
 */
export function planPrivilegedChanges(ctx: PlanContext): QueryPlan {
  const when = auditWindowClauses(ctx, PRIVILEGED_CHANGES_DEFAULT_WINDOW);
  return {
    queries: [get('audits', graphPath(AUDITS, { $filter: when.join(' and '), $top: 1000 }), { maxRows: AUDIT_ALL_CATEGORIES_ROW_LIMIT, reads: ['auditLogs'] })],
    sourceNote: `${AUDIT_SOURCE} ${AUDIT_CATEGORY_NOTE}`,
  };
}

/** Sign-in method events (security info, Temporary Access Pass) in the user-management category. */
export const SECURITY_INFO = /security info|authentication method|temporary access pass|strong authentication/i;

/**
 * Second round of privileged.changes: which targets of sign-in method events hold a directory
 * role (active or eligible), so only changes to admins are kept.
 */
export function nextPrivilegedChanges(input: AnswerInput): QueryPlan | undefined {
  const targets = distinct(graphRows(input, 'audits').filter(inCategory('UserManagement'))
    .filter((a) => SECURITY_INFO.test(String(a.activityDisplayName ?? '')))
    .flatMap((a) => (Array.isArray(a.targetResources) ? (a.targetResources as Record<string, unknown>[]) : [])
      .filter((t) => t.type === 'User').map((t) => t.id))).slice(0, 150);
  return {
    queries: chunks(targets).flatMap((part, i) => {
      const filter = `principalId in (${part.map(odataString).join(',')})`;
      return [
        get(`admins.active${i}`, graphPath(ROLE_ASSIGNMENTS, { $filter: filter, $select: 'id,principalId,roleDefinitionId' }), { maxRows: 1000, reads: ['roleAssignments'] }),
        get(`admins.eligible${i}`, graphPath(ROLE_ELIGIBILITIES, { $filter: filter, $select: 'id,principalId,roleDefinitionId' }), { maxRows: 1000, reads: ['roleAssignments'] }),
      ];
    }),
  };
}
