import type { Answer, Cell } from '../../answers/answer';
import { graphResult, graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, obj, plural, str } from '../../answers/format';
import { DETECTION_DEFAULT_WINDOW, RISKY_SIGN_IN_DEFAULT_WINDOW } from './risk.plan';
import { concreteWindow } from '../../planning/time';
import { capNote, emptyAnswer, fact, facts, firstName, followUp, followUpFields, inWindow, sortBy, tableAnswer, type AnswerBase } from '../../answers/answer-kit';
import { detailCell, detectionName, humanize, levelCell, levelWord, placeOf, signInRiskTypes, stateWord, usedMfa } from '../../answers/risk-words';

function filterWords(input: AnswerInput): string {
  const { riskLevel, riskState } = input.intent.slots;
  return [riskLevel ? `at ${riskLevel} risk` : '', riskState ? stateWord(riskState) : '', !riskLevel && !riskState ? 'at risk or confirmed compromised' : '']
    .filter(Boolean).join(', ');
}

/**
 * A risky-users or risky-apps list as asked: newest risk update first, within the window (done
 * here: Graph documents no `$orderby` on these lists, nor a range on riskyServicePrincipals'
 * riskLastUpdatedDateTime), the first `top` rows.
 */
function riskListRows(input: AnswerInput, id: string): { rows: Row[]; truncated: boolean } {
  const res = graphResult(input, id);
  const { window, top } = input.intent.slots;
  const w = window ? concreteWindow(window, input.now, 'P7D') : undefined;
  const within = w ? res.rows.filter((r) => {
    const t = Date.parse(str(r.riskLastUpdatedDateTime));
    return t >= w.from.getTime() && t <= w.to.getTime();
  }) : res.rows;
  const sorted = sortBy(within, (r) => str(r.riskLastUpdatedDateTime), true);
  const kept = top !== undefined ? sorted.slice(0, Math.max(top, 1)) : sorted;
  return { rows: kept, truncated: res.truncated || kept.length < sorted.length };
}

export function answerRiskyUsers(input: AnswerInput): Answer {
  const res = riskListRows(input, 'riskyUsers');
  const words = filterWords(input);
  const when = input.intent.slots.window ? ` updated ${inWindow(input.intent.slots.window, 'P7D')}` : '';
  const base = { title: `Risky users ${words}${when}`, ...followUpFields([...res.rows.slice(0, 2).map((u) => followUp(`Summarize ${str(u.userDisplayName)}'s risk`, `Summarize ${str(u.userDisplayName)}'s risk`, `Risk of ${str(u.userDisplayName)}`)), 'Show me risky apps']) };
  if (res.rows.length === 0) return emptyAnswer(base, `No risky users ${words}${when}.`);
  const rows = res.rows.map((u): Cell[] => [
    str(u.userDisplayName), str(u.userPrincipalName) || null, levelCell(u.riskLevel), stateWord(u.riskState),
    detailCell(u.riskDetail), formatDateTime(u.riskLastUpdatedDateTime),
  ]);
  return tableAnswer(base, `${plural(rows.length, 'risky user')}${capNote(res.truncated, rows.length)}.`, [
    ['userDisplayName', 'User'], ['userPrincipalName', 'User principal name'], ['riskLevel', 'Risk level'], ['riskState', 'Risk state'],
    ['riskDetail', 'Risk detail'], ['riskLastUpdatedDateTime', 'Risk last updated'],
  ], rows);
}

export function answerRiskyApps(input: AnswerInput): Answer {
  const res = riskListRows(input, 'riskyApps');
  const words = filterWords(input);
  const base = { title: `Risky apps ${words}`, ...followUpFields([followUp('Give me a list of owners for these apps', 'Owners of these apps'), ...res.rows.slice(0, 2).map((a) => followUp(`Which permissions are granted to ${str(a.displayName)}?`, `Permissions of ${str(a.displayName)}`, `Grants to ${str(a.displayName)}`)), 'Show risky users']) };
  if (res.rows.length === 0) return emptyAnswer(base, `No risky apps ${words}.`);
  const rows = res.rows.map((a): Cell[] => [
    str(a.displayName), str(a.appId) || null, levelCell(a.riskLevel), stateWord(a.riskState), detailCell(a.riskDetail),
    str(a.servicePrincipalType) || null, formatDateTime(a.riskLastUpdatedDateTime),
  ]);
  return tableAnswer(base, `${plural(rows.length, 'risky app')}${capNote(res.truncated, rows.length)}.`, [
    ['displayName', 'App'], ['appId', 'App ID'], ['riskLevel', 'Risk level'], ['riskState', 'Risk state'], ['riskDetail', 'Risk detail'],
    ['servicePrincipalType', 'Type'], ['riskLastUpdatedDateTime', 'Risk last updated'],
  ], rows);
}

