import type { Answer, Cell } from '../../answers/answer';
import { graphResult, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, obj, plural, str } from '../../answers/format';
import { AUDIT_DEFAULT_WINDOW } from './audit.plan';
import { capNote, emptyAnswer, firstName, inWindow, sortBy, tableAnswer } from '../../answers/answer-kit';

/** Who did it: the user's UPN, or the app's name. */
export function auditInitiator(a: Row): string {
  const by = obj(a.initiatedBy);
  const user = obj(by.user);
  const app = obj(by.app);
  return str(user.userPrincipalName) || str(user.displayName) || str(app.displayName) || str(app.servicePrincipalName) || 'Unknown';
}

export function auditTargets(a: Row): string {
  const list = Array.isArray(a.targetResources) ? (a.targetResources as Row[]) : [];
  return list.map((t) => str(t.userPrincipalName) || str(t.displayName) || str(t.id)).filter(Boolean).join(', ');
}

function cleanValue(v: unknown): string {
  const s = str(v).replace(/^\[|\]$/g, '').replace(/^"|"$/g, '');
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** "displayName: Old → New; accountEnabled: true → false". */
export function auditChanges(a: Row): string | null {
  const list = Array.isArray(a.targetResources) ? (a.targetResources as Row[]) : [];
  const props = list.flatMap((t) => (Array.isArray(t.modifiedProperties) ? (t.modifiedProperties as Row[]) : []))
    .filter((p) => !/^Included Updated Properties$|TargetId\.|\.ObjectID$/i.test(str(p.displayName)));
  const text = props.slice(0, 4).map((p) => `${str(p.displayName)}: ${cleanValue(p.oldValue) || '(none)'} → ${cleanValue(p.newValue) || '(none)'}`).join('; ');
  return text === '' ? null : props.length > 4 ? `${text}; …` : text;
}

export const AUDIT_COLUMNS = [
  ['activityDateTime', 'Time'], ['activity', 'Activity'], ['category', 'Category'], ['initiatedBy', 'Done by'], ['targets', 'Target'],
  ['changes', 'Changes (old → new)'], ['result', 'Result'],
] as const;

export function auditRow(a: Row): Cell[] {
  return [formatDateTime(a.activityDateTime), str(a.activityDisplayName), str(a.category) || null, auditInitiator(a), auditTargets(a) || null,
    auditChanges(a), str(a.result) || null];
}

export function answerAuditForUser(input: AnswerInput): Answer {
  const name = input.resolved.user?.displayName ?? 'this user';
  const first = firstName(name);
  const when = inWindow(input.intent.slots.window, AUDIT_DEFAULT_WINDOW);
  const initiated = graphResult(input, 'initiated');
  const targeted = graphResult(input, 'targeted');
  const mine = new Set(initiated.rows.map((a) => str(a.id)));
  const all = new Map<string, Row>();
  for (const a of [...initiated.rows, ...targeted.rows]) all.set(str(a.id), a);
  const rows = sortBy([...all.values()], (a) => str(a.activityDateTime), true);
  const base = { title: `Audit log for ${name} ${when}`, followUps: [`Show ${first}'s sign-ins for the past 7 days`, `What roles does ${first} have?`, 'Role changes in the last 30 days'] };
  if (rows.length === 0) return emptyAnswer(base, `No audit events by or about ${name} ${when}.`);
  const by = rows.filter((a) => mine.has(str(a.id))).length;
  return tableAnswer(base, `${plural(rows.length, 'audit event')}${capNote(initiated.truncated || targeted.truncated, rows.length)}: ${by} done by ${name}, ${rows.length - by} done to ${name} by others.`,
    [...AUDIT_COLUMNS.slice(0, 3), ['role', `${first}'s part`], ...AUDIT_COLUMNS.slice(3)],
    rows.map((a) => { const r = auditRow(a); return [...r.slice(0, 3), mine.has(str(a.id)) ? 'Did it' : 'Target', ...r.slice(3)]; }));
}

/** Loose match of the activity words people type ("added", "deleted") against activity names. */
export function activityMatcher(activity: string | undefined): (a: Row) => boolean {
  const words = (activity ?? '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2)
    .map((w) => w.replace(/(ed|es|s|ing)$/, '').replace(/e$/, '')).filter((w) => w.length > 1);
  if (words.length === 0) return () => true;
  return (a) => {
    const text = str(a.activityDisplayName).toLowerCase();
    return words.every((w) => text.includes(w));
  };
}

export function answerAuditChanges(input: AnswerInput): Answer {
  const { targetType, activity, window } = input.intent.slots;
  const target = input.resolved.group ?? input.resolved.app ?? input.resolved.user;
  const when = inWindow(window, AUDIT_DEFAULT_WINDOW);
  const res = graphResult(input, 'audits');
  const rows = sortBy(res.rows.filter(activityMatcher(activity)), (a) => str(a.activityDateTime), true);
  const what = [activity ? `"${activity}"` : '', target ? `changes to ${target.displayName}` : targetType ? `${targetType} changes` : 'directory changes']
    .filter(Boolean).join(' ');
  const base = { title: `${what[0]!.toUpperCase()}${what.slice(1)} ${when}`, followUps: ['Who was added to an admin role recently?', 'New apps added this month', 'Show risky users'] };
  if (rows.length === 0) return emptyAnswer(base, `No ${what} ${when}.`);
  const people = new Set(rows.map(auditInitiator));
  return tableAnswer(base, `${plural(rows.length, 'change')}${capNote(res.truncated, rows.length)} by ${plural(people.size, 'person or app', 'people or apps')}.`,
    AUDIT_COLUMNS, rows.map(auditRow));
}
