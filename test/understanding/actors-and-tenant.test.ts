/**
 * Issue 16, fifth round of general rules: the tenant named by its own names, who did a change
 * (a person, a role's holders) versus what was changed, audit events only the audit log holds,
 * counts of sign-ins, a person's permissions, "tell me about X, including …", and demonstratives
 * of things the conversation cannot hold. Written for this test: none is a question of the frozen
 * real-world split.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { replaceTenantNames, tenantDomainsOf } from '../../src/understanding/text/tenant-names';
import { tokenize } from '../../src/understanding/text/tokenize';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';
import { frozenQuestions, readFrozenSplit } from './real-world/real-world-set';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
const THIS_WEEK = { from: '2024-03-11T00:00:00Z', to: '2024-03-18T00:00:00Z' };

const CASES: readonly (readonly [string, string, Record<string, unknown>])[] = [
  // the tenant by its domain or its organisation's name
  ['show me the details of the woodgrovebank.com domain', 'tenant.details', {}],
  ['is contoso.com a verified domain', 'tenant.details', {}],
  ['list guests not in Woodgrove Bank', 'users.search', { userType: 'guest' }],
  // the tenant's possessive is not the asker
  ['users deleted in my tenant last week', 'users.deleted', { window: { last: 'P7D' } }],
  ['which groups were removed from our directory', 'audit.changes', { targetType: 'group', activity: 'Delete group' }],
  // password resets with no person: the tenant's audit log
  ['count the password resets this month', 'audit.changes', { targetType: 'user', activity: 'Reset password', window: { from: '2024-03-01T00:00:00Z', to: '2024-04-01T00:00:00Z' } }],
  // Temporary Access Passes issued: audit events ("Admin registered security info")
  ['which accounts got a Temporary Access Pass this week', 'audit.changes', { targetType: 'user', activity: 'Admin registered security info', window: THIS_WEEK }],
  // several objects of a kind and no one object: the tenant's audit log of them
  ['who removed which groups last month', 'audit.changes', { targetType: 'group', activity: 'Delete group', window: { last: 'P30D' } }],
  // a person's permissions are their roles; an app's are its grants
  ['what permissions does Jason have', 'user.roles', { user: 'Jason Mendez' }],
  ['show Natasha\'s permissions', 'user.roles', { user: 'Natasha Romanova' }],
  ['what permissions does Salesforce have', 'app.permissions', { app: 'Salesforce' }],
  // MFA "enabled for" a person is their methods, not whether the account is enabled
  ['is Alain enabled for MFA?', 'user.authMethods', { user: 'Alain Charon' }],
  ['is Alain\'s account enabled', 'user.details', { user: 'Alain Charon' }],
  // licences "assigned" or not
  ['which users have no assigned licenses', 'users.licenses', { unlicensed: true }],
  // a count of sign-ins is the summary; a headline about many failures, or asking why, is the failures
  ['how many sign-ins did Salesforce get yesterday', 'signIns.summary', { app: 'Salesforce', window: { from: '2024-03-14T00:00:00Z', to: '2024-03-15T00:00:00Z' } }],
  ['how many failed logins were there this week', 'signIns.summary', { status: 'failure', window: THIS_WEEK }],
  ['large number of failed sign-ins', 'signIns.failures', {}],
  // "tell me about X, including …": X's details; "the members of X including …" stays the members
  ['tell me about the Marketing group, including its owners', 'group.details', { group: 'Marketing' }],
  ['describe the Salesforce app including who can use it', 'app.details', { app: 'Salesforce' }],
  ['tell me about the members of Sales Team including their job titles', 'group.members', { group: 'Sales Team' }],
];

describe('general rules of the fifth round (issue 16)', () => {
  it('are tested on none of the frozen first-seen questions', () => {
    const frozen = new Set(frozenQuestions(readFrozenSplit()).map((q) => q.toLowerCase()));
    expect(CASES.filter(([q]) => frozen.has(q.toLowerCase())).map(([q]) => q)).toEqual([]);
  });

  it.each(CASES)('%s → %s', (q, name, slots) => {
    const i = ask(q);
    expect(i.name).toBe(name);
    expect(i.slots).toEqual(slots);
  });
});

describe('who did a change is not what was changed', () => {
  it('"groups created by Karita" is her audit log, with the kind of change named as not applied', () => {
    const i = ask('groups created by Karita this week');
    expect(i.name).toBe('audit.forUser');
    expect(i.slots).toEqual({ user: 'Karita Ojala', window: THIS_WEEK });
    expect(i.notApplied).toEqual(['activity = Add group']);
  });

  it('also when only the audit log answers the event ("apps deleted by Natasha")', () => {
    const i = ask('apps deleted by Natasha');
    expect(i.name).toBe('audit.forUser');
    expect(i.notApplied).toEqual(['activity = Delete application']);
  });

  it('"created by those users" names no one person: the tenant\'s log of group creations', () => {
    expect(ask('groups created by those users')).toMatchObject({ name: 'audit.changes', slots: { targetType: 'group', activity: 'Add group' } });
  });

  it('a role\'s holders who made changes: the tenant\'s changes, the role named as not applied (not the role\'s history, not role assignments)', () => {
    for (const q of ['what changes did the helpdesk administrator accounts make this week', 'changes made by global admins']) {
      const i = ask(q);
      expect(i.name, q).toBe('audit.changes');
      expect(i.slots.role, q).toBeUndefined();
      expect(i.slots.targetType, q).toBeUndefined();
      expect(i.notApplied?.some((w) => /^changes made by .* holders$/.test(w)), q).toBe(true);
    }
    expect(ask('who changed the global administrator role')).toMatchObject({ name: 'audit.forObject', slots: { role: 'Global Administrator', activity: 'updated' } });
  });

  it('"changes made to" an object are updates, "who made" it is its creation', () => {
    expect(ask('changes made to the Finance Department group').slots).toMatchObject({ group: 'Finance Department', activity: 'updated' });
    expect(ask('who made the Finance Department group').slots).toMatchObject({ group: 'Finance Department', activity: 'created' });
  });
});

describe('things the conversation cannot hold get unknown, never data', () => {
  it.each([
    ['Show me the sign-ins for this alert', 'security alerts'],
    ['List audit events for that event type', 'security alerts'],
    ['who edited the Onboard new hire employee workflow', 'lifecycle workflows'],
    ['who changed Offboard an employee last week', 'lifecycle workflows'],
  ])('%s', (q, topic) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: topic });
  });

  it.each([
    ['Why do guest sign-ins show an empty location?', 'explanations of how the product works'],
    ['What should users do when the Authenticator app shows an unknown error?', 'advice for end users'],
    ['How can we avoid hitting the directory object limit?', 'advice on avoiding a problem'],
    ['Is Microsoft Entra ID throttling our Graph calls?', 'service limits, throttling and billing'],
    ['Why is an account shown with a medium score?', 'explanations of how the product works'],
    ['Why am I seeing a guest with no sign-ins?', 'explanations of how the product works'],
    ['How do the risk policies in Identity Protection work?', 'explanations of how the product works'],
    ['How can I learn more about the sign-in risk levels?', 'explanations of how the product works'],
    ['How far back can we go in the audit history?', 'log retention and export settings'],
    ['Disable user known issues', 'product documentation (known issues, release notes)'],
    ['Does Microsoft Entra ID support passkeys for guests?', 'explanations of how the product works'],
    ['Can we use security defaults with Conditional Access?', 'explanations of how the product works'],
    ['How do employees approve access requests?', 'explanations of how the product works'],
    ['What are the different ways to protect admin accounts?', 'explanations of how the product works'],
    ['What if an app is not in the gallery?', 'explanations of how the product works'],
    ['What are the differences between Security Reader and Global Reader?', 'explanations of how the product works'],
  ])('how the product behaves, asked of no one: %s', (q, topic) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: topic });
  });

  it('what a person can do, a request to someone, or how sign-ins look are still answered', () => {
    expect(ask('how does this work').name).toBe('help');
    expect(ask('can you disable Karita')).toMatchObject({ name: 'change.refused', slots: { action: 'disable', user: 'Karita Ojala' } });
    expect(ask('can I see failed sign-ins from yesterday').name).toBe('signIns.failures');
    expect(ask('how does sign-in activity look this week').name).toBe('signIns.summary');
    expect(ask('how does Karita sign in').name).not.toBe('unknown');
  });

  it('"why" about a person, or about failures and risk, is still answered', () => {
    expect(ask('why was Bob Smith prompted for MFA')).toMatchObject({ name: 'signIns.troubleshoot', slots: { user: 'Bob Smith' } });
    expect(ask('why cant i log in')).toMatchObject({ name: 'signIns.troubleshoot', slots: { user: 'me' } });
    expect(ask('why did sign-ins fail yesterday').name).not.toBe('unknown');
    expect(ask('why is Giovanna risky').name).toBe('riskyUser.summary');
  });

  it('offboarding as the reason for a question is not a workflow', () => {
    expect(ask('for offboarding, which apps does Jason own')).toMatchObject({ name: 'apps.ownedBy', slots: { user: 'Jason Mendez' } });
  });
});

describe('a change asked with an adverb before its verb is still a change', () => {
  it.each(['how do I permanently delete inactive guests', 'automatically disable stale accounts', 'how can I close the risk detections for Karita'])('%s', (q) => {
    expect(ask(q).name).toBe('change.refused');
  });
});

describe('tenant-names.ts', () => {
  const words = (text: string, domains: readonly string[]) => replaceTenantNames(tokenize(text), domains).filter((t) => t.kind !== 'symbol').map((t) => t.norm);

  it('takes the tenant\'s domains from its users\' sign-in names', () => {
    expect(tenantDomainsOf(['a@Contoso.com', 'b@contoso.com', 'c@fabrikam.onmicrosoft.com', 'broken'])).toEqual(['contoso.com', 'fabrikam.onmicrosoft.com']);
  });

  it('reads the tenant\'s domain and its organisation name as the tenant, another domain as a domain', () => {
    expect(words('details of contoso.com please', ['contoso.com'])).toEqual(['details', 'of', 'tenant', 'please']);
    expect(words('is fabrikam.co.uk verified', ['contoso.com'])).toEqual(['is', 'domain', 'verified']);
    expect(words('users not in Contoso', ['contoso.com'])).toEqual(['users', 'not', 'in', 'tenant']);
    expect(words('guests outside Woodgrove Bank today', ['woodgrovebank.com'])).toEqual(['guests', 'outside', 'tenant', 'today']);
  });

  it('leaves e-mail addresses, lower-case words, longer proper names and other words alone', () => {
    expect(words('logins of karita@contoso.com', ['contoso.com'])).toEqual(['logins', 'of', 'karita@contoso.com']);
    expect(words('who owns Contoso Expenses', ['contoso.com'])).toEqual(['who', 'owns', 'contoso', 'expenses']);
    expect(words('the contoso group', ['contoso.com'])).toEqual(['the', 'contoso', 'group']);
    expect(words('end of sentence. Next one', ['contoso.com'])).toEqual(['end', 'of', 'sentence', 'next', 'one']);
  });
});