function notRisky(name: string, base: AnswerBase): Answer {
  return emptyAnswer(base, `${name} is not a risky user: ID Protection has no risk record for this account.`);
}

export function answerRiskyUserDetails(input: AnswerInput): Answer {
  const name = input.resolved.user?.displayName ?? 'this user';
  const first = firstName(name);
  const u = graphRows(input, 'riskyUser')[0];
  const base = { title: `Risk of ${name}`, ...followUpFields([followUp(`Summarize ${first}'s risk`, `Summarize ${first}'s risk`, 'Risk summary'), followUp(`What is the risk history for ${first}?`, `${first}'s risk history`, 'Risk history'), followUp(`List the risk detections for ${first}`, `${first}'s risk detections`, 'Risk detections')]) };
  if (!u) return notRisky(name, base);
  return {
    ...base, kind: 'facts', columns: [], rows: [],
    summary: `${name} is at ${levelWord(u.riskLevel)} risk, state ${stateWord(u.riskState)}${str(u.riskDetail) && str(u.riskDetail) !== 'none' ? ` (${humanize(str(u.riskDetail)).toLowerCase()})` : ''}.`,
    facts: facts(
      fact('User', u.userDisplayName), fact('User principal name', u.userPrincipalName), fact('Risk level', levelCell(u.riskLevel)),
      fact('Risk state', stateWord(u.riskState)), fact('Risk detail', detailCell(u.riskDetail)),
      fact('Risk last updated', formatDateTime(u.riskLastUpdatedDateTime)), fact('Object ID', u.id),
      fact('Deleted', u.isDeleted === true ? 'Yes' : undefined), fact('Processing', u.isProcessing === true ? 'Yes' : undefined),
    ),
  };
}

export function answerRiskyUserHistory(input: AnswerInput): Answer {
  const name = input.resolved.user?.displayName ?? 'this user';
  const first = firstName(name);
  const base = { title: `Risk history of ${name}`, ...followUpFields([followUp(`Summarize ${first}'s risk`, `Summarize ${first}'s risk`, 'Risk summary'), followUp(`List the risk detections for ${first}`, `${first}'s risk detections`, 'Risk detections'), followUp(`List the recent risky sign-ins for ${first}`, `${first}'s risky sign-ins`, 'Risky sign-ins')]) };
  const history = sortBy(graphRows(input, 'history'), (h) => str(h.riskLastUpdatedDateTime), true);
  // Read alone (risk.plan.ts): no history is what a user without a risk record has.
  if (history.length === 0) return emptyAnswer(base, `${name} has no risk history: ID Protection has no risk record for this account (not a risky user).`);
  const rows = history.map((h): Cell[] => {
    const activity = obj(h.activity);
    const types = Array.isArray(activity.riskEventTypes) ? (activity.riskEventTypes as unknown[]).map((t) => detectionName(str(t))) : [];
    return [formatDateTime(h.riskLastUpdatedDateTime), levelCell(h.riskLevel), stateWord(h.riskState),
      detailCell(h.riskDetail) ?? detailCell(activity.detail), types.join(', ') || null, initiatedBy(h.initiatedBy, input.resolved.user?.id ?? str(h.userId), name)];
  });
  return tableAnswer(base, `${plural(history.length, 'risk change')} for ${name}.`, [
    ['riskLastUpdatedDateTime', 'Time'], ['riskLevel', 'Risk level'], ['riskState', 'Risk state'], ['riskDetail', 'Detail'],
    ['riskEventTypes', 'Detections'], ['initiatedBy', 'Initiated by'],
  ], rows);
}

