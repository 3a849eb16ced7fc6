import { describe, expect, it } from 'vitest';
import type { AnswerInput } from '../../src/answers/answer-input';
import { answerAdminSignIns } from '../../src/families/privileged/privileged-kql.answer';
import { lastAdminSignIns, nextAdminGroups, planAdminSignIns } from '../../src/families/privileged/privileged-kql.plan';
import type { PlanContext } from '../../src/planning/entities';
import { kqlString } from '../../src/kql/literal';

/**
 * privileged.signIns without IdentityInfo (which exists only where Sentinel UEBA is on): role
 * holders from Graph (issue 17) — active and PIM-eligible, directly or through a group (its
 * transitive members), and the card says whom it covers.
 */
describe('privileged.signIns', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  const intent = { name: 'privileged.signIns' as const, slots: { status: 'failure' as const } };
  const graph = (rows: unknown[]) => ({ source: 'graph', rows, truncated: false });
  const active = [
    { principalId: 'u1', principal: { '@odata.type': '#microsoft.graph.user', id: 'u1', userPrincipalName: 'Adm-Patti@w.com' } },
    { principalId: 'u2', principal: { '@odata.type': '#microsoft.graph.user', id: 'u2', userPrincipalName: "o'brien@w.com" } },
    { principalId: 'g1', principal: { '@odata.type': '#microsoft.graph.group', id: 'g1', displayName: 'GA group' } },
    { principalId: 's1', principal: { '@odata.type': '#microsoft.graph.servicePrincipal', id: 's1', displayName: 'App' } },
  ];
  const eligible = [
    { principalId: 'u3', principal: { '@odata.type': '#microsoft.graph.user', id: 'u3', userPrincipalName: 'eli@w.com' } },
    { principalId: 'g2', principal: { '@odata.type': '#microsoft.graph.group', id: 'g2', displayName: 'PIM group' } },
  ];
  const input = (results: [string, unknown][]): AnswerInput =>
    ({ intent, now, resolved: {}, plan: { queries: [] }, results: new Map(results) }) as unknown as AnswerInput;

  it('reads active and eligible role holders from Graph, expands the groups that hold roles, then passes every UPN into the KQL (escaped)', () => {
    const plan = planAdminSignIns({ intent, now, resolved: {}, asker: { upn: 'a@w.com' }, tenantId: 't' } as PlanContext);
    expect(plan.queries.map((q) => (q.source === 'graph' ? q.path : ''))).toEqual([
      '/roleManagement/directory/roleAssignments?$expand=principal',
      '/roleManagement/directory/roleEligibilitySchedules?$expand=principal',
    ]);
    const first = input([['active', graph(active)], ['eligible', graph(eligible)]]);
    const groups = nextAdminGroups(first)!.queries;
    expect(groups.map((q) => (q.source === 'graph' ? decodeURIComponent(q.path).split('?')[0] : ''))).toEqual([
      '/groups/g1/transitiveMembers/microsoft.graph.user', '/groups/g2/transitiveMembers/microsoft.graph.user',
    ]);
    const second = input([['active', graph(active)], ['eligible', graph(eligible)],
      ['members.g1', graph([{ id: 'u4', userPrincipalName: 'Nested@w.com' }, { id: 'u1', userPrincipalName: 'adm-patti@w.com' }])],
      ['members.g2', graph([{ id: 'u5', userPrincipalName: 'pim-member@w.com' }])]]);
    const kql = lastAdminSignIns(second)!.queries[0]!;
    const text = kql.source === 'kql' ? kql.text : '';
    expect(text).not.toMatch(/IdentityInfo/);
    const list = ['adm-patti@w.com', 'eli@w.com', 'nested@w.com', "o'brien@w.com", 'pim-member@w.com'].map(kqlString).join(', ');
    expect(text).toContain(`| where UserPrincipalName in~ (${list})`);
    // The card says whom it covers.
    const answer = answerAdminSignIns(input([...second.results, ['signIns', { source: 'kql', columns: [], rows: [], truncated: false }]] as [string, unknown][]));
    expect(answer.facts).toEqual([{ title: 'Admins covered', value: expect.stringMatching(/^5 users: users holding a directory role at any scope, active or PIM-eligible, directly or as a transitive member of a role-assignable group that holds it \(2 through 2 groups\)$/) }]);
    expect(plan.sourceNote).toMatch(/active or PIM-eligible, directly or as a transitive member/);
  });

  it('with no role holder, asks for no sign-in', () => {
    const none = input([['active', graph([])], ['eligible', graph([])]]);
    expect(nextAdminGroups(none)!.queries).toEqual([]);
    const q = lastAdminSignIns(none)!.queries[0]!;
    expect(q.source === 'kql' ? q.text : '').toContain('| where false');
  });
});
