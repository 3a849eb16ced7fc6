/**
 * Rules of the thirteenth round (issue 16, branch issue-16q), on questions of their own: a change asked as whether it is
 * possible, other tenants than this one, one of the tenant's own details, licences of workload identities, and one
 * object's events or history.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const QUESTIONS = [
  'Is it possible to move a managed identity to another subscription?', 'Is it possible for us to rename a dynamic group?',
  'is it possible to block guest users from signing in?', 'is it possible to disable Alain\'s account', 'Would it be possible to disable guest accounts?',
  'is it possible to remove Karita from the Finance Department group', 'I can\'t access a tenant I was invited to',
  'Can we view settings of multiple tenants at once?', 'domains of other tenants', 'show the domains of our tenant and other tenants', 'list the domains of a given tenant', 'what\'s our tenant id', 'What is my tenant\'s region?',
  'what region is our tenant in', 'what is the tenant\'s data location', 'how many licences do our service principals use?',
  'Which workload identities have a licence?', 'who has Entra ID P2', 'View events for the Sales Team group', 'change history of Project Falcon',
  'events for Project Falcon last week', 'show the events of an access package', 'sign-in events for Salesforce', 'details of Project Falcon',
  'the many sorts of lockouts this week, by user', 'list the users of our External ID tenant', 'how many users signed up through External ID this month',
  'Will External ID users appear in the guest list?', 'Will Windows Hello sign-ins show in the logs?', 'Will Turner\'s sign-ins', 'What\'s happening with Azure AD Graph?',
  'Where do the sign-in logs go after 30 days?', 'Is the user data encrypted during the sign-up flow?', 'Do CA policies apply during the account recovery process?',
  'show the user\'s data', 'Removing a member from a group with PowerShell', 'Directly assigning a role to a user', 'expiring assignments this week',
  'How do I add the Graph SDK to my project?', 'Can you add a root certificate to the Python certificate store', 'add Karita to the Finance Department group',
  'list guest users programmatically', 'lastSignInDateTime ignores sign-ins before 2023?', 'I can see the user page. Am I set up correctly for MFA?',
  'Is our tenant set up correctly for guests to sign in?', 'What should we keep in mind?', 'What do I do if I get an email asking me to renew my certificate?',
  'What do we need to be careful about?', 'Is my tenant affected by the SMS retirement?', 'How do I know if my tenant is in scope for the enforcement?',
  'Which policies do I need to enable for passkeys?', 'What policies can I enable?', 'what can you do',
  'Which identities have the highest permission creep index?', 'show the Permissions Management findings for our AWS accounts',
  'Which permissions are granted to Salesforce?', 'show me some examples', 'what are your capabilities',
];

describeNoneFrozen(QUESTIONS);

describe('a change asked as whether it is possible', () => {
  it.each([
    'Is it possible to move a managed identity to another subscription?',
    'Is it possible for us to rename a dynamic group?',
    'is it possible to block guest users from signing in?',
  ])('%s: a question of capability (like "can I …"), not a change request', (q) => {
    expect(ask(q).name).toBe('unknown');
  });

  it('of an object of the tenant it stays a change, refused', () => {
    expect(ask('is it possible to disable Alain\'s account')).toMatchObject({ name: 'change.refused', slots: { action: 'disable', user: 'Alain Charon' } });
    expect(ask('is it possible to remove Karita from the Finance Department group')).toMatchObject({
      name: 'change.refused', slots: { action: 'remove', user: 'Karita Ojala', group: 'Finance Department' },
    });
  });

  it('"would it be possible to" is a polite request, refused', () => {
    expect(ask('Would it be possible to disable guest accounts?')).toMatchObject({ name: 'change.refused', slots: { action: 'disable' } });
  });
});

describe('other tenants than this one', () => {
  it.each([
    'I can\'t access a tenant I was invited to',
    'Can we view settings of multiple tenants at once?',
    'domains of other tenants',
  ])('%s: not this tenant\'s details, which are all tenant.details reads', (q) => {
    expect(ask(q).name).toBe('unknown');
  });

  it('"a given tenant" and this tenant, also beside others, stay tenant.details', () => {
    expect(ask('list the domains of a given tenant').name).toBe('tenant.details');
    expect(ask('what\'s our tenant id').name).toBe('tenant.details');
    expect(ask('show the domains of our tenant and other tenants').name).toBe('tenant.details');
  });
});

describe('one of the tenant\'s own details', () => {
  it.each(['What is my tenant\'s region?', 'what region is our tenant in', 'what is the tenant\'s data location'])(
    '%s: the tenant\'s details (its country), not a question about the product',
    (q) => {
      expect(ask(q).name).toBe('tenant.details');
    },
  );
});

describe('licences of workload identities and service principals', () => {
  it.each(['how many licences do our service principals use?', 'Which workload identities have a licence?'])('%s: read nowhere', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'licences of workload identities and service principals' });
  });

  it('people\'s licences stay users.licenses', () => {
    expect(ask('who has Entra ID P2')).toMatchObject({ name: 'users.licenses', slots: { sku: 'Microsoft Entra ID P2' } });
  });
});

describe('one object\'s events or history', () => {
  it('are its audit history, not its details', () => {
    expect(ask('View events for the Sales Team group')).toMatchObject({ name: 'audit.forObject', slots: { group: 'Sales Team' } });
    expect(ask('change history of Project Falcon')).toMatchObject({ name: 'audit.forObject', slots: { accessPackage: 'Project Falcon' } });
    expect(ask('events for Project Falcon last week')).toMatchObject({ name: 'audit.forObject', slots: { accessPackage: 'Project Falcon', window: { last: 'P7D' } } });
    expect(ask('show the events of an access package').name).toBe('audit.forObject');
  });

  it('sign-in events stay the sign-ins, and an object\'s details stay its details', () => {
    expect(ask('sign-in events for Salesforce')).toMatchObject({ name: 'signIns.list', slots: { app: 'Salesforce' } });
    expect(ask('details of Project Falcon')).toMatchObject({ name: 'accessPackage.details', slots: { accessPackage: 'Project Falcon' } });
  });
});

describe('records asked for grouped by a column', () => {
  it('are a summary of the tenant\'s records, never a question about the product (the learnt gate does not take them)', () => {
    expect(ask('the many sorts of lockouts this week, by user')).toMatchObject({ name: 'signIns.summary', slots: { groupBy: 'user' } });
  });
});

describe('wording of the thirtieth batch\'s kind, on questions of its own', () => {
  it('External ID and Azure AD B2C (customer identity) are a topic not read; this tenant\'s guests stay users.search', () => {
    for (const q of ['list the users of our External ID tenant', 'how many users signed up through External ID this month']) {
      expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'External ID and Azure AD B2C (customer identity)' });
    }
    expect(ask('list guest users programmatically')).toMatchObject({ name: 'users.search', slots: { userType: 'guest' } });
  });

  it('a question\'s opening "Will" before a product name is the auxiliary, not Will Turner', () => {
    expect(ask('Will External ID users appear in the guest list?').slots.user).toBeUndefined();
    expect(ask('Will Windows Hello sign-ins show in the logs?').name).toBe('unknown');
    expect(ask('Will Turner\'s sign-ins')).toMatchObject({ name: 'signIns.list', slots: { user: 'Will Turner' } });
  });

  it('what is happening to a product, where data goes: how the product behaves', () => {
    expect(ask('What\'s happening with Azure AD Graph?').name).toBe('unknown');
    expect(ask('Where do the sign-in logs go after 30 days?').name).toBe('unknown');
  });

  it('"the user data", "the account recovery" are compounds, not a reference to a person; "the user\'s data" is one', () => {
    expect(ask('Is the user data encrypted during the sign-up flow?').name).toBe('unknown');
    expect(ask('Do CA policies apply during the account recovery process?').name).toBe('unknown');
    expect(ask('show the user\'s data').name).toBe('user.details');
  });

  it('a how-to heading that opens with a change verb\'s -ing form is a change; "expiring assignments" reads', () => {
    expect(ask('Removing a member from a group with PowerShell')).toMatchObject({ name: 'change.refused', slots: { action: 'remove' } });
    expect(ask('Directly assigning a role to a user')).toMatchObject({ name: 'change.refused', slots: { action: 'assign' } });
    expect(ask('expiring assignments this week').name).toBe('assignments.expiring');
  });

  it('a change to the asker\'s own code, tools or machine is not a change of the tenant', () => {
    expect(ask('How do I add the Graph SDK to my project?').name).toBe('unknown');
    expect(ask('Can you add a root certificate to the Python certificate store').name).toBe('unknown');
    expect(ask('add Karita to the Finance Department group')).toMatchObject({ name: 'change.refused', slots: { user: 'Karita Ojala', group: 'Finance Department' } });
  });

  it('a long adverb in lower case is not a name', () => {
    expect(ask('list guest users programmatically').slots.department).toBeUndefined();
  });
});

describe('how a property behaves, whether the asker is set up right', () => {
  it('a log or property that ignores, skips or drops something is how the logs behave', () => {
    expect(ask('lastSignInDateTime ignores sign-ins before 2023?')).toMatchObject({ name: 'unknown', outOfScope: 'how the logs behave' });
  });

  it('"am I set up correctly", "is our tenant set up correctly" ask about the setup, not a person\'s methods or the tenant\'s details', () => {
    expect(ask('I can see the user page. Am I set up correctly for MFA?').name).toBe('unknown');
    expect(ask('Is our tenant set up correctly for guests to sign in?').name).toBe('unknown');
  });
});

describe('the bot\'s help is asked of the bot', () => {
  it.each(['What should we keep in mind?', 'What do I do if I get an email asking me to renew my certificate?', 'What do we need to be careful about?'])(
    '%s: a word that is not a request for help asks about something else, not the bot',
    (q) => {
      expect(ask(q).name).toBe('unknown');
    },
  );

  it.each(['what can you do', 'show me some examples', 'what are your capabilities', 'help'])('%s: the help', (q) => {
    expect(ask(q).name).toBe('help');
  });
});

describe('what the asker has to turn on, whether the tenant is affected', () => {
  it('whether the tenant is in scope of or affected by a change of Microsoft\'s is not its details', () => {
    for (const q of ['Is my tenant affected by the SMS retirement?', 'How do I know if my tenant is in scope for the enforcement?']) {
      expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: "whether the tenant is affected by a change of Microsoft's" });
    }
  });

  it('what policies the asker needs to enable is advice; what policies can be enabled stays the policy list', () => {
    expect(ask('Which policies do I need to enable for passkeys?')).toMatchObject({ name: 'unknown', outOfScope: 'advice on whether to change a setting' });
    expect(ask('What policies can I enable?').name).toBe('policies.conditionalAccess');
  });
});

describe('Permissions Management', () => {
  it('is another product\'s data; an app\'s permissions stay app.permissions', () => {
    for (const q of ['Which identities have the highest permission creep index?', 'show the Permissions Management findings for our AWS accounts']) {
      expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'Permissions Management (multicloud permissions)' });
    }
    expect(ask('Which permissions are granted to Salesforce?')).toMatchObject({ name: 'app.permissions', slots: { app: 'Salesforce' } });
  });
});
