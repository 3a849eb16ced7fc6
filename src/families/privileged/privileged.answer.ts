import type { Answer, Cell } from '../../answers/answer';
import { graphResult, graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, methodName, obj, plural, str, yesNo } from '../../answers/format';
import { isPrivilegedRole } from '../../answers/privileged-permissions';
import { ROLE_GROUP_LIMIT } from './privileged.plan';
import { capNote, emptyAnswer, followUp, followUpFields, objectKind, sortBy, tableAnswer } from '../../answers/answer-kit';
import { scheduleEnd } from '../../answers/role-rows';

interface Member {
  readonly role: string; readonly name: string; readonly upn: string | null; readonly kind: string;
  readonly assignment: 'Active' | 'Eligible'; readonly via: string | null; readonly enabled: Cell; readonly until: Cell;
}

function roleNames(input: AnswerInput): Map<string, { name: string; templateId: string }> {
  const role = input.resolved.role;
  if (role) return new Map([[role.id, { name: role.displayName, templateId: role.templateId ?? role.id }]]);
  const defs = input.results.has('definitions') ? graphRows(input, 'definitions') : [];
  return new Map(defs.map((d) => [str(d.id), { name: str(d.displayName), templateId: str(d.templateId) || str(d.id) }]));
}

export function answerRoleMembers(input: AnswerInput): Answer {
  const role = input.resolved.role;
  const names = roleNames(input);
  const wanted = (r: Row) => role !== undefined || isPrivilegedRole(names.get(str(r.roleDefinitionId))?.templateId ?? str(r.roleDefinitionId));
  const members: Member[] = [];
  const add = (r: Row, assignment: Member['assignment']) => {
    if (!wanted(r)) return;
    const p = obj(r.principal);
    const roleName = names.get(str(r.roleDefinitionId))?.name ?? str(r.roleDefinitionId);
    const until = assignment === 'Eligible' ? (scheduleEnd(r) ?? 'No expiry') : null;
    const kind = objectKind(p);
    members.push({ role: roleName, name: str(p.displayName) || str(r.principalId), upn: str(p.userPrincipalName) || null, kind, assignment, via: null, enabled: yesNo(p.accountEnabled), until });
    if (kind === 'Group') {
      const expanded = input.results.get(`members.${str(r.principalId)}`);
      for (const u of expanded && expanded.source === 'graph' ? expanded.rows : []) {
        members.push({ role: roleName, name: str(u.displayName), upn: str(u.userPrincipalName) || null, kind: 'User', assignment, via: str(p.displayName), enabled: yesNo(u.accountEnabled), until });
      }
    }
  };
  graphRows(input, 'active').forEach((r) => add(r, 'Active'));
  graphRows(input, 'eligible').forEach((r) => add(r, 'Eligible'));
  const what = role ? role.displayName : 'privileged roles';
  const base = {
    title: role ? `Members of ${role.displayName}` : 'Everyone with a privileged role',
    ...followUpFields([followUp("Which admins aren't registered for MFA?", 'Admins without MFA'), followUp('Who was added to an admin role recently?', 'Recently added admins'), 'Failed admin sign-ins this week']),
  };
  if (members.length === 0) return emptyAnswer(base, `Nobody holds ${what}, actively or through PIM eligibility.`);
  const people = new Set(members.filter((m) => m.kind !== 'Group').map((m) => m.upn ?? m.name));
  const eligible = members.filter((m) => m.assignment === 'Eligible' && m.kind !== 'Group').length;
  const truncated = graphResult(input, 'active').truncated || graphResult(input, 'eligible').truncated;
  const groupsNote = members.filter((m) => m.kind === 'Group').length > ROLE_GROUP_LIMIT ? ` Members of only the first ${ROLE_GROUP_LIMIT} groups are listed.` : '';
  return tableAnswer(base,
    `${plural(people.size, 'account')} hold ${what}${capNote(truncated, members.length)}: ${plural(members.length - eligible - members.filter((m) => m.kind === 'Group').length, 'active assignment')} (permanent or activated, listed first), ${eligible} eligible through PIM (not active until activated, listed after).${groupsNote}`,
    [['role', 'Role'], ['displayName', 'Name'], ['userPrincipalName', 'User principal name'], ['type', 'Type'], ['assignment', 'Assignment'],
      ['via', 'Through group'], ['eligibleUntil', 'Eligible until'], ['accountEnabled', 'Enabled']],
    // Active before eligible: a question about who holds a role now reads the active ones first.
    sortBy(members, (m) => `${m.assignment}\u0000${m.role}\u0000${m.name}`).map((m) => [m.role, m.name, m.upn, m.kind, m.assignment, m.via, m.until, m.enabled]));
}

export function answerPrivilegedNoMfa(input: AnswerInput): Answer {
  const res = graphResult(input, 'users');
  const base = { title: "Admins who aren't registered for MFA", ...followUpFields(['Who are the global admins?', 'Failed admin sign-ins this week', followUp('Who was added to an admin role recently?', 'Recently added admins')]) };
  if (res.rows.length === 0) return emptyAnswer(base, 'Every admin is registered for MFA.');
  const rows = sortBy(res.rows, (u) => str(u.userDisplayName)).map((u): Cell[] => [
    str(u.userDisplayName), str(u.userPrincipalName) || null, str(u.userType) || null, yesNo(u.isMfaCapable), yesNo(u.isSsprRegistered),
    (Array.isArray(u.methodsRegistered) ? (u.methodsRegistered as unknown[]).map((m) => methodName(str(m))).join(', ') : '') || 'None', formatDateTime(u.lastUpdatedDateTime),
  ]);
  return tableAnswer(base, `${plural(rows.length, 'admin')} not registered for MFA${capNote(res.truncated, rows.length)}. Admin accounts without MFA are the easiest way into a tenant: require MFA registration for them now.`, [
    ['userDisplayName', 'Name'], ['userPrincipalName', 'User principal name'], ['userType', 'Type'], ['isMfaCapable', 'MFA capable'],
    ['isSsprRegistered', 'SSPR registered'], ['methodsRegistered', 'Methods registered'], ['lastUpdatedDateTime', 'Report updated'],
  ], rows);
}
