/**
 * Slots of in-scope questions read by the form of their wording (issue 16, eighth round): kinds of
 * groups people name by their everyday names, which grouping a summary asks for, and a licence with
 * no product as a qualifier of a user search.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const QUESTIONS = [
  'list our distribution lists', 'which distribution groups do we have', 'which distribution lists is Karita in',
  'show groups that are Teams-enabled', 'show provisioning logs for groups', 'groups provisioned in the last week',
  'the count of sign-ins per app by country this month', 'sign-ins per user', 'how many sign-ins by day per app',
  'what kinds of sign-in errors did we get this week', 'break down the types of authentication failures by error',
  'which permissions were granted to apps this month', 'owners removed from applications in the last 30 days', 'ownerless applications',
  'operations performed by guest users this week', 'show the actions taken by the user Alain', 'changes made by users to groups',
  'users with admin roles who are signing in from Brazil', 'admins who never sign in',
  'top 3 apps by sign-ins today', 'the distribution of sign-ins across countries', 'the most common reasons for failed logins', 'show the top 10 sign-ins for Alain',
  'sign-ins rejected because of an expired password', 'which users have an expired password',
  'removed app registrations and enterprise apps this week', 'removed enterprise apps this week',
  'blocked guests in Sales', 'employees who are suspended', 'users blocked by conditional access',
  'list group deletions from last week', 'members removed from groups yesterday', 'what changed in conditional access today', 'deleted users',
  'high risk users that haven\'t been remediated', 'risky users that weren\'t dismissed', 'remediated risky users',
  'show enabled users that have a licence', 'disabled users with licences in Finance', 'guest users with P2 licences', 'users without a licence',
  'which users have an Intune Plan 1 licence', 'who has a Visio Plan 2 licence', 'how many Copilot licenses do we have', 'users with Intune licenses',
  'show karita licences', 'show Emergency Admin 1', 'list the MAM policies', 'show our Android enrollment profiles', 'list assignment filters',
  'which device configuration policies exist', 'sign-ins from iOS devices last week', 'list all policies',
  'sign-ins from windows devices', 'Karita\'s sign-ins from Windows', 'sign-ins on Windows 11 this week', 'failed sign-ins in the last time window',
  'failed sign-ins from Brazil and Germany', 'sign-ins from Seattle or London today',
  'who has been using Salesforce this week', 'who accessed Zoom yesterday', 'which users used Workday in January', 'who has access to Salesforce',
  'who was added to Salesforce this month', 'who accessed the Finance Department group',
  'show the app registrations created by Karita', 'app registrations Karita made', 'which applications did Karita create', 'users Alain created this month',
  'which groups has Megan Bowen created', 'which users did I create last week', 'show apps owned by Karita', 'groups created this week',
  'is SSPR enabled for everyone', 'is self-service password reset turned on', 'are security defaults on', 'has Karita registered for SSPR', 'show password resets this week',
  'show inactive groups', 'unused security groups', 'which Teams are inactive', 'groups nobody uses', 'inactive users in the Finance group',
  'members of the Finance Department group who are inactive', 'inactive guests in Marketing',
  'who is disabled in the Finance department', 'in the Finance department, who is disabled', 'who are the guests in the Finance Department group',
  'who reset Karita\'s password', 'who changed Karita\'s phone number', 'who removed Alain\'s MFA method', 'who deleted Karita', 'who deleted the Phone Support group',
  'when did Karita last reset her password', 'who added Alain to the Sales Team group',
  'conditional access policies for guest users', 'which conditional access policies apply to guests', 'sspr for admins', 'Self-service password reset for admins',
  'self-service password reset registration for Karita', 'is Alain registered for SSPR',
  'sign-ins outside business hours this week', 'Karita\'s sign-ins after hours', 'admin sign-ins outside working hours',
  'users with no department', 'accounts missing a job title', 'guests without a usage location', 'users without phone numbers registered for MFA',
  'who doesn\'t have the Authenticator app', 'users who have not registered a passkey', 'users with FIDO2 keys', 'users in Finance with security keys',
  'users not registered for MFA',
  'which apps have no owners', 'apps without an owner', 'service principals with no owners', 'groups with no owners',
  'top 10 users by failed sign-ins', 'what percentage of sign-ins failed this week', 'top 5 apps by sign-ins',
  'send Karita a temporary access pass', 'issue a TAP for Alain', 'generate a new client secret for Salesforce', 'send me the risky users report',
  'which users were issued a temporary access pass', 'who issued Karita a TAP',
];

describeNoneFrozen(QUESTIONS);

describe('distribution lists and Teams are kinds of groups (out-of-scope.ts, group-filters.ts, intent-cues.ts)', () => {
  it.each([
    ['list our distribution lists', 'mailEnabled'],
    ['which distribution groups do we have', 'mailEnabled'],
    ['show groups that are Teams-enabled', 'microsoft365'],
  ])('%s → groups.search (%s)', (q, groupType) => {
    const r = ask(q);
    expect(r.name).toBe('groups.search');
    expect(r.slots.groupType).toBe(groupType);
  });

  it('one person\'s distribution lists stay their groups', () => {
    const r = ask('which distribution lists is Karita in');
    expect(r.name).toBe('user.groups');
    expect(r.slots.user).toBe('Karita Ojala');
  });

  it('the provisioning logs, and groups provisioned in a period, are still the provisioning topic', () => {
    expect(ask('show provisioning logs for groups').name).toBe('unknown');
    expect(ask('groups provisioned in the last week').name).toBe('unknown');
  });
});

describe('the grouping of a summary: "by" over "per", kinds of failures (filters.ts findGroupBy)', () => {
  it.each([
    ['the count of sign-ins per app by country this month', 'country'],
    ['how many sign-ins by day per app', 'day'],
    ['sign-ins per user', 'user'],
    ['what kinds of sign-in errors did we get this week', 'errorCode'],
    ['break down the types of authentication failures by error', 'errorCode'],
  ])('%s → groupBy %s', (q, groupBy) => {
    const r = ask(q);
    expect(r.name).toBe('signIns.summary');
    expect(r.slots.groupBy).toBe(groupBy);
  });
});

describe('a licence with no product qualifies a user search (understand.ts appliedSibling)', () => {
  it.each([
    ['show enabled users that have a licence', { accountEnabled: true }],
    ['disabled users with licences in Finance', { accountEnabled: false, department: 'Finance' }],
  ])('%s → users.search, the licence named as not applied', (q, slots) => {
    const r = ask(q);
    expect(r.name).toBe('users.search');
    expect(r.slots).toMatchObject(slots);
    expect(r.notApplied).toContain('licence');
  });

  it('a licence by product, or no licence at all, stays users.licenses', () => {
    const p2 = ask('guest users with P2 licences');
    expect(p2.name).toBe('users.licenses');
    expect(p2.slots.sku).toBe('Microsoft Entra ID P2');
    expect(p2.notApplied).toContain('user type = guest');
    expect(ask('users without a licence')).toMatchObject({ name: 'users.licenses', slots: { unlicensed: true } });
  });
});

describe('what happened to a collection in a period is the audit log\'s (intent-cues.ts collectionSibling)', () => {
  it.each([
    ['which permissions were granted to apps this month', { targetType: 'app', window: { from: '2024-03-01T00:00:00Z', to: '2024-04-01T00:00:00Z' } }],
    ['owners removed from applications in the last 30 days', { targetType: 'app', window: { last: 'P30D' } }],
  ])('%s → audit.changes', (q, slots) => {
    const r = ask(q);
    expect(r.name).toBe('audit.changes');
    expect(r.slots).toMatchObject(slots);
  });

  it('a collection with no change in a period is still no one object\'s card', () => {
    expect(ask('ownerless applications').name).toBe('unknown');
  });
});

describe('what people did is the audit log\'s; the doers are not the kind of object changed (intent-cues.ts ACTIONS_BY, filters.ts)', () => {
  it('operations performed by a kind of people: the tenant\'s changes in the period, no target type from the doers', () => {
    const r = ask('operations performed by guest users this week');
    expect(r.name).toBe('audit.changes');
    expect(r.slots.window).toEqual({ from: '2024-03-11T00:00:00Z', to: '2024-03-18T00:00:00Z' });
    expect(r.slots.targetType).toBeUndefined();
  });

  it('actions taken by one named person are their audit log', () => {
    expect(ask('show the actions taken by the user Alain')).toMatchObject({ name: 'audit.forUser', slots: { user: 'Alain Charon' } });
  });

  it('what was changed still gives the target type', () => {
    expect(ask('changes made by users to groups')).toMatchObject({ name: 'audit.changes', slots: { targetType: 'group' } });
  });
});

describe('role holders "who are signing in" are their sign-ins, not the holders (intent-cues.ts)', () => {
  it('users with admin roles who are signing in from a country → privileged.signIns', () => {
    expect(ask('users with admin roles who are signing in from Brazil')).toMatchObject({ name: 'privileged.signIns', slots: { country: 'Brazil' } });
  });

  it('admins who never sign in stay inactive users', () => {
    expect(ask('admins who never sign in').name).toBe('users.inactive');
  });
});

describe('rankings and spreads of sign-ins name what is grouped (filters.ts findGroupBy, intent-cues.ts)', () => {
  it.each([
    ['top 3 apps by sign-ins today', 'app'],
    ['the distribution of sign-ins across countries', 'country'],
    ['the most common reasons for failed logins', 'errorCode'],
  ])('%s → signIns.summary (groupBy %s)', (q, groupBy) => {
    const r = ask(q);
    expect(r.name).toBe('signIns.summary');
    expect(r.slots.groupBy).toBe(groupBy);
  });

  it('the top N sign-ins of a person are rows', () => {
    expect(ask('show the top 10 sign-ins for Alain')).toMatchObject({ name: 'signIns.list', slots: { user: 'Alain Charon', top: 10 } });
  });
});

describe('sign-ins failing on an expired password are error 50055, not password policy (out-of-scope.ts)', () => {
  it('sign-ins rejected because of an expired password → signIns.failures 50055', () => {
    expect(ask('sign-ins rejected because of an expired password')).toMatchObject({ name: 'signIns.failures', slots: { errorCode: 50055 } });
  });

  it('people\'s password expiry stays a topic not read', () => {
    expect(ask('which users have an expired password').name).toBe('unknown');
  });
});

describe('one verb over two kinds of objects is two audit activities, so none is chosen (filters.ts findActivity)', () => {
  it('removed app registrations and enterprise apps: any change to apps', () => {
    const r = ask('removed app registrations and enterprise apps this week');
    expect(r).toMatchObject({ name: 'audit.changes', slots: { targetType: 'app' } });
    expect(r.slots.activity).toBeUndefined();
  });

  it('one kind keeps its activity', () => {
    expect(ask('removed enterprise apps this week').slots.activity).toBe('Remove service principal');
  });
});

describe('accounts blocked or suspended are disabled; sign-ins blocked by a policy are not (filters.ts findAccountEnabled)', () => {
  it.each([
    ['blocked guests in Sales', { userType: 'guest', accountEnabled: false }],
    ['employees who are suspended', { accountEnabled: false }],
  ])('%s → users.search %j', (q, slots) => {
    expect(ask(q)).toMatchObject({ name: 'users.search', slots });
  });

  it('users blocked by conditional access are failed sign-ins, not disabled accounts', () => {
    const r = ask('users blocked by conditional access');
    expect(r.slots.accountEnabled).toBeUndefined();
    expect(r.slots.errorCode).toBe(53003);
  });
});

describe('events only the audit log holds are not a search of today\'s objects (understand.ts)', () => {
  it.each([
    ['list group deletions from last week', { activity: 'Delete group', window: { last: 'P7D' } }],
    ['members removed from groups yesterday', { activity: 'Remove member from group', targetType: 'group' }],
    ['what changed in conditional access today', { targetType: 'policy' }],
  ])('%s → audit.changes %j', (q, slots) => {
    expect(ask(q)).toMatchObject({ name: 'audit.changes', slots });
  });

  it('deleted users stay the recycle bin', () => {
    expect(ask('deleted users').name).toBe('users.deleted');
  });
});

describe('a negated auxiliary before a risk state keeps the risk (filters.ts findRiskState)', () => {
  it.each([
    ["high risk users that haven't been remediated", 'atRisk'],
    ["risky users that weren't dismissed", 'atRisk'],
    ['remediated risky users', 'remediated'],
  ])('%s → riskState %s', (q, riskState) => {
    expect(ask(q)).toMatchObject({ name: 'riskyUsers.list', slots: { riskState } });
  });
});

describe('a product named before a licence word is the licence, not a person (entities.ts productBeforeLicence, name-index.ts)', () => {
  it.each([
    ['which users have an Intune Plan 1 licence', 'users.licenses', 'Intune Plan 1'],
    ['who has a Visio Plan 2 licence', 'users.licenses', 'Visio Plan 2'],
    ['users with Intune licenses', 'users.licenses', 'Intune'],
    ['how many Copilot licenses do we have', 'licenses.summary', 'Copilot'],
  ])('%s → %s, sku %s, and no user', (q, name, sku) => {
    const r = ask(q);
    expect(r.name).toBe(name);
    expect(r.slots.sku).toBe(sku);
    expect(r.slots.user).toBeUndefined();
  });

  it('a person before "licences" stays the person, known or not', () => {
    expect(ask('show karita licences')).toMatchObject({ name: 'users.licenses', slots: { user: 'Karita Ojala' } });
    const unknownName = understand('show karita licences', {}, { now: DEMO_NOW });
    expect(unknownName.slots.sku).toBeUndefined();
    expect(unknownName.slots.user).toBe('karita');
  });

  it('a number alone is nobody\'s name: "Plan 1" is not "Emergency Admin 1", whose full name still finds the account', () => {
    expect(ask('which users have an Intune Plan 1 licence').slots.user).toBeUndefined();
    expect(ask('show Emergency Admin 1')).toMatchObject({ name: 'user.details', slots: { user: 'Emergency Admin 1' } });
  });
});

describe('Intune\'s own policies and profiles are out of scope; a platform in a sign-in question is a sign-in filter (out-of-scope.ts)', () => {
  it.each(['list the MAM policies', 'show our Android enrollment profiles', 'list assignment filters', 'which device configuration policies exist'])('%s → unknown', (q) => {
    const r = ask(q);
    expect(r.name).toBe('unknown');
    expect(r.outOfScope).toBeDefined();
  });

  it('sign-ins from iOS stay sign-ins (the platform named as not applied); bare "policies" stay conditional access', () => {
    expect(ask('sign-ins from iOS devices last week')).toMatchObject({ name: 'signIns.list', notApplied: ['operating system'] });
    expect(ask('list all policies').name).toBe('policies.conditionalAccess');
  });
});

describe('Windows as the platform of sign-ins is named as not applied, never dropped (not-applied.ts)', () => {
  it.each(['sign-ins from windows devices', 'Karita\'s sign-ins from Windows', 'sign-ins on Windows 11 this week'])('%s → operating system not applied', (q) => {
    const r = ask(q);
    expect(r.name).toBe('signIns.list');
    expect(r.notApplied).toContain('operating system');
  });

  it('a time window is not the platform', () => {
    expect(ask('failed sign-ins in the last time window').notApplied ?? []).not.toContain('operating system');
  });
});

describe('several places: one is applied, the others are named, never dropped (fill.ts)', () => {
  it('"failed sign-ins from Brazil and Germany" filters Brazil and names Germany', () => {
    expect(ask('failed sign-ins from Brazil and Germany')).toMatchObject({ name: 'signIns.failures', slots: { country: 'Brazil' }, notApplied: ['country = Germany (one at a time)'] });
  });

  it('"sign-ins from Seattle or London today" filters Seattle and names London', () => {
    const r = ask('sign-ins from Seattle or London today');
    expect(r.slots.city).toBe('Seattle');
    expect(r.notApplied).toEqual(['city = London (one at a time)']);
  });
});

describe('using an app is signing in to it; having access or being added is not (intent-cues.ts, fallback-names.ts)', () => {
  it.each([
    ['who has been using Salesforce this week', 'Salesforce'],
    ['who accessed Zoom yesterday', 'Zoom'],
    ['which users used Workday in January', 'Workday'],
  ])('%s → the sign-ins to %s', (q, app) => {
    const r = ask(q);
    expect(r.name).toBe('signIns.list');
    expect(r.slots.app).toBe(app);
    expect(r.slots.window).toBeDefined();
    expect(r.slots.user).toBeUndefined();
  });

  it('access held or given stays the app\'s users; a group used is not an app\'s sign-ins', () => {
    expect(ask('who has access to Salesforce')).toMatchObject({ name: 'app.users', slots: { app: 'Salesforce' } });
    expect(ask('who was added to Salesforce this month').name).toBe('report.appAccessAdded');
    expect(ask('who accessed the Finance Department group').name).not.toBe('signIns.list');
  });
});

describe('objects a person created are that person\'s audit log, the creation named (understand.ts createdByPerson)', () => {
  it.each([
    ['show the app registrations created by Karita', 'Karita Ojala', 'Add application'],
    ['app registrations Karita made', 'Karita Ojala', 'Add application'],
    ['which applications did Karita create', 'Karita Ojala', 'Add application'],
    ['users Alain created this month', 'Alain Charon', 'Add user'],
    ['which groups has Megan Bowen created', 'Megan Bowen', 'Add group'],
    ['which users did I create last week', 'me', 'Add user'],
  ])('%s → audit.forUser of %s, "%s" named as not applied', (q, user, activity) => {
    const r = ask(q);
    expect(r.name).toBe('audit.forUser');
    expect(r.slots.user).toBe(user);
    expect(r.notApplied).toContain(`activity = ${activity}`);
  });

  it('owning, and creation with no person, are not a person\'s audit log', () => {
    expect(ask('show apps owned by Karita')).toMatchObject({ name: 'apps.ownedBy', slots: { user: 'Karita Ojala' } });
    expect(ask('groups created this week').name).toBe('groups.search');
  });
});

describe('whether a tenant-wide feature is on is a setting, not a person or an event (out-of-scope.ts)', () => {
  it.each(['is SSPR enabled for everyone', 'is self-service password reset turned on', 'are security defaults on'])('%s → unknown, a tenant setting', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'tenant-wide authentication method settings' });
  });

  it('one person\'s registration and the resets done stay answered', () => {
    expect(ask('has Karita registered for SSPR')).toMatchObject({ name: 'user.authMethods', slots: { user: 'Karita Ojala' } });
    expect(ask('show password resets this week')).toMatchObject({ name: 'audit.changes', slots: { activity: 'Reset password' } });
  });
});

describe('a group\'s activity is not read; inactive members are named when not applied (out-of-scope.ts, not-applied.ts)', () => {
  it.each(['show inactive groups', 'unused security groups', 'which Teams are inactive', 'groups nobody uses'])('%s → unknown, not every group', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'group activity and expiration' });
  });

  it.each(['inactive users in the Finance group', 'members of the Finance Department group who are inactive'])('%s → the members, "inactive only" named as not applied', (q) => {
    const r = ask(q);
    expect(r.name).toBe('group.members');
    expect(r.notApplied).toContain('inactive only');
  });

  it('inactive users themselves are the inactive intent, with nothing left out for it', () => {
    const r = ask('inactive guests in Marketing');
    expect(r.name).toBe('users.inactive');
    expect(r.notApplied ?? []).not.toContain('inactive only');
  });
});

describe('a department\'s people by a filter its group cannot take are a user search (understand.ts appliedSibling)', () => {
  it.each(['who is disabled in the Finance department', 'in the Finance department, who is disabled'])('%s → disabled users of department Finance', (q) => {
    expect(ask(q)).toMatchObject({ name: 'users.search', slots: { department: 'Finance', accountEnabled: false } });
    expect(ask(q).notApplied ?? []).toEqual([]);
  });

  it('the group named as a group stays its members, the filter named', () => {
    const r = ask('who are the guests in the Finance Department group');
    expect(r).toMatchObject({ name: 'group.members', slots: { group: 'Finance Department' } });
    expect(r.notApplied).toContain('user type = guest');
  });
});

describe('who changed a part of a named object is its audit history, with no kind of change picked (understand.ts, group-filters.ts)', () => {
  it.each([
    ['who changed Karita\'s phone number', 'Karita Ojala'],
    ['who removed Alain\'s MFA method', 'Alain Charon'],
  ])('%s → audit.forObject of %s, not narrowed to a deletion', (q, user) => {
    const r = ask(q);
    expect(r).toMatchObject({ name: 'audit.forObject', slots: { user } });
    expect(r.slots.activity).toBeUndefined();
  });

  it('the object itself deleted stays a deletion, a group whose name holds a part\'s word too', () => {
    expect(ask('who deleted Karita')).toMatchObject({ name: 'audit.forObject', slots: { user: 'Karita Ojala', activity: 'deleted' } });
    expect(ask('who deleted the Phone Support group')).toMatchObject({ name: 'audit.forObject', slots: { group: 'Phone Support', activity: 'deleted' } });
  });

  it('a password\'s resets, who or when, stay user.passwordChange (questions.md: its audit log resets); a membership change stays the tenant\'s log', () => {
    expect(ask('when did Karita last reset her password').name).toBe('user.passwordChange');
    expect(ask('who reset Karita\'s password')).toMatchObject({ name: 'user.passwordChange', slots: { user: 'Karita Ojala' } });
    expect(ask('who added Alain to the Sales Team group')).toMatchObject({ name: 'audit.changes', slots: { activity: 'Add member to group' } });
  });
});

describe('whom policies apply to, and password reset as a feature or a registration (not-applied.ts, out-of-scope.ts, intent-cues.ts)', () => {
  it.each(['conditional access policies for guest users', 'which conditional access policies apply to guests'])('%s → the policies, "user type = guest" named as not applied', (q) => {
    expect(ask(q)).toMatchObject({ name: 'policies.conditionalAccess', notApplied: ['user type = guest'] });
  });

  it.each(['sspr for admins', 'Self-service password reset for admins'])('%s → unknown (the feature\'s settings), not a user named SSPR nor the log of resets', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'password protection and self-service password reset settings' });
  });

  it.each([
    ['self-service password reset registration for Karita', 'Karita Ojala'],
    ['is Alain registered for SSPR', 'Alain Charon'],
  ])('%s → the methods %s registered', (q, user) => {
    expect(ask(q)).toMatchObject({ name: 'user.authMethods', slots: { user } });
  });
});

describe('working hours are read for admins\' sign-ins only; elsewhere they are named (not-applied.ts)', () => {
  it.each(['sign-ins outside business hours this week', 'Karita\'s sign-ins after hours'])('%s → the sign-ins, "outside working hours only" named', (q) => {
    const r = ask(q);
    expect(r.name).toBe('signIns.list');
    expect(r.notApplied).toContain('outside working hours only');
  });

  it('admins\' sign-ins apply it', () => {
    const r = ask('admin sign-ins outside working hours');
    expect(r).toMatchObject({ name: 'privileged.signIns', slots: { outsideWorkingHours: true } });
    expect(r.notApplied ?? []).toEqual([]);
  });
});

describe('people by a property left empty are not answered; a method missing is named, never inverted (out-of-scope.ts, filters.ts, intent-cues.ts)', () => {
  it.each(['users with no department', 'accounts missing a job title', 'guests without a usage location'])('%s → unknown', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'users missing a property' });
  });

  it.each([
    ['users without phone numbers registered for MFA', 'without phone numbers (a method missing)'],
    ['who doesn\'t have the Authenticator app', 'without authenticator app (a method missing)'],
    ['users who have not registered a passkey', 'without passkey (a method missing)'],
  ])('%s → the registration report, the method named as not applied (no method filter, not "no MFA at all")', (q, words) => {
    const r = ask(q);
    expect(r.name).toBe('users.mfaStatus');
    expect(r.slots.method).toBeUndefined();
    expect(r.slots.registered).toBeUndefined();
    expect(r.notApplied).toContain(words);
  });

  it('a method had is the registration report\'s filter; not registered at all stays registered = false', () => {
    expect(ask('users with FIDO2 keys')).toMatchObject({ name: 'users.mfaStatus', slots: { method: 'passKeyDeviceBound' } });
    expect(ask('users in Finance with security keys')).toMatchObject({ name: 'users.mfaStatus', slots: { method: 'passKeyDeviceBound' } });
    expect(ask('users not registered for MFA')).toMatchObject({ name: 'users.mfaStatus', slots: { registered: false } });
  });
});

describe('apps without owners are not read (one app\'s owners are), never unused apps nor apps someone owns (out-of-scope.ts)', () => {
  it.each(['which apps have no owners', 'apps without an owner', 'service principals with no owners'])('%s → unknown', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'applications without owners' });
  });

  it('groups without owners stay answered', () => {
    expect(ask('groups with no owners')).toMatchObject({ name: 'groups.ownerless', slots: { maxOwners: 0 } });
  });
});

describe('a ranking of people and a share of sign-ins are the summary (filters.ts findGroupBy, intent-cues.ts)', () => {
  it('"top 10 users by failed sign-ins" ranks people', () => {
    expect(ask('top 10 users by failed sign-ins')).toMatchObject({ name: 'signIns.summary', slots: { status: 'failure', groupBy: 'user', top: 10 } });
  });

  it('"what percentage of sign-ins failed this week" is the summary, not the failed sign-ins themselves', () => {
    expect(ask('what percentage of sign-ins failed this week')).toMatchObject({ name: 'signIns.summary', slots: { status: 'failure' } });
  });

  it('apps stay ranked by app', () => {
    expect(ask('top 5 apps by sign-ins')).toMatchObject({ name: 'signIns.summary', slots: { groupBy: 'app', top: 5 } });
  });
});

describe('handing out a credential is a change; who handed it out is the audit history (change-request.ts, understand.ts)', () => {
  it.each([
    ['send Karita a temporary access pass', 'send'],
    ['issue a TAP for Alain', 'issue'],
    ['generate a new client secret for Salesforce', 'generate'],
  ])('%s → change.refused (%s)', (q, action) => {
    expect(ask(q)).toMatchObject({ name: 'change.refused', slots: { action } });
  });

  it('sending a report to the asker reads; passes issued and who issued one are the audit log', () => {
    expect(ask('send me the risky users report').name).toBe('riskyUsers.list');
    expect(ask('which users were issued a temporary access pass')).toMatchObject({ name: 'audit.changes', slots: { activity: 'Admin registered security info' } });
    expect(ask('who issued Karita a TAP')).toMatchObject({ name: 'audit.forObject', slots: { user: 'Karita Ojala' } });
  });
});
