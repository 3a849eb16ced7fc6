/**
 * Rules written from tune batch 37 (the example headings of Steampipe's azuread and azure plugins and of a ROADTools query
 * collection: S-SPAZAD, S-SPAZ and C-ROADQ in test/understanding/real-world), each tested on wording of our own and each failing
 * on the code before it (8289daf): settings and configurations asked for, the authentication methods the tenant's policy
 * enables, whether something is allowed at all, an app's assignment that is not required, activities on a kind of object,
 * "application permissions" as a kind of permission, "Active Directory" said of objects only the cloud directory has, and
 * people in no group at all, and Graph's password profile.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const SETTINGS = ['Show the PIM role settings', 'list the default group settings', 'List the admin eligible assignment settings', 'Check the guest self-service settings'];
const METHOD_POLICY = ['show enabled authentication methods', 'list the allowed MFA methods', 'authentication methods with exclude targets', 'List the authentication method configurations'];
const ALLOWED = ['Check whether guest invitations are permitted', 'Verify if self-service sign-up is not allowed'];
const ACTIVITIES: readonly [string, string][] = [['Show all activities related to groups', 'group'], ['activities on roles this month', 'role'], ['list activities involving applications', 'app']];
const IN_NO_GROUP = ['users not in any group', "list users who aren't assigned to any group", "accounts that don't belong to any group", 'users without group membership'];
const PASSWORD_PROFILE = ['the password profile of every user', 'which users are forced to change their password at next sign-in'];
const AD_CLOUD: readonly [string, string][] = [['Show guest users in the active directory', 'users.search'], ['list risky users in active directory', 'riskyUsers.list']];

describeNoneFrozen([
  ...SETTINGS, ...IN_NO_GROUP, ...PASSWORD_PROFILE, 'show the password profile of Karita', 'Is Karita not in any group?', 'which groups is Alain not a member of', ...METHOD_POLICY, ...ALLOWED, ...ACTIVITIES.map(([q]) => q), ...AD_CLOUD.map(([q]) => q),
  "What are Karita's MFA settings?", 'Project Falcon settings', 'Show me the settings of the Finance Department group', 'CA policy configurations', 'who changed the MFA settings last week',
  'Find enabled authentication methods for Karita', 'which methods has Alain registered', 'Check if Alain is allowed to sign in',
  'apps where user assignment is not required', 'activities related to the Finance Department group', 'Show me sign-in activities for Karita',
  'List apps with excessive application permissions', 'Contoso application permissions', 'List users in Active Directory',
]);

describe('settings and configurations asked for are the tenant configuration, which no family reads (out-of-scope.ts)', () => {
  it.each(SETTINGS)('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('unknown');
    expect(got.outOfScope).toBe('tenant settings');
  });
  it('a named object\'s, the asker\'s, Conditional Access policies\' and a change of settings stay the families\'', () => {
    expect(ask("What are Karita's MFA settings?").name).toBe('user.authMethods');
    expect(ask('Show me the settings of the Finance Department group').name).toBe('group.details');
    expect(ask('CA policy configurations').name).toBe('policies.conditionalAccess');
    expect(ask('Project Falcon settings')).toMatchObject({ name: 'accessPackage.details', slots: { accessPackage: 'Project Falcon' } });
    expect(ask('who changed the MFA settings last week').name).toBe('audit.changes');
  });
});

describe('the authentication methods the policy enables or targets are the tenant\'s settings, not anyone\'s methods', () => {
  it.each(METHOD_POLICY)('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('unknown');
    expect(got.outOfScope).toBe('tenant-wide authentication method settings');
  });
  it('a named person\'s enabled or registered methods stay theirs', () => {
    expect(ask('Find enabled authentication methods for Karita')).toMatchObject({ name: 'user.authMethods', slots: { user: 'Karita Ojala' } });
    expect(ask('which methods has Alain registered').name).toBe('user.authMethods');
  });
});

describe('whether something is allowed at all is a setting; whether a named person is allowed is not', () => {
  it.each(ALLOWED)('%s', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'tenant settings' });
  });
  it('Check if Alain is allowed to sign in', () => {
    expect(ask('Check if Alain is allowed to sign in').name).not.toBe('unknown');
  });
  it('an app\'s assignment not required is the assignment setting, as "required" is', () => {
    expect(ask('apps where user assignment is not required')).toMatchObject({ name: 'unknown', outOfScope: "applications' assignment settings" });
  });
});

describe('activities on a kind of directory object are the audit log\'s, one named object\'s its history (audit-rules.ts)', () => {
  it.each(ACTIVITIES)('%s', (q, targetType) => {
    expect(ask(q)).toMatchObject({ name: 'audit.changes', slots: { targetType } });
  });
  it('activities of a named group are its history; sign-in activities stay the sign-in log\'s', () => {
    expect(ask('activities related to the Finance Department group')).toMatchObject({ name: 'audit.forObject', slots: { group: 'Finance Department' } });
    expect(ask('Show me sign-in activities for Karita').name).toBe('signIns.list');
  });
});

describe('lower-case English words before "application permissions" describe the permissions (fallback-names.ts)', () => {
  it('List apps with excessive application permissions', () => {
    expect(ask('List apps with excessive application permissions').slots.app).toBeUndefined();
  });
  it('a capitalised unknown word before it still names an app', () => {
    expect(ask('Contoso application permissions')).toMatchObject({ name: 'app.permissions', slots: { app: 'Contoso' } });
  });
});

describe('"Active Directory" with objects only the cloud directory has is the tenant\'s directory (out-of-scope.ts)', () => {
  it.each(AD_CLOUD)('%s', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });
  it('List users in Active Directory stays the on-premises directory', () => {
    expect(ask('List users in Active Directory')).toMatchObject({ name: 'unknown', outOfScope: 'on-premises Active Directory' });
  });
});

describe('people in no group at all are no family\'s (out-of-scope.ts), one named person\'s groups stay user.groups', () => {
  it.each(IN_NO_GROUP)('%s', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'users in no group' });
  });
  it('a named person', () => {
    expect(ask('Is Karita not in any group?').name).toBe('user.groups');
    expect(ask('which groups is Alain not a member of').name).toBe('user.groups');
  });
});

describe('Graph\'s password profile (a change forced at next sign-in) is no family\'s; one named person\'s is their details', () => {
  it.each(PASSWORD_PROFILE)('%s', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'password and domain policies' });
  });
  it('show the password profile of Karita', () => {
    expect(ask('show the password profile of Karita')).toMatchObject({ name: 'user.details', slots: { user: 'Karita Ojala' } });
  });
});
