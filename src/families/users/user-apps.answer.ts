import type { Answer } from '../../answers/answer';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { plural, str } from '../../answers/format';
import { byId, emptyAnswer, firstName, followUp, followUpFields, rowsWithPrefix, sortBy, tableAnswer } from '../../answers/answer-kit';
import { REACH_COLUMNS, reachOf, type Reach } from '../../answers/app-reach';

export function answerUserApps(input: AnswerInput): Answer {
  const name = input.resolved.user?.displayName ?? 'this user';
  const first = firstName(name);
  const resources = byId(rowsWithPrefix(input, 'resources'));
  const seen = new Set<string>();
  const reach: Reach[] = [];
  for (const a of graphRows(input, 'direct')) {
    if (seen.has(str(a.id))) continue;
    seen.add(str(a.id));
    reach.push(reachOf(a, resources, a.principalType === 'Group' ? `Group ${str(a.principalDisplayName)}` : 'Direct assignment'));
  }
  const base = { title: `Apps ${name} can access`, ...followUpFields([followUp(`Which groups is ${first} a member of?`, `${first}'s groups`, 'Groups of this user'), followUp(`What access packages does ${first} have?`, `${first}'s access packages`, 'Access packages of this user')]) };
  if (reach.length === 0) {
    return emptyAnswer(base, `${name} has no app role assignments, directly or through groups. Apps that don't require assignment are open to every user.`);
  }
  const apps = new Set(reach.map((r) => r.app));
  const direct = reach.filter((r) => r.via === 'Direct assignment').length;
  return tableAnswer(base, `${name} can access ${plural(apps.size, 'app')} (${plural(direct, 'direct assignment')}, ${plural(reach.length - direct, 'through a group', 'through groups')}).`,
    REACH_COLUMNS, sortBy(reach, (r) => `${r.app}\u0000${r.via}`).map((r) => [r.app, r.role, r.via, r.since]));
}
