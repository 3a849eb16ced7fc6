import type { Answer, Cell } from '../../answers/answer';
import { graphResult, type AnswerInput, type Row } from '../../answers/answer-input';
import { capNote, emptyAnswer, firstName, sortBy, tableAnswer } from '../../answers/answer-kit';
import { obj, plural, str } from '../../answers/format';

/** A person under the asked-about manager, with how many levels down and whom they report to. */
interface Report { readonly row: Row; readonly level: number; readonly manager: string }

/** Walks the manager tree down from `rootId` (breadth first, each person once). */
export function reportsUnder(rootId: string, people: readonly Row[]): Report[] {
  const byManager = new Map<string, Row[]>();
  for (const p of people) {
    const m = str(obj(p.manager).id);
    if (m) byManager.set(m, [...(byManager.get(m) ?? []), p]);
  }
  const names = new Map(people.map((p) => [str(p.id), str(p.displayName)]));
  const out: Report[] = [];
  const seen = new Set<string>([rootId]);
  let level = 1;
  let frontier = [rootId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const managerId of frontier) {
      for (const p of sortBy(byManager.get(managerId) ?? [], (r) => str(r.displayName))) {
        const id = str(p.id);
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({ row: p, level, manager: names.get(managerId) ?? managerId });
        next.push(id);
      }
    }
    frontier = next;
    level++;
  }
  return out;
}

/**
 * user.directReports: the people who report to the person (direct reports), or everyone under
 * them at every level (`transitive`), with the level and their own manager.
 */
export function answerDirectReports(input: AnswerInput): Answer {
  const user = input.resolved.user;
  const name = user?.displayName ?? 'this person';
  const transitive = input.intent.slots.transitive === true;
  const base = {
    title: transitive ? `Everyone under ${name} (all levels)` : `Direct reports of ${name}`,
    followUps: [`What's ${firstName(name)}'s job title and manager?`, transitive ? `Who reports to ${firstName(name)} directly?` : `Everyone under ${firstName(name)}`],
  };
  if (transitive) {
    const result = graphResult(input, 'people');
    const under = reportsUnder(user?.id ?? '', result.rows);
    if (under.length === 0) return emptyAnswer(base, `Nobody reports to ${name}.`);
    const direct = under.filter((r) => r.level === 1).length;
    const rows = under.map((r): Cell[] => [str(r.row.displayName), str(r.row.userPrincipalName), str(r.row.jobTitle) || null, str(r.row.department) || null, r.level, r.manager]);
    return tableAnswer(base,
      `${plural(under.length, 'person', 'people')} under ${name}: ${direct} direct, ${under.length - direct} further down (${plural(Math.max(...under.map((r) => r.level)), 'level')})${capNote(result.truncated, result.rows.length)}.`,
      [['displayName', 'Name'], ['userPrincipalName', 'User principal name'], ['jobTitle', 'Job title'], ['department', 'Department'], ['level', 'Level'], ['manager', 'Reports to']], rows);
  }
  const result = graphResult(input, 'reports');
  const reports = sortBy(result.rows, (r) => str(r.displayName));
  if (reports.length === 0) return emptyAnswer(base, `${name} has no direct reports.`);
  const rows = reports.map((r): Cell[] => [str(r.displayName), str(r.userPrincipalName) || null, str(r.jobTitle) || null, str(r.department) || null]);
  return tableAnswer(base, `${plural(reports.length, 'direct report')}${capNote(result.truncated, reports.length)}.`,
    [['displayName', 'Name'], ['userPrincipalName', 'User principal name'], ['jobTitle', 'Job title'], ['department', 'Department']], rows);
}
