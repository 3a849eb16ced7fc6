import type { Answer, Section } from '../../answers/answer';
import { graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { describeErrorCode, errorCodeInfo } from '../../answers/error-codes';
import { obj, plural, str } from '../../answers/format';
import { isoSeconds } from '../../planning/time';
import { firstName, followUp, followUpFields, sortBy } from '../../answers/answer-kit';
import { detectionMeaning, detectionName, humanize, levelWord, placeOf, signInRiskTypes, stateWord, usedMfa } from '../../answers/risk-words';
import { detectionRow } from './risk.answer';

/** The links of the seed's "Help and documentation" section, on learn.microsoft.com. */
export const RISK_HELP_LINKS = [
  { title: 'What is risk in ID Protection?', url: 'https://learn.microsoft.com/entra/id-protection/concept-identity-protection-risks' },
  { title: 'Incident Response Playbooks', url: 'https://learn.microsoft.com/security/operations/incident-response-playbooks' },
  { title: 'Risk-based Access Policies', url: 'https://learn.microsoft.com/entra/id-protection/concept-identity-protection-policies' },
  { title: 'Remediate risks and unblock users', url: 'https://learn.microsoft.com/entra/id-protection/howto-identity-protection-remediate-unblock' },
] as const;

const SIGN_IN_RISK_POLICY = 'https://learn.microsoft.com/entra/identity/conditional-access/policy-risk-based-sign-in';
const USER_RISK_POLICY = 'https://learn.microsoft.com/entra/identity/conditional-access/policy-risk-based-user';

function when(value: unknown): string {
  const d = new Date(str(value));
  return Number.isNaN(d.getTime()) ? 'an unknown time' : `${isoSeconds(d).replace('Z', '')} UTC`;
}

function signInSentence(s: Row, i: number): string {
  const types = signInRiskTypes(s).map(detectionName);
  const place = placeOf(s);
  const code = Number(obj(s.status).errorCode ?? 0);
  return `Risky sign-in ${i + 1} (request ID ${str(s.id)}${str(s.correlationId) ? `, correlation ID ${str(s.correlationId)}` : ''}) with ${levelWord(s.riskLevelDuringSignIn)} risk level occurred on ${when(s.createdDateTime)} for ${str(s.resourceDisplayName) || str(s.appDisplayName) || 'an unknown resource'}`
    + `${str(s.appDisplayName) && str(s.resourceDisplayName) && s.appDisplayName !== s.resourceDisplayName ? ` (app ${str(s.appDisplayName)})` : ''}.`
    + ` The sign-in IP was ${str(s.ipAddress) || 'unknown'}${place ? ` and the location was ${place}` : ''}.`
    + `${types.length ? ` Detections: ${types.join(', ')}.` : ''}`
    + ` ${outcome(s, code)}.`;
}

function outcome(s: Row, code: number): string {
  if (code === 0) return usedMfa(s) ? 'The sign-in succeeded with MFA' : 'The sign-in succeeded and there was no MFA for this sign-in';
  const info = errorCodeInfo(code);
  if (info?.outcome === 'interrupted') return `MFA was required and not completed (${describeErrorCode(code)})`;
  return `The sign-in failed (${describeErrorCode(code)})`;
}

/** The "Summary" bullets: built from the risk record, detections and risky sign-ins, no LLM. */
function summaryBullets(name: string, user: Row, detections: readonly Row[], signIns: readonly Row[], reg: Row | undefined): string[] {
  const bullets: string[] = [];
  const recent = detections.length;
  bullets.push(`User ${name} is at ${levelWord(user.riskLevel)} risk (state: ${stateWord(user.riskState)}${str(user.riskDetail) && str(user.riskDetail) !== 'none' ? `, ${humanize(str(user.riskDetail)).toLowerCase()}` : ''}), last updated ${when(user.riskLastUpdatedDateTime)}, with ${plural(recent, 'recent risk detection')}.`);
  const types = [...new Set(detections.map((d) => str(d.riskEventType)))];
  for (const t of types) {
    const of = detections.filter((d) => d.riskEventType === t);
    const highest = of.map((d) => str(d.riskLevel)).sort((a, b) => rank(b) - rank(a))[0] ?? '';
    const meaning = detectionMeaning(t);
    const latest = when(sortBy(of, (d) => str(d.activityDateTime ?? d.detectedDateTime), true)[0]?.activityDateTime);
    const times = of.length === 1 ? `once at ${levelWord(highest)} risk (${latest})` : `${of.length} times, at up to ${levelWord(highest)} risk (latest ${latest})`;
    bullets.push(`The risk detection type ${detectionName(t)} was raised ${times}${meaning ? `: ${meaning}` : ''}.`);
  }
  signIns.slice(0, 3).forEach((s, i) => bullets.push(signInSentence(s, i)));
  if (signIns.length > 3) bullets.push(`${signIns.length - 3} more risky sign-ins are in "Recent risky sign-ins".`);
  if (reg) bullets.push(reg.isMfaRegistered === true ? `${name} is registered for MFA, so a risk-based policy can let them self-remediate.` : `${name} is not registered for MFA, so they cannot self-remediate risk with MFA.`);
  return bullets;
}

function rank(level: string): number {
  return level === 'high' ? 3 : level === 'medium' ? 2 : level === 'low' ? 1 : 0;
}

function whatToDo(name: string, user: Row, signIns: readonly Row[]): Section {
  const state = str(user.riskState);
  const bullets = [
    'Check that this user is in scope of risk-based Conditional Access policies: they shorten the time to mitigate an attack, close the risk automatically and save you effort.',
    `If you don't have those policies, create a sign-in risk based policy (${SIGN_IN_RISK_POLICY}) and a user risk based policy (${USER_RISK_POLICY}).`,
  ];
  if (state === 'atRisk' || state === 'confirmedCompromised') {
    bullets.push(`Investigate ${name} for indicators of compromise: review the risky sign-ins, the detections and the audit log for changes they made.`);
    if (signIns.some((s) => !usedMfa(s) && Number(obj(s.status).errorCode ?? 0) === 0)) {
      bullets.push('A risky sign-in succeeded without MFA: reset the password and revoke sessions now, then require MFA for this user.');
    } else bullets.push('Reset the password (a secure password change remediates user risk) and revoke refresh tokens.');
    bullets.push(state === 'confirmedCompromised'
      ? 'The user is confirmed compromised: block sign-in until the password is reset and the investigation is done.'
      : 'If you find signs of compromise, confirm the user compromised (risk becomes high) and block sign-in; if the activity was legitimate, dismiss the user risk.');
  } else {
    bullets.push(`The risk is ${stateWord(state)}; no action is needed unless new detections appear.`);
  }
  return { title: 'What to do', bullets };
}

export function answerRiskyUserSummary(input: AnswerInput): Answer {
  const name = input.resolved.user?.displayName ?? 'this user';
  const first = firstName(name);
  const user = graphRows(input, 'riskyUser')[0];
  const followUps = followUpFields([followUp(`What is the risk history for ${first}?`, `${first}'s risk history`, 'Risk history'), followUp(`List the risk detections for ${first}`, `${first}'s risk detections`, 'Risk detections'), followUp(`List the recent risky sign-ins for ${first}`, `${first}'s risky sign-ins`, 'Risky sign-ins'), followUp(`Show audit logs for ${first} for the past 7 days`, `${first}'s audit log, past 7 days`, 'Audit log, past 7 days')]);
  const help: Section = { title: 'Help and documentation', links: RISK_HELP_LINKS.map((l) => ({ ...l })) };
  if (!user) {
    return { kind: 'empty', title: `Risk summary for ${name}`, summary: `${name} is not a risky user: ID Protection has no risk record for this account.`, columns: [], rows: [], facts: [], ...followUps, sections: [help] };
  }
  const detections = sortBy(graphRows(input, 'detections'), (d) => str(d.activityDateTime ?? d.detectedDateTime), true);
  const signIns = sortBy(graphRows(input, 'signIns'), (s) => str(s.createdDateTime), true);
  const reg = graphRows(input, 'registration')[0];
  const bullets = summaryBullets(name, user, detections, signIns, reg);
  return {
    kind: 'summary', title: `Risk summary for ${name}`,
    summary: `${name}: ${levelWord(user.riskLevel)} risk, ${stateWord(user.riskState)}; ${plural(detections.length, 'detection')}, ${plural(signIns.length, 'risky sign-in')}.`,
    sections: [{ title: 'Summary', bullets }, whatToDo(name, user, signIns), help],
    columns: ['activityDateTime', 'riskEventType', 'riskLevel', 'riskState', 'ipAddress', 'location', 'detectionTimingType', 'source'],
    columnTitles: ['Time', 'Detection', 'Risk level', 'Risk state', 'IP address', 'Location', 'Timing', 'Source'],
    rows: detections.map(detectionRow), facts: [], ...followUps,
  };
}
