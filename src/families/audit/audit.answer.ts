import type { Answer } from '../../answers/answer';
import { graphResult, type AnswerInput, type Row } from '../../answers/answer-input';
import { plural, str } from '../../answers/format';
import { AUDIT_CATEGORY, AUDIT_DEFAULT_WINDOW, inCategory } from '../../planning/audits';
import { AUDIT_COLUMNS, auditInitiator, auditRow, categoryReadNote } from '../../answers/audit-rows';
import { capNote, emptyAnswer, firstName, followUp, followUpFields, inWindow, sortBy, tableAnswer } from '../../answers/answer-kit';

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
  const base = { title: `Audit log for ${name} ${when}`, ...followUpFields([followUp(`Show ${first}'s sign-ins for the past 7 days`, `${first}'s sign-ins, past 7 days`, 'Sign-ins, past 7 days'), followUp(`What roles does ${first} have?`, `${first}'s roles`, 'Roles of this user'), 'Role changes in the last 30 days']) };
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
  const ofCategory = targetType ? res.rows.filter(inCategory(AUDIT_CATEGORY[targetType])) : res.rows;
  const rows = sortBy(ofCategory.filter(activityMatcher(activity)), (a) => str(a.activityDateTime), true);
  const what = [activity ? `"${activity}"` : '', target ? `changes to ${target.displayName}` : targetType ? `${targetType} changes` : 'directory changes']
    .filter(Boolean).join(' ');
  const base = { title: `${what[0]!.toUpperCase()}${what.slice(1)} ${when}`, ...followUpFields([followUp('Who was added to an admin role recently?', 'Recently added admins'), 'New apps added this month', 'Show risky users']) };
  const cap = targetType ? categoryReadNote(res.truncated, res.rows) : capNote(res.truncated, rows.length);
  if (rows.length === 0) return emptyAnswer(base, `No ${what} ${when}${targetType ? cap : ''}.`);
  const people = new Set(rows.map(auditInitiator));
  return tableAnswer(base, `${plural(rows.length, 'change')}${cap} by ${plural(people.size, 'person or app', 'people or apps')}.`,
    AUDIT_COLUMNS, rows.map(auditRow));
}
