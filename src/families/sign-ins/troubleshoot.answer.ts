import { firstName, followUp, followUpFields, inWindow } from '../../answers/answer-kit';
import type { Answer, Section } from '../../answers/answer';
import { graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { errorCodeInfo } from '../../answers/error-codes';
import { formatDateTime, methodName, plural, str } from '../../answers/format';
import { TROUBLESHOOT_WINDOW } from './troubleshoot.plan';
import { signInRow, SIGN_IN_COLUMNS, SIGN_IN_TITLES } from './sign-ins.answer';
import { signInState, type Attempt, type SignInState } from './troubleshoot-state';

/** Smart lockout's default lockout duration (Microsoft Entra password protection settings). */
const LOCKOUT_NOTE = 'smart lockout holds it for the lockout duration (60 seconds by default, longer each time it locks again)';

const when = (a: Attempt): string => String(formatDateTime(a.at));
/** "2026-11-19 16:41:55 UTC". */
const seconds = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
const from = (a: Attempt): string => (a.ip ? `${a.ip}${a.place ? ` (${a.place})` : ''}` : 'an unknown IP');
const codeText = (code: number): string => {
  const info = errorCodeInfo(code);
  return info ? `${info.name} (${code})` : `error ${code}`;
};
const policyList = (names: readonly string[]): string => names.join(', ');
const ASKED: Readonly<Record<string, string>> = {
  Mfa: 'complete MFA', SignInFrequency: 'sign in again', RequireCompliantDevice: 'use a compliant device',
  compliantDevice: 'use a compliant device', domainJoinedDevice: 'use a joined device', passwordChange: 'change the password',
};
/** "complete MFA", from a policy's controls. */
const asked = (controls: readonly string[]): string => [...new Set(controls.map((c) => ASKED[c] ?? c))].join(' and ') || 'meet its conditions';

/** The one line that answers "why can't X sign in?", from the account's state now. */
function headline(name: string, disabled: boolean, s: SignInState, period: string): string {
  if (disabled) return `${name}'s account is disabled: every sign-in fails (50057)`;
  const latest = s.latest;
  if (!latest) return `${name} has not tried to sign in ${period}`;
  if (s.lockedNow && s.lockout) {
    const l = s.lockout;
    const bad = l.badPasswords > 0 ? `${plural(l.badPasswords, 'bad password')}${l.ips[0] ? ` from ${l.ips[0]}` : ''}, then ` : '';
    return `${name} is locked out: ${bad}50053 at ${when(l.last)}`;
  }
  if (latest.code === 0) return `Nothing blocks ${name} now: the latest sign-in succeeded at ${when(latest)}`;
  if (latest.code === 53003) {
    return `${name}'s latest sign-in was blocked by Conditional Access${latest.failedPolicies.length ? ` (${policyList(latest.failedPolicies)})` : ''} at ${when(latest)}`;
  }
  const info = errorCodeInfo(latest.code);
  if (info?.outcome === 'interrupted') return `${name}'s latest sign-in stopped at a prompt: ${codeText(latest.code)} at ${when(latest)}`;
  return `${name}'s latest sign-in failed: ${codeText(latest.code)} at ${when(latest)} from ${latest.ip || 'an unknown IP'}`;
}

/** What the sign-ins say now, each statement once, none contradicting another. */
function findings(user: Row, s: SignInState, registration: Row | undefined, risk: Row | undefined, period: string): string[] {
  const out: string[] = [];
  if (user.accountEnabled === false) out.push('The account is disabled: no sign-in can succeed until it is enabled again (50057).');
  const latest = s.latest;
  if (latest) {
    out.push(`Latest attempt: ${when(latest)} to ${latest.app || 'an app'} from ${from(latest)}: ${latest.code === 0 ? `succeeded${latest.mfa ? ' with MFA' : ''}` : `${codeText(latest.code)}`}.`);
  } else {
    out.push(`No sign-in attempts ${period}: the problem may be before Microsoft Entra (wrong account, network, app).`);
  }
  if (latest && latest.code !== 0) {
    out.push(s.lastSuccess ? `Last successful sign-in: ${when(s.lastSuccess)} to ${s.lastSuccess.app || 'an app'}.` : `No successful sign-in ${period}.`);
  }
  const l = s.lockout;
  if (l) {
    const bad = l.badPasswords > 0 ? ` after ${plural(l.badPasswords, 'bad password')}` : '';
    const ips = l.ips.length ? ` from ${l.ips.join(', ')}` : '';
    const times = l.lockedAttempts > 1 ? `${when(l.first)} (${plural(l.lockedAttempts, 'locked attempt')}, the last at ${when(l.last)})` : when(l.first);
    const c = l.clearedBy;
    out.push(c
      ? `Lockout over: locked at ${times}${bad}${ips}; ${c.code === 0 ? `signed in again at ${when(c)}${c.mfa ? ' with MFA' : ''}` : `the password was accepted again at ${when(c)} (then ${codeText(c.code)})`}.`
      : `Locked out since ${when(l.first)}${bad}${ips}${l.lockedAttempts > 1 ? `; still locked at ${when(l.last)}` : ''}: ${LOCKOUT_NOTE}, so at least until ${seconds(l.last.ms + 60_000)}; no attempt has got past the password since.`);
  }
  for (const x of s.suspicious) {
    out.push(`Possible compromise: ${plural(x.badPasswords, 'bad password')} from ${x.ip}${x.place ? ` (${x.place})` : ''}, then a successful sign-in from that IP without MFA at ${when(x.success)}.`);
  }
  for (const b of s.caBlocks.slice(0, 3)) {
    out.push(`Conditional Access blocked ${plural(b.count, 'sign-in')} (53003): "${b.policy}" (result: failure), the last at ${when(b.last)} to ${b.last.app || 'an app'}.`);
  }
  for (const p of s.caPrompts.slice(0, 3)) {
    out.push(`Conditional Access "${p.policy}" (result: failure) asked the user to ${asked(p.controls)} on ${plural(p.count, 'sign-in')} and it was not done (the last: ${codeText(p.last.code)} at ${when(p.last)}): a prompt, not a block.`);
  }
  const atRisk = s.risky.filter((a) => a.riskState === 'atRisk');
  for (const a of atRisk.slice(0, 3)) {
    out.push(`Risky sign-in (${a.risk} risk) at ${when(a)} from ${from(a)} to ${a.app || 'an app'}${a.code === 0 ? `, succeeded${a.mfa ? ' with MFA' : ' without MFA'}` : `, ${codeText(a.code)}`}.`);
  }
  if (registration) {
    const methods = Array.isArray(registration.methodsRegistered) ? registration.methodsRegistered.map((m) => methodName(String(m))) : [];
    out.push(registration.isMfaRegistered
      ? `Registered for MFA${methods.length ? ` (${methods.join(', ')})` : ''}.`
      : 'Not registered for MFA: MFA prompts (50074/50076) cannot be completed until a method is registered.');
  }
  const level = str(risk?.riskLevel);
  const state = str(risk?.riskState);
  if (state === 'atRisk' && level && level !== 'none') {
    out.push(`Identity Protection rates the user at ${level} risk now; risk-based policies may block sign-ins or require a password change.`);
  } else if (state === 'remediated' || state === 'dismissed') {
    out.push(`User risk ${state === 'remediated' ? 'remediated' : 'dismissed'}: Identity Protection no longer rates the user at risk.`);
  }
  return out;
}

function nextSteps(user: Row, s: SignInState): string[] {
  const steps: string[] = [];
  if (user.accountEnabled === false) steps.push(errorCodeInfo(50057)!.action);
  if (s.suspicious.length > 0) steps.push('Treat the account as compromised: reset the password, revoke sessions and check what the sign-in from that IP did.');
  const recent = s.attempts.filter((a) => a.code !== 0).reverse();
  const codes = [...new Set(recent.map((a) => a.code))];
  // Only codes that still matter: those after the last success, or the lockout's when it is current.
  const current = codes.filter((c) => !s.lastSuccess || recent.some((a) => a.code === c && a.ms > s.lastSuccess!.ms));
  for (const c of current.slice(0, 4)) {
    const info = errorCodeInfo(c);
    if (info) steps.push(`${c} ${info.name}: ${info.meaning} ${info.action}`);
  }
  if (steps.length === 0) steps.push('Nothing in Microsoft Entra is blocking this user now: ask which app and what message they see.');
  return steps;
}

export function answerTroubleshoot(input: AnswerInput): Answer {
  const user = graphRows(input, 'user')[0] ?? {};
  const rows = graphRows(input, 'signIns');
  const name = str(user.displayName) || input.resolved.user?.displayName || 'this user';
  const first = firstName(name);
  const period = inWindow(input.intent.slots.window, TROUBLESHOOT_WINDOW);
  const state = signInState(rows);
  const failures = [...state.attempts].reverse().filter((a) => a.code !== 0);
  const sections: Section[] = [
    { title: 'What I found', bullets: findings(user, state, graphRows(input, 'registration')[0], graphRows(input, 'risk')[0], period) },
    { title: 'What to do', bullets: nextSteps(user, state) },
  ];
  // One person: the User column would repeat the same UPN on every row.
  const keep = SIGN_IN_COLUMNS.map((c, i) => (c === 'userPrincipalName' ? -1 : i)).filter((i) => i >= 0);
  return {
    kind: 'summary',
    title: headline(name, user.accountEnabled === false, state, period),
    summary: `Why can't ${name} sign in? ${plural(failures.length, 'failed or interrupted sign-in')} of ${plural(state.attempts.length, 'attempt')} ${period}${failures.length ? ', newest first' : ''}.`,
    columns: keep.map((i) => SIGN_IN_COLUMNS[i]!), columnTitles: keep.map((i) => SIGN_IN_TITLES[i]!),
    rows: failures.slice(0, 20).map((a) => { const r = signInRow(a.row); return keep.map((i) => r[i]!); }),
    facts: [], sections,
    ...followUpFields([followUp(`Show ${first}'s authentication methods`, `${first}'s authentication methods`, 'Authentication methods'), followUp(`Is ${first} a risky user?`, `Is ${first} a risky user?`, 'Is this a risky user?'), followUp(`Show ${first}'s sign-ins for the past 48 hours`, `${first}'s sign-ins, past 48 hours`, 'Sign-ins, past 48 hours')]),
  };
}
