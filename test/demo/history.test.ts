/** The demo tenant's snapshot history: latest == live model, deterministic, with real changes. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { generateSnapshotHistory, snapshotDates, type SnapshotHistory, type SnapshotRow } from '../../src/demo/history';
import type { GeneratedTenantModel } from '../../src/demo/model';
import { loadTenantModel } from '../../src/demo/store';

let model: GeneratedTenantModel;
let h: SnapshotHistory;

beforeAll(async () => {
  model = await loadTenantModel(inject('demoDataDir'));
  h = generateSnapshotHistory(model);
});

const at = (rows: readonly SnapshotRow[], day: string): SnapshotRow[] => rows.filter((r) => r['SnapshotDate'] === `${day}T00:00:00Z`);
const last = (): string => h.dates[h.dates.length - 1] as string;

/** Who could use Salesforce at a snapshot: userId → how ("direct" or the group's id). */
function salesforceAccess(day: string): Map<string, Set<string>> {
  const sp = h.salesforce.servicePrincipalId;
  const users = new Set(at(h.tables.EntraUsers, day).map((u) => u['ObjectID']));
  const members = new Map(at(h.tables.EntraGroupMembership, day).map((m) => [m['GroupId'], m['Members'] as string[]]));
  const out = new Map<string, Set<string>>();
  const add = (user: string, how: string): void => {
    if (users.has(user)) out.set(user, (out.get(user) ?? new Set()).add(how));
  };
  for (const a of at(h.tables.AppRoleAssignments, day).filter((x) => x['ResourceId'] === sp)) {
    const p = String(a['PrincipalId']);
    if (members.has(p)) for (const m of members.get(p) ?? []) add(m, p);
    else add(p, 'direct');
  }
  return out;
}

