import type { Answer, Cell } from '../../answers/answer';
import { graphResult, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, groupKind, membershipKind, plural, str } from '../../answers/format';
import { capNote, emptyAnswer, followUp, followUpFields, inWindow, sortBy, tableAnswer } from '../../answers/answer-kit';
import { concreteWindow } from '../../planning/time';
import type { GroupType } from '../../understanding/intent';

const LABEL: Readonly<Record<GroupType, string>> = {
  security: 'Security groups', microsoft365: 'Microsoft 365 groups', dynamic: 'Dynamic groups', mailEnabled: 'Mail-enabled groups', roleAssignable: 'Role-assignable groups',
};

const isUnified = (g: Row): boolean => Array.isArray(g.groupTypes) && (g.groupTypes as unknown[]).includes('Unified');

/** groups.search: the groups of a kind, with words in their name, created within a window, newest first when a window was asked. */
export function answerGroupsSearch(input: AnswerInput): Answer {
  const { groupType, nameContains, createdWithin } = input.intent.slots;
  const result = graphResult(input, 'groups');
  const window = createdWithin ? concreteWindow(createdWithin, input.now, 'P30D') : undefined;
  const kept = result.rows
    .filter((g) => groupType !== 'security' || !isUnified(g))
    .filter((g) => {
      if (!window) return true;
      const t = Date.parse(str(g.createdDateTime));
      return t >= window.from.getTime() && t < window.to.getTime();
    });
  const groups = window ? sortBy(kept, (g) => str(g.createdDateTime), true) : sortBy(kept, (g) => str(g.displayName).toLowerCase());
  const title = [
    groupType ? LABEL[groupType] : 'Groups',
    nameContains ? `named "${nameContains}"` : '',
    createdWithin ? `created ${inWindow(createdWithin, 'P30D')}` : '',
  ].filter(Boolean).join(' ');
  const base = {
    title,
    ...followUpFields([...groups.slice(0, 2).map((g) => followUp(`Who owns ${str(g.displayName)}?`, `Who owns ${str(g.displayName)}?`, `Owners of ${str(g.displayName)}`, 'Owners of this group')), 'Which groups have no owners?']),
  };
  const checked = window ? ` (${plural(result.rows.length, 'group')} checked for the creation date)` : '';
  if (groups.length === 0) return emptyAnswer(base, `No ${title.charAt(0).toLowerCase()}${title.slice(1)}${checked}.`);
  const top = input.intent.slots.top;
  const shown = top !== undefined && top > 0 ? groups.slice(0, Math.trunc(top)) : groups;
  const rows = shown.map((g): Cell[] => [
    str(g.displayName), groupKind(g), membershipKind(g), g.isAssignableToRole === true ? 'Yes' : 'No', formatDateTime(g.createdDateTime), str(g.description) || null, str(g.id),
  ]);
  const more = shown.length < groups.length ? ` (showing ${shown.length} as asked)` : '';
  return tableAnswer(base, `${plural(groups.length, 'group')}${capNote(result.truncated, result.rows.length)}${checked}${more}.`,
    [['displayName', 'Group'], ['groupType', 'Type'], ['membershipType', 'Membership'], ['roleAssignable', 'Role-assignable'], ['createdDateTime', 'Created'], ['description', 'Description'], ['id', 'Object ID']],
    rows);
}
