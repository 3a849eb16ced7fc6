import { followUp, followUpFields } from '../../answers/answer-kit';
import type { Answer } from '../../answers/answer';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { plural, str } from '../../answers/format';

function kindOf(row: Record<string, unknown>): string {
  const t = str(row['@odata.type']).replace('#microsoft.graph.', '');
  return t === 'servicePrincipal' ? 'App' : t === 'group' ? 'Group' : t === 'device' ? 'Device' : 'User';
}

export function answerGroupOwners(input: AnswerInput): Answer {
  const group = input.resolved.group?.displayName ?? 'the group';
  const owners = graphRows(input, 'owners');
  const base = {
    title: `Owners of ${group}`, facts: [],
    ...followUpFields([followUp(`Who are the members of ${group}?`, `Members of ${group}`, 'Members of this group'), followUp(`Tell me more about the ${group} group`, `About ${group}`, 'About this group')]),
  };
  if (owners.length === 0) {
    return { ...base, kind: 'empty', summary: `${group} has no owners. Ownerless groups can't be managed by anyone but admins.`, columns: [], rows: [] };
  }
  return {
    ...base,
    kind: 'table',
    summary: plural(owners.length, 'owner'),
    columns: ['displayName', 'userPrincipalName', 'jobTitle'],
    columnTitles: ['Name', 'User principal name', 'Job title'],
    rows: owners.map((o) => [str(o.displayName), str(o.userPrincipalName) || null, str(o.jobTitle) || null]),
  };
}

export function answerGroupMembers(input: AnswerInput): Answer {
  const group = input.resolved.group?.displayName ?? 'the group';
  const members = graphRows(input, 'transitive');
  const direct = new Set(graphRows(input, 'direct').map((m) => str(m.id)));
  const base = { title: `Members of ${group}`, facts: [], ...followUpFields([followUp(`Who owns ${group}?`, `Who owns ${group}?`, 'Owners of this group'), followUp(`Which apps does the ${group} group give access to?`, `Apps ${group} gives access to`, `Apps of ${group}`, 'Apps this group gives access to')]) };
  if (members.length === 0) {
    return { ...base, kind: 'empty', summary: `${group} has no members.`, columns: [], rows: [] };
  }
  const rows = [...members]
    .sort((a, b) => str(a.displayName).localeCompare(str(b.displayName)))
    .map((m) => [
      str(m.displayName), str(m.userPrincipalName) || null, str(m.jobTitle) || null, str(m.department) || null,
      kindOf(m), direct.has(str(m.id)) ? 'Direct' : 'Nested',
    ]);
  const nested = members.length - members.filter((m) => direct.has(str(m.id))).length;
  return {
    ...base,
    kind: 'table',
    summary: `${plural(members.length, 'member')}${nested ? ` (${nested} through nested groups)` : ''}`,
    columns: ['displayName', 'userPrincipalName', 'jobTitle', 'department', 'type', 'membership'],
    columnTitles: ['Name', 'User principal name', 'Job title', 'Department', 'Type', 'How'],
    rows,
    totalRows: members.length,
  };
}
