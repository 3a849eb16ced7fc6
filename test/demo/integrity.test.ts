import { describe, expect, it } from 'vitest';
import { ANCHOR_MS, DAY_MS, small, smallNonInteractive, smallSignIns } from './fixture';

describe('referential integrity', () => {
  const m = small();
  const users = new Set(m.users.map((u) => u.id));
  const groups = new Set(m.groups.map((g) => g.id));
  const sps = new Set(m.servicePrincipals.map((s) => s.id));
  const devices = new Set(m.devices.map((d) => d.id));
  const principals = new Set([...users, ...groups, ...sps]);

  it('group members and owners, app owners, managers and devices exist', () => {
    for (const g of m.groupMembers) {
      expect(groups.has(g.groupId)).toBe(true);
      for (const id of g.memberIds) expect(users.has(id) || groups.has(id), id).toBe(true);
    }
    for (const g of m.groupOwners) {
      expect(groups.has(g.groupId)).toBe(true);
      for (const id of g.ownerIds) expect(users.has(id), id).toBe(true);
    }
    for (const a of m.appOwners) {
      expect(sps.has(a.servicePrincipalId)).toBe(true);
      for (const id of a.ownerIds) expect(users.has(id)).toBe(true);
    }
    for (const r of m.userManagers) expect(users.has(r.userId) && users.has(r.managerId) && r.userId !== r.managerId).toBe(true);
    for (const d of m.userDevices) {
      expect(users.has(d.userId)).toBe(true);
      for (const id of d.deviceIds) expect(devices.has(id)).toBe(true);
    }
    expect(m.groupMembers).toHaveLength(m.groups.length);
    expect(m.groupOwners).toHaveLength(m.groups.length);
  });

  it('roles, app roles, grants and identity data point at existing objects', () => {
    const roleDefs = new Set(m.roleDefinitions.map((d) => d.id));
    for (const a of [...m.roleAssignments, ...m.roleEligibilitySchedules]) {
      expect(principals.has(String(a['principalId']))).toBe(true);
      expect(roleDefs.has(String(a['roleDefinitionId']))).toBe(true);
    }
    for (const a of m.appRoleAssignments) {
      expect(principals.has(String(a['principalId']))).toBe(true);
      const resource = m.servicePrincipals.find((s) => s.id === a['resourceId']);
      expect((resource?.['appRoles'] as { id: string }[]).some((r) => r.id === a['appRoleId'])).toBe(true);
    }
    for (const g of m.oauth2PermissionGrants) {
      expect(sps.has(String(g['clientId'])) && sps.has(String(g['resourceId']))).toBe(true);
      if (g['principalId'] !== null) expect(users.has(String(g['principalId']))).toBe(true);
    }
    for (const x of [...m.authenticationMethods.map((a) => a['userId']), ...m.userRegistrationDetails.map((r) => r.id), ...m.riskyUsers.map((r) => r.id),
      ...m.riskyUserHistory.map((h) => h['userId']), ...m.riskDetections.map((d) => d['userId'])]) expect(users.has(String(x))).toBe(true);
    for (const r of m.riskyServicePrincipals) expect(sps.has(r.id)).toBe(true);
    expect(m.userRegistrationDetails).toHaveLength(m.users.length);
  });

  it('entitlement objects refer to their packages, policies and subjects', () => {
    const packages = new Set(m.accessPackages.map((p) => p.id));
    const policies = new Set(m.accessPackageAssignmentPolicies.map((p) => p.id));
    const catalogs = new Set(m.accessPackageCatalogs.map((c) => c.id));
    for (const p of m.accessPackages) expect(catalogs.has((p['catalog'] as { id: string }).id)).toBe(true);
    for (const p of m.accessPackageAssignmentPolicies) expect(packages.has((p['accessPackage'] as { id: string }).id)).toBe(true);
    for (const a of m.accessPackageAssignments) {
      expect(packages.has((a['accessPackage'] as { id: string }).id)).toBe(true);
      expect(policies.has((a['assignmentPolicy'] as { id: string }).id)).toBe(true);
      expect(users.has((a['target'] as { objectId: string }).objectId)).toBe(true);
    }
    for (const r of m.accessPackageAssignmentRequests) expect(users.has((r['requestor'] as { objectId: string }).objectId)).toBe(true);
  });

  it('audit targets of type User and Group exist (a group whose deletion the log records is gone, as in Entra)', () => {
    const deletedGroups = new Set(m.directoryAudits.filter((a) => a['activityDisplayName'] === 'Delete group')
      .flatMap((a) => (a['targetResources'] as { id: string; type: string }[]).filter((t) => t.type === 'Group').map((t) => t.id)));
    for (const id of deletedGroups) expect(groups.has(id)).toBe(false);
    for (const a of m.directoryAudits) {
      for (const t of a['targetResources'] as { id: string; type: string }[]) {
        if (t.type === 'User') expect(users.has(t.id)).toBe(true);
        if (t.type === 'Group') expect(groups.has(t.id) || deletedGroups.has(t.id)).toBe(true);
      }
      const at = Date.parse(String(a['activityDateTime']));
      expect(at).toBeLessThan(ANCHOR_MS);
      expect(at).toBeGreaterThanOrEqual(ANCHOR_MS - m.tenant.days * DAY_MS);
    }
  });

  it('audited group and app changes agree with the current state', () => {
    const members = new Map(m.groupMembers.map((g) => [g.groupId, new Set(g.memberIds)]));
    const audits = (name: string) => m.directoryAudits.filter((a) => a['activityDisplayName'] === name)
      .map((a) => ({ at: String(a['activityDateTime']), targets: a['targetResources'] as { id: string; type: string }[] }));
    const added = audits('Add member to group');
    const removed = audits('Remove member from group');
    expect(added.length).toBeGreaterThan(3);
    for (const e of added) {
      const [user, group] = [e.targets.find((t) => t.type === 'User'), e.targets.find((t) => t.type === 'Group')];
      expect(members.get(String(group?.id))?.has(String(user?.id))).toBe(true);
    }
    for (const e of removed) {
      const [user, group] = [e.targets.find((t) => t.type === 'User'), e.targets.find((t) => t.type === 'Group')];
      expect(members.get(String(group?.id))?.has(String(user?.id))).toBe(false);
    }
    const grants = audits('Add app role assignment grant to user');
    expect(grants.length).toBeGreaterThanOrEqual(4);
    for (const e of grants) {
      const [sp, user] = [e.targets.find((t) => t.type === 'ServicePrincipal'), e.targets.find((t) => t.type === 'User')];
      const assignment = m.appRoleAssignments.find((a) => a['resourceId'] === sp?.id && a['principalId'] === user?.id);
      expect(assignment?.['createdDateTime']).toBe(e.at);
    }
  });

  it('sign-ins: existing users, oldest first, inside the window, unique ids, no activity before the account existed', () => {
    const created = new Map(m.users.map((u) => [u.id, Date.parse(String(u['createdDateTime']))]));
    for (const stream of [smallSignIns(), smallNonInteractive()]) {
      let previous = 0;
      const ids = new Set<string>();
      const problems: string[] = [];
      for (const s of stream) {
        const t = Date.parse(String(s['createdDateTime']));
        if (t < previous) problems.push(`${s.id} out of order`);
        previous = t;
        const userCreated = created.get(String(s['userId']));
        if (userCreated === undefined) problems.push(`${s.id} unknown user`);
        else if (t < userCreated) problems.push(`${s.id} before the user existed`);
        if (t < ANCHOR_MS - m.tenant.days * DAY_MS || t >= ANCHOR_MS) problems.push(`${s.id} outside the window`);
        ids.add(s.id);
      }
      expect(problems.slice(0, 5)).toEqual([]);
      expect(ids.size).toBe(stream.length);
    }
  });

  it("users' signInActivity matches their last sign-ins in the streams", () => {
    const last = new Map<string, { t: string; id: string }>();
    const lastOk = new Map<string, string>();
    for (const s of smallSignIns()) {
      last.set(String(s['userId']), { t: String(s['createdDateTime']), id: s.id });
      if ((s['status'] as { errorCode: number }).errorCode === 0) lastOk.set(String(s['userId']), String(s['createdDateTime']));
    }
    const lastNon = new Map<string, string>();
    for (const s of smallNonInteractive()) lastNon.set(String(s['userId']), String(s['createdDateTime']));
    for (const u of m.users) {
      const a = u['signInActivity'] as Record<string, string | null>;
      const l = last.get(u.id);
      if (l) {
        expect(a['lastSignInDateTime'], String(u['userPrincipalName'])).toBe(l.t);
        expect(a['lastSuccessfulSignInDateTime']).toBe(lastOk.get(u.id) ?? null);
      } else if (a['lastSignInDateTime'] !== null) {
        expect(Date.parse(String(a['lastSignInDateTime']))).toBeLessThan(ANCHOR_MS - m.tenant.days * DAY_MS);
      }
      expect(a['lastNonInteractiveSignInDateTime']).toBe(lastNon.get(u.id) ?? null);
    }
  });
});
