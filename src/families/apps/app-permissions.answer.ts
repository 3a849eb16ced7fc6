import type { Answer, Cell } from '../../answers/answer';
import { graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, obj, plural, str } from '../../answers/format';
import { isPrivilegedRole, privilegedPermission, PRIVILEGED_PERMISSIONS_SOURCE } from '../../answers/privileged-permissions';
import { byId, emptyAnswer, followUp, followUpFields, rowsWithPrefix, sortBy, tableAnswer } from '../../answers/answer-kit';

/** One permission the app holds. */
interface Granted {
  readonly permission: string;
  readonly type: 'Application' | 'Delegated' | 'Directory role';
  readonly api: string;
  readonly consent: string;
  readonly description: string | null;
  readonly granted: Cell;
  readonly why: string | undefined;
}

function appRole(resource: Row | undefined, id: unknown): Row | undefined {
  return (Array.isArray(resource?.appRoles) ? (resource.appRoles as Row[]) : []).find((r) => r.id === id);
}

function scopeInfo(resource: Row | undefined, value: string): Row | undefined {
  return (Array.isArray(resource?.oauth2PermissionScopes) ? (resource.oauth2PermissionScopes as Row[]) : []).find((s) => s.value === value);
}

function applicationPermissions(input: AnswerInput, resources: Map<string, Row>): Granted[] {
  return graphRows(input, 'application').map((a) => {
    const resource = resources.get(str(a.resourceId));
    const role = appRole(resource, a.appRoleId);
    const value = str(role?.value) || (str(a.appRoleId) === '00000000-0000-0000-0000-000000000000' ? 'Default access' : str(a.appRoleId));
    return {
      permission: value, type: 'Application', api: str(a.resourceDisplayName) || str(resource?.displayName) || str(a.resourceId),
      consent: 'Admin consent (app-only)', description: str(role?.displayName) || str(role?.description) || null,
      granted: formatDateTime(a.createdDateTime), why: privilegedPermission(value),
    };
  });
}

/** Delegated scopes, one row per scope and API; user consents are counted, not listed one by one. */
function delegatedPermissions(input: AnswerInput, resources: Map<string, Row>): Granted[] {
  const byKey = new Map<string, { resource: string; scope: string; all: boolean; users: Set<string> }>();
  for (const g of graphRows(input, 'delegated')) {
    for (const scope of str(g.scope).split(' ').filter(Boolean)) {
      const key = `${str(g.resourceId)}\u0000${scope}`;
      const entry = byKey.get(key) ?? { resource: str(g.resourceId), scope, all: false, users: new Set<string>() };
      if (str(g.consentType) === 'AllPrincipals') entry.all = true;
      else entry.users.add(str(g.principalId));
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map((e) => {
    const resource = resources.get(e.resource);
    const info = scopeInfo(resource, e.scope);
    const why = privilegedPermission(e.scope);
    return {
      permission: e.scope, type: 'Delegated', api: str(resource?.displayName) || e.resource,
      consent: [e.all ? 'Admin consent for all users' : '', e.users.size ? `Consented by ${plural(e.users.size, 'user')}` : ''].filter(Boolean).join('; '),
      description: str(info?.adminConsentDisplayName) || null, granted: null,
      why: why ? `${why} (as the signed-in user)` : undefined,
    };
  });
}

function directoryRoles(input: AnswerInput): Granted[] {
  const one = (r: Row, kind: string): Granted => {
    const def = obj(r.roleDefinition);
    const privileged = isPrivilegedRole(str(def.templateId) || str(r.roleDefinitionId));
    return {
      permission: str(def.displayName) || str(r.roleDefinitionId), type: 'Directory role', api: 'Microsoft Entra ID', consent: kind,
      description: null, granted: null, why: privileged ? 'Privileged directory role' : undefined,
    };
  };
  return [...graphRows(input, 'roles.active').map((r) => one(r, 'Active role assignment')), ...graphRows(input, 'roles.eligible').map((r) => one(r, 'Eligible (PIM)'))];
}

export function answerAppPermissions(input: AnswerInput): Answer {
  const name = input.resolved.app?.displayName ?? 'the app';
  const onlyHigh = input.intent.slots.highPrivilegeOnly === true;
  const resources = byId(rowsWithPrefix(input, 'resources'));
  const all = [...applicationPermissions(input, resources), ...delegatedPermissions(input, resources), ...directoryRoles(input)];
  const shown = sortBy(onlyHigh ? all.filter((g) => g.why) : all, (g) => `${g.why ? 0 : 1}${g.type}${g.api}${g.permission}`);
  const high = all.filter((g) => g.why).length;
  const base = {
    title: onlyHigh ? `Highly privileged permissions granted to ${name}` : `Permissions granted to ${name}`,
    ...followUpFields([followUp(`Who owns ${name}?`, `Who owns ${name}?`, 'Owners of this app'), followUp(`Who has access to ${name}?`, `Who has access to ${name}?`, `Access to ${name}`, 'Who has access to this app?'), followUp(`Tell me more about ${name}`, `About ${name}`, 'About this app')]),
    sourceNote: `Highly privileged = on Entra Ask's maintained list (${PRIVILEGED_PERMISSIONS_SOURCE}).`,
  };
  if (shown.length === 0) {
    return emptyAnswer(base, onlyHigh ? `None of the ${plural(all.length, 'permission')} granted to ${name} is highly privileged.` : `${name} has no permissions granted: no delegated grants, application permissions or directory roles.`);
  }
  const count = (t: Granted['type']) => all.filter((g) => g.type === t).length;
  return tableAnswer(base,
    `${plural(all.length, 'permission')}: ${count('Application')} application, ${count('Delegated')} delegated, ${count('Directory role')} directory roles; ${high} highly privileged.`,
    [['permission', 'Permission'], ['type', 'Type'], ['api', 'API'], ['consent', 'Consent'], ['highlyPrivileged', 'Highly privileged'], ['why', 'Why it matters'], ['description', 'Description'], ['granted', 'Granted']],
    shown.map((g) => [g.permission, g.type, g.api, g.consent || null, g.why ? 'Yes' : 'No', g.why ?? null, g.description, g.granted]));
}
