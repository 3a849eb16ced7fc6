/**
 * Graph has no `$filter` on the audit category, so role / group / user changes are picked from a
 * read of every category, which stops at a cap. When it stopped, the card must not say "there are
 * more" role changes (it does not know), nor "no role changes in the last 30 days" (older events
 * were never read): it says how far back the read reached. Expected texts are written out here.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerInput, Row } from '../../../src/answers/answer-input';
import { answerAuditChanges } from '../../../src/families/audit/audit.answer';
import { answerPrivilegedChanges } from '../../../src/families/privileged/privileged-changes.answer';
import type { Intent } from '../../../src/understanding/intent';

const NOW = new Date('2026-11-20T12:00:00Z');

function event(i: number, category: string, activity: string, at: string): Row {
  return {
    id: `e${i}`, category, activityDisplayName: activity, activityDateTime: at, result: 'success',
    initiatedBy: { user: { userPrincipalName: 'patti@woodgrovebank.com' } },
    targetResources: [{ id: `t${i}`, displayName: 'Target', type: 'User' }],
  };
}

function input(intent: Intent, rows: Row[], truncated: boolean, extra: [string, Row[]][] = []): AnswerInput {
  const results = new Map<string, unknown>([['audits', { source: 'graph', query: { source: 'graph', id: 'audits' }, rows, truncated, elapsedMs: 1 }]]);
  for (const [id, r] of extra) results.set(id, { source: 'graph', query: { source: 'graph', id }, rows: r, truncated: false, elapsedMs: 1 });
  return { intent, resolved: {}, now: NOW, plan: { queries: [] }, results } as unknown as AnswerInput;
}

const read = [
  event(1, 'UserManagement', 'Update user', '2026-11-20T10:00:00Z'),
  event(2, 'RoleManagement', 'Add member to role', '2026-11-19T09:30:00Z'),
  event(3, 'GroupManagement', 'Add member to group', '2026-11-02T08:15:00Z'),
  event(4, 'UserManagement', 'Update user', '2026-11-16T14:02:00Z'),
];
const roleChanges: Intent = { name: 'audit.changes', slots: { targetType: 'role', window: { last: 'P30D' } } };

describe('audit.changes of one category, from a capped read', () => {
  it('says how far back the read reached instead of "there are more"', () => {
    const out = answerAuditChanges(input(roleChanges, read, true));
    expect(out.summary).toBe('1 change (found among the 4 most recent audit events, back to 2026-11-02 08:15 UTC; older events of the window were not read) by 1 person or app.');
    expect(out.summary).not.toMatch(/there are more/);
  });

  it('an empty answer from a capped read says the same, not "no role changes in the last 30 days"', () => {
    const out = answerAuditChanges(input(roleChanges, read.filter((r) => r['category'] !== 'RoleManagement'), true));
    expect(out.summary).toBe('No role changes in the last 30 days (found among the 3 most recent audit events, back to 2026-11-02 08:15 UTC; older events of the window were not read).');
  });

  it('a complete read keeps the plain wording', () => {
    expect(answerAuditChanges(input(roleChanges, read, false)).summary).toBe('1 change by 1 person or app.');
    expect(answerAuditChanges(input(roleChanges, [read[0]!], false)).summary).toBe('No role changes in the last 30 days.');
  });
});

describe('privileged.changes from a capped read', () => {
  it('names how far back the read reached', () => {
    const out = answerPrivilegedChanges(input({ name: 'privileged.changes', slots: { window: { last: 'P30D' } } }, read, true, [['admins.roles', []]]));
    expect(out.summary).toMatch(/ \(found among the 4 most recent audit events, back to 2026-11-02 08:15 UTC; older events of the window were not read\):/);
    expect(out.summary).not.toMatch(/there are more/);
  });
});
