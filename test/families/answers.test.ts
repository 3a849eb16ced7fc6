import { describe, expect, it } from 'vitest';
import { pipelineFor } from './fake-graph';

const GRAPH_APP = { id: 'sp-graph', displayName: 'Microsoft Graph', appRoles: [
  { id: 'r-dir', value: 'Directory.ReadWrite.All', displayName: 'Read and write directory data' },
  { id: 'r-user', value: 'User.Read.All', displayName: 'Read all users' },
], oauth2PermissionScopes: [{ id: 's1', value: 'Mail.ReadWrite', adminConsentDisplayName: 'Read and write user mail' }, { id: 's2', value: 'User.Read', adminConsentDisplayName: 'Sign in' }] };

describe('app.permissions', () => {
  const route = (p: string) => {
    if (p.startsWith('/oauth2PermissionGrants')) {
      return [
        { clientId: 'sp-sf', consentType: 'AllPrincipals', resourceId: 'sp-graph', scope: 'User.Read' },
        { clientId: 'sp-sf', consentType: 'Principal', principalId: 'u1', resourceId: 'sp-graph', scope: 'Mail.ReadWrite User.Read' },
        { clientId: 'sp-sf', consentType: 'Principal', principalId: 'u2', resourceId: 'sp-graph', scope: ' Mail.ReadWrite' },
      ];
    }
    if (p.startsWith('/servicePrincipals/sp-sf/appRoleAssignments')) {
      return [{ id: 'x1', appRoleId: 'r-dir', resourceId: 'sp-graph', resourceDisplayName: 'Microsoft Graph', createdDateTime: '2026-01-01T00:00:00Z' }, { id: 'x2', appRoleId: 'r-user', resourceId: 'sp-graph', resourceDisplayName: 'Microsoft Graph' }];
    }
    if (p.startsWith('/roleManagement/directory/roleAssignments')) return [{ roleDefinitionId: 'x', roleDefinition: { displayName: 'Privileged Role Administrator', templateId: 'e8611ab8-c189-46e8-94e1-60213ab1f814' } }];
    if (p.startsWith("/servicePrincipals?$filter=id in ('sp-graph')")) return [GRAPH_APP];
    return [];
  };

  it('names application permissions through the resource app roles and flags the privileged ones', async () => {
    const { graph, ask } = pipelineFor({ name: 'app.permissions', slots: { app: 'Salesforce' } }, route);
    const out = await ask();
    expect(graph.paths()).toContain("/servicePrincipals?$filter=id in ('sp-graph')&$select=id,appId,displayName,appRoles,oauth2PermissionScopes");
    const rows = out.answer.rows.map((r) => [r[0], r[1], r[3], r[4]]);
    expect(rows).toEqual(expect.arrayContaining([
      ['Directory.ReadWrite.All', 'Application', 'Admin consent (app-only)', 'Yes'],
      ['User.Read.All', 'Application', 'Admin consent (app-only)', 'No'],
      ['Mail.ReadWrite', 'Delegated', 'Consented by 2 users', 'Yes'],
      ['User.Read', 'Delegated', 'Admin consent for all users; Consented by 1 user', 'No'],
      ['Privileged Role Administrator', 'Directory role', 'Active role assignment', 'Yes'],
    ]));
    expect(out.answer.rows[0]![4]).toBe('Yes'); // privileged first
    expect(out.answer.summary).toBe('5 permissions: 2 application, 2 delegated, 1 directory roles; 3 highly privileged.');
  });

  it('highPrivilegeOnly keeps the flagged ones and says when there are none', async () => {
    const high = await pipelineFor({ name: 'app.permissions', slots: { app: 'Salesforce', highPrivilegeOnly: true } }, route).ask();
    expect(high.answer.rows.map((r) => r[0]).sort()).toEqual(['Directory.ReadWrite.All', 'Mail.ReadWrite', 'Privileged Role Administrator']);
    const none = await pipelineFor({ name: 'app.permissions', slots: { app: 'Salesforce', highPrivilegeOnly: true } }, () => []).ask();
    expect(none.answer.kind).toBe('empty');
    expect(none.answer.summary).toBe('None of the 0 permissions granted to Salesforce is highly privileged.');
  });
});

