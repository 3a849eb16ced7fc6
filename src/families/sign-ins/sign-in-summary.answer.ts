import { followUp, followUpFields, inWindow } from '../../answers/answer-kit';
import type { Answer, Cell } from '../../answers/answer';
import { kqlResult, type AnswerInput } from '../../answers/answer-input';
import { describeErrorCode } from '../../answers/error-codes';
import { formatDateTime, plural } from '../../answers/format';
import { GROUP_BY, SUMMARY_DEFAULT_WINDOW } from './sign-in-summary.plan';
import { countryName } from '../../planning/countries';
import { describeWindow } from '../../planning/time';

const WORD = { app: 'app', country: 'country', result: 'result', errorCode: 'result', user: 'user', hour: 'hour', day: 'day' } as const;

function label(groupBy: keyof typeof WORD, value: unknown): Cell {
  if (value === null || value === undefined || value === '') return '(none)';
  if (groupBy === 'hour' || groupBy === 'day') return formatDateTime(value);
  if (groupBy === 'country') return countryName(String(value));
  if (groupBy === 'result' || groupBy === 'errorCode') return Number(value) === 0 ? 'Success' : describeErrorCode(Number(value));
  return String(value);
}

export function answerSignInSummary(input: AnswerInput): Answer {
  const res = kqlResult(input, 'summary');
  const { slots } = input.intent;
  const groupBy = slots.groupBy ?? 'day';
  const who = input.resolved.user?.displayName;
  const when = describeWindow(slots.window, SUMMARY_DEFAULT_WINDOW);
  const during = inWindow(slots.window, SUMMARY_DEFAULT_WINDOW);
  const what = slots.status === 'failure' ? 'Failed sign-ins' : 'Sign-ins';
  const title = `${what}${who ? ` for ${who}` : ''} by ${WORD[groupBy]}, ${when}`;
  const followUps = followUpFields(['Show failed sign-ins this week', followUp('How many sign-ins by country this week?', 'Sign-ins by country this week'), 'Show risky users']);
  if (res.rows.length === 0) {
    return { kind: 'empty', title, summary: `No ${what.toLowerCase()}${who ? ` for ${who}` : ''} ${during}.`, columns: [], rows: [], facts: [], ...followUps };
  }
  // Failed sign-ins only: "Not successful" would repeat "Sign-ins" on every row.
  const failuresOnly = slots.status === 'failure' || (slots.errorCode !== undefined && slots.errorCode !== 0);
  const rows = res.rows.map((r) => [label(groupBy, r[0]), Number(r[1]), ...(failuresOnly ? [] : [Number(r[2])])]);
  const total = rows.reduce((n, r) => n + (r[1] as number), 0);
  const failed = res.rows.reduce((n, r) => n + Number(r[2]), 0);
  const top = GROUP_BY[groupBy].time ? undefined : rows[0];
  const noun = failuresOnly ? 'failed sign-in' : 'sign-in';
  const heading = WORD[groupBy][0]!.toUpperCase() + WORD[groupBy].slice(1);
  return {
    kind: 'table', title,
    summary: `${plural(total, noun)}${failuresOnly ? '' : ` (${failed.toLocaleString('en-US')} not successful)`} ${during}${top ? `; most: ${String(top[0])} (${Number(top[1]).toLocaleString('en-US')})` : ''}.`,
    columns: failuresOnly ? [WORD[groupBy], 'failed'] : [WORD[groupBy], 'signIns', 'failed'],
    columnTitles: failuresOnly ? [heading, 'Failed sign-ins'] : [heading, 'Sign-ins', 'Not successful'],
    rows, facts: [], ...followUps,
    chart: { type: GROUP_BY[groupBy].time ? 'line' : 'bar', x: 0, y: 1 },
  };
}
