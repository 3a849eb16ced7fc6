import type { Answer } from '../../answers/answer';
import { type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, plural, str } from '../../answers/format';
import { AUDIT_COLUMNS, auditRow } from '../../answers/audit-rows';
import { capNote, emptyAnswer, followUp, followUpFields, inWindow, sortBy, tableAnswer } from '../../answers/answer-kit';
import { AUDIT_KQL_COLUMNS, AUDIT_OBJECT_DEFAULT_WINDOW, auditObject } from './audit-object.plan';

/** The kinds of change a question about one object can ask for, matched on activity names. */
const KINDS: Readonly<Record<string, { readonly words: string; readonly test: (activity: string) => boolean }>> = {
  created: { words: 'created', test: (a) => /^(add|create|register)\b/i.test(a) && !/\b(to|from|member|owner|credentials?|eligible)\b/i.test(a) },
  deleted: { words: 'deleted', test: (a) => /^(delete|hard delete|remove)\b/i.test(a) && !/\b(member|owner|from)\b/i.test(a) },
  updated: { words: 'changed', test: (a) => /^(update|change|set|reset|disable|enable)\b/i.test(a) },
  restored: { words: 'restored', test: (a) => /^restore\b/i.test(a) },
};

const NOUNS = { user: 'user', group: 'group', app: 'app', role: 'role', accessPackage: 'access package' } as const;

const json = (v: unknown): unknown => (typeof v === 'string' && /^[[{]/.test(v) ? JSON.parse(v) as unknown : v);

/** Rows of a result as Graph directoryAudit objects; KQL AuditLogs rows are mapped to that shape. */
function rowsOf(input: AnswerInput, id: string): { rows: readonly Row[]; truncated: boolean } {
  const r = input.results.get(id);
  if (!r) return { rows: [], truncated: false };
  if (r.source === 'graph') return { rows: r.rows, truncated: r.truncated };
  const at = (name: (typeof AUDIT_KQL_COLUMNS)[number]): number => AUDIT_KQL_COLUMNS.indexOf(name);
  return {
    truncated: r.truncated,
    rows: r.rows.map((row): Row => ({
      activityDateTime: row[at('ActivityDateTime')], activityDisplayName: row[at('ActivityDisplayName')], category: row[at('Category')],
      initiatedBy: json(row[at('InitiatedBy')]), targetResources: json(row[at('TargetResources')]), result: row[at('Result')], id: row[at('Id')],
    })),
  };
}

/**
 * audit.forObject: who did what to one user, group, app, role or access package — newest first,
 * narrowed to creations, deletions or changes when asked; when nothing is logged, says whether
 * the object is older than the log.
 */
export function answerAuditForObject(input: AnswerInput): Answer {
  const target = auditObject(input);
  const { activity, window } = input.intent.slots;
  if (!target) {
    return { kind: 'clarify', title: 'Which object?', summary: 'Tell me which user, group, app, role or access package you mean — its name is enough.', columns: [], rows: [], facts: [], followUps: [], choices: [] };
  }
  const name = target.ref.displayName;
  const main = input.results.has('auditsKql') ? rowsOf(input, 'auditsKql') : rowsOf(input, 'audits');
  const byName = rowsOf(input, 'auditsByName');
  const all = new Map<string, Row>();
  for (const a of [...main.rows, ...byName.rows]) all.set(str(a.id), a);
  const kind = activity !== undefined ? KINDS[activity] : undefined;
  const events = sortBy([...all.values()].filter((a) => kind === undefined || kind.test(str(a.activityDisplayName))), (a) => str(a.activityDateTime), true);
  const when = inWindow(window, AUDIT_OBJECT_DEFAULT_WINDOW);
  const what = kind ? `When ${name} was ${kind.words}` : `Audit events for ${name}`;
  const base = {
    title: `${what} (${NOUNS[target.kind]}), ${when.replace(/^in /, '')}`,
    ...followUpFields([...(target.kind === 'group' ? [followUp(`Who owns ${name}?`, `Who owns ${name}?`, `Owners of ${name}`, 'Owners of this group')] : target.kind === 'user' ? [followUp(`What did ${name.split(' ')[0]} change this week?`, `${name.split(' ')[0]}'s changes this week`, 'Their changes this week')] : []), 'Role changes in the last 30 days']),
  };
  if (events.length === 0) {
    const created = str(rowsOf(input, 'object').rows[0]?.createdDateTime);
    const older = created !== '' && kind?.words === 'created'
      ? ` ${name} was created on ${str(formatDateTime(created))}, before the audit log's 30 days, so who created it is no longer logged.`
      : '';
    const activityText = kind ? `no one ${kind.words} ${name}` : `nothing was logged for ${name}`;
    return emptyAnswer(base, `In the audit log ${when}, ${activityText}.${older}`);
  }
  const first = events[0]!;
  const lead = kind ? `${name} was ${kind.words} by ${str(auditRow(first)[3])} on ${str(formatDateTime(first.activityDateTime))}. ` : '';
  return tableAnswer(base,
    `${lead}${plural(events.length, 'audit event')} ${when}${capNote(main.truncated || byName.truncated, events.length)}.`,
    AUDIT_COLUMNS, events.map(auditRow));
}
