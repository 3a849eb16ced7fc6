import type { Answer, Cell } from '../../answers/answer';
import { graphResult, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, obj, plural, str, yesNo } from '../../answers/format';
import { concreteWindow } from '../../planning/time';
import { countryCode, countryName } from '../../planning/countries';
import { INACTIVE_DEFAULT_WINDOW } from './users-search.plan';
import { capNote, emptyAnswer, inWindow, sortBy, tableAnswer } from '../../answers/answer-kit';

function countryText(text: string): string {
  const code = countryCode(text);
  return code ? countryName(code) : text;
}

/** "guest users in Finance, disabled, created in the last 30 days". */
function describeSearch(input: AnswerInput): string {
  const s = input.intent.slots;
  const who = [
    s.accountEnabled === false ? 'disabled' : s.accountEnabled === true ? 'enabled' : '',
    s.userType === 'guest' ? 'guest' : s.userType === 'member' ? 'member' : '',
    s.onPremisesSyncEnabled === true ? 'synced' : s.onPremisesSyncEnabled === false ? 'cloud-only' : '',
    'users',
  ].filter(Boolean).join(' ');
  const parts = [
    s.departments && s.departments.length > 0 ? `in ${s.departments.join(' or ')}` : s.department ? `in ${s.department}` : '',
    s.onPremisesSyncEnabled === true ? 'from on-premises Active Directory' : '', s.jobTitle ? `with job title ${s.jobTitle}…` : '',
    s.city ? `in ${s.city}` : '', s.country ? `in ${countryText(s.country)}` : '', s.createdWithin ? `created ${inWindow(s.createdWithin, 'P30D')}` : '',
  ].filter(Boolean);
  return [who, ...parts].join(' ');
}

const USER_COLUMNS = [
  ['displayName', 'Name'], ['userPrincipalName', 'User principal name'], ['jobTitle', 'Job title'], ['department', 'Department'],
  ['country', 'Country'], ['userType', 'Type'], ['accountEnabled', 'Enabled'], ['createdDateTime', 'Created'],
] as const;

function userRow(u: Row): Cell[] {
  return [str(u.displayName), str(u.userPrincipalName) || null, str(u.jobTitle) || null, str(u.department) || null,
    str(u.country) || null, str(u.userType) || null, yesNo(u.accountEnabled), formatDateTime(u.createdDateTime)];
}

export function answerUsersSearch(input: AnswerInput): Answer {
  const res = graphResult(input, 'users');
  const what = describeSearch(input);
  const title = `${what[0]!.toUpperCase()}${what.slice(1)}`;
  const base = { title, followUps: ["Who hasn't signed in for 90 days?", 'List guest users', 'Disabled accounts'] };
  if (res.rows.length === 0) return emptyAnswer(base, `No ${what}.`);
  const total = res.count ?? res.rows.length;
  return tableAnswer(base, `${plural(total, 'user')}${capNote(res.rows.length < total, res.rows.length)}.`, USER_COLUMNS,
    sortBy(res.rows, (u) => str(u.displayName)).map(userRow), { totalRows: total });
}

function lastSignIn(u: Row): string {
  return str(obj(u.signInActivity).lastSignInDateTime);
}

export function answerUsersInactive(input: AnswerInput): Answer {
  const { userType, window } = input.intent.slots;
  const cutoff = concreteWindow(window, input.now, INACTIVE_DEFAULT_WINDOW).from.getTime();
  const stale = graphResult(input, 'stale');
  const older = graphResult(input, 'older');
  const wantType = userType === 'guest' ? 'Guest' : userType === 'member' ? 'Member' : undefined;
  const seen = new Set<string>();
  const hits: Row[] = [];
  for (const u of [...stale.rows, ...older.rows.filter((u) => lastSignIn(u) === '')]) {
    const t = Date.parse(lastSignIn(u));
    if (seen.has(str(u.id)) || (wantType && str(u.userType) !== wantType) || (!Number.isNaN(t) && t > cutoff)) continue;
    seen.add(str(u.id));
    hits.push(u);
  }
  const who = wantType ? `${wantType.toLowerCase()} users` : 'users';
  const when = inWindow(window, INACTIVE_DEFAULT_WINDOW);
  const base = { title: `${who[0]!.toUpperCase()}${who.slice(1)} who haven't signed in ${when}`, followUps: ['List guest users', 'Disabled accounts', 'Show me unused apps'] };
  if (hits.length === 0) return emptyAnswer(base, `Every ${who.replace(/s$/, '')} signed in at least once ${when}.`);
  const never = hits.filter((u) => lastSignIn(u) === '').length;
  const nonInteractive = hits.filter((u) => Date.parse(str(obj(u.signInActivity).lastNonInteractiveSignInDateTime)) > cutoff).length;
  const niNote = nonInteractive ? ` ${plural(nonInteractive, 'of them has', 'of them have')} signed in non-interactively since (apps acting for them): check before disabling.` : '';
  const rows = sortBy(hits, (u) => lastSignIn(u) || '0').map((u): Cell[] => [
    str(u.displayName), str(u.userPrincipalName) || null, str(u.userType) || null, yesNo(u.accountEnabled),
    formatDateTime(lastSignIn(u)) ?? 'Never', formatDateTime(obj(u.signInActivity).lastNonInteractiveSignInDateTime), formatDateTime(u.createdDateTime),
  ]);
  return tableAnswer(base, `${plural(hits.length, who.replace(/s$/, ''), who)} without an interactive sign-in ${when} (${never} never signed in)${capNote(stale.truncated || older.truncated, hits.length)}.${niNote}`,
    [['displayName', 'Name'], ['userPrincipalName', 'User principal name'], ['userType', 'Type'], ['accountEnabled', 'Enabled'],
      ['lastSignInDateTime', 'Last interactive sign-in'], ['lastNonInteractiveSignInDateTime', 'Last non-interactive sign-in'], ['createdDateTime', 'Created']],
    rows);
}
