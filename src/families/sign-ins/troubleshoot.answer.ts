import { inWindow } from '../../answers/answer-kit';
import type { Answer, Section } from '../../answers/answer';
import { graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { errorCodeInfo } from '../../answers/error-codes';
import { formatDateTime, obj, plural, str } from '../../answers/format';
import { TROUBLESHOOT_WINDOW } from './troubleshoot.plan';
import { signInRow, SIGN_IN_COLUMNS, SIGN_IN_TITLES } from './sign-ins.answer';

const codeOf = (s: Row): number => {
  const c = obj(s.status).errorCode;
  return typeof c === 'number' ? c : 0;
};

function failedPolicies(signIns: readonly Row[]): string[] {
  const names = new Set<string>();
  for (const s of signIns) {
    const policies = Array.isArray(s.appliedConditionalAccessPolicies) ? s.appliedConditionalAccessPolicies : [];
    for (const p of policies) if (obj(p).result === 'failure') names.add(str(obj(p).displayName));
  }
  return [...names].filter(Boolean);
}

function findings(user: Row, signIns: readonly Row[], registration: Row | undefined, risk: Row | undefined): string[] {
  const out: string[] = [];
  if (user.accountEnabled === false) out.push('The account is disabled: no sign-in can succeed until it is enabled again (error 50057).');
  const latest = signIns[0];
  const lastSuccess = signIns.find((s) => codeOf(s) === 0);
  if (latest) {
    const info = errorCodeInfo(codeOf(latest));
    out.push(`Latest attempt ${formatDateTime(latest.createdDateTime)} to ${str(latest.appDisplayName) || 'an app'} from ${str(latest.ipAddress) || 'an unknown IP'}: ${codeOf(latest) === 0 ? 'succeeded' : `failed with ${codeOf(latest)}${info ? ` (${info.name})` : ''}`}.`);
  } else {
    out.push('No sign-in attempts in this period: the problem may be before Microsoft Entra (wrong account, network, app).');
  }
  out.push(lastSuccess ? `Last successful sign-in: ${formatDateTime(lastSuccess.createdDateTime)}.` : 'No successful sign-in in this period.');
  const locked = signIns.slice(0, 10).some((s) => codeOf(s) === 50053);
  if (locked) out.push('The account looks locked (50053 among the latest attempts).');
  const policies = failedPolicies(signIns);
  if (policies.length) out.push(`Conditional Access blocked sign-ins: ${policies.join(', ')}.`);
  if (registration) {
    out.push(registration.isMfaRegistered ? `Registered for MFA (${(Array.isArray(registration.methodsRegistered) ? registration.methodsRegistered : []).join(', ') || 'methods unknown'}).` : 'Not registered for MFA: MFA prompts (50074/50076) cannot be completed until a method is registered.');
  }
  if (risk && str(risk.riskLevel) && risk.riskLevel !== 'none' && risk.riskState === 'atRisk') {
    out.push(`Identity Protection rates the user at ${str(risk.riskLevel)} risk (${str(risk.riskState)}); risk-based policies may block or force a password change.`);
  }
  return out;
}

function nextSteps(user: Row, signIns: readonly Row[]): string[] {
  const steps: string[] = [];
  if (user.accountEnabled === false) steps.push(errorCodeInfo(50057)!.action);
  const codes = [...new Set(signIns.map(codeOf).filter((c) => c !== 0))];
  for (const c of codes.slice(0, 4)) {
    const info = errorCodeInfo(c);
    if (info) steps.push(`${c} ${info.name}: ${info.meaning} ${info.action}`);
  }
  if (steps.length === 0) steps.push('Nothing in Microsoft Entra is blocking this user: ask which app and what message they see.');
  return steps;
}

export function answerTroubleshoot(input: AnswerInput): Answer {
  const user = graphRows(input, 'user')[0] ?? {};
  const signIns = graphRows(input, 'signIns');
  const name = str(user.displayName) || input.resolved.user?.displayName || 'this user';
  const first = name.split(' ')[0];
  const failures = signIns.filter((s) => codeOf(s) !== 0);
  const sections: Section[] = [
    { title: 'What I found', bullets: findings(user, signIns, graphRows(input, 'registration')[0], graphRows(input, 'risk')[0]) },
    { title: 'What to do', bullets: nextSteps(user, signIns) },
  ];
  return {
    kind: 'summary',
    title: `Why can't ${name} sign in?`,
    summary: `${plural(failures.length, 'failed or interrupted sign-in')} of ${plural(signIns.length, 'attempt')} ${inWindow(input.intent.slots.window, TROUBLESHOOT_WINDOW)}.`,
    columns: SIGN_IN_COLUMNS, columnTitles: SIGN_IN_TITLES,
    rows: failures.slice(0, 20).map(signInRow),
    facts: [], sections,
    followUps: [`Show ${first}'s authentication methods`, `Is ${first} a risky user?`, `Show ${first}'s sign-ins for the past 48 hours`],
  };
}
