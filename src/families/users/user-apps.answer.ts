import type { Answer, Cell } from '../../answers/answer';
import { graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, plural, str } from '../../answers/format';
import { USER_APPS_GROUP_LIMIT } from './users-access.plan';
import { appRoleName, byId, emptyAnswer, firstName, rowsWithPrefix, sortBy, tableAnswer } from '../../answers/answer-kit';

/** One app a principal reaches, through which role and which assignment. */
interface Reach { readonly app: string; readonly role: string; readonly via: string; readonly since: Cell }

function reachOf(a: Row, resources: Map<string, Row>, via: string): Reach {
  return {
    app: str(a.resourceDisplayName) || str(resources.get(str(a.resourceId))?.displayName) || str(a.resourceId),
    role: appRoleName(resources.get(str(a.resourceId)), a.appRoleId), via, since: formatDateTime(a.createdDateTime),
  };
}

const COLUMNS = [['app', 'App'], ['role', 'Role'], ['via', 'Access through'], ['since', 'Assigned']] as const;

export function answerUserApps(input: AnswerInput): Answer {
  const name = input.resolved.user?.displayName ?? 'this user';
  const first = firstName(name);
  const resources = byId(rowsWithPrefix(input, 'resources'));
  const groups = graphRows(input, 'groups').slice(0, USER_APPS_GROUP_LIMIT);
  const seen = new Set<string>();
  const reach: Reach[] = [];
  for (const a of graphRows(input, 'direct')) {
    if (seen.has(str(a.id))) continue;
    seen.add(str(a.id));
    reach.push(reachOf(a, resources, a.principalType === 'Group' ? `Group ${str(a.principalDisplayName)}` : 'Direct assignment'));
  }
  groups.forEach((g, i) => {
    for (const a of rowsWithPrefix(input, `group${i}`)) {
      if (seen.has(str(a.id))) continue;
      seen.add(str(a.id));
      reach.push(reachOf(a, resources, `Group ${str(g.displayName)}`));
    }
  });
  const base = { title: `Apps ${name} can access`, followUps: [`Which groups is ${first} a member of?`, `What access packages does ${first} have?`] };
  if (reach.length === 0) {
    return emptyAnswer(base, `${name} has no app role assignments, directly or through groups. Apps that don't require assignment are open to every user.`);
  }
  const apps = new Set(reach.map((r) => r.app));
  const direct = reach.filter((r) => r.via === 'Direct assignment').length;
  const capped = graphRows(input, 'groups').length > groups.length ? ` Only the first ${groups.length} groups were checked.` : '';
  return tableAnswer(base, `${name} can access ${plural(apps.size, 'app')} (${plural(direct, 'direct assignment')}, ${plural(reach.length - direct, 'through a group', 'through groups')}).${capped}`,
    COLUMNS, sortBy(reach, (r) => `${r.app}\u0000${r.via}`).map((r) => [r.app, r.role, r.via, r.since]));
}

export function answerGroupApps(input: AnswerInput): Answer {
  const name = input.resolved.group?.displayName ?? 'the group';
  const resources = byId(rowsWithPrefix(input, 'resources'));
  const rows = graphRows(input, 'assignments').map((a) => reachOf(a, resources, 'Direct assignment'));
  const base = { title: `Apps the ${name} group gives access to`, followUps: [`Who is in ${name}?`, `Who owns ${name}?`] };
  if (rows.length === 0) return emptyAnswer(base, `${name} is not assigned to any app.`);
  return tableAnswer(base, `Members of ${name} get access to ${plural(new Set(rows.map((r) => r.app)).size, 'app')} through ${plural(rows.length, 'assignment')}.`,
    [['app', 'App'], ['role', 'Role'], ['since', 'Assigned']], sortBy(rows, (r) => r.app).map((r) => [r.app, r.role, r.since]));
}
