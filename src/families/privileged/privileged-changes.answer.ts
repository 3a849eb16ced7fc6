import { inCategory } from '../../planning/audits';
import type { Answer, Cell } from '../../answers/answer';
import { graphResult, type AnswerInput, type Row } from '../../answers/answer-input';
import { formatDateTime, obj, plural, str } from '../../answers/format';
import { PRIVILEGED_CHANGES_DEFAULT_WINDOW, SECURITY_INFO } from './privileged.plan';
import type { PrivilegedChangeKind } from '../../understanding/intent';
import { emptyAnswer, followUp, followUpFields, inWindow, rowsWithPrefix, sortBy, tableAnswer } from '../../answers/answer-kit';
import { auditChanges, auditInitiator, auditTargets, categoryReadNote } from '../../answers/audit-rows';


/** Whether an audit event was done by the PIM service rather than directly. */
function byPim(a: Row): boolean {
  const app = obj(obj(a.initiatedBy).app);
  return /PIM|Privileged Identity Management/i.test(str(app.displayName)) || /PIM/i.test(str(a.loggedByService)) || /PIM/i.test(str(a.activityDisplayName));
}

/** What kind of privileged change an audit event is, or undefined when it is not one. */
export function privilegedKind(a: Row): string | undefined {
  const activity = str(a.activityDisplayName);
  if (str(a.category) === 'UserManagement') return SECURITY_INFO.test(activity) ? 'Sign-in method change for an admin' : undefined;
  if (/activat/i.test(activity) || /completed \(PIM activation\)/i.test(activity)) return 'PIM activation';
  if (/eligible/i.test(activity)) return /remove/i.test(activity) ? 'Eligibility removed' : 'Made eligible (PIM)';
  if (/remove/i.test(activity) && /role/i.test(activity)) return 'Removed from role';
  if (/add/i.test(activity) && /role/i.test(activity)) return byPim(a) ? 'Assigned through PIM' : 'Assigned outside PIM';
  return 'Role management';
}

/** What each asked-for kind of change shows (`changeKind` slot): the kinds of `privilegedKind`, the title, the empty text. */
const CHANGE_KINDS: Readonly<Record<PrivilegedChangeKind, { kinds: readonly string[]; title: string; none: string }>> = {
  added: { kinds: ['Assigned through PIM', 'Assigned outside PIM'], title: 'Admin role assignments', none: 'No one was assigned an admin role' },
  outsidePim: { kinds: ['Assigned outside PIM'], title: 'Admin role assignments made outside PIM', none: 'No admin role was assigned outside PIM' },
  activation: { kinds: ['PIM activation'], title: 'PIM activations (elevations)', none: 'No PIM role was activated' },
  removed: { kinds: ['Removed from role', 'Eligibility removed'], title: 'Removals from admin roles', none: 'No one was removed from an admin role or eligibility' },
  eligible: { kinds: ['Made eligible (PIM)'], title: 'Admins made eligible in PIM', none: 'No one was made eligible for an admin role' },
};

export function answerPrivilegedChanges(input: AnswerInput): Answer {
  const when = inWindow(input.intent.slots.window, PRIVILEGED_CHANGES_DEFAULT_WINDOW);
  const asked = input.intent.slots.changeKind ? CHANGE_KINDS[input.intent.slots.changeKind] : undefined;
  const wanted = (a: Row): boolean => {
    const k = privilegedKind(a);
    return k !== undefined && (asked === undefined || asked.kinds.includes(k));
  };
  const all = graphResult(input, 'audits');
  const roles = { rows: all.rows.filter(inCategory('RoleManagement')), truncated: all.truncated };
  const users = { rows: all.rows.filter(inCategory('UserManagement')), truncated: all.truncated };
  const admins = new Set(rowsWithPrefix(input, 'admins.').map((r) => str(r.principalId)));
  const toAdmin = (a: Row) => (Array.isArray(a.targetResources) ? (a.targetResources as Row[]) : []).some((t) => admins.has(str(t.id)));
  const methodChanges = users.rows.filter((a) => wanted(a) && toAdmin(a));
  const events = sortBy([...roles.rows.filter(wanted), ...methodChanges], (a) => str(a.activityDateTime), true);
  const base = {
    title: `${asked?.title ?? 'Privileged role changes'} ${when}`,
    ...followUpFields([...(asked ? [followUp('Privileged role changes in the last 30 days', 'Privileged role changes, 30 days')] : []), 'Who are the global admins?', followUp("Which admins aren't registered for MFA?", 'Admins without MFA'), 'Was any break-glass account used?']),
  };
  if (events.length === 0) return emptyAnswer(base, `${asked?.none ?? 'No role assignments, PIM activations or sign-in method changes for admins'} ${when}${categoryReadNote(all.truncated, all.rows)}.`);
  const kinds = new Map<string, number>();
  for (const a of events) kinds.set(privilegedKind(a)!, (kinds.get(privilegedKind(a)!) ?? 0) + 1);
  const outside = kinds.get('Assigned outside PIM') ?? 0;
  const rows = events.map((a): Cell[] => [formatDateTime(a.activityDateTime), privilegedKind(a)!, str(a.activityDisplayName), auditInitiator(a), auditTargets(a) || null, auditChanges(a), str(a.result) || null]);
  return tableAnswer(base,
    `${plural(events.length, 'change')}${categoryReadNote(all.truncated, all.rows)}: ${[...kinds].map(([k, n]) => `${n} ${/^[A-Z][a-z]/.test(k) ? k[0]!.toLowerCase() + k.slice(1) : k}`).join(', ')}.${outside ? ` ${plural(outside, 'role assignment')} made outside PIM: check they were expected.` : ''}`,
    [['activityDateTime', 'Time'], ['kind', 'Kind'], ['activity', 'Activity'], ['initiatedBy', 'Done by'], ['targets', 'Target'], ['changes', 'Changes (old → new)'], ['result', 'Result']],
    rows);
}