describe('app.owners', () => {
  it('asks which app when none is named', async () => {
    const { graph, ask } = pipelineFor({ name: 'app.owners', slots: {} }, () => []);
    const out = await ask();
    expect(out.answer.kind).toBe('clarify');
    expect(graph.seen).toHaveLength(0);
  });

  it('answers for "these apps" by name and id in one request each, saying which have no owners', async () => {
    const id = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
    const { graph, ask } = pipelineFor({ name: 'app.owners', slots: { apps: ['Salesforce', "O'Brien App", id] } }, (p) =>
      p.includes('displayName in') ? [
        { id: 'sp-sf', displayName: 'Salesforce', owners: [{ id: 'u1', displayName: 'Jason Miller', userPrincipalName: 'jason@w.com' }] },
        { id: 'sp-ob', displayName: "O'Brien App", owners: [] },
      ] : [{ id, displayName: 'Workday', owners: [{ id: 'u1', displayName: 'Jason Miller', userPrincipalName: 'jason@w.com' }] }]);
    const out = await ask();
    expect(graph.paths()).toEqual([
      `/servicePrincipals?$filter=id in ('${id}') or appId in ('${id}')&$select=id,appId,displayName&$expand=owners($select=id,displayName,userPrincipalName)`,
      "/servicePrincipals?$filter=displayName in ('Salesforce','O''Brien App')&$select=id,appId,displayName&$expand=owners($select=id,displayName,userPrincipalName)",
    ]);
    expect(out.answer.rows.map((r) => [r[0], r[1]])).toEqual([['Salesforce', 'Jason Miller'], ['Workday', 'Jason Miller']]);
    expect(out.answer.summary).toBe("1 owner of 3 apps; no owners: O'Brien App.");
  });
});

describe('accessPackage.details', () => {
  it('lists resources, and policies with approvers named through a second round', async () => {
    const { graph, ask } = pipelineFor({ name: 'accessPackage.details', slots: { accessPackage: 'Project Falcon' } }, (p) => {
      if (p.startsWith('/identityGovernance/entitlementManagement/accessPackages/ap-falcon')) {
        return [{ id: 'ap-falcon', displayName: 'Project Falcon', catalog: { displayName: 'Research' }, resourceRoleScopes: [
          { role: { displayName: 'Member', originSystem: 'AadGroup' }, scope: { displayName: 'Falcon Team', originSystem: 'AadGroup' } },
        ] }];
      }
      if (p.startsWith('/identityGovernance/entitlementManagement/assignmentPolicies')) {
        return [{ displayName: 'Researchers', allowedTargetScope: 'allMemberUsers', expiration: { type: 'afterDuration', duration: 'P90D' },
          requestApprovalSettings: { isApprovalRequiredForAdd: true, stages: [{ primaryApprovers: [
            { '@odata.type': '#microsoft.graph.singleUser', userId: 'u-lead' }, { '@odata.type': '#microsoft.graph.groupMembers', groupId: 'g-leads' },
            { '@odata.type': '#microsoft.graph.requestorManager', managerLevel: 1 },
          ] }] } }];
      }
      if (p.startsWith('/users?$filter=id in')) return [{ id: 'u-lead', displayName: 'Ratih Winata', userPrincipalName: 'ratih@w.com' }];
      if (p.startsWith('/groups?$filter=id in')) return [{ id: 'g-leads', displayName: 'Project Leads' }];
      return [];
    });
    const out = await ask();
    expect(graph.paths()).toContain("/identityGovernance/entitlementManagement/assignmentPolicies?$filter=accessPackage/id eq 'ap-falcon'");
    // Issue 20: "Aad group" and "by The requestor's manager" were the defects.
    expect(out.answer.rows).toEqual([['Falcon Team', 'Group', 'Member']]);
    expect(out.answer.sections?.[0]?.bullets).toEqual([
      'Who can request: all members.', "Approval: required, by Ratih Winata (ratih@w.com), members of Project Leads, the requestor's manager.", 'Assignments expire after 90 days.',
    ]);
    expect(out.answer.summary).toContain('1 resource role, 1 policy');
  });
});