/**
 * `initiatedBy` is an object id: the user's own name when it is the user (a self-remediation such
 * as a secure password change), else the id labelled as one (no name is known without a lookup).
 */
function initiatedBy(v: unknown, userId: string, userName: string): string | null {
  if (typeof v !== 'string' || v === '') return null;
  return v === userId ? `${userName} (the user)` : `ID ${v}`;
}

export function detectionRow(d: Row): Cell[] {
  return [formatDateTime(d.activityDateTime ?? d.detectedDateTime), detectionName(str(d.riskEventType)), levelCell(d.riskLevel), stateWord(d.riskState),
    str(d.ipAddress) || null, placeOf(d) || null, humanize(str(d.detectionTimingType)) || null, str(d.source) || null];
}

export function answerRiskyUserDetections(input: AnswerInput): Answer {
  const name = input.resolved.user?.displayName ?? 'this user';
  const first = firstName(name);
  const when = inWindow(input.intent.slots.window, DETECTION_DEFAULT_WINDOW);
  const res = graphResult(input, 'detections');
  const base = { title: `Risk detections for ${name} ${when}`, ...followUpFields([followUp(`Summarize ${first}'s risk`, `Summarize ${first}'s risk`, 'Risk summary'), followUp(`List the recent risky sign-ins for ${first}`, `${first}'s risky sign-ins`, 'Risky sign-ins')]) };
  if (res.rows.length === 0) return emptyAnswer(base, `No risk detections for ${name} ${when}.`);
  const rows = sortBy(res.rows, (d) => str(d.activityDateTime ?? d.detectedDateTime), true).map(detectionRow);
  const types = [...new Set(res.rows.map((d) => detectionName(str(d.riskEventType))))];
  return tableAnswer(base, `${plural(rows.length, 'risk detection')}${capNote(res.truncated, rows.length)}: ${types.join(', ')}.`, [
    ['activityDateTime', 'Time'], ['riskEventType', 'Detection'], ['riskLevel', 'Risk level'], ['riskState', 'Risk state'],
    ['ipAddress', 'IP address'], ['location', 'Location'], ['detectionTimingType', 'Timing'], ['source', 'Source'],
  ], rows);
}

export function riskySignInRow(s: Row): Cell[] {
  const code = Number(obj(s.status).errorCode ?? 0);
  return [formatDateTime(s.createdDateTime), str(s.appDisplayName) || str(s.resourceDisplayName) || null, levelCell(s.riskLevelDuringSignIn),
    signInRiskTypes(s).map(detectionName).join(', ') || null, str(s.ipAddress) || null, placeOf(s) || null,
    usedMfa(s) ? 'Yes' : 'No', code === 0 ? 'Success' : `Failure (${code})`, stateWord(s.riskState) || null];
}

export function answerRiskyUserSignIns(input: AnswerInput): Answer {
  const name = input.resolved.user?.displayName ?? 'this user';
  const first = firstName(name);
  const when = inWindow(input.intent.slots.window, RISKY_SIGN_IN_DEFAULT_WINDOW);
  const res = graphResult(input, 'signIns');
  const base = { title: `Risky sign-ins for ${name} ${when}`, ...followUpFields([followUp(`Summarize ${first}'s risk`, `Summarize ${first}'s risk`, 'Risk summary'), followUp(`Show ${first}'s failed sign-ins this week`, `${first}'s failed sign-ins this week`, 'Failed sign-ins this week')]) };
  if (res.rows.length === 0) return emptyAnswer(base, `No risky sign-ins for ${name} ${when}.`);
  const noMfa = res.rows.filter((s) => !usedMfa(s)).length;
  return tableAnswer(base, `${plural(res.rows.length, 'risky sign-in')}${capNote(res.truncated, res.rows.length)}; ${noMfa} without MFA.`, [
    ['createdDateTime', 'Time'], ['appDisplayName', 'App'], ['riskLevelDuringSignIn', 'Risk level'], ['riskEventTypes', 'Detections'],
    ['ipAddress', 'IP address'], ['location', 'Location'], ['mfa', 'MFA'], ['result', 'Result'], ['riskState', 'Risk state'],
  ], res.rows.map(riskySignInRow));
}
