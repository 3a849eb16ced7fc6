/**
 * Administrators' own wording (issue 16, thirteenth round): rules written for the misses of the twenty-ninth tune batch
 * (administrators' questions filed as GitHub issues), each tested here on questions of our own written the same way — not
 * the batch's questions. Each rule's first test failed on the code before the rule; the others guard what must not change.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { asksForRecords } from '../../src/understanding/classifier/product-question';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const QUESTIONS = [
  'groups without owners or with only one', 'groups with one or no owners', 'groups with no owners',
  "'pim role list' - Returns the role assignments for a user", 'Lists the devices for Alain',
  'the last logon date of all users', 'lastLoginTime property for our accounts', 'alain lastlogon',
  'retrieving owners of the enterprise application', 'list owners of the application registrations', 'which apps does Megan own',
  'export group members as CSV', 'report on the DL members', 'members of a DL', 'list our distribution lists',
  'list all Global Admins without MFA', 'report the Global Admins without MFA enabled', 'find the admins lacking MFA', 'admins who signed in without MFA',
  'retrieve the role assignments for a user or group',
  'audit events of a guest changing their own password', 'audit logs for a specific user',
  'conditional access change history', 'who made the group change yesterday', 'did the user change their password',
  'filter the sign-in logs by job title field', "I can't work out how to reset Karita's MFA", 'I wanted to get an output of our CA policies', 'we wanted to see an export of the guest accounts',
  'show my test CA policies', 'which conditional access policies apply to me',
  'sms verification across every tenant', "what is our tenant's phone number",
  'users assigned to specific Enterprise Application', 'is there a way to use PowerShell to list all users and groups that have been assigned to a specific application',
  'is there a way to use the Graph API to list the guests', 'how do I use PowerShell to disable Alain',
  'Karita removed members from groups last week', 'was Karita added to Finance Department', 'login statistics for Salesforce',
  'MS365 - Detect whether MFA is registered for a user', 'who are the guest inviters', 'accounts with an assigned licence',
  "I'd like to understand how to see the delegated permissions on an existing application", 'which permissions did users consent to for apps',
  'I am looking for a script that can automatically pull the disabled accounts', 'please add 50058 to the table below',
  'add Alain to the table of owners of Salesforce',
  'I registered a passkey last week. Am I set up correctly to use passwordless sign-in?',
  'the lastSuccessfulSignInDateTime property ignores non-interactive sign-ins?', 'Karita ignores MFA prompts',
  'add an option for exporting the guests', 'include filters for country in the sign-in report', 'a new column for the last sign-in',
  'ability to hide disabled users in the report', 'please add the ability to add group owners', 'how many access packages can be created per catalog',
  'find the creator of the guest accounts', 'who invited guest users this month',
];

describeNoneFrozen(QUESTIONS);

describe('"without owners or with only one" is at most one owner (filters.ts findMaxOwners)', () => {
  it.each(['groups without owners or with only one', 'groups with one or no owners'])('%s → maxOwners 1', (q) => {
    expect(ask(q)).toMatchObject({ name: 'groups.ownerless', slots: { maxOwners: 1 } });
  });

  it('no owners alone stays 0', () => {
    expect(ask('groups with no owners')).toMatchObject({ name: 'groups.ownerless', slots: { maxOwners: 0 } });
  });
});

describe('a verb of reading in any form is the request, never a name (fallback-names.ts)', () => {
  it('"Returns" after a dash is not the user asked about', () => {
    const r = ask("'pim role list' - Returns the role assignments for a user");
    expect(r.name).toBe('user.roles');
    expect(r.slots.user).toBeUndefined();
  });

  it('a real name after the verb stays the subject', () => {
    expect(ask('Lists the devices for Alain')).toMatchObject({ name: 'user.devices', slots: { user: 'Alain Charon' } });
  });
});

describe('everyone\'s last sign-in asked as a property of the users lists the users; the word may be written as one (defining-siblings.ts, tokenize.ts)', () => {
  // Fourteenth round (the coordinator's finding): questions.md's users.inactive is the accounts idle for a while ("who hasn't
  // signed in for 90 days"), narrower than everyone; no intent shows everyone's last sign-in, so the users are listed and the
  // column is named as not applied (coordinator-misses.test.ts).
  it.each(['the last logon date of all users', 'lastLoginTime property for our accounts'])('%s → users.search, the column named', (q) => {
    expect(ask(q)).toMatchObject({ name: 'users.search', notApplied: ['last sign-in time (not a column of this list)'] });
  });

  it('"lastlogon" of one person is their sign-ins, the word not a name', () => {
    expect(ask('alain lastlogon')).toMatchObject({ name: 'signIns.list', slots: { user: 'Alain Charon' } });
  });
});

describe('the owners of apps are app.owners, the apps someone owns apps.ownedBy (defining-siblings.ts)', () => {
  it.each(['retrieving owners of the enterprise application', 'list owners of the application registrations'])('%s → app.owners', (q) => {
    expect(ask(q).name).toBe('app.owners');
  });

  it('apps a person owns stay apps.ownedBy', () => {
    expect(ask('which apps does Megan own').name).toBe('apps.ownedBy');
  });
});

describe('a group\'s members asked with no group named are the members question (defining-siblings.ts)', () => {
  it.each(['export group members as CSV', 'report on the DL members', 'members of a DL'])('%s → group.members (the card asks which group)', (q) => {
    const r = ask(q);
    expect(r.name).toBe('group.members');
    expect(r.missing).toContain('group');
  });

  it('distribution lists as such stay a search of groups', () => {
    expect(ask('list our distribution lists')).toMatchObject({ name: 'groups.search', slots: { groupType: 'mailEnabled' } });
  });
});

describe('admins without MFA are the privileged MFA report; a role named is named as not applied (defining-siblings.ts)', () => {
  it.each(['list all Global Admins without MFA', 'report the Global Admins without MFA enabled'])('%s → privileged.noMfa, the role named', (q) => {
    const r = ask(q);
    expect(r.name).toBe('privileged.noMfa');
    expect(r.notApplied).toContain('role = Global Administrator');
  });

  it('"admins lacking MFA" → privileged.noMfa', () => {
    expect(ask('find the admins lacking MFA').name).toBe('privileged.noMfa');
  });

  it('admins who signed in without MFA stay their sign-ins', () => {
    expect(ask('admins who signed in without MFA')).toMatchObject({ name: 'privileged.signIns', slots: { authRequirement: 'singleFactor' } });
  });
});

describe('role assignments for a person are their roles (defining-siblings.ts)', () => {
  it('"retrieve the role assignments for a user or group" → user.roles, not their groups', () => {
    expect(ask('retrieve the role assignments for a user or group').name).toBe('user.roles');
  });
});

describe('an indefinite person doing something is a kind of event; a Conditional Access log is its policies\' (defining-siblings.ts, filters.ts)', () => {
  it('"audit events of a guest changing their own password" → audit.changes, the self-service change', () => {
    expect(ask('audit events of a guest changing their own password')).toMatchObject({
      name: 'audit.changes', slots: { targetType: 'user', activity: 'Change password (self-service)' },
    });
  });

  it('the audit log of a specific user stays one person\'s', () => {
    expect(ask('audit logs for a specific user').name).toBe('audit.forUser');
  });

  it('"conditional access change history" → audit.changes of policies', () => {
    expect(ask('conditional access change history')).toMatchObject({ name: 'audit.changes', slots: { targetType: 'policy' } });
  });
});

describe('"the group change" is a kind of change, not a reference to a group (analyse.ts)', () => {
  it('"who made the group change yesterday" → audit.changes of groups', () => {
    expect(ask('who made the group change yesterday')).toMatchObject({ name: 'audit.changes', slots: { targetType: 'group' } });
  });

  it('"did the user change their password" keeps "change" a verb', () => {
    expect(ask('did the user change their password').name).toBe('user.passwordChange');
  });
});

describe('a filter "by" a field picks sign-ins; directory properties of sign-ins are named (defining-siblings.ts, not-applied.ts)', () => {
  it('"filter the sign-in logs by job title field" → signIns.list, the property named as not applied', () => {
    const r = ask('filter the sign-in logs by job title field');
    expect(r.name).toBe('signIns.list');
    expect(r.notApplied).toContain('department or job title');
  });
});

describe('how-tos stated as what the person lacks, wishes in the past, a tool as the means (change-request.ts, wish-phrases.ts, tool-phrases.ts)', () => {
  it('"I can\'t work out how to reset Karita\'s MFA" → change.refused', () => {
    expect(ask("I can't work out how to reset Karita's MFA")).toMatchObject({ name: 'change.refused', slots: { action: 'reset', user: 'Karita Ojala' } });
  });

  it('"I wanted to get an output of our CA policies" → the policies (a wish in the past; "an output of" is the form of the records)', () => {
    expect(ask('I wanted to get an output of our CA policies').name).toBe('policies.conditionalAccess');
  });

  it('"we wanted to see an export of the guest accounts" → the guests', () => {
    expect(ask('we wanted to see an export of the guest accounts')).toMatchObject({ name: 'users.search', slots: { userType: 'guest' } });
  });

  it('"use the Graph API to list…" reads; "use PowerShell to disable…" is a change', () => {
    expect(ask('is there a way to use the Graph API to list the guests')).toMatchObject({ name: 'users.search', slots: { userType: 'guest' } });
    expect(ask('how do I use PowerShell to disable Alain')).toMatchObject({ name: 'change.refused', slots: { action: 'disable', user: 'Alain Charon' } });
  });
});

describe('"our … policies" are the tenant\'s, not the asker\'s (self-phrases.ts)', () => {
  it('"show my test CA policies" → no user', () => {
    const r = ask('show my test CA policies');
    expect(r.name).toBe('policies.conditionalAccess');
    expect(r.slots.user).toBeUndefined();
  });

  it('policies that apply to me stay mine', () => {
    expect(ask('which conditional access policies apply to me')).toMatchObject({ name: 'policies.conditionalAccess', slots: { user: 'me' } });
  });
});

describe('a phone method of verification is the registration report, the tenant named as the scope (defining-siblings.ts)', () => {
  it('"sms verification across every tenant" → users.mfaStatus', () => {
    expect(ask('sms verification across every tenant')).toMatchObject({ name: 'users.mfaStatus', slots: { method: 'mobilePhone' } });
  });

  it('the tenant\'s phone number stays its details', () => {
    expect(ask("what is our tenant's phone number").name).toBe('tenant.details');
  });
});

describe('who is assigned to an app is its users; "Enterprise Application" is a kind, not a name (defining-siblings.ts, fallback-names.ts)', () => {
  it('"users assigned to specific Enterprise Application" → app.users with no app', () => {
    const r = ask('users assigned to specific Enterprise Application');
    expect(r.name).toBe('app.users');
    expect(r.slots.app).toBeUndefined();
  });

  it('"use PowerShell to list all users and groups that have been assigned to a specific application" → app.users', () => {
    expect(ask('is there a way to use PowerShell to list all users and groups that have been assigned to a specific application').name).toBe('app.users');
  });
});

describe('a named person who changed objects is their audit log (understand.ts personActed)', () => {
  it('"Karita removed members from groups last week" → audit.forUser, the kind of change named', () => {
    const r = ask('Karita removed members from groups last week');
    expect(r).toMatchObject({ name: 'audit.forUser', slots: { user: 'Karita Ojala', window: { last: 'P7D' } } });
    expect(r.notApplied).toContain('activity = Remove member from group');
  });

  it('a person added to a group names no object acted on', () => {
    expect(ask('was Karita added to Finance Department').name).not.toBe('audit.forUser');
  });
});

describe('figures over sign-ins are their summary (defining-siblings.ts)', () => {
  it('"login statistics for Salesforce" → signIns.summary', () => {
    expect(ask('login statistics for Salesforce')).toMatchObject({ name: 'signIns.summary', slots: { app: 'Salesforce' } });
  });
});

// Rules written after the thirtieth batch's first-seen run (P-GHQ2), again tested on questions of our own.
describe('a product prefix and a verb after a dash are not a name; who created or invited objects is the audit log (fallback-names.ts, defining-siblings.ts)', () => {
  it('"MS365 - Detect whether MFA is registered for a user" → user.authMethods with no user', () => {
    const r = ask('MS365 - Detect whether MFA is registered for a user');
    expect(r.name).toBe('user.authMethods');
    expect(r.slots.user).toBeUndefined();
  });

  it('"who are the guest inviters" → audit.changes of users, "inviters" no name', () => {
    const r = ask('who are the guest inviters');
    expect(r).toMatchObject({ name: 'audit.changes', slots: { targetType: 'user' } });
    expect(r.slots.user).toBeUndefined();
  });
});

describe('licences assigned are licensed users; one app\'s permissions are its grants (filters.ts findUnlicensed, defining-siblings.ts)', () => {
  it('"accounts with an assigned licence" → unlicensed false', () => {
    expect(ask('accounts with an assigned licence')).toMatchObject({ name: 'users.licenses', slots: { unlicensed: false } });
  });

  it('"the delegated permissions on an existing application", asked as a wish to understand how → app.permissions', () => {
    expect(ask("I'd like to understand how to see the delegated permissions on an existing application").name).toBe('app.permissions');
  });

  it('consents people gave across apps stay apps.userConsent', () => {
    expect(ask('which permissions did users consent to for apps').name).toBe('apps.userConsent');
  });
});

describe('"I am looking for a script that can…" is a wish; adding to a page is a request to its makers (wish-phrases.ts, change-request.ts)', () => {
  it('"I am looking for a script that can automatically pull the disabled accounts" → users.search', () => {
    expect(ask('I am looking for a script that can automatically pull the disabled accounts')).toMatchObject({ name: 'users.search', slots: { accountEnabled: false } });
  });

  it('"please add 50058 to the table below" is no change of the tenant', () => {
    expect(ask('please add 50058 to the table below').name).not.toBe('change.refused');
  });

  it('adding a person to a table of owners stays a change', () => {
    expect(ask('add Alain to the table of owners of Salesforce')).toMatchObject({ name: 'change.refused', slots: { action: 'add', user: 'Alain Charon' } });
  });
});

describe('advice on a setup and what a property leaves out are questions about the product, by their form (question-form.ts)', () => {
  // The learnt gate is off here: these are the rules of form, not the model's boundary.
  const askForm = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW, openSet: null });

  it('"… Am I set up correctly to use passwordless sign-in?" → unknown', () => {
    expect(askForm('I registered a passkey last week. Am I set up correctly to use passwordless sign-in?')).toMatchObject({ name: 'unknown', outOfScope: 'whether a setup is right (advice)' });
  });

  it('"the lastSuccessfulSignInDateTime property ignores non-interactive sign-ins?" → unknown', () => {
    expect(askForm('the lastSuccessfulSignInDateTime property ignores non-interactive sign-ins?')).toMatchObject({ name: 'unknown', outOfScope: 'how the logs behave' });
  });

  it('a named person who ignores prompts stays with the families', () => {
    expect(askForm('Karita ignores MFA prompts').name).not.toBe('unknown');
  });
});

describe('a grouping asked for is a request for records, never the learnt gate\'s (product-question.ts asksForRecords)', () => {
  it('"the different kinds of sign-in failures last month, by result code" asks for records', () => {
    expect(asksForRecords(' the different kinds of signin failures last month by result code ')).toBe(true);
    expect(asksForRecords(' mfa prompts grouped by app ')).toBe(true);
  });

  it('a question about how grouping works asks for none', () => {
    expect(asksForRecords(' why are sign ins grouped in the portal ')).toBe(false);
  });
});

describe('a feature asked of a tool\'s makers is no request for records nor a change; a limit asked is the product\'s (question-form.ts, change-request.ts)', () => {
  it.each([
    'add an option for exporting the guests', 'include filters for country in the sign-in report', 'a new column for the last sign-in',
    'ability to hide disabled users in the report',
  ])('%s → unknown (a request to the makers of a tool)', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'a request to the makers of a tool' });
  });

  it('a feature whose purpose is a change stays a change', () => {
    expect(ask('please add the ability to add group owners').name).toBe('change.refused');
  });

  it('"how many access packages can be created per catalog" → a limit of the product', () => {
    expect(ask('how many access packages can be created per catalog')).toMatchObject({ name: 'unknown', outOfScope: 'service limits, durations and licences' });
  });
});

describe('the kind of account is named when the audit log cannot filter by it (not-applied.ts)', () => {
  it('"find the creator of the guest accounts" → audit.changes, "user type = guest" named as not applied', () => {
    const r = ask('find the creator of the guest accounts');
    expect(r.name).toBe('audit.changes');
    expect(r.notApplied).toContain('user type = guest');
  });

  it('invitations are of guests: nothing to name', () => {
    const r = ask('who invited guest users this month');
    expect(r).toMatchObject({ name: 'audit.changes', slots: { activity: 'Invite external user' } });
    expect(r.notApplied ?? []).not.toContain('user type = guest');
  });
});