describe('accessPackage.details with named approvers', () => {
  it('takes approvers\' names from the policy (singleUser/groupMembers description, documented as their names): no lookup round', async () => {
    const { graph, ask } = pipelineFor({ name: 'accessPackage.details', slots: { accessPackage: 'Project Falcon' } }, (p) => {
      if (p.startsWith('/identityGovernance/entitlementManagement/accessPackages/ap-falcon')) return [{ id: 'ap-falcon', displayName: 'Project Falcon', resourceRoleScopes: [] }];
      if (p.startsWith('/identityGovernance/entitlementManagement/assignmentPolicies')) {
        return [{ displayName: 'Researchers', allowedTargetScope: 'allMemberUsers',
          requestApprovalSettings: { isApprovalRequiredForAdd: true, stages: [{ primaryApprovers: [
            { '@odata.type': '#microsoft.graph.singleUser', userId: 'u-lead', description: 'Ratih Winata' },
            { '@odata.type': '#microsoft.graph.groupMembers', groupId: 'g-leads', description: 'Project Leads' },
          ] }] } }];
      }
      return [];
    });
    const out = await ask();
    expect(graph.paths().filter((p) => p.startsWith('/users') || p.startsWith('/groups'))).toEqual([]);
    expect(out.answer.sections?.[0]?.bullets).toContain('Approval: required, by Ratih Winata, members of Project Leads.');
  });
});

describe('risk summary', () => {
  it('says plainly when the user is not risky, still with help links', async () => {
    const out = await pipelineFor({ name: 'riskyUser.summary', slots: { user: 'karita@woodgrovebank.com' } }, () => []).ask();
    expect(out.answer.kind).toBe('empty');
    expect(out.answer.summary).toBe('Karita Lehtonen is not a risky user: ID Protection has no risk record for this account.');
    expect(out.answer.sections?.[0]?.title).toBe('Help and documentation');
  });

  it('a remediated user needs no action', async () => {
    const out = await pipelineFor({ name: 'riskyUser.summary', slots: { user: 'karita@woodgrovebank.com' } }, (p) =>
      p.startsWith('/identityProtection/riskyUsers/u-karita') && !p.includes('history')
        ? [{ id: 'u-karita', riskLevel: 'none', riskState: 'remediated', riskDetail: 'userPerformedSecuredPasswordChange', riskLastUpdatedDateTime: '2026-11-18T10:00:00Z' }]
        : p.startsWith('/identityProtection/riskDetections') ? [{ riskEventType: 'anonymizedIPAddress', riskLevel: 'medium', activityDateTime: '2026-11-17T10:00:00Z' }] : []).ask();
    const [summary, todo] = out.answer.sections!;
    expect(summary!.bullets![0]).toBe('User Karita Lehtonen is at no risk (state: remediated, user performed secured password change), last updated 2026-11-18T10:00:00 UTC, with 1 recent risk detection.');
    expect(summary!.bullets![1]).toContain('Anonymous IP address was raised once at medium risk (2026-11-17T10:00:00 UTC)');
    expect(todo!.bullets!.at(-1)).toBe('The risk is remediated; no action is needed unless new detections appear.');
  });
});

