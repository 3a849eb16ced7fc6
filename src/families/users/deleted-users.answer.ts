import type { Answer, Cell } from '../../answers/answer';
import { graphResult, type AnswerInput, type Row } from '../../answers/answer-input';
import { capNote, emptyAnswer, inWindow, tableAnswer } from '../../answers/answer-kit';
import { formatDateTime, plural, str } from '../../answers/format';
import { concreteWindow } from '../../planning/time';

const DAY = 86_400_000;
/** Microsoft Entra keeps a deleted user restorable for 30 days. */
export const RESTORE_DAYS = 30;

/** The words of a name, lower case, for matching "Miriam" or "miriam.graham@…" against a deleted user. */
function matchesName(row: Row, text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === '') return true;
  const fields = [str(row.displayName), str(row.mail), str(row.userPrincipalName)].map((f) => f.toLowerCase());
  if (fields.some((f) => f === t || f.endsWith(t))) return true;
  const words = t.split(/\s+/);
  const name = str(row.displayName).toLowerCase().split(/\s+/);
  return words.every((w) => name.includes(w));
}

/**
 * users.deleted: deleted users, most recent first, with when each was deleted and until when it can
 * be restored; a window narrows them to deletions in it, a name to that person ("can Miriam still be
 * restored?"), which is answered even when nobody matches.
 */
export function answerDeletedUsers(input: AnswerInput): Answer {
  const { window, user } = input.intent.slots;
  const nowMs = input.now.getTime();
  const result = graphResult(input, 'deleted');
  const w = window ? concreteWindow(window, input.now, 'P30D') : undefined;
  const rows = result.rows
    .filter((r) => w === undefined || (Date.parse(str(r.deletedDateTime)) >= w.from.getTime() && Date.parse(str(r.deletedDateTime)) <= w.to.getTime()))
    .filter((r) => user === undefined || matchesName(r, user))
    .sort((a, b) => (Date.parse(str(b.deletedDateTime)) || 0) - (Date.parse(str(a.deletedDateTime)) || 0));
  const scope = window ? ` ${inWindow(window, 'the last 30 days')}` : '';
  const base = {
    title: user !== undefined ? `Deleted users matching "${user}"` : `Deleted users${scope}`,
    followUps: ['List guest users', "Who hasn't signed in for 90 days?"],
  };
  if (rows.length === 0) {
    return emptyAnswer(base, user !== undefined
      ? `No deleted user matches "${user}"${scope}. Deleted users stay restorable for ${RESTORE_DAYS} days: after that they are deleted permanently and Graph no longer lists them, and an account that was never deleted is not here either.`
      : `No user was deleted${scope || ` in the last ${RESTORE_DAYS} days`}.`);
  }
  const cells = rows.map((r): Cell[] => {
    const deletedMs = Date.parse(str(r.deletedDateTime));
    // Graph lists deleted items without deletedDateTime when it is not selected (the List
    // deletedItems page's first example): restorable, since Graph still lists it, until unknown.
    if (Number.isNaN(deletedMs)) return [str(r.displayName), str(r.mail) || null, str(r.department) || null, null, null, 'Yes (deletion time not returned)'];
    const untilMs = deletedMs + RESTORE_DAYS * DAY;
    const left = Math.floor((untilMs - nowMs) / DAY);
    return [
      str(r.displayName), str(r.mail) || null, str(r.department) || null, formatDateTime(r.deletedDateTime),
      formatDateTime(new Date(untilMs).toISOString()), untilMs > nowMs ? (left >= 1 ? `Yes, ${plural(left, 'day')} left` : 'Yes, less than a day left') : 'No',
    ];
  });
  const soon = rows.filter((r) => Date.parse(str(r.deletedDateTime)) + (RESTORE_DAYS - 3) * DAY <= nowMs).length;
  return tableAnswer(base,
    `${plural(rows.length, 'deleted user')}, restorable for ${RESTORE_DAYS} days after deletion${soon ? `; ${soon} within 3 days of being deleted permanently` : ''}${capNote(result.truncated, result.rows.length)}.`,
    [['displayName', 'Name'], ['mail', 'Mail'], ['department', 'Department'], ['deletedDateTime', 'Deleted'], ['restorableUntil', 'Restorable until'], ['canRestore', 'Can be restored']], cells);
}
