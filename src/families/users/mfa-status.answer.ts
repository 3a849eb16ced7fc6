import type { Answer, Cell } from '../../answers/answer';
import { graphResult, type AnswerInput, type Row } from '../../answers/answer-input';
import { capNote, emptyAnswer, followUp, followUpFields, sortBy, tableAnswer } from '../../answers/answer-kit';
import { methodName, plural, str, yesNo } from '../../answers/format';

const methods = (r: Row): string[] => (Array.isArray(r.methodsRegistered) ? r.methodsRegistered.map((m) => str(m)) : []);

/** The question restated: "MFA registration in Finance Department: not registered, guests, with SMS". */
function title(input: AnswerInput): string {
  const s = input.intent.slots;
  const group = input.resolved.group;
  const parts = [
    s.registered === false ? 'not registered' : s.registered === true ? 'registered' : undefined,
    s.userType === 'guest' ? 'guests' : s.userType === 'member' ? 'members' : undefined,
    s.method ? `with ${methodName(s.method)}` : undefined,
  ].filter((p): p is string => p !== undefined);
  return `MFA registration${group ? ` in ${group.displayName}` : ''}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/**
 * users.mfaStatus: who is (or is not) registered for MFA, from the registration report, narrowed
 * to a group's members when one is named; not-registered people first.
 */
export function answerMfaStatus(input: AnswerInput): Answer {
  const group = input.resolved.group;
  const registration = graphResult(input, 'registration');
  const members = group ? new Set(graphResult(input, 'members').rows.map((r) => str(r.id))) : undefined;
  const rows = sortBy(registration.rows.filter((r) => members === undefined || members.has(str(r.id))),
    (r) => `${r.isMfaRegistered === true ? 1 : 0}${str(r.userDisplayName).toLowerCase()}`);
  const base = {
    title: title(input),
    ...followUpFields([followUp('Which admins aren\'t registered for MFA?', 'Admins without MFA'), ...rows.filter((r) => r.isMfaRegistered !== true).slice(0, 1).map((r) => followUp(`What authentication methods does ${str(r.userPrincipalName)} have?`, `Methods of ${str(r.userDisplayName) || str(r.userPrincipalName)}`, 'Their authentication methods'))]),
  };
  if (rows.length === 0) return emptyAnswer(base, `Nobody${group ? ` in ${group.displayName}` : ''} matches in the registration report.`);
  const registered = rows.filter((r) => r.isMfaRegistered === true).length;
  const cells = rows.map((r): Cell[] => [
    str(r.userDisplayName), str(r.userPrincipalName), str(r.userType) === 'guest' ? 'Guest' : 'Member', yesNo(r.isMfaRegistered),
    methods(r).map(methodName).join(', ') || 'none', yesNo(r.isAdmin),
  ]);
  return tableAnswer(base,
    `${plural(rows.length, 'user')}: ${registered} registered for MFA, ${rows.length - registered} not${capNote(registration.truncated, registration.rows.length)}.`,
    [['userDisplayName', 'Name'], ['userPrincipalName', 'User principal name'], ['userType', 'Type'], ['isMfaRegistered', 'MFA registered'], ['methodsRegistered', 'Methods'], ['isAdmin', 'Admin']], cells);
}
