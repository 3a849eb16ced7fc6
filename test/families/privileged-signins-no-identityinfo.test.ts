import { describe, expect, it } from 'vitest';
import type { AnswerInput } from '../../src/answers/answer-input';
import { nextAdminSignIns, planAdminSignIns } from '../../src/families/privileged/privileged-kql.plan';
import type { PlanContext } from '../../src/planning/entities';
import { kqlString } from '../../src/kql/literal';

/** privileged.signIns without IdentityInfo (which exists only where Sentinel UEBA is on): role holders from Graph (issue 17). */
describe('privileged.signIns', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  const intent = { name: 'privileged.signIns' as const, slots: { status: 'failure' as const } };
  it('reads the role holders from Graph, then passes their UPNs into the KQL as a literal list (escaped)', () => {
    const plan = planAdminSignIns({ intent, now, resolved: {}, asker: { upn: 'a@w.com' }, tenantId: 't' } as PlanContext);
    expect(plan.queries).toEqual([expect.objectContaining({ source: 'graph', path: '/roleManagement/directory/roleAssignments?$expand=principal' })]);
    const rows = [
      { principal: { '@odata.type': '#microsoft.graph.user', userPrincipalName: 'Adm-Patti@w.com' } },
      { principal: { '@odata.type': '#microsoft.graph.user', userPrincipalName: "o'brien@w.com" } },
      { principal: { '@odata.type': '#microsoft.graph.group', displayName: 'GA group' } },
      { principal: { '@odata.type': '#microsoft.graph.servicePrincipal', displayName: 'App' } },
    ];
    const input = { intent, now, resolved: {}, plan, results: new Map([['admins', { source: 'graph', rows, truncated: false }]]) } as unknown as AnswerInput;
    const kql = nextAdminSignIns(input)!.queries[0]!;
    expect(kql.source).toBe('kql');
    const text = kql.source === 'kql' ? kql.text : '';
    expect(text).not.toMatch(/IdentityInfo/);
    expect(text).toContain(`| where UserPrincipalName in~ (${kqlString('adm-patti@w.com')}, ${kqlString("o'brien@w.com")})`);
  });
  it('with no role holder, asks for no sign-in', () => {
    const input = { intent, now, resolved: {}, plan: { queries: [] }, results: new Map([['admins', { source: 'graph', rows: [], truncated: false }]]) } as unknown as AnswerInput;
    const q = nextAdminSignIns(input)!.queries[0]!;
    expect(q.source === 'kql' ? q.text : '').toContain('| where false');
  });
});
