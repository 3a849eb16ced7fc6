/**
 * Questions about the product recognised by their form (issue 16, sixth round): capability, obligation,
 * definitions, hypotheticals, limits and licences asked of no tenant object are `unknown`; the same
 * forms asked as a request for the tenant's records ("can I see…", "is it possible to list…"), or of a
 * named object, stay with the families; restricting what people may do is a change request.
 * The questions here are the rules' own examples, written for this test (not the real-world set).
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { detectChangeRequest } from '../../src/understanding/recognisers/change-request';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string, context = {}) => understand(q, context, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

describe('questions about the product, by their form', () => {
  it.each([
    'Can guest users reset their own security questions?',
    'Will the changes to the authentication methods take effect immediately?',
    'Does Microsoft Entra support consumer email accounts for guests?',
    'Do my users have to register before they can reset their password?',
    'Is the bulk upload feature still supported?',
    'How can I customize the invitation emails?',
    'How to use the P2 license',
    'What are Azure AD roles?',
    'What is a service principal?',
    'What happens if I invite a guest twice?',
    'What is the difference between a guest and a member?',
    'How long can a display name be?',
    'How many owners can I add to a group?',
    'Which license includes Identity Protection?',
    'Is PIM included in E3?',
    'If I delete a group, are its members notified?',
    'Is there a report that shows when licences expire?',
    'Can you explain conditional access?',
    'Why can a user still reach files from a laptop I disabled?',
    // seventh round: permissions, kinds and options, what a log holds, documentation, the admin's own failures, the last sentence
    'Who can read the audit data?',
    'Who is allowed to change the membership of role-assignable groups?',
    'What role do I need to configure the sync agent?',
    'What are the different kinds of audit logs?',
    'What are the available export options?',
    'What is the default retention?',
    'What does the provisioning log capture?',
    'Where can I find more documentation on workbooks?',
    'I am a User Administrator but I cannot reset the password of a user. Why?',
    'I can\'t see the "Enable flagging" button in the portal.',
    'We have two tenants and several subscriptions. Which licenses do we need to buy?',
    'What ports does the agent open?',
    'Why are our attribute changes not being synchronized?',
    'What browsers does the feature work with?',
    'Is passkey sign-in available in sovereign clouds?',
    'I see duplicate devices after the upgrade. Is that expected?',
    'If we delete the OU, what happens to the user that was synchronized from it?',
    'Are licences needed for the monitoring feature?',
    'How are risky sign-ins detected?',
    // how the logs themselves behave (log-behaviour.ts)
    'The audit logs are not showing who made the change',
    'Is a password change logged in the audit log?',
    'Why is this setting not being recorded in the audit logs?',
    'Has the layout of the sign-in logs been changed recently?',
    'What is the latency of the audit log?',
    'What is the retention period for sign-in data?',
    'Is it true that the sign-in API only returns a month of data?',
    'Will Microsoft add a longer retention setting?',
    'Please clarify whether the report counts failed sign-ins',
    'I do not see the export option in the blade',
    'If there is a risky sign-in, will it appear in the history as well?',
    'The sign-ins report is gone for free tenants',
    'When the docs say "interactive", does that include FIDO2 sign-ins?',
  ])('%s → unknown, naming why', (q) => {
    const r = ask(q);
    expect(r.name).toBe('unknown');
    expect(r.outOfScope).toBeDefined();
  });

  it.each([
    ['Can I see which users haven\'t signed in for 90 days?', 'users.inactive'],
    ['Could we get a list of guest users?', 'users.search'],
    ['Is it possible to list all guests', 'users.search'],
    ['Would it be possible to get the list of inactive users?', 'users.inactive'],
    ['How do I check which apps Karita uses', 'user.apps'],
    ['How to list all global admins', 'role.members'],
    ['What is MFA status of all users', 'users.mfaStatus'],
    ['can we still restore Miriam Graham', 'users.deleted'],
    ['why cant zoltan sign in', 'signIns.troubleshoot'],
    ['Does the Finance group have any owners?', 'group.owners'],
    ['who can access Salesforce', 'app.users'],
    ['What types of changes were made to groups last week?', 'audit.changes'],
    ['Where can I find all the deleted applications?', 'audit.changes'],
    ['Will you show me the failed sign-ins for Karita?', 'signIns.failures'],
    ['show the non-interactive sign-ins of Karita', 'signIns.list'],
    ['list users synced from on-premises', 'users.search'],
    ['Has the Finance Department group been changed?', 'audit.changes'],
    ['show the sign-in logs for Karita', 'signIns.list'],
    ['Were any users added to groups this week?', 'audit.changes'],
  ])('%s stays a reading question (%s)', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });

  it('"Will you…" opens a question: Will is not the person called Will Turner', () => {
    expect(ask('Will you show me the failed sign-ins for Karita?').slots).toEqual({ user: 'Karita Ojala' });
    expect(ask('Show me sign-ins for Will').slots).toEqual({ user: 'Will Turner' });
  });

  it('"it" refers to the conversation\'s subject when there is one, and to nothing otherwise', () => {
    expect(ask('why does it fail?').name).toBe('unknown');
    const withKarita = ask('why does it fail?', { lastIntent: 'user.details', users: [{ kind: 'user' as const, id: 'x', displayName: 'Karita Ojala', key: 'karita@woodgrovebank.com' }] });
    expect(withKarita.name).toBe('signIns.troubleshoot');
  });
});

describe('restricting what people may do is a change', () => {
  it.each([
    ['Restrict user access to the Azure AD administration portal', 'restrict'],
    ['How to prevent users from accessing the Microsoft Entra portal', 'prevent'],
    ['limit guest invitations to admins', 'limit'],
    ['stop Karita from signing in', 'stop'],
    ['How do I unjoin a device?', 'unjoin'],
    ['How do I instantly revoke a certificate?', 'revoke'],
    ['How can an administrator enable certificate-based authentication?', 'enable'],
    ['Would it be possible to configure SSO for Salesforce?', 'configure'],
    ['How do I switch it to pass-through authentication?', 'turn on'],
    ['How can I roll over the decryption key?', 'roll over'],
  ])('%s → change.refused (%s)', (q, action) => {
    expect(detectChangeRequest(q)?.action).toBe(action);
    expect(ask(q).name).toBe('change.refused');
  });

  it.each([
    'list sign-ins for Karita, limit to 10',
    'limit the results to 5',
    'How can users change their temporary password on joined devices?',
    'Can I block users from resetting their password?',
    'I manage two directories. How do I switch to the one with P2 licences?',
  ])('%s is not a change request', (q) => {
    expect(detectChangeRequest(q)).toBeUndefined();
  });
});
