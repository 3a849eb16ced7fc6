import type { Answer, Cell } from '../../answers/answer';
import { graphRows, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, plural, str } from '../../answers/format';
import { emptyAnswer, followUp, followUpFields, sortBy, tableAnswer } from '../../answers/answer-kit';
import { concreteWindow } from '../../planning/time';

const DAY = 86_400_000;

interface Credential {
  readonly app: Row;
  readonly credential: Row;
  readonly type: 'Client secret' | 'Certificate';
  readonly endMs: number;
}

function credentials(apps: readonly Row[]): Credential[] {
  const out: Credential[] = [];
  for (const app of apps) {
    for (const [key, type] of [['passwordCredentials', 'Client secret'], ['keyCredentials', 'Certificate']] as const) {
      const list = Array.isArray(app[key]) ? (app[key] as Row[]) : [];
      for (const credential of list) {
        const endMs = Date.parse(str(credential.endDateTime));
        if (!Number.isNaN(endMs)) out.push({ app, credential, type, endMs });
      }
    }
  }
  return out;
}

function status(endMs: number, nowMs: number): string {
  const days = Math.round(Math.abs(endMs - nowMs) / DAY);
  if (endMs <= nowMs) return days === 0 ? 'Expired today' : `Expired ${plural(days, 'day')} ago`;
  return days === 0 ? 'Expires today' : `Expires in ${plural(days, 'day')}`;
}

/**
 * App registrations' client secrets and certificates that end in the window asked for: by
 * default the next 30 days plus those already expired; "expired" (state) only those that have;
 * a window in the past ("expired in the last 90 days") or future ("next 60 days") as asked. An
 * app named in the question narrows it to that app.
 */
export function answerCredentialsExpiring(input: AnswerInput): Answer {
  const nowMs = input.now.getTime();
  const { window, state } = input.intent.slots;
  const app = input.resolved.app;
  let from = -Infinity;
  let to = nowMs + 30 * DAY;
  let scope = 'expired or expiring in the next 30 days';
  if (state === 'expired') { to = nowMs; scope = 'already expired'; }
  if (window !== undefined) {
    if ('last' in window) {
      const w = concreteWindow(window, input.now, 'P30D');
      from = w.from.getTime(); to = nowMs; scope = `expired in the last ${plural(Math.round((to - from) / DAY), 'day')}`;
    } else {
      from = Date.parse(window.from); to = Date.parse(window.to);
      scope = from >= nowMs - DAY ? `expiring by ${window.to.slice(0, 10)}` : `ending between ${window.from.slice(0, 10)} and ${window.to.slice(0, 10)}`;
    }
  }
  const all = credentials(graphRows(input, 'registrations'))
    .filter((c) => app === undefined || str(c.app.appId) === app.appId || str(c.app.displayName) === app.displayName);
  const hits = sortBy(all.filter((c) => c.endMs >= from && c.endMs < to), (c) => String(c.endMs).padStart(16, '0'));
  const label = app !== undefined ? ` of ${app.displayName}` : '';
  const base = {
    title: `App secrets and certificates${label} ${scope}`,
    ...followUpFields([...hits.slice(0, 2).map((c) => followUp(`Who owns ${str(c.app.displayName)}?`, `Who owns ${str(c.app.displayName)}?`, `Owners of ${str(c.app.displayName)}`)), 'Show me unused apps']),
  };
  if (hits.length === 0) return emptyAnswer(base, `No client secret or certificate${label} is ${scope} (${plural(all.length, 'credential')} checked).`);
  const expired = hits.filter((c) => c.endMs <= nowMs).length;
  const rows = hits.map((c): Cell[] => [
    str(c.app.displayName), str(c.credential.displayName) || null, c.type, formatDateTime(new Date(c.endMs).toISOString()), status(c.endMs, nowMs), str(c.app.appId),
  ]);
  return tableAnswer(base,
    `${plural(hits.length, 'credential')} in ${plural(new Set(hits.map((c) => str(c.app.id))).size, 'app registration')}: ${expired} expired, ${hits.length - expired} still valid.`,
    [['app', 'App'], ['credential', 'Credential'], ['type', 'Type'], ['endDateTime', 'Ends'], ['status', 'Status'], ['appId', 'App ID']], rows);
}
