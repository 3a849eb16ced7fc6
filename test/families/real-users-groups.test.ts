import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, startRealTenant, transitiveUsers, upn, upnOf, userOf, type RealTenant } from './real-tenant';

/** Users and groups intents through the real pipeline, compared with the generated tenant's own data. */
let t: RealTenant;
beforeAll(async () => { t = await startRealTenant(); });
afterAll(async () => { await t.close(); });

const DAY = 86_400_000;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

describe('users', () => {
  it("user.passwordChange: Karita's last password change and the admin reset from the audit log", async () => {
    const karita = userOf(t.model, 'karita');
    const { answer } = await t.ask({ name: 'user.passwordChange', slots: { user: upn('karita') } });
    // The card's date format, written out here (not the answer's own formatter): minutes, in UTC.
    const set = new Date(String(karita['lastPasswordChangeDateTime']));
    const p2 = (n: number) => String(n).padStart(2, '0');
    expect(answer.facts.find((f) => f.title === 'Password last set')?.value)
      .toBe(`${set.getUTCFullYear()}-${p2(set.getUTCMonth() + 1)}-${p2(set.getUTCDate())} ${p2(set.getUTCHours())}:${p2(set.getUTCMinutes())} UTC`);
    const resets = t.model.directoryAudits.filter((a) => /password/i.test(str(a['activityDisplayName']))
      && (a['targetResources'] as { id: string }[]).some((r) => r.id === karita.id));
    expect(resets.length).toBeGreaterThan(0);
    expect(answer.rows).toHaveLength(resets.length);
    expect(column(answer, 'activity')).toContain('Reset user password');
  });

  it("user.devices: Karita's devices are the model's", async () => {
    const karita = userOf(t.model, 'karita');
    const ids = t.model.userDevices.find((d) => d.userId === karita.id)?.deviceIds ?? [];
    const names = t.model.devices.filter((d) => ids.includes(d.id)).map((d) => d['displayName']).sort();
    const { answer } = await t.ask({ name: 'user.devices', slots: { user: upn('karita') } });
    expect(names.length).toBe(1);
    expect(column(answer, 'displayName').sort()).toEqual(names);
  });

  it('user.authMethods: methods and MFA registration match the model', async () => {
    const karita = userOf(t.model, 'karita');
    const methods = t.model.authenticationMethods.filter((m) => m['userId'] === karita.id);
    const reg = t.model.userRegistrationDetails.find((r) => r.id === karita.id);
    const { answer } = await t.ask({ name: 'user.authMethods', slots: { user: upn('karita') } });
    expect(answer.rows).toHaveLength(methods.length);
    expect(column(answer, 'method')).toEqual(expect.arrayContaining(['Password', 'Microsoft Authenticator']));
    expect(answer.facts.find((f) => f.title === 'MFA registered')?.value).toBe(reg?.['isMfaRegistered'] ? 'Yes' : 'No');
  });

  it('user.roles: Grady holds Helpdesk Administrator through Helpdesk Admins and is eligible for Authentication Administrator', async () => {
    const { answer } = await t.ask({ name: 'user.roles', slots: { user: upn('grady') } });
    const rows = answer.rows.map((r) => `${String(r[0])}|${String(r[1])}|${String(r[5])}`);
    expect(rows).toEqual(expect.arrayContaining(['Helpdesk Administrator|Active|Helpdesk Admins', 'Authentication Administrator|Eligible|null']));
  });

  it('user.roles with a role answers the yes/no question', async () => {
    const yes = await t.ask({ name: 'user.roles', slots: { user: upn('natasha'), role: 'Security Reader' } });
    expect(yes.answer.summary).toMatch(/^Yes — Natasha Romanova holds Security Reader: active\. /);
    const no = await t.ask({ name: 'user.roles', slots: { user: upn('natasha'), role: 'Global Administrator' } });
    expect(no.answer.summary).toMatch(/^No — Natasha Romanova does not hold Global Administrator\. /);
    const diego = await t.ask({ name: 'user.roles', slots: { user: upn('diego'), role: 'Helpdesk Administrator' } });
    expect(diego.answer.summary).toContain('holds Helpdesk Administrator: active through Helpdesk Admins.');
  });

  it('users.search: guests are the model guests, with the total from $count', async () => {
    const guests = t.model.users.filter((u) => u['userType'] === 'Guest');
    const { answer } = await t.ask({ name: 'users.search', slots: { userType: 'guest' } });
    expect(answer.totalRows).toBe(guests.length);
    expect(column(answer, 'userPrincipalName').sort()).toEqual(guests.map((g) => g['userPrincipalName']).sort());
  });

  it('users.search: enabled Finance users', async () => {
    const want = t.model.users.filter((u) => u['department'] === 'Finance' && u['accountEnabled'] === true);
    const { answer } = await t.ask({ name: 'users.search', slots: { department: 'Finance', accountEnabled: true } });
    expect(column(answer, 'userPrincipalName').sort()).toEqual(want.map((g) => g['userPrincipalName']).sort());
  });

  it('users.inactive: no interactive sign-in for 90 days, never-signed-in included', async () => {
    const cutoff = Date.parse(t.model.tenant.anchorTime) - 90 * DAY;
    const want = t.model.users.filter((u) => {
      const last = str((u['signInActivity'] as Record<string, unknown> | null)?.['lastSignInDateTime']);
      return last ? Date.parse(last) <= cutoff : Date.parse(str(u['createdDateTime'])) <= cutoff;
    });
    const { answer } = await t.ask({ name: 'users.inactive', slots: {} });
    expect(want.length).toBeGreaterThan(0);
    expect(column(answer, 'userPrincipalName').sort()).toEqual(want.map((u) => u['userPrincipalName']).sort());
  });
});

