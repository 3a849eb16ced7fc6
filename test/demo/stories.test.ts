import { describe, expect, it } from 'vitest';
import { STORY_IPS } from '../../src/demo/generator';
import type { GraphObject } from '../../src/demo/model';
import { ANCHOR_MS, DAY_MS, errorCode, groupNamed, membersOf, ownersOf, small, smallSignIns, userOf } from './fixture';

const byUser = (id: string): GraphObject[] => smallSignIns().filter((s) => s['userId'] === id);
const activities = (): string[] => small().directoryAudits.map((a) => String(a['activityDisplayName']));

describe('sign-in and risk stories', () => {
  it("Karita: 50126 run from a foreign IP, then success there without MFA, then 50074", () => {
    const attacker = byUser(userOf('karita').id).filter((s) => s['ipAddress'] === STORY_IPS.karitaAttacker);
    const codes = attacker.map(errorCode);
    expect(codes.slice(0, 8)).toEqual(Array(8).fill(50126));
    expect(codes.slice(8)).toEqual([0, 50074]);
    const success = attacker[8] as GraphObject;
    expect(success['authenticationRequirement']).toBe('singleFactorAuthentication');
    expect(success['mfaDetail']).toBeNull();
    expect((success['location'] as { countryOrRegion: string }).countryOrRegion).not.toBe('US');
    expect(success['riskLevelDuringSignIn']).toBe('high');
    expect(Date.parse(String(attacker[0]?.['createdDateTime']))).toBeGreaterThan(ANCHOR_MS - 4 * DAY_MS);
  });

  it('Karita is a high-risk user, her detection points at the risky sign-in, and an admin reset her password', () => {
    const m = small();
    const karita = userOf('karita');
    const risky = m.riskyUsers.find((r) => r.id === karita.id);
    expect(risky?.['riskLevel']).toBe('high');
    expect(risky?.['riskState']).toBe('atRisk');
    const ids = new Set(smallSignIns().map((s) => s.id));
    const detections = m.riskDetections.filter((d) => d['userId'] === karita.id);
    expect(detections.length).toBeGreaterThan(0);
    for (const d of detections) expect(ids.has(String(d['requestId']))).toBe(true);
    const reset = m.directoryAudits.find((a) => a['activityDisplayName'] === 'Reset password (by admin)'
      && (a['targetResources'] as { id: string }[])[0]?.id === karita.id);
    expect(reset).toBeDefined();
    expect(karita['lastPasswordChangeDateTime']).toBe(reset?.['activityDateTime']);
  });

  it('Julieta: one risky Azure Portal sign-in, threat intelligence, no MFA', () => {
    const julieta = userOf('julieta');
    const risky = byUser(julieta.id).filter((s) => s['riskLevelDuringSignIn'] !== 'none');
    expect(risky).toHaveLength(1);
    expect(risky[0]?.['appDisplayName']).toBe('Azure Portal');
    expect(risky[0]?.['authenticationRequirement']).toBe('singleFactorAuthentication');
    const detection = small().riskDetections.find((d) => d['userId'] === julieta.id);
    expect(detection?.['riskEventType']).toBe('investigationsThreatIntelligence');
    expect(small().riskyUsers.find((r) => r.id === julieta.id)?.['riskLevel']).toBe('high');
  });

  it('Giovanna: anonymous IP at medium risk, remediated by a secure password change; history has both', () => {
    const m = small();
    const giovanna = userOf('giovanna');
    expect(m.riskDetections.find((d) => d['userId'] === giovanna.id)?.['riskEventType']).toBe('anonymizedIPAddress');
    const history = m.riskyUserHistory.filter((h) => h['userId'] === giovanna.id);
    expect(history.map((h) => [h['riskState'], h['riskLevel']])).toEqual([['atRisk', 'medium'], ['remediated', 'none']]);
    expect(m.riskyUsers.find((r) => r.id === giovanna.id)?.['riskDetail']).toBe('userPerformedSecuredPasswordChange');
  });

  it('Alain: bad passwords, smart lockout (50053), then a successful MFA sign-in, all yesterday', () => {
    const run = byUser(userOf('alain').id).filter((s) => s['ipAddress'] === STORY_IPS.alainLockout);
    expect(run.map(errorCode)).toEqual([50126, 50126, 50126, 50126, 50126, 50053, 50053, 0]);
    expect(Date.parse(String(run[0]?.['createdDateTime']))).toBeGreaterThan(ANCHOR_MS - DAY_MS);
  });

  it('the second break-glass account signed in inside the window, outside Conditional Access', () => {
    const bg = userOf('breakGlass2');
    const signIns = byUser(bg.id);
    expect(signIns).toHaveLength(1);
    expect(signIns[0]?.['conditionalAccessStatus']).toBe('notApplied');
    expect(signIns[0]?.['appliedConditionalAccessPolicies']).toEqual([]);
    expect(byUser(userOf('breakGlass1').id)).toHaveLength(0);
  });

  it('the audit log tells the admin stories', () => {
    const acts = activities();
    for (const a of [
      'Add member to role', 'Add member to role completed (PIM activation)', 'Add member to role requested (PIM activation)',
      'Admin registered temporary access pass method for user', 'Update application – Certificates and secrets management ',
      'Add service principal credentials', 'Consent to application', 'Add delegated permission grant', 'Add owner to group',
      'Remove owner from group', 'Add member to group', 'Invite external user', 'Change password (self-service)', 'Update user',
    ]) expect(acts, a).toContain(a);
    const m = small();
    const tap = m.directoryAudits.find((a) => a['activityDisplayName'] === 'Admin registered temporary access pass method for user');
    expect((tap?.['targetResources'] as { id: string }[])[0]?.id).toBe(userOf('grady').id);
    const outsidePim = m.directoryAudits.filter((a) => a['activityDisplayName'] === 'Add member to role' && a['loggedByService'] === 'Core Directory'
      && (a['initiatedBy'] as { user: unknown }).user !== null);
    expect(outsidePim.map((a) => (a['targetResources'] as { id: string }[])[0]?.id)).toContain(userOf('nestor').id);
  });

  it('PIM: eligible admins with recent activations; one activation is still active at the anchor', () => {
    const m = small();
    const isaiah = userOf('isaiah');
    const secAdmin = '194ae4cb-b126-40b2-bd5b-6091b380977d';
    expect(m.roleEligibilitySchedules.some((e) => e['principalId'] === isaiah.id && e['roleDefinitionId'] === secAdmin)).toBe(true);
    expect(m.roleAssignments.some((a) => a['principalId'] === isaiah.id && a['roleDefinitionId'] === secAdmin)).toBe(true);
    const lee = userOf('lee');
    const leeActivation = m.directoryAudits.find((a) => a['activityDisplayName'] === 'Add member to role completed (PIM activation)'
      && (a['targetResources'] as { id: string }[]).some((t) => t.id === lee.id));
    expect(leeActivation).toBeDefined();
    expect(m.roleAssignments.some((a) => a['principalId'] === lee.id)).toBe(false);
  });

  it('groups: dynamic Sales rule, role-assignable Helpdesk Admins, nested, ownerless and single-owner groups', () => {
    const m = small();
    const sales = groupNamed('Sales Team');
    expect(sales['groupTypes']).toEqual(['DynamicMembership']);
    expect(sales['membershipRule']).toBe('user.department -eq "Sales"');
    const salesPeople = m.users.filter((u) => u['department'] === 'Sales').map((u) => u.id).sort();
    expect([...membersOf(sales.id)].sort()).toEqual(salesPeople);
    const helpdesk = groupNamed('Helpdesk Admins');
    expect(helpdesk['isAssignableToRole']).toBe(true);
    expect(m.roleAssignments.some((a) => a['principalId'] === helpdesk.id)).toBe(true);
    const groupIds = new Set(m.groups.map((g) => g.id));
    expect(m.groupMembers.some((g) => g.memberIds.some((id) => groupIds.has(id)))).toBe(true);
    expect(m.groupOwners.filter((o) => o.ownerIds.length === 0).length).toBeGreaterThanOrEqual(2);
    expect(m.groupOwners.filter((o) => o.ownerIds.length === 1).length).toBeGreaterThanOrEqual(2);
    expect(ownersOf(groupNamed('VPN Users').id)).toEqual([]);
  });

  it('apps: Salesforce roles assigned to users and groups, privileged permissions, compromised SP, unused and external apps', () => {
    const m = small();
    const sf = m.servicePrincipals.find((s) => s['displayName'] === 'Salesforce') as GraphObject;
    expect((sf['appRoles'] as { value: string }[]).map((r) => r.value)).toEqual(['Admin', 'User']);
    const sfAssignments = m.appRoleAssignments.filter((a) => a['resourceId'] === sf.id);
    expect(new Set(sfAssignments.map((a) => a['principalType']))).toEqual(new Set(['User', 'Group']));
    const graph = m.servicePrincipals.find((s) => s['appId'] === '00000003-0000-0000-c000-000000000000') as GraphObject;
    const roleValue = new Map((graph['appRoles'] as { id: string; value: string }[]).map((r) => [r.id, r.value]));
    const granted = m.appRoleAssignments.filter((a) => a['resourceId'] === graph.id).map((a) => roleValue.get(String(a['appRoleId'])));
    expect(granted).toContain('Directory.ReadWrite.All');
    expect(granted).toContain('RoleManagement.ReadWrite.Directory');
    expect(m.riskyServicePrincipals.some((r) => r['riskState'] === 'confirmedCompromised' && r['riskLevel'] === 'high')).toBe(true);
    const unused = m.servicePrincipalSignInActivities.filter((a) => {
      const last = (a['lastSignInActivity'] as { lastSignInDateTime: string | null }).lastSignInDateTime;
      return last !== null && Date.parse(last) < ANCHOR_MS - 90 * DAY_MS;
    });
    expect(unused.length).toBeGreaterThanOrEqual(2);
    const tenantId = m.tenant.tenantId;
    const external = m.servicePrincipals.filter((s) => s['appOwnerOrganizationId'] !== tenantId && s['displayName'] !== 'Microsoft Graph');
    expect(external.length).toBeGreaterThanOrEqual(3);
    const verified = external.map((s) => (s['verifiedPublisher'] as { verifiedPublisherId: string | null }).verifiedPublisherId !== null);
    expect(verified).toContain(true);
    expect(verified).toContain(false);
  });

  it('entitlement management: catalogs, packages, approvers, expirations within 7 days, pending requests, external package', () => {
    const m = small();
    expect(m.accessPackageCatalogs.map((c) => c['displayName'])).toEqual(expect.arrayContaining(['Research', 'Marketing']));
    expect(m.accessPackages.map((p) => p['displayName'])).toEqual(expect.arrayContaining(['Project Falcon', 'Marketing campaign']));
    const falcon = m.accessPackages.find((p) => p['displayName'] === 'Project Falcon') as GraphObject;
    const policy = m.accessPackageAssignmentPolicies.find((p) => (p['accessPackage'] as { id: string }).id === falcon.id) as GraphObject;
    const stages = (policy['requestApprovalSettings'] as { stages: { primaryApprovers: unknown[] }[] }).stages;
    expect(stages[0]?.primaryApprovers.length).toBeGreaterThan(0);
    expect((policy['expiration'] as { duration: string }).duration).toBe('P90D');
    const soon = m.accessPackageAssignments.filter((a) => {
      const end = Date.parse(String((a['schedule'] as { expiration: { endDateTime: string } }).expiration.endDateTime));
      return end > ANCHOR_MS && end <= ANCHOR_MS + 7 * DAY_MS;
    });
    expect(soon.length).toBeGreaterThanOrEqual(2);
    expect(m.accessPackageAssignmentRequests.filter((r) => r['state'] === 'pendingApproval').length).toBeGreaterThanOrEqual(2);
    const external = m.accessPackageAssignmentPolicies.find((p) => p['allowedTargetScope'] === 'specificConnectedOrganizationUsers');
    expect(external).toBeDefined();
    expect(m.accessPackageAssignments.some((a) => (a['target'] as { connectedOrganization?: unknown }).connectedOrganization !== undefined)).toBe(true);
  });
});
