import type { Answer, Cell } from '../../answers/answer';
import { graphResult, type AnswerInput, type Row } from '../../answers/answer-input';
import { describeErrorCode } from '../../answers/error-codes';
import { caStatusText, formatDateTime, obj, osName, plural, str } from '../../answers/format';
import { countryName } from '../../planning/countries';
import { followUp, followUpFields, inWindow } from '../../answers/answer-kit';
import { SIGN_IN_DEFAULT_WINDOW, SIGN_IN_ROW_LIMIT } from './sign-ins.plan';
import { ipReasons, rankIps } from './ip-ranking';

/** IP addresses the summary line names, ranked by failures and how unusual they are. */
const TOP_IPS = 3;

export const SIGN_IN_COLUMNS = ['createdDateTime', 'userPrincipalName', 'appDisplayName', 'ipAddress', 'location', 'device', 'result', 'errorCode', 'conditionalAccessStatus'];
export const SIGN_IN_TITLES = ['Time', 'User', 'App', 'IP address', 'Location', 'Device', 'Result', 'Error', 'Conditional Access'];

function result(code: number): string {
  if (code === 0) return 'Success';
  return [50074, 50076, 50097].includes(code) ? 'Interrupted' : 'Failure';
}

export function signInRow(s: Row): Cell[] {
  const status = obj(s.status);
  const code = typeof status.errorCode === 'number' ? status.errorCode : 0;
  const loc = obj(s.location);
  const device = obj(s.deviceDetail);
  const place = [str(loc.city), str(loc.countryOrRegion) ? countryName(str(loc.countryOrRegion)) : ''].filter(Boolean).join(', ');
  const dev = [osName(str(device.operatingSystem)), str(device.browser)].filter(Boolean).join(' · ');
  return [
    formatDateTime(s.createdDateTime), str(s.userPrincipalName) || null, str(s.appDisplayName) || null,
    str(s.ipAddress) || null, place || null, dev || null, result(code),
    code === 0 ? null : describeErrorCode(code), caStatusText(str(s.conditionalAccessStatus)) || null,
  ];
}

function statusWord(input: AnswerInput, forced?: 'failure'): string {
  const status = forced ?? input.intent.slots.status;
  return status === 'failure' ? 'failed ' : status === 'success' ? 'successful ' : status === 'interrupted' ? 'interrupted ' : '';
}

/** The filters the question named, as words: " from Brazil, to Salesforce, with error 50126". */
function filterWords(input: AnswerInput): string {
  const s = input.intent.slots;
  const parts = [
    s.ip ? `from ${s.ip}` : '',
    s.city || s.country ? `from ${[s.city, s.country ? countryName(s.country) : ''].filter(Boolean).join(', ')}` : '',
    input.resolved.app ? `to ${input.resolved.app.displayName}` : s.app ? `to ${s.app}` : '',
    s.errorCode !== undefined ? `with error ${s.errorCode}` : '',
    s.authRequirement === 'singleFactor' ? 'without MFA (single factor)' : s.authRequirement === 'multiFactor' ? 'that required MFA' : '',
    s.deviceCompliant === false ? 'from non-compliant devices' : s.deviceCompliant === true ? 'from compliant devices' : '',
  ].filter(Boolean);
  return parts.length ? ` ${parts.join(', ')}` : '';
}

/**
 * "Last sign-in: 2026-11-20 04:30 UTC to Microsoft Teams (success)." — the fact a when-question
 * ("When did Alain last sign in?") asks for, before any list; with the last success when the
 * latest attempt failed.
 */
function lastSignIn(rows: readonly Row[]): string {
  const sorted = [...rows].sort((a, b) => str(b.createdDateTime).localeCompare(str(a.createdDateTime)));
  const latest = sorted[0];
  if (!latest) return '';
  const code = Number(obj(latest.status).errorCode) || 0;
  const app = str(latest.appDisplayName);
  const head = `Last sign-in: ${String(formatDateTime(latest.createdDateTime))}${app ? ` to ${app}` : ''} (${code === 0 ? 'success' : describeErrorCode(code)})`;
  if (code === 0) return `${head}. `;
  const ok = sorted.find((r) => (Number(obj(r.status).errorCode) || 0) === 0);
  return `${head}; last successful: ${ok ? String(formatDateTime(ok.createdDateTime)) : 'no success in these rows'}. `;
}

