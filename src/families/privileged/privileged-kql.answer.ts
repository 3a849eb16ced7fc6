import { followUp, followUpFields, inWindow } from '../../answers/answer-kit';
import type { Answer, Cell } from '../../answers/answer';
import { kqlResult, type AnswerInput } from '../../answers/answer-input';
import { describeErrorCode } from '../../answers/error-codes';
import { formatDateTime, plural } from '../../answers/format';
import { countryName } from '../../planning/countries';
import { ADMIN_COVERAGE, ADMIN_SIGN_IN_WINDOW, adminUpns, BREAK_GLASS_WINDOW } from './privileged-kql.plan';
import { describeWindow } from '../../planning/time';

const TITLES = ['Time', 'User', 'App', 'IP address', 'Country', 'Result', 'Conditional Access'];

function signInRows(rows: readonly (readonly unknown[])[]): Cell[][] {
  return rows.map((r) => [
    formatDateTime(r[0]), String(r[1] ?? ''), String(r[2] ?? ''), String(r[3] ?? ''),
    r[4] ? countryName(String(r[4])) : null, Number(r[5]) === 0 ? 'Success' : describeErrorCode(Number(r[5])), String(r[6] ?? '') || null,
  ]);
}

export function answerBreakGlass(input: AnswerInput): Answer {
  const signIns = kqlResult(input, 'signIns').rows;
  const audits = kqlResult(input, 'audits').rows;
  const when = describeWindow(input.intent.slots.window, BREAK_GLASS_WINDOW);
  const title = `Emergency-access (break-glass) account activity, ${when}`;
  const followUps = followUpFields(['Who are the global admins?', followUp('Who was added to an admin role recently?', 'Recently added admins'), followUp("Which admins aren't registered for MFA?", 'Admins without MFA')]);
  if (signIns.length === 0 && audits.length === 0) {
    return { kind: 'empty', title, summary: `No sign-in or change by an emergency-access account ${inWindow(input.intent.slots.window, BREAK_GLASS_WINDOW)}.`, columns: [], rows: [], facts: [], ...followUps };
  }
  const used = [...new Set(signIns.map((r) => String(r[1])))];
  return {
    kind: 'table', title,
    summary: `${plural(signIns.length, 'sign-in')} by ${used.join(', ') || 'no account'} and ${plural(audits.length, 'directory change')}. Emergency accounts should only be used in an emergency: confirm who used them and why.`,
    columns: ['time', 'user', 'app', 'ip', 'country', 'result', 'conditionalAccess'], columnTitles: TITLES,
    rows: signInRows(signIns),
    facts: audits.slice(0, 10).map((a) => ({ title: formatDateTime(a[0]) as string, value: `${String(a[1])}: ${String(a[2])}${a[3] ? ` → ${String(a[3])}` : ''}` })),
    ...followUps,
  };
}

export function answerAdminSignIns(input: AnswerInput): Answer {
  const res = kqlResult(input, 'signIns');
  const { slots } = input.intent;
  const when = describeWindow(slots.window, ADMIN_SIGN_IN_WINDOW);
  const what = `${slots.status === 'failure' || slots.errorCode ? 'Failed admin' : 'Admin'} sign-ins${slots.outsideWorkingHours ? ' outside working hours' : ''}${slots.errorCode ? ` (${describeErrorCode(slots.errorCode)})` : ''}`;
  const title = `${what}, ${when}`;
  const followUps = followUpFields([followUp("Which admins aren't registered for MFA?", 'Admins without MFA'), 'Was any break-glass account used?', 'Who are the global admins?']);
  const covered = adminUpns(input);
  const facts = [{
    title: 'Admins covered',
    value: `${plural(covered.upns.length, 'user')}: ${ADMIN_COVERAGE}${covered.groups > 0 ? ` (${covered.throughGroups} through ${plural(covered.groups, 'group')})` : ''}`,
  }];
  if (res.rows.length === 0) {
    return { kind: 'empty', title, summary: `No ${what.toLowerCase()} ${inWindow(slots.window, ADMIN_SIGN_IN_WINDOW)}.`, columns: [], rows: [], facts, ...followUps };
  }
  const admins = new Set(res.rows.map((r) => String(r[1])));
  return {
    kind: 'table', title,
    summary: `${plural(res.rows.length, 'sign-in')} by ${plural(admins.size, 'admin')}${res.truncated ? ' (the most recent)' : ''}.`,
    columns: ['time', 'user', 'app', 'ip', 'country', 'result', 'conditionalAccess'], columnTitles: TITLES,
    rows: signInRows(res.rows), facts, ...followUps,
  };
}