describe('groups', () => {
  const finance = () => t.model.groups.find((g) => g['displayName'] === 'Finance Department')!;

  it('group.details: counts of owners and members from $count', async () => {
    const g = finance();
    const { answer } = await t.ask({ name: 'group.details', slots: { group: 'Finance Department' } });
    const owners = t.model.groupOwners.find((o) => o.groupId === g.id)?.ownerIds.length;
    const members = t.model.groupMembers.find((o) => o.groupId === g.id)?.memberIds.length;
    expect(answer.facts.find((f) => f.title === 'Owners')?.value).toBe(String(owners));
    expect(answer.facts.find((f) => f.title === 'Direct members')?.value).toBe(String(members));
    expect(answer.facts.find((f) => f.title === 'Type')?.value).toBe('Security');
  });

  it('group.details: the dynamic group shows its rule', async () => {
    const dyn = t.model.groups.find((g) => str(g['membershipRule']).includes('Sales'))!;
    const { answer } = await t.ask({ name: 'group.details', slots: { group: str(dyn['displayName']) } });
    expect(answer.summary).toContain(str(dyn['membershipRule']));
  });

  it("groups.ownedBy: Megan's groups are the model's", async () => {
    const megan = userOf(t.model, 'megan');
    const ids = t.model.groupOwners.filter((o) => o.ownerIds.includes(megan.id)).map((o) => o.groupId);
    const { answer } = await t.ask({ name: 'groups.ownedBy', slots: { user: upn('megan') } });
    expect(column(answer, 'id').sort()).toEqual(ids.sort());
  });

  it('groups.ownerless: groups without owners, and with at most one', async () => {
    const owners = (id: string) => t.model.groupOwners.find((o) => o.groupId === id)?.ownerIds.length ?? 0;
    const none = t.model.groups.filter((g) => owners(g.id) === 0).map((g) => g.id).sort();
    const one = t.model.groups.filter((g) => owners(g.id) <= 1).map((g) => g.id).sort();
    expect(column((await t.ask({ name: 'groups.ownerless', slots: {} })).answer, 'id').sort()).toEqual(none);
    expect(column((await t.ask({ name: 'groups.ownerless', slots: { maxOwners: 1 } })).answer, 'id').sort()).toEqual(one);
  });

  it('group.roles: Helpdesk Admins holds Helpdesk Administrator', async () => {
    const { answer } = await t.ask({ name: 'group.roles', slots: { group: 'Helpdesk Admins' } });
    expect(column(answer, 'role')).toContain('Helpdesk Administrator');
  });

  it('group.apps and user.apps: Salesforce through a group', async () => {
    const sf = t.model.servicePrincipals.find((s) => s['displayName'] === 'Salesforce')!;
    const viaGroup = t.model.appRoleAssignments.find((a) => a['resourceId'] === sf.id && a['principalType'] === 'Group')!;
    const group = t.model.groups.find((g) => g.id === viaGroup['principalId'])!;
    const { answer } = await t.ask({ name: 'group.apps', slots: { group: str(group['displayName']) } });
    expect(column(answer, 'app')).toContain('Salesforce');
    const member = [...transitiveUsers(t.model, group.id)][0]!;
    const apps = await t.ask({ name: 'user.apps', slots: { user: upnOf(t.model, member) } });
    expect(apps.answer.rows.map((r) => `${String(r[0])}|${String(r[2])}`)).toContain(`Salesforce|Group ${str(group['displayName'])}`);
  });

  it("user.apps: a role granted through a group is named from the resource app's roles, not shown as an id", async () => {
    // Before, only the user's own assignments' resource apps were read, so a group's role showed as "App role 1a2b3c4d".
    const ZERO = '00000000-0000-0000-0000-000000000000';
    const groupIds = new Set(t.model.groups.map((g) => g.id));
    const viaGroup = t.model.appRoleAssignments.find((a) => a['principalType'] === 'Group' && a['appRoleId'] !== ZERO && groupIds.has(str(a['principalId'])))!;
    expect(viaGroup).toBeDefined();
    const resource = t.model.servicePrincipals.find((s) => s.id === viaGroup['resourceId'])!;
    const role = (resource['appRoles'] as { id: string; displayName: string }[]).find((r) => r.id === viaGroup['appRoleId'])!;
    const member = t.model.groupMembers.find((g) => g.groupId === viaGroup['principalId'])!.memberIds.find((id) => t.model.users.some((u) => u.id === id))!;
    const { answer } = await t.ask({ name: 'user.apps', slots: { user: upnOf(t.model, member) } });
    const group = t.model.groups.find((g) => g.id === viaGroup['principalId'])!;
    expect(answer.rows.map((r) => `${String(r[0])}|${String(r[1])}|${String(r[2])}`))
      .toContain(`${str(resource['displayName'])}|${role.displayName}|Group ${str(group['displayName'])}`);
  });

  it("user.accessPackages: Alain's assignments are the model's", async () => {
    const alain = userOf(t.model, 'alain');
    const want = t.model.accessPackageAssignments.filter((a) => (a['target'] as { objectId?: string }).objectId === alain.id);
    const { answer } = await t.ask({ name: 'user.accessPackages', slots: { user: upn('alain') } });
    expect(answer.rows).toHaveLength(want.length);
  });
});
