import { describe, expect, it } from 'vitest';
import { BREAK_GLASS_UPNS, DEFAULT_ASKER_UPN, PERSONAS, PERSONA_KEYS } from '../../src/demo/personas';
import { ANCHOR_MS, DAY_MS, groupNamed, membersOf, ownersOf, small, userOf } from './fixture';

const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';

describe('personas', () => {
  it('every persona exists with its UPN, and UPNs are unique', () => {
    const upns = small().users.map((u) => u['userPrincipalName']);
    expect(new Set(upns).size).toBe(upns.length);
    for (const key of PERSONA_KEYS) expect(upns).toContain(PERSONAS[key].upn);
    expect(PERSONAS.karita.upn).toBe('karita@woodgrovebank.com');
    expect(PERSONAS.alain.upn).toBe('alain@woodgrovebank.com');
  });

  it('each persona holds its roles: permanent, PIM-eligible, or through a role-assignable group', () => {
    const m = small();
    const roleId = (name: string): string => m.roleDefinitions.find((d) => d['displayName'] === name)?.id as string;
    for (const key of PERSONA_KEYS) {
      const user = userOf(key);
      for (const { role, holding } of PERSONAS[key].roles) {
        const has = holding === 'permanent'
          ? m.roleAssignments.some((a) => a['principalId'] === user.id && a['roleDefinitionId'] === roleId(role))
          : holding === 'eligible'
            ? m.roleEligibilitySchedules.some((a) => a['principalId'] === user.id && a['roleDefinitionId'] === roleId(role))
            : m.roleAssignments.some((a) => a['roleDefinitionId'] === roleId(role) && membersOf(String(a['principalId'])).includes(user.id));
        expect(has, `${key} ${holding} ${role}`).toBe(true);
      }
    }
  });

  it('the default asker is a permanent Global Administrator', () => {
    const asker = small().users.find((u) => u['userPrincipalName'] === DEFAULT_ASKER_UPN);
    expect(asker).toBeDefined();
    expect(small().roleAssignments.some((a) => a['principalId'] === asker?.id && a['roleDefinitionId'] === GLOBAL_ADMIN)).toBe(true);
  });

  it('Megan is Finance Manager, owns Finance Department with one other owner, and manages Karita and others', () => {
    const m = small();
    const megan = userOf('megan');
    expect(megan['jobTitle']).toBe('Finance Manager');
    const finance = groupNamed('Finance Department');
    expect(finance['securityEnabled']).toBe(true);
    expect(finance['groupTypes']).toEqual([]);
    const owners = ownersOf(finance.id);
    expect(owners).toHaveLength(2);
    expect(owners).toContain(megan.id);
    const reports = m.userManagers.filter((r) => r.managerId === megan.id).map((r) => r.userId);
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(reports).toContain(userOf('karita').id);
  });

  it('Karita: three direct groups incl. Finance Department, one device, password + Authenticator', () => {
    const m = small();
    const karita = userOf('karita');
    const groups = m.groupMembers.filter((g) => g.memberIds.includes(karita.id)).map((g) => g.groupId);
    expect(groups).toHaveLength(3);
    expect(groups).toContain(groupNamed('Finance Department').id);
    expect(m.userDevices.find((d) => d.userId === karita.id)?.deviceIds).toHaveLength(1);
    const methods = m.authenticationMethods.filter((a) => a['userId'] === karita.id).map((a) => a['@odata.type']);
    expect(methods.sort()).toEqual(['#microsoft.graph.microsoftAuthenticatorAuthenticationMethod', '#microsoft.graph.passwordAuthenticationMethod']);
  });

  it('Alain is a member of the Microsoft 365 group "MDM policy - West"', () => {
    const mdm = groupNamed('MDM policy - West');
    expect(mdm['groupTypes']).toEqual(['Unified']);
    expect(mdm['mailEnabled']).toBe(true);
    expect(membersOf(mdm.id)).toContain(userOf('alain').id);
  });

  it('two cloud-only break-glass Global Admins excluded from CA; only one signed in recently', () => {
    const m = small();
    const accounts = BREAK_GLASS_UPNS.map((upn) => m.users.find((u) => u['userPrincipalName'] === upn));
    for (const a of accounts) {
      expect(a?.['onPremisesSyncEnabled']).toBeNull();
      expect(m.roleAssignments.some((r) => r['principalId'] === a?.id && r['roleDefinitionId'] === GLOBAL_ADMIN)).toBe(true);
      expect(membersOf(groupNamed('CA Exclusion - Emergency Access').id)).toContain(a?.id);
    }
    const last = accounts.map((a) => (a?.['signInActivity'] as { lastSignInDateTime: string | null }).lastSignInDateTime);
    expect(last[0]).toBeNull();
    expect(Date.parse(String(last[1]))).toBeGreaterThan(ANCHOR_MS - 3 * DAY_MS);
  });

  it('admins use the adm- prefix except exactly one; exactly one admin is not registered for MFA', () => {
    const m = small();
    const others = ['patti', 'nestor', 'lee', 'adele', 'diego', 'isaiah', 'grady'] as const;
    const withoutPrefix = others.filter((k) => !PERSONAS[k].upn.startsWith('adm-'));
    expect(withoutPrefix).toEqual(['nestor']);
    const admins = m.userRegistrationDetails.filter((r) => r['isAdmin'] === true);
    expect(admins.length).toBeGreaterThanOrEqual(others.length + 4);
    expect(admins.filter((r) => r['isMfaRegistered'] === false).map((r) => r['userPrincipalName'])).toEqual([PERSONAS.grady.upn]);
  });

  it('guests come from two partner organisations; some never signed in; one was converted to member', () => {
    const guests = small().users.filter((u) => String(u['userPrincipalName']).includes('#EXT#'));
    const domains = new Set(guests.map((g) => String(g['mail']).split('@')[1]));
    expect([...domains].sort()).toEqual(['contoso.com', 'fabrikam.com']);
    const never = guests.filter((g) => (g['signInActivity'] as { lastSignInDateTime: string | null }).lastSignInDateTime === null);
    expect(never.length).toBeGreaterThan(0);
    expect(never.length).toBeLessThan(guests.length);
    expect(guests.filter((g) => g['userType'] === 'Member')).toHaveLength(1);
    expect(guests.some((g) => g['externalUserState'] === 'PendingAcceptance')).toBe(true);
  });

  it('the crowd has departments, job titles, managers and cities', () => {
    const m = small();
    const members = m.users.filter((u) => u['userType'] === 'Member' && !String(u['userPrincipalName']).includes('#EXT#'));
    expect(new Set(members.map((u) => u['department'])).size).toBeGreaterThanOrEqual(12);
    expect(new Set(members.map((u) => u['city'])).size).toBeGreaterThanOrEqual(8);
    expect(members.filter((u) => u['jobTitle'] === null).length).toBeLessThanOrEqual(2);
    expect(m.userManagers.length).toBeGreaterThan(members.length * 0.9);
    expect(m.users.some((u) => u['accountEnabled'] === false)).toBe(true);
  });
});
