import type { Answer, Cell } from '../../answers/answer';
import { graphResult, graphRows, type AnswerInput } from '../../answers/answer-input';
import { formatDateTime, plural, str, yesNo } from '../../answers/format';
import { APP_USERS_GROUP_LIMIT } from './apps.plan';
import { appRoleName, byId, capNote, emptyAnswer, followUp, followUpFields, rowsWithPrefix, sortBy, tableAnswer } from '../../answers/answer-kit';

interface Access { readonly name: string; readonly upn: string | null; readonly kind: string; readonly role: string; readonly via: string; readonly enabled: Cell; readonly since: Cell }

export function answerAppUsers(input: AnswerInput): Answer {
  const name = input.resolved.app?.displayName ?? 'the app';
  const sp = graphRows(input, 'sp')[0];
  const assigned = graphResult(input, 'assigned');
  const groups = [...new Set(assigned.rows.filter((a) => a.principalType === 'Group').map((a) => str(a.principalId)))];
  const expanded = new Set(groups.slice(0, APP_USERS_GROUP_LIMIT));
  const users = byId(rowsWithPrefix(input, 'users'));
  const access: Access[] = [];
  for (const a of assigned.rows) {
    const role = appRoleName(sp, a.appRoleId);
    const since = formatDateTime(a.createdDateTime);
    if (a.principalType === 'Group') {
      const members = input.results.get(`members.${str(a.principalId)}`);
      const users = members && members.source === 'graph' ? members.rows : [];
      for (const u of users) access.push({ name: str(u.displayName), upn: str(u.userPrincipalName) || null, kind: 'User', role, via: `Group ${str(a.principalDisplayName)}`, enabled: yesNo(u.accountEnabled), since });
      if (!expanded.has(str(a.principalId))) access.push({ name: str(a.principalDisplayName), upn: null, kind: 'Group (not expanded)', role, via: 'Direct assignment', enabled: null, since });
    } else {
      const u = users.get(str(a.principalId));
      access.push({ name: str(a.principalDisplayName) || str(u?.displayName), upn: str(u?.userPrincipalName) || null, kind: a.principalType === 'ServicePrincipal' ? 'App' : 'User', role, via: 'Direct assignment', enabled: yesNo(u?.accountEnabled), since });
    }
  }
  const date = input.intent.slots.date;
  const base = {
    title: `Who has access to ${name}`,
    ...followUpFields([followUp(`Who owns ${name}?`, `Who owns ${name}?`, 'Owners of this app'), followUp(`Which permissions are granted to ${name}?`, `Permissions of ${name}`, 'Permissions of this app'), followUp(`Who had access to ${name} between January 1 and March 14?`, 'Access from January 1 to March 14')]),
    ...(date ? { sourceNote: `Microsoft Graph shows today's assignments only; for access on ${date}, ask "who had access to ${name} on ${date}" (snapshot report).` } : {}),
  };
  if (access.length === 0) {
    const open = sp?.appRoleAssignmentRequired === false ? ' Assignment is not required, so every user in the tenant can sign in to it.' : '';
    return emptyAnswer(base, `Nobody is assigned to ${name}.${open}`);
  }
  const people = new Set(access.filter((a) => a.kind === 'User').map((a) => a.upn ?? a.name));
  const nested = nestedGroupsNote(input, assigned.rows);
  const direct = assigned.rows.filter((a) => a.principalType !== 'Group').length;
  const open = sp?.appRoleAssignmentRequired === false ? ' Assignment is not required, so other users can sign in too.' : '';
  return tableAnswer(base,
    `${plural(people.size, 'user')} have access to ${name}: ${plural(direct, 'direct assignment')}, ${plural(groups.length, 'group')}${capNote(assigned.truncated, assigned.rows.length)}.${open}${nested}`,
    [['displayName', 'Name'], ['userPrincipalName', 'User principal name'], ['type', 'Type'], ['role', 'Role'], ['via', 'Access through'], ['accountEnabled', 'Enabled'], ['assigned', 'Assigned']],
    sortBy(access, (a) => `${a.name}\u0000${a.via}`).map((a) => [a.name, a.upn, a.kind, a.role, a.via, a.enabled, a.since]));
}

/**
 * Groups nested in an assigned group, named because their members get no access: Microsoft
 * documents that a group's app assignment "doesn't cascade to nested groups" (Manage users and
 * groups assignment to an application).
 */
function nestedGroupsNote(input: AnswerInput, assigned: readonly Record<string, unknown>[]): string {
  const parts: string[] = [];
  let count = 0;
  const groups = new Map(assigned.filter((x) => x.principalType === 'Group').map((a) => [str(a.principalId), str(a.principalDisplayName)]));
  for (const [id, name] of groups) {
    // Only the first APP_USERS_GROUP_LIMIT assigned groups are read: the others have no result.
    const nested = input.results.get(`nested.${id}`);
    const names = nested?.source === 'graph' ? nested.rows.map((g) => str(g.displayName)).filter((n) => n !== '') : [];
    count += names.length;
    if (names.length > 0) parts.push(`${names.join(', ')} (in ${name})`);
  }
  if (count === 0) return '';
  return ` Nested ${count === 1 ? 'group' : 'groups'} ${parts.join('; ')}: their members do not get access, since an app assignment doesn't cascade to nested groups.`;
}
