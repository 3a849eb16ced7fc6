import { describe, expect, it } from 'vitest';
import { code, rows, useServer } from './harness';
import { gid } from './fixture';

const { get, server } = useServer();
const EM = '/identityGovernance/entitlementManagement';

describe('identity protection, roles, reports, entitlement management, audit', () => {
  it('/identityProtection/riskyUsers with filters, by id, and history', async () => {
    const high = await get("/identityProtection/riskyUsers?$filter=riskLevel eq 'high' and riskState eq 'atRisk'");
    expect(rows(high).map((u) => u['userPrincipalName'])).toEqual(['karita@woodgrovebank.com']);
    expect((await get(`/identityProtection/riskyUsers/${gid(1, 0)}`)).body['riskLevel']).toBe('high');
    const history = await get(`/identityProtection/riskyUsers/${gid(1, 0)}/history`);
    expect(rows(history)).toHaveLength(1);
    const missing = await get(`/identityProtection/riskyUsers/${gid(1, 1)}`);
    expect(missing.status).toBe(404);
    expect((await get('/identityProtection/riskyUsers?$top=501')).status).toBe(400);
  });

  it('/identityProtection/riskDetections and riskyServicePrincipals', async () => {
    const d = await get(`/identityProtection/riskDetections?$filter=userId eq '${gid(1, 0)}' and detectedDateTime ge 2026-11-01T00:00:00Z`);
    expect(rows(d).map((x) => x['riskEventType'])).toEqual(['unfamiliarFeatures']);
    const sp = await get("/identityProtection/riskyServicePrincipals?$filter=riskState eq 'confirmedCompromised'");
    expect(rows(sp).map((x) => x['displayName'])).toEqual(['Risky App']);
  });

  it('/roleManagement/directory/roleAssignments with $expand=principal and roleDefinition', async () => {
    const r = await get(`/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '62e90394-69f5-4237-9190-012177145e10'&$expand=principal`);
    const a = rows(r)[0] ?? {};
    expect((a['principal'] as Record<string, unknown>)['@odata.type']).toBe('#microsoft.graph.user');
    expect((a['principal'] as Record<string, unknown>)['id']).toBe(gid(1, 2));
    const withDef = await get(`/roleManagement/directory/roleAssignments?$filter=principalId eq '${gid(1, 3)}'&$expand=roleDefinition($select=displayName)`);
    expect((rows(withDef)[0]?.['roleDefinition'] as Record<string, unknown>)).toEqual({ displayName: 'Security Reader' });
    // roleDefinitions documents eq and in on displayName (not startsWith).
    const defs = await get("/roleManagement/directory/roleDefinitions?$filter=displayName in ('Global Administrator')&$select=id,displayName");
    expect(rows(defs)).toEqual([{ id: '62e90394-69f5-4237-9190-012177145e10', displayName: 'Global Administrator' }]);
    const elig = await get('/roleManagement/directory/roleEligibilitySchedules?$expand=principal($select=displayName)');
    expect((rows(elig)[0]?.['principal'] as Record<string, unknown>)['displayName']).toBe('User004 Tester');
    expect((await get('/roleManagement/directory/roleAssignments?$expand=nope')).status).toBe(400);
  });

  it('/directoryRoles are derived from active assignments, and appear in memberOf', async () => {
    const roles = rows(await get('/directoryRoles'));
    expect(roles.map((r) => r['displayName']).sort()).toEqual(['Global Administrator', 'Security Reader']);
    const ga = roles.find((r) => r['displayName'] === 'Global Administrator');
    const members = rows(await get(`/directoryRoles/${String(ga?.['id'])}/members`));
    expect(members.map((m) => m['id'])).toEqual([gid(1, 2)]);
    const memberOf = rows(await get(`/users/${gid(1, 2)}/memberOf/microsoft.graph.directoryRole`));
    expect(memberOf.map((m) => m['displayName'])).toEqual(['Global Administrator']);
  });

  it('/reports/authenticationMethods/userRegistrationDetails', async () => {
    const r = await get('/reports/authenticationMethods/userRegistrationDetails?$filter=isAdmin eq true and isMfaRegistered eq false');
    expect(rows(r).map((x) => x['id'])).toEqual([gid(1, 2)]);
    const any = await get("/reports/authenticationMethods/userRegistrationDetails?$filter=methodsRegistered/any(m: m eq 'microsoftAuthenticatorPush')");
    expect(rows(any)).toHaveLength(4);
    expect((await get(`/reports/authenticationMethods/userRegistrationDetails/${gid(1, 0)}`)).body['userPrincipalName']).toBe('karita@woodgrovebank.com');
  });

  it('entitlement management with $expand', async () => {
    const aps = await get(`${EM}/accessPackages?$filter=displayName eq 'Project Falcon'&$expand=catalog,assignmentPolicies`);
    const ap = rows(aps)[0] ?? {};
    expect((ap['catalog'] as Record<string, unknown>)['displayName']).toBe('Research');
    expect((ap['assignmentPolicies'] as unknown[]).length).toBe(1);
    // assignments documents no filter on the schedule: the expiring ones are picked by the reader.
    const all = await get(`${EM}/assignments?$expand=target,accessPackage($select=displayName)`);
    const a = rows(all).find((x) => Date.parse(String(((x['schedule'] as Record<string, Record<string, unknown>> | undefined)?.['expiration'] ?? {})['endDateTime'])) <= Date.parse('2026-11-27T00:00:00Z')) ?? {};
    expect((a['target'] as Record<string, unknown>)['displayName']).toBe('User005 Tester');
    expect(a['accessPackage']).toEqual({ displayName: 'Project Falcon' });
    const pending = await get(`${EM}/assignmentRequests?$filter=state eq 'pendingApproval'&$expand=requestor`);
    // The requestor is an accessPackageSubject as stored (objectId names the user), not the user object.
    expect(rows(pending)[0]?.['requestor']).toEqual({ objectId: gid(1, 6) });
    expect(rows(await get(`${EM}/catalogs/cat-1/accessPackages`)).map((p) => p['id'])).toEqual(['ap-1']);
  });

  it('/auditLogs/directoryAudits newest first, filtered by activity and target', async () => {
    const all = rows(await get('/auditLogs/directoryAudits'));
    expect(all.map((a) => a['id'])).toEqual(['Directory_0', 'Directory_1', 'Directory_2']);
    const resets = await get("/auditLogs/directoryAudits?$filter=activityDisplayName eq 'Reset user password' and targetResources/any(t: t/displayName eq 'Karita Tester')");
    expect(rows(resets).map((a) => a['id'])).toEqual(['Directory_0']);
    const byInitiator = await get("/auditLogs/directoryAudits?$filter=startsWith(initiatedBy/user/userPrincipalName,'user2')");
    expect(rows(byInitiator)).toHaveLength(3);
  });

  it('/oauth2PermissionGrants and /servicePrincipals/{id}/oauth2PermissionGrants', async () => {
    expect(rows(await get(`/oauth2PermissionGrants?$filter=clientId eq '${gid(3, 1)}'`)).map((g) => g['scope'])).toEqual(['User.Read']);
    expect(rows(await get(`/servicePrincipals/${gid(3, 1)}/oauth2PermissionGrants`))).toHaveLength(1);
    const bad = await get("/oauth2PermissionGrants?$filter=scope eq 'User.Read'");
    expect(bad.status).toBe(400);
    expect(code(bad)).toBe('Request_UnsupportedQuery');
  });

  it('/directoryObjects/{id} returns the typed object', async () => {
    const r = await get(`/directoryObjects/${gid(2, 0)}`);
    expect(r.body['@odata.type']).toBe('#microsoft.graph.group');
    expect(r.body['@odata.context']).toBe(`${server().url}/$metadata#directoryObjects/$entity`);
  });
});
