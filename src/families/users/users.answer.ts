import { followUp, followUpFields } from '../../answers/answer-kit';
import type { Answer, Fact } from '../../answers/answer';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { formatDateTime, groupKind, membershipKind, obj, plural, str, yesNo } from '../../answers/format';

function fact(title: string, value: unknown): Fact | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return { title, value: String(value) };
}

export function answerUserDetails(input: AnswerInput): Answer {
  const user = graphRows(input, 'user')[0];
  const name = input.resolved.user?.displayName ?? 'this user';
  if (!user) {
    return { kind: 'empty', title: `Details of ${name}`, summary: `No user ${name} was found.`, columns: [], rows: [], facts: [], followUps: [] };
  }
  const manager = graphRows(input, 'manager')[0];
  const activity = obj(user.signInActivity);
  const facts = [
    fact('Name', user.displayName),
    fact('User principal name', user.userPrincipalName),
    fact('Object ID', user.id),
    fact('Account enabled', yesNo(user.accountEnabled)),
    fact('User type', user.userType),
    fact('Job title', user.jobTitle),
    fact('Department', user.department),
    fact('Office', user.officeLocation),
    fact('Location', [str(user.city), str(user.country)].filter(Boolean).join(', ')),
    fact('Manager', manager ? `${str(manager.displayName)} (${str(manager.userPrincipalName)})` : undefined),
    fact('Mail', user.mail),
    fact('Created', formatDateTime(user.createdDateTime)),
    fact('Password last changed', formatDateTime(user.lastPasswordChangeDateTime)),
    fact('Last interactive sign-in', formatDateTime(activity.lastSignInDateTime)),
    fact('Synced from on-premises', yesNo(user.onPremisesSyncEnabled) ?? 'No'),
  ].filter((f): f is Fact => f !== undefined);
  const enabled = user.accountEnabled === false ? 'disabled' : 'enabled';
  const first = str(user.givenName) || str(user.displayName);
  return {
    kind: 'facts',
    title: `${str(user.displayName)}`,
    summary: `${str(user.jobTitle) || 'User'}${user.department ? `, ${str(user.department)}` : ''} — account ${enabled}. Object ID ${str(user.id)}.`,
    columns: [], rows: [], facts,
    ...followUpFields([followUp(`Which groups is ${first} a member of?`, `${first}'s groups`, 'Groups of this user'), followUp(`Show ${first}'s failed sign-ins this week`, `${first}'s failed sign-ins this week`, 'Failed sign-ins this week'), followUp(`What authentication methods does ${first} have?`, `${first}'s authentication methods`, 'Authentication methods')]),
  };
}

export function answerUserGroups(input: AnswerInput): Answer {
  const name = input.resolved.user?.displayName ?? 'this user';
  const groups = graphRows(input, 'transitive');
  const direct = new Set(graphRows(input, 'direct').map((g) => str(g.id)));
  const rows = [...groups]
    .sort((a, b) => str(a.displayName).localeCompare(str(b.displayName)))
    .map((g) => [str(g.displayName), groupKind(g), membershipKind(g), direct.has(str(g.id)) ? 'Direct' : 'Through a nested group', str(g.id)]);
  const first = name.split(' ')[0];
  const base = { title: `Groups ${name} is a member of`, facts: [], ...followUpFields([followUp(`What roles does ${first} have?`, `${first}'s roles`, 'Roles of this user'), followUp(`Which apps can ${first} access?`, `Which apps can ${first} access?`, 'Apps this user can access')]) };
  if (rows.length === 0) {
    return { ...base, kind: 'empty', summary: `${name} is not a member of any group.`, columns: [], rows: [] };
  }
  return {
    ...base,
    kind: 'table',
    summary: `${name} is a member of ${plural(rows.length, 'group')} (${plural(direct.size, 'direct membership', 'direct memberships')}).`,
    columns: ['displayName', 'groupType', 'membershipType', 'membership', 'id'],
    columnTitles: ['Group', 'Type', 'Membership rule', 'How', 'Object ID'],
    rows,
  };
}
