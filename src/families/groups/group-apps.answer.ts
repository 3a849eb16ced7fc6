import type { Answer } from '../../answers/answer';
import { graphRows, type AnswerInput } from '../../answers/answer-input';
import { plural } from '../../answers/format';
import { byId, emptyAnswer, followUp, followUpFields, rowsWithPrefix, sortBy, tableAnswer } from '../../answers/answer-kit';
import { reachOf } from '../../answers/app-reach';

export function answerGroupApps(input: AnswerInput): Answer {
  const name = input.resolved.group?.displayName ?? 'the group';
  const resources = byId(rowsWithPrefix(input, 'resources'));
  const rows = graphRows(input, 'assignments').map((a) => reachOf(a, resources, 'Direct assignment'));
  const base = { title: `Apps the ${name} group gives access to`, ...followUpFields([followUp(`Who is in ${name}?`, `Who is in ${name}?`, 'Members of this group'), followUp(`Who owns ${name}?`, `Who owns ${name}?`, 'Owners of this group')]) };
  if (rows.length === 0) return emptyAnswer(base, `${name} is not assigned to any app.`);
  return tableAnswer(base, `Members of ${name} get access to ${plural(new Set(rows.map((r) => r.app)).size, 'app')} through ${plural(rows.length, 'assignment')}.`,
    [['app', 'App'], ['role', 'Role'], ['since', 'Assigned']], sortBy(rows, (r) => r.app).map((r) => [r.app, r.role, r.since]));
}