export function answerSignIns(input: AnswerInput, forced?: 'failure'): Answer {
  const res = shownSignIns(input);
  const who = input.resolved.user?.displayName;
  const when = inWindow(input.intent.slots.window, SIGN_IN_DEFAULT_WINDOW);
  const what = `${statusWord(input, forced)}sign-ins`;
  const where = filterWords(input);
  const title = `${what[0]!.toUpperCase()}${what.slice(1)}${who ? ` for ${who}` : ''}${where} ${when}`;
  const first = who?.split(' ')[0];
  const followUps = followUpFields(first
    ? [followUp(`Why can't ${first} sign in?`, `Why can't ${first} sign in?`, "Why can't this user sign in?"), followUp(`Is ${first} a risky user?`, `Is ${first} a risky user?`, 'Is this a risky user?'), followUp(`Show ${first}'s details`, `${first}'s details`, 'Details of this user')]
    : ['How many failed sign-ins this week by app?', 'Show risky users']);
  if (res.rows.length === 0) {
    return { kind: 'empty', title, summary: `No ${what}${who ? ` for ${who}` : ''}${where} ${when}.`, columns: [], rows: [], facts: [], ...followUps };
  }
  const rows = res.rows.map(signInRow);
  const ranked = rankIps(res.rows);
  const failures = res.rows.filter((r) => obj(r.status).errorCode !== 0).length;
  const failuresOnly = failures === res.rows.length;
  const more = res.truncated ? ' (the most recent; there are more)' : '';
  // Ranked by failures and how unusual each IP is, never by recency: the attacker's IP comes first.
  const top = (failures > 0 ? ranked.filter((x) => x.failures > 0) : ranked).slice(0, TOP_IPS);
  const named = top.map((x) => `${x.ip}${x.place ? ` (${x.place})` : ''}: ${failures > 0 ? ipReasons(x, failuresOnly) : plural(x.signIns, 'sign-in')}`);
  const rest = ranked.length - top.length;
  const lead = failures > 0 ? (failuresOnly ? 'Most failures' : 'Most failures from') : 'Most used';
  return {
    kind: 'table', title,
    summary: `${who ? lastSignIn(res.rows) : ''}${plural(rows.length, what.replace(/s$/, ''), what)}${more} from ${plural(ranked.length, 'IP address', 'IP addresses')}${failuresOnly ? '' : `, ${failures.toLocaleString('en-US')} not successful`}. ${lead}: ${named.join('; ')}${rest > 0 ? `; ${plural(rest, 'other IP address', 'other IP addresses')}` : ''}.`,
    columns: SIGN_IN_COLUMNS, columnTitles: SIGN_IN_TITLES, rows, facts: [], ...followUps,
    sourceNote: res.fellBackFrom ? `${input.plan.sourceNote ?? ''} ${FALLBACK_NOTE}`.trim() : input.plan.sourceNote,
  };
}

const FALLBACK_NOTE = 'Graph refused the filter status/errorCode ne 0 (its documentation lists only eq), so the sign-ins of the window were read and the failed ones kept here.';

/**
 * The sign-ins to show: when Graph refused `status/errorCode ne 0` and the fallback read every
 * sign-in of the window, only the failed ones (and at most the asked number).
 */
function shownSignIns(input: AnswerInput): { rows: readonly Row[]; truncated: boolean; fellBackFrom?: string } {
  const res = graphResult(input, 'signIns');
  const compliant = input.intent.slots.deviceCompliant;
  if (res.fellBackFrom === undefined && compliant === undefined) return res;
  // A device Entra does not know (no isCompliant) is not a compliant one.
  const kept = res.rows.filter((r) => (res.fellBackFrom === undefined || obj(r.status).errorCode !== 0)
    && (compliant === undefined || (obj(r.deviceDetail).isCompliant === true) === compliant));
  const limit = input.intent.slots.top ?? SIGN_IN_ROW_LIMIT;
  return { rows: kept.slice(0, limit), truncated: res.truncated || kept.length > limit, ...(res.fellBackFrom !== undefined ? { fellBackFrom: res.fellBackFrom } : {}) };
}