describe('privileged.changes', () => {
  it('classifies role events and keeps sign-in method changes only for role holders', async () => {
    const ev = (id: string, category: string, activity: string, target: string, app?: string) => ({
      id, category, activityDisplayName: activity, activityDateTime: `2026-11-1${id}T00:00:00Z`, result: 'success',
      initiatedBy: app ? { app: { displayName: app } } : { user: { userPrincipalName: 'adm-patti@w.com' } },
      targetResources: [{ id: target, type: 'User', userPrincipalName: `${target}@w.com` }],
    });
    const { graph, ask } = pipelineFor({ name: 'privileged.changes', slots: {} }, (p) => {
      // directoryAudits documents no filter on category: one read of the window, split by the answer.
      if (p.startsWith('/auditLogs/directoryAudits?')) {
        return [ev('1', 'RoleManagement', 'Add member to role', 'nestor'), ev('2', 'RoleManagement', 'Add member to role', 'isaiah', 'MS-PIM'),
          ev('3', 'RoleManagement', 'Add eligible member to role in PIM completed (permanent)', 'lee', 'MS-PIM'),
          ev('4', 'UserManagement', 'Admin registered security info', 'grady'), ev('5', 'UserManagement', 'Admin registered security info', 'karita'), ev('6', 'UserManagement', 'Update user', 'grady'),
          ev('7', 'GroupManagement', 'Add member to role', 'alex')];
      }
      if (p.startsWith('/roleManagement/directory/roleAssignments?$filter=principalId in')) return [{ principalId: 'grady' }];
      return [];
    });
    const out = await ask();
    expect(graph.paths().filter((p) => p.startsWith('/auditLogs/'))).toEqual(['/auditLogs/directoryAudits?$filter=activityDateTime ge 2026-10-21T12:00:00Z and activityDateTime le 2026-11-20T12:00:00Z&$top=1000']);
    expect(graph.paths()).toContain("/roleManagement/directory/roleAssignments?$filter=principalId in ('grady','karita')&$select=id,principalId,roleDefinitionId");
    expect(out.answer.rows.map((r) => [r[1], r[4]])).toEqual([
      ['Sign-in method change for an admin', 'grady@w.com'], ['Made eligible (PIM)', 'lee@w.com'], ['Assigned through PIM', 'isaiah@w.com'], ['Assigned outside PIM', 'nestor@w.com'],
    ]);
    expect(out.answer.summary).toContain('1 role assignment made outside PIM');
  });

  it.each<[string, string[], RegExp]>([
    ['outsidePim', ['nestor@w.com'], /^Admin role assignments made outside PIM/],
    ['added', ['isaiah@w.com', 'nestor@w.com'], /^Admin role assignments in/],
    ['eligible', ['lee@w.com'], /^Admins made eligible in PIM/],
    ['activation', [], /^PIM activations/],
  ])('changeKind %s shows only that kind of change', async (changeKind, targets, title) => {
    const ev = (id: string, activity: string, target: string, app?: string) => ({
      id, category: 'RoleManagement', activityDisplayName: activity, activityDateTime: `2026-11-1${id}T00:00:00Z`, result: 'success',
      initiatedBy: app ? { app: { displayName: app } } : { user: { userPrincipalName: 'adm-patti@w.com' } },
      targetResources: [{ id: target, type: 'User', userPrincipalName: `${target}@w.com` }],
    });
    const { ask } = pipelineFor({ name: 'privileged.changes', slots: { changeKind: changeKind as 'added' } }, (p) => {
      if (p.startsWith('/auditLogs/directoryAudits?')) {
        return [ev('1', 'Add member to role', 'nestor'), ev('2', 'Add member to role', 'isaiah', 'MS-PIM'), ev('3', 'Add eligible member to role in PIM completed (permanent)', 'lee', 'MS-PIM'),
          { ...ev('4', 'Admin registered security info', 'grady'), category: 'UserManagement' }];
      }
      if (p.startsWith('/roleManagement/directory/roleAssignments?$filter=principalId in')) return [{ principalId: 'grady' }];
      return [];
    });
    const out = await ask();
    expect(out.answer.title).toMatch(title);
    expect(out.answer.rows.map((r) => String(r[4])).sort()).toEqual(targets);
    if (targets.length === 0) expect(out.answer.summary).toMatch(/^No PIM role was activated/);
  });
});

