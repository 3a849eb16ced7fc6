import { describe, expect, it } from 'vitest';
import { pipelineFor, TENANT_ID } from './fake-graph';

/** The Graph requests each intent plans: the filters Graph supports, advanced-query headers, escaping. */
describe('planned Graph requests', () => {
  it('users.search: every filter is a literal, with $count and ConsistencyLevel: eventual', async () => {
    const { graph, ask } = pipelineFor({
      name: 'users.search',
      slots: { department: "R&D'; drop", jobTitle: 'Engineer', userType: 'guest', accountEnabled: false, country: 'BR', createdWithin: { last: 'P30D' } },
    }, () => ({ rows: [], count: 0 }));
    const out = await ask();
    const [req] = graph.seen;
    expect(decodeURIComponent(req!.path)).toBe(
      "/users?$filter=department eq 'R&D''; drop' and startsWith(jobTitle,'Engineer') and userType eq 'Guest' and accountEnabled eq false"
      + " and country eq 'Brazil' and createdDateTime ge 2026-10-21T12:00:00Z and createdDateTime le 2026-11-20T12:00:00Z"
      + '&$select=id,displayName,userPrincipalName,mail,jobTitle,department,country,userType,accountEnabled,createdDateTime,externalUserState&$count=true&$top=999',
    );
    expect(req!.path).toContain('R%26D'); // the & cannot end the option
    expect(req!.headers).toEqual({ ConsistencyLevel: 'eventual' });
    expect(out.answer.kind).toBe('empty');
    expect(out.answer.summary).toBe('No disabled guest users in R&D\'; drop with job title Engineer… in Brazil created in the last 30 days.');
  });

  it('users.inactive: signInActivity alone (Graph cannot combine it), userType applied to the rows', async () => {
    const stale = [
      { id: 'a', displayName: 'Guest A', userType: 'Guest', signInActivity: { lastSignInDateTime: '2026-01-01T00:00:00Z' } },
      { id: 'b', displayName: 'Member B', userType: 'Member', signInActivity: { lastSignInDateTime: '2026-01-01T00:00:00Z' } },
    ];
    const never = [{ id: 'c', displayName: 'Guest C', userType: 'Guest', signInActivity: null }, { id: 'd', displayName: 'Guest D', userType: 'Guest', signInActivity: { lastSignInDateTime: '2026-11-19T00:00:00Z' } }];
    const { graph, ask } = pipelineFor({ name: 'users.inactive', slots: { userType: 'guest' } }, (p) => (p.includes('signInActivity/lastSignInDateTime le') ? stale : never));
    const out = await ask();
    expect(graph.paths()[0]).toMatch(/^\/users\?\$filter=signInActivity\/lastSignInDateTime le 2026-08-22T12:00:00Z&/);
    expect(graph.paths()[1]).toContain("createdDateTime le 2026-08-22T12:00:00Z and userType eq 'Guest'");
    expect(out.answer.rows.map((r) => r[0])).toEqual(['Guest C', 'Guest A']);
    expect(out.answer.summary).toContain('(1 never signed in)');
  });

  it('accessPackages.list by catalog: the name is a literal, the catalog expanded with its packages', async () => {
    const { graph, ask } = pipelineFor({ name: 'accessPackages.list', slots: { catalog: "Research') or (1 eq 1" } }, () => []);
    const out = await ask();
    expect(graph.paths()).toEqual(["/identityGovernance/entitlementManagement/catalogs?$filter=displayName eq 'Research'') or (1 eq 1'&$expand=accessPackages"]);
    expect(out.answer.summary).toBe('No catalog called "Research\') or (1 eq 1".');
  });

  it('users.inactive warns about recent non-interactive sign-ins', async () => {
    const { ask } = pipelineFor({ name: 'users.inactive', slots: {} }, (p) => (p.includes('signInActivity/lastSignInDateTime le')
      ? [{ id: 'a', displayName: 'Svc User', userType: 'Member', signInActivity: { lastSignInDateTime: '2026-01-01T00:00:00Z', lastNonInteractiveSignInDateTime: '2026-11-19T00:00:00Z' } }]
      : []));
    const out = await ask();
    expect(out.answer.summary).toContain('1 of them has signed in non-interactively since');
  });

  it('apps.external: ne on the Guid (unquoted) is an advanced query', async () => {
    const { graph, ask } = pipelineFor({ name: 'apps.external', slots: {} }, () => ({
      rows: [
        { id: '1', appId: 'a1', displayName: 'Contoso Portal', appOwnerOrganizationId: '99999999-0000-0000-0000-000000000000', verifiedPublisher: { displayName: 'Contoso' } },
        { id: '2', appId: 'a2', displayName: 'Graph Explorer', appOwnerOrganizationId: '72f988bf-86f1-41af-91ab-2d7cd011db47', publisherName: 'Microsoft' },
        { id: '3', appId: 'a3', displayName: 'Managed identity', appOwnerOrganizationId: null },
      ],
      count: 3,
    }));
    const out = await ask();
    expect(graph.paths()[0]).toContain(`$filter=appOwnerOrganizationId ne ${TENANT_ID}&$count=true`);
    expect(graph.seen[0]!.headers).toEqual({ ConsistencyLevel: 'eventual' });
    expect(out.answer.rows.map((r) => r[0])).toEqual(['Contoso Portal', 'Graph Explorer']);
    expect(out.answer.summary).toContain('1 from Microsoft, 1 from other organizations (0 with an unverified publisher)');
  });

  it('group.details counts relationships with $count and ConsistencyLevel: eventual', async () => {
    const { graph, ask } = pipelineFor({ name: 'group.details', slots: { group: 'Finance Department' } }, (p) =>
      p.startsWith('/groups/g-fin?') ? [{ id: 'g-fin', displayName: 'Finance Department', groupTypes: [], securityEnabled: true, mailEnabled: false }]
        : p.includes('/owners') ? { rows: [{ id: 'o' }], count: 2 } : p.includes('/members') ? { rows: [{ id: 'm' }], count: 14 } : { rows: [], count: 20 });
    const out = await ask();
    const counts = graph.seen.filter((r) => r.path.includes('$count=true'));
    expect(counts.map((r) => decodeURIComponent(r.path).split('?')[0])).toEqual(['/groups/g-fin/owners', '/groups/g-fin/members', '/groups/g-fin/transitiveMembers']);
    expect(counts.every((r) => r.headers?.ConsistencyLevel === 'eventual')).toBe(true);
    expect(out.answer.summary).toBe('Security group, assigned membership; 2 owners, 14 direct members.');
  });

  it('groups.ownerless: one paged request with owners expanded, not one per group', async () => {
    const { graph, ask } = pipelineFor({ name: 'groups.ownerless', slots: { maxOwners: 1 } }, () => [
      { id: 'g1', displayName: 'Zeta', owners: [] }, { id: 'g2', displayName: 'Alpha', owners: [{ id: 'u', displayName: 'Megan' }] },
      { id: 'g3', displayName: 'Two', owners: [{ id: 'u' }, { id: 'v' }] },
    ]);
    const out = await ask();
    expect(graph.paths()).toEqual(['/groups?$select=id,displayName,groupTypes,securityEnabled,mailEnabled,membershipRule,createdDateTime&$expand=owners($select=id,displayName,userPrincipalName)&$top=100']);
    expect(graph.seen[0]!.maxRows).toBeGreaterThanOrEqual(10_000);
    expect(out.answer.rows.map((r) => [r[0], r[3], r[4]])).toEqual([['Alpha', 1, 'Megan'], ['Zeta', 0, null]]);
    expect(out.answer.title).toBe('Groups with at most one owner');
  });

  it('user.passwordChange: audit events targeting the user, password ones kept', async () => {
    const { graph, ask } = pipelineFor({ name: 'user.passwordChange', slots: { user: 'karita@woodgrovebank.com' } }, (p) =>
      p.startsWith('/users/u-karita?') ? [{ id: 'u-karita', lastPasswordChangeDateTime: '2026-11-16T08:42:00Z' }]
        : [
          { id: '1', activityDisplayName: 'Update user', activityDateTime: '2026-11-17T00:00:00Z' },
          { id: '2', activityDisplayName: 'Reset user password', activityDateTime: '2026-11-16T08:42:00Z', initiatedBy: { user: { userPrincipalName: 'adm-patti@woodgrovebank.com' } }, result: 'success' },
        ]);
    const out = await ask();
    expect(graph.paths()[2]).toBe("/auditLogs/directoryAudits?$filter=targetResources/any(t: t/id eq 'u-karita')&$top=500");
    expect(out.answer.rows).toEqual([['2026-11-16 08:42 UTC', 'Reset user password', 'adm-patti@woodgrovebank.com', 'success']]);
    // Issue 20: "when does it expire?" is answered with what decides it, not left unsaid.
    expect(out.answer.summary).toBe("Password last changed or reset 2026-11-16 08:42 UTC. 1 password event in the audit log. When it expires depends on the password expiration policy of the user's domain (not read here): the last change plus the domain's validity period, or never if expiry is turned off.");
  });

  it('riskyUsers.list: filters, newest first, top', async () => {
    const { graph, ask } = pipelineFor({ name: 'riskyUsers.list', slots: { riskLevel: 'high', riskState: 'atRisk', top: 5, window: { last: 'P7D' } } }, () => []);
    const out = await ask();
    expect(graph.paths()[0]).toBe("/identityProtection/riskyUsers?$filter=riskLevel eq 'high' and riskState eq 'atRisk' and riskLastUpdatedDateTime ge 2026-11-13T12:00:00Z and riskLastUpdatedDateTime le 2026-11-20T12:00:00Z&$top=500");
    // riskyUsers documents no $orderby: the answer orders newest first and keeps the top 5.
    expect(graph.seen[0]!.maxRows).toBe(500);
    expect(out.answer.summary).toBe('No risky users at high risk, at risk updated in the last 7 days.');
  });

  it('role.members with a role: assignments and PIM eligibilities with the principal expanded, groups expanded to users', async () => {
    const ga = '62e90394-69f5-4237-9190-012177145e10';
    const { graph, ask } = pipelineFor({ name: 'role.members', slots: { role: 'Global Administrator' } }, (p) =>
      p.startsWith('/roleManagement/directory/roleAssignments') ? [
        { id: 'a1', roleDefinitionId: ga, principalId: 'u1', principal: { '@odata.type': '#microsoft.graph.user', displayName: 'Patti', userPrincipalName: 'adm-patti@w.com', accountEnabled: true } },
        { id: 'a2', roleDefinitionId: ga, principalId: 'g1', principal: { '@odata.type': '#microsoft.graph.group', displayName: 'GA Group' } },
      ]
        : p.startsWith('/roleManagement/directory/roleEligibilitySchedules') ? [
          { id: 'e1', roleDefinitionId: ga, principalId: 'u2', principal: { '@odata.type': '#microsoft.graph.user', displayName: 'Lee', userPrincipalName: 'adm-lee@w.com' }, scheduleInfo: { expiration: { type: 'afterDateTime', endDateTime: '2027-01-01T00:00:00Z' } } },
        ]
          : p.startsWith('/groups/g1/transitiveMembers') ? [{ id: 'u3', displayName: 'Nested Admin', userPrincipalName: 'nested@w.com', accountEnabled: true }] : []);
    const out = await ask();
    expect(graph.paths()).toContain(`/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${ga}'&$expand=principal`);
    expect(graph.paths()).toContain('/groups/g1/transitiveMembers/microsoft.graph.user?$select=id,displayName,userPrincipalName,accountEnabled&$top=999&$count=true');
    expect(out.answer.rows.map((r) => [r[1], r[4], r[5], r[6]])).toEqual([
      ['GA Group', 'Active', null, null], ['Nested Admin', 'Active', 'GA Group', null], ['Patti', 'Active', null, null], ['Lee', 'Eligible', null, '2027-01-01 00:00 UTC'],
    ]);
    // Issue 20: active and eligible are told apart in the first line, active listed first.
    expect(out.answer.summary).toBe('3 accounts hold Global Administrator: 2 active assignments (permanent or activated, listed first), 1 eligible through PIM (not active until activated, listed after).');
  });

  it('assignments.expiring: a future window, compared with each expiration date', async () => {
    const at = (iso: string | null, type = 'afterDateTime') => ({ state: 'delivered', schedule: { expiration: { endDateTime: iso, type } }, target: { displayName: iso ?? 'never' }, accessPackage: { displayName: 'Falcon' } });
    const { graph, ask } = pipelineFor({ name: 'assignments.expiring', slots: { window: { last: 'P7D' } } }, () => [
      at('2026-11-21T00:00:00Z'), at('2026-11-26T00:00:00Z'), at('2026-12-01T00:00:00Z'), at('2026-11-19T00:00:00Z'), at(null, 'noExpiration'),
    ]);
    const out = await ask();
    expect(graph.paths()[0]).toContain("/identityGovernance/entitlementManagement/assignments?$filter=state eq 'delivered'&$expand=target,");
    expect(out.answer.rows.map((r) => r[6])).toEqual(['2026-11-21 00:00 UTC', '2026-11-26 00:00 UTC']);
    expect(out.answer.title).toBe('Access package assignments expiring in the next 7 days');
  });
});
