import type { Answer, Cell } from '../../answers/answer';
import { graphResult, graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, groupKind, membershipKind, plural, str, yesNo } from '../../answers/format';
import { emptyAnswer, fact, facts, firstName, followUp, followUpFields, sortBy, tableAnswer } from '../../answers/answer-kit';
import { heldRoleRow, heldRoles, HELD_ROLE_COLUMNS, sortHeld } from '../../answers/role-rows';

function countText(input: AnswerInput, id: string): string | undefined {
  const r = graphResult(input, id);
  return r.count !== undefined ? r.count.toLocaleString('en-US') : undefined;
}

export function answerGroupDetails(input: AnswerInput): Answer {
  const g = graphRows(input, 'group')[0];
  const name = input.resolved.group?.displayName ?? 'the group';
  const followUps = followUpFields([followUp(`Who owns ${name}?`, `Who owns ${name}?`, 'Owners of this group'), followUp(`Who is in ${name}?`, `Who is in ${name}?`, 'Members of this group'), followUp(`Which apps does the ${name} group give access to?`, `Apps ${name} gives access to`, `Apps of ${name}`, 'Apps this group gives access to'), followUp(`What roles does ${name} have?`, `Roles of ${name}`, 'Roles of this group')]);
  if (!g) return emptyAnswer({ title: `Details of ${name}`, followUps: [] }, `No group ${name} was found.`);
  const dynamic = membershipKind(g) === 'Dynamic';
  const owners = countText(input, 'owners');
  const members = countText(input, 'members');
  const all = countText(input, 'transitive');
  const list = facts(
    fact('Name', g.displayName), fact('Description', g.description), fact('Object ID', g.id), fact('Type', groupKind(g)),
    fact('Membership', dynamic ? 'Dynamic' : 'Assigned'), fact('Membership rule', g.membershipRule),
    fact('Rule processing', dynamic ? g.membershipRuleProcessingState : undefined),
    fact('Role-assignable', yesNo(g.isAssignableToRole) ?? 'No'), fact('Mail', g.mail), fact('Visibility', g.visibility),
    fact('Owners', owners), fact('Direct members', members), fact('Members including nested groups', all),
    fact('Created', formatDateTime(g.createdDateTime)), fact('Synced from on-premises', yesNo(g.onPremisesSyncEnabled) ?? 'No'),
  );
  const rule = dynamic ? ` Dynamic membership rule: ${str(g.membershipRule)}.` : '';
  return {
    kind: 'facts', title: str(g.displayName) || name, facts: list, columns: [], rows: [], ...followUps,
    summary: `${groupKind(g)} group, ${dynamic ? 'dynamic' : 'assigned'} membership${g.isAssignableToRole === true ? ', role-assignable' : ''}; ${owners ?? '?'} owners, ${members ?? '?'} direct members.${rule}`,
  };
}

export function answerGroupRoles(input: AnswerInput): Answer {
  const name = input.resolved.group?.displayName ?? 'the group';
  const held = sortHeld(heldRoles(graphRows(input, 'active'), graphRows(input, 'eligible')));
  const base = { title: `Directory roles of the ${name} group`, ...followUpFields([followUp(`Who is in ${name}?`, `Who is in ${name}?`, 'Members of this group'), followUp(`Who owns ${name}?`, `Who owns ${name}?`, 'Owners of this group'), 'Who are the global admins?']) };
  if (held.length === 0) return emptyAnswer(base, `${name} holds no directory roles. Only role-assignable groups can.`);
  return tableAnswer(base, `Members of ${name} get ${plural(held.length, 'role assignment')}.`, HELD_ROLE_COLUMNS.slice(0, 5), held.map((h) => heldRoleRow(h).slice(0, 5)));
}

export function answerGroupsOwnedBy(input: AnswerInput): Answer {
  const name = input.resolved.user?.displayName ?? 'this user';
  const groups = graphRows(input, 'groups');
  const base = { title: `Groups ${name} owns`, ...followUpFields([followUp(`Which groups is ${firstName(name)} a member of?`, `${firstName(name)}'s groups`, 'Groups of this user'), 'Which groups have no owners?']) };
  if (groups.length === 0) return emptyAnswer(base, `${name} doesn't own any groups.`);
  return tableAnswer(base, `${name} owns ${plural(groups.length, 'group')}.`, GROUP_COLUMNS, sortBy(groups, (g) => str(g.displayName)).map(groupRow));
}

const GROUP_COLUMNS = [['displayName', 'Group'], ['groupType', 'Type'], ['membershipType', 'Membership'], ['createdDateTime', 'Created'], ['id', 'Object ID']] as const;

function groupRow(g: Row): Cell[] {
  return [str(g.displayName), groupKind(g), membershipKind(g), formatDateTime(g.createdDateTime), str(g.id)];
}

export function answerGroupsOwnerless(input: AnswerInput): Answer {
  const max = Math.max(0, Math.min(Math.trunc(input.intent.slots.maxOwners ?? 0), 19));
  const res = graphResult(input, 'groups');
  const owners = (g: Row): Row[] => (Array.isArray(g.owners) ? (g.owners as Row[]) : []);
  const hits = sortBy(res.rows.filter((g) => owners(g).length <= max), (g) => str(g.displayName));
  const what = max === 0 ? 'without owners' : `with ${max === 1 ? 'at most one owner' : `at most ${max} owners`}`;
  const base = { title: `Groups ${what}`, ...followUpFields([...hits.slice(0, 2).map((g) => followUp(`Who is in ${str(g.displayName)}?`, `Who is in ${str(g.displayName)}?`, `Members of ${str(g.displayName)}`)), 'Which groups have only one owner?']) };
  const scanned = `${plural(res.rows.length, 'group')} checked${res.truncated ? ' (stopped at the row limit)' : ''}`;
  if (hits.length === 0) return emptyAnswer(base, `No groups ${what}; ${scanned}.`);
  const rows = hits.map((g) => [...groupRow(g).slice(0, 3), owners(g).length, owners(g).map((o) => str(o.displayName)).join(', ') || null, str(g.id)]);
  return tableAnswer(base, `${plural(hits.length, 'group')} ${what} (${scanned}). Ownerless groups can only be managed by admins.`,
    [['displayName', 'Group'], ['groupType', 'Type'], ['membershipType', 'Membership'], ['ownerCount', 'Owners'], ['owners', 'Owner names'], ['id', 'Object ID']],
    rows);
}