describe('audit.changes', () => {
  it('shows who changed what, old → new, and filters by the activity words', async () => {
    const { graph, ask } = pipelineFor({ name: 'audit.changes', slots: { targetType: 'group', group: 'Finance Department', activity: 'added', window: { last: 'P7D' } } }, () => [
      { id: '1', activityDisplayName: 'Add owner to group', category: 'GroupManagement', activityDateTime: '2026-11-19T00:00:00Z', initiatedBy: { user: { userPrincipalName: 'adm-adele@w.com' } },
        targetResources: [{ id: 'g-fin', displayName: 'Finance Department', modifiedProperties: [{ displayName: 'Group.DisplayName', oldValue: null, newValue: '"Finance Department"' }] }], result: 'success' },
      { id: '2', activityDisplayName: 'Update group', category: 'GroupManagement', activityDateTime: '2026-11-18T00:00:00Z', targetResources: [] },
      // Another category: Graph documents no filter on category, so the answer drops it.
      { id: '3', activityDisplayName: 'Add app role assignment to group', category: 'ApplicationManagement', activityDateTime: '2026-11-17T00:00:00Z', targetResources: [{ id: 'g-fin', displayName: 'Finance Department' }] },
    ]);
    const out = await ask();
    expect(graph.paths().at(-1)).toBe("/auditLogs/directoryAudits?$filter=activityDateTime ge 2026-11-13T12:00:00Z and activityDateTime le 2026-11-20T12:00:00Z and targetResources/any(t: t/id eq 'g-fin')&$top=1000");
    expect(out.answer.rows).toEqual([['2026-11-19 00:00 UTC', 'Add owner to group', 'GroupManagement', 'adm-adele@w.com', 'Finance Department', 'Group.DisplayName: (none) → Finance Department', 'success']]);
    expect(out.answer.title).toBe('"added" changes to Finance Department in the last 7 days');
  });
});

describe('riskyApps.list and riskyUsers.list order and window (no documented $orderby; riskyServicePrincipals: riskLastUpdatedDateTime eq only)', () => {
  const app = (id: string, when: string) => ({ id, appId: id, displayName: `App ${id}`, riskLevel: 'high', riskState: 'atRisk', riskLastUpdatedDateTime: when });
  it('riskyApps: reads without a range or an ordering, keeps the window and the top N newest first', async () => {
    const { graph, ask } = pipelineFor({ name: 'riskyApps.list', slots: { top: 2, window: { last: 'P7D' } } }, () => [
      app('a', '2026-11-14T00:00:00Z'), app('b', '2026-11-01T00:00:00Z'), app('c', '2026-11-19T00:00:00Z'), app('d', '2026-11-16T00:00:00Z'),
    ]);
    const out = await ask();
    expect(graph.paths()[0]).toBe("/identityProtection/riskyServicePrincipals?$filter=(riskState eq 'atRisk' or riskState eq 'confirmedCompromised')&$top=500");
    expect(out.answer.rows.map((r) => r[0])).toEqual(['App c', 'App d']);
  });
  it('riskyUsers: newest first, top N', async () => {
    const user = (id: string, when: string) => ({ id, userDisplayName: `User ${id}`, userPrincipalName: `${id}@w.com`, riskLevel: 'high', riskState: 'atRisk', riskLastUpdatedDateTime: when });
    const { ask } = pipelineFor({ name: 'riskyUsers.list', slots: { top: 2 } }, () => [user('a', '2026-11-14T00:00:00Z'), user('b', '2026-11-19T00:00:00Z'), user('c', '2026-11-16T00:00:00Z')]);
    expect((await ask()).answer.rows.map((r) => r[0])).toEqual(['User b', 'User c']);
  });
});

describe('delegated-only APIs in app-only mode (Microsoft documents "Application: Not supported")', () => {
  it.each([
    ['groups.ownedBy', /ownedObjects/, 'List ownedObjects'],
    ['user.devices', /registeredDevices|ownedDevices/, 'List registeredDevices and List ownedDevices'],
  ] as const)('%s answers with a card that says why, and asks Graph nothing of that API', async (name, api, pages) => {
    const { graph, ask } = pipelineFor({ name, slots: { user: 'Megan Bowen' } }, () => [], 'appOnly');
    const out = await ask();
    expect(graph.paths().filter((p) => api.test(p))).toEqual([]);
    expect(out.answer.kind).toBe('summary');
    expect(out.answer.summary).toContain(pages);
    expect(out.answer.summary).toContain('"Application: Not supported"');
  });
  it('delegated mode still asks them', async () => {
    const d = pipelineFor({ name: 'user.devices', slots: { user: 'Megan Bowen' } }, () => [], 'delegated');
    await d.ask();
    expect(d.graph.paths().some((p) => p.includes('/registeredDevices'))).toBe(true);
  });
});