describe('snapshot history of the demo tenant', () => {
  it('has monthly and weekly snapshot days ending on the anchor day', () => {
    expect(h.dates).toEqual(snapshotDates(model.tenant.anchorTime));
    expect(last()).toBe(model.tenant.anchorTime.slice(0, 10));
    expect(h.dates.length).toBeGreaterThanOrEqual(10);
    expect(Date.parse(last()) - Date.parse(h.dates[0] as string)).toBeGreaterThan(170 * 86_400_000);
    expect([...h.dates].sort()).toEqual(h.dates);
  });

  it('its latest snapshot is the live model', () => {
    const day = last();
    const users = at(h.tables.EntraUsers, day);
    expect(users.map((u) => u['ObjectID'])).toEqual(model.users.map((u) => u.id));
    for (const [i, u] of model.users.entries()) {
      const row = users[i] as SnapshotRow;
      expect([row['UserPrincipalName'], row['DisplayName'], row['AccountEnabled'], row['Department'], row['EmployeeId']])
        .toEqual([u['userPrincipalName'], u['displayName'], u['accountEnabled'], u['department'] ?? '', u['employeeId'] ?? '']);
    }
    expect(at(h.tables.EntraGroups, day).map((g) => [g['Id'], g['DisplayName']])).toEqual(model.groups.map((g) => [g.id, g['displayName']]));
    const members = new Map(at(h.tables.EntraGroupMembership, day).map((m) => [m['GroupId'], m['Members']]));
    for (const g of model.groupMembers) expect(members.get(g.groupId)).toEqual(g.memberIds);
    expect(at(h.tables.AppRoleAssignments, day).map((a) => [a['PrincipalId'], a['AppRoleId'], a['ResourceId'], Date.parse(String(a['CreatedDateTime']))]))
      .toEqual(model.appRoleAssignments.map((a) => [a['principalId'], a['appRoleId'], a['resourceId'], Date.parse(String(a['createdDateTime']))]));
    expect(at(h.tables.Applications, day).map((a) => a['ApplicationId'])).toEqual(model.applications.map((a) => a['appId']));
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generateSnapshotHistory(model))).toBe(JSON.stringify(h));
  });

  it('changes Salesforce access between snapshot dates, directly and through groups', () => {
    const kinds = { directAdded: 0, directRemoved: 0, groupAdded: 0, groupRemoved: 0 };
    for (let i = 1; i < h.dates.length; i++) {
      const before = salesforceAccess(h.dates[i - 1] as string);
      const after = salesforceAccess(h.dates[i] as string);
      for (const [user, ways] of after) {
        for (const w of ways) if (!before.get(user)?.has(w)) kinds[w === 'direct' ? 'directAdded' : 'groupAdded'] += 1;
      }
      for (const [user, ways] of before) {
        for (const w of ways) if (!after.get(user)?.has(w)) kinds[w === 'direct' ? 'directRemoved' : 'groupRemoved'] += 1;
      }
    }
    expect(kinds.directAdded).toBeGreaterThan(0);
    expect(kinds.directRemoved).toBeGreaterThan(0);
    expect(kinds.groupAdded).toBeGreaterThan(0);
    expect(kinds.groupRemoved).toBeGreaterThan(0);
    // A group assignment itself was removed (not only memberships).
    const groupIds = new Set(model.groups.map((g) => g.id));
    const sp = h.salesforce.servicePrincipalId;
    const groupAssigned = (day: string): Set<unknown> => new Set(at(h.tables.AppRoleAssignments, day)
      .filter((a) => a['ResourceId'] === sp && groupIds.has(String(a['PrincipalId']))).map((a) => a['PrincipalId']));
    expect(groupAssigned(h.dates[0] as string).size).toBeGreaterThan(groupAssigned(last()).size);
  });

  it('has joiners and leavers, and never a member who does not exist yet', () => {
    const first = new Set(at(h.tables.EntraUsers, h.dates[0] as string).map((u) => u['ObjectID']));
    const now = new Set(model.users.map((u) => u.id));
    expect([...first].filter((id) => !now.has(String(id))).length).toBeGreaterThan(0); // leavers
    expect([...now].filter((id) => !first.has(id)).length).toBeGreaterThan(0); // joiners
    const groups = new Set(model.groups.map((g) => g.id));
    for (const day of h.dates) {
      const users = new Set(at(h.tables.EntraUsers, day).map((u) => u['ObjectID']));
      for (const m of at(h.tables.EntraGroupMembership, day)) {
        for (const id of m['Members'] as string[]) expect(users.has(id) || groups.has(id)).toBe(true);
      }
    }
  });

  it('agrees with the audit log: a member added inside its window was not a member before', () => {
    const added = model.directoryAudits.filter((a) => a['activityDisplayName'] === 'Add member to group');
    expect(added.length).toBeGreaterThan(0);
    for (const a of added) {
      const targets = a['targetResources'] as { id: string; type: string }[];
      const user = targets.find((t) => t.type === 'User')?.id;
      const group = targets.find((t) => t.type === 'Group')?.id;
      const when = Date.parse(String(a['activityDateTime']));
      // Snapshots are taken at midnight, the latest at the anchor itself (the live tenant).
      const taken = (d: string): number => (d === last() ? Date.parse(model.tenant.anchorTime) : Date.parse(`${d}T00:00:00Z`));
      const earlier = h.dates.filter((d) => taken(d) < when && taken(d) > when - 7 * 86_400_000);
      for (const d of earlier) {
        const m = at(h.tables.EntraGroupMembership, d).find((x) => x['GroupId'] === group);
        expect([d, (m?.['Members'] as string[] | undefined)?.includes(String(user)) ?? false]).toEqual([d, false]);
      }
    }
  });

  it("ships Salesforce's own export, mostly agreeing with Entra, with the deliberate discrepancies", () => {
    const access = salesforceAccess(last());
    const upnOf = new Map(model.users.map((u) => [u.id, String(u['userPrincipalName'])]));
    const entra = new Set([...access.keys()].map((id) => upnOf.get(id)));
    const app = new Set(h.tables.salesforceAssignments.map((r) => r['UserName']));
    const onlyInApp = [...app].filter((u) => !entra.has(String(u))).sort();
    const onlyInEntra = [...entra].filter((u) => !app.has(String(u))).sort();
    const kinds = new Map(h.discrepancies.map((d) => [d.userName, d.kind]));
    expect(new Set(h.discrepancies.map((d) => d.kind))).toEqual(new Set(['notProvisioned', 'roleMismatch', 'deletedInEntra', 'removedInEntra', 'localAccount']));
    expect(onlyInApp).toEqual(h.discrepancies.filter((d) => ['deletedInEntra', 'removedInEntra', 'localAccount'].includes(d.kind)).map((d) => d.userName).sort());
    expect(onlyInEntra).toEqual(h.discrepancies.filter((d) => d.kind === 'notProvisioned').map((d) => d.userName));
    expect(app.size - onlyInApp.length).toBeGreaterThan(entra.size * 0.8);
    const mismatch = h.tables.salesforceAssignments.find((r) => kinds.get(String(r['UserName'])) === 'roleMismatch');
    expect(mismatch?.['Role']).toBe('Admin');
  });
});
