/**
 * Wording people use that is not the project's own (issue 16): wrappers before the question,
 * everyday synonyms, first person, and a trailing clause that must not flip the intent. Written
 * for this test (none is a question of the frozen real-world split).
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { frozenQuestions, readFrozenSplit } from './real-world/real-world-set';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const CASES: readonly (readonly [string, string, Record<string, unknown>])[] = [
  // wrappers
  ['I need to get the list of guest users', 'users.search', { userType: 'guest' }],
  ['need to query: failed sign-ins for Karita this week', 'signIns.failures', { user: 'Karita Ojala' }],
  ['Is there a way to see which groups Megan Bowen owns?', 'groups.ownedBy', { user: 'Megan Bowen' }],
  ['can you show me the risky users', 'riskyUsers.list', {}],
  // everyday synonyms
  ['show sign-ins for myself', 'signIns.list', { user: 'me' }],
  ['is Karita safe?', 'riskyUser.details', { user: 'Karita Ojala' }],
  ['which accounts have ever been flagged as risky', 'riskyUsers.list', {}],
  ['risky authentications for Karita', 'riskyUser.signIns', { user: 'Karita Ojala' }],
  ['list the authentications without MFA today', 'signIns.list', { authRequirement: 'singleFactor' }],
  ['apps from external publishers', 'apps.external', {}],
  // headlines, product names, the asker in the third person, negations (third round)
  ['How to Find All Risky Users in Microsoft Entra', 'riskyUsers.list', {}],
  ['Office 365 groups with no owner', 'groups.ownerless', { maxOwners: 0 }],
  ['show the eligible roles of the currently signed-in user', 'user.roles', { user: 'me' }],
  ['which groups is the current user a member of', 'user.groups', { user: 'me' }],
  ['groups that do not have an owner', 'groups.ownerless', { maxOwners: 0 }],
  ["users who don't have MFA set up", 'users.mfaStatus', { registered: false }],
  ['groups with "Project" in their name', 'groups.search', { nameContains: 'Project' }],
  // no person named: the tenant-wide sibling, not one person's intent with a clarifying card
  ['show me the audit log for the past week', 'audit.changes', { window: { last: 'P7D' } }],
  ['are there any risky users right now', 'riskyUsers.list', {}],
  ['who updated conditional access policies this week', 'audit.changes', { targetType: 'policy', activity: 'Update conditional access policy' }],
  ['audit events for new CA policies', 'audit.changes', { targetType: 'policy', activity: 'Add conditional access policy' }],
  // negated states and excluded places
  ['risky users not yet remediated', 'riskyUsers.list', { riskState: 'atRisk' }],
  ['risky users that are still unresolved', 'riskyUsers.list', { riskState: 'atRisk' }],
  ['recently created accounts', 'users.search', { createdWithin: { last: 'P30D' } }],
  ['deleted groups this week', 'audit.changes', { targetType: 'group', activity: 'Delete group' }],
  ['locked out users today', 'signIns.failures', { errorCode: 50053 }],
  ['logins that failed because of conditional access yesterday', 'signIns.failures', { errorCode: 53003 }],
  ['were any people asked for MFA in the past 24 hours', 'signIns.list', { authRequirement: 'multiFactor' }],
  ['failed logins from non-compliant laptops this week', 'signIns.failures', { deviceCompliant: false }],
  ['deactivated accounts', 'users.search', { accountEnabled: false }],
  ['member users in Finance or Marketing', 'users.search', { userType: 'member', departments: ['Finance', 'Marketing'] }],
  ['hybrid users synced with AD Connect', 'users.search', { onPremisesSyncEnabled: true }],
  // first person
  ['am I at risk?', 'riskyUser.details', { user: 'me' }],
  ['what groups do I own', 'groups.ownedBy', { user: 'me' }],
  // names the tenant does not know: a capital inside a sentence is a name, not a typo of another word
  ['Who is Patel, Ravi?', 'user.details', { user: 'Patel, Ravi' }],
  ['is Bryce Halloran enabled', 'user.details', { user: 'Bryce Halloran' }],
  // an error code's own name beside it is part of the code
  ['failed sign-ins with 50053 (UserAccountLocked) this week', 'signIns.failures', { errorCode: 50053 }],
  // where the person would look is not part of the question
  ['which users have registered for MFA in the Azure portal', 'users.mfaStatus', { registered: true }],
  ['list guest users using PowerShell', 'users.search', { userType: 'guest' }],
  // initials of a department, negations that are not typos, passive wording of audit activities
  ['users in the HR department', 'users.search', { department: 'Human Resources' }],
  ["sign-ins where MFA wasn't required last week", 'signIns.list', { authRequirement: 'singleFactor', window: { last: 'P7D' } }],
  ['sign-ins where MFA was not required', 'signIns.list', { authRequirement: 'singleFactor' }],
  ['which users were created this week', 'audit.changes', { targetType: 'user', activity: 'Add user' }],
  ['sign-ins that did not satisfy conditional access', 'signIns.failures', { errorCode: 53003 }],
  // a trailing clause does not flip the intent
  ['list the people flagged as high risk and tell me what I should do about them', 'riskyUsers.list', { riskLevel: 'high' }],
  ['show the risky users and tell me what to do next', 'riskyUsers.list', {}],
];

describe('wording from outside the project', () => {
  it('is none of the frozen first-seen questions', () => {
    const frozen = new Set(frozenQuestions(readFrozenSplit()).map((q) => q.toLowerCase()));
    for (const [q] of CASES) expect(frozen.has(q.toLowerCase()), q).toBe(false);
  });

  it.each(CASES)('%s → %s', (question, name, slots) => {
    const intent = ask(question);
    expect(intent.name).toBe(name);
    expect(intent.slots).toMatchObject(slots);
    expect(intent.notApplied ?? []).toEqual([]);
  });

  it('"my team" is the asker\'s direct reports (user.directReports); where an intent cannot take it, it is named as not applied', () => {
    const team = ask('show me my team');
    expect(team.name).toBe('user.directReports');
    expect(team.slots.user).toBe('me');
    expect(team.notApplied ?? []).toEqual([]);
    expect(ask("my team's sign-ins this week").notApplied ?? []).toContain('direct reports (my team)');
  });

  it('topics of other tools get unknown, never another family\'s rows (third round)', () => {
    for (const q of [
      'how many open tickets does the service desk have', 'show VPN tunnel status', 'laptops that have not signed in for 60 days',
      'which files containing sensitive information were shared', 'list the claims mapping policies', 'what threats were detected this week',
      'which groups is this laptop in', 'has Alain accepted the terms of use',
    ]) expect(ask(q).name, q).toBe('unknown');
    // A name after "from" / "using" is where from or with what, never the person: named as not applied.
    const origin = ask('show sign-ins from Vivaldi');
    expect(origin).toMatchObject({ name: 'signIns.list', notApplied: ['Vivaldi'] });
    expect(origin.slots.user).toBeUndefined();
    // "non-Brazil IPs": the place is excluded, never applied as the country.
    const excluded = ask('failed sign-ins from non-Brazil IPs this week');
    expect(excluded.slots.country).toBeUndefined();
    expect(excluded.notApplied).toContain('country other than Brazil');
    expect(ask('who are the owners of the Zendesk app')).toMatchObject({ name: 'app.owners', slots: { app: 'Zendesk' } });
    expect(ask('sign-ins from laptops that are not compliant').name).toBe('signIns.list');
  });

  it('the words of a time expression are not a count', () => {
    const intent = ask('failed sign-ins in the last twenty-four hours');
    expect(intent.slots).toEqual({ window: { last: 'PT24H' } });
  });

  it('the asker acting as the admin ("can I enable") is not a question about the asker', () => {
    expect(ask('which conditional access policies can I enable').slots.user).toBeUndefined();
    expect(ask('failed sign-ins with 50053 (UserAccountLocked) this week').slots.user).toBeUndefined();
  });

  it('a trailing advice clause about one person stays the risk summary of that person', () => {
    expect(ask('why is Giovanna risky and what should I do').name).toBe('riskyUser.summary');
  });
});

describe('several values where the intent takes one, excluded places, job titles: applied or named (issue 16)', () => {
  it.each([
    ['show sign-ins for Karita and Alain', { user: 'Karita Ojala' }, 'user = Alain Charon (one at a time)'],
    ['owners of the Finance Department and Marketing groups', { group: 'Finance Department' }, 'group = Marketing (one at a time)'],
    ['failed sign-ins from outside the US', {}, 'country other than United States'],
    ['sign-ins not from Brazil this week', {}, 'country other than Brazil'],
    ['high and medium risk users', { riskLevel: 'medium' }, 'risk level = high (one level at a time)'],
  ] as const)('%s', (question, slots, named) => {
    const got = ask(question);
    expect(got.slots).toMatchObject(slots);
    expect(got.notApplied ?? []).toContain(named);
  });

  it('an excluded country is never applied as the country', () => {
    expect(ask('sign-ins from outside the US').slots.country).toBeUndefined();
    expect(ask('sign-ins from the US').slots.country).toBe('United States');
  });

  it('the words after "job title" are the title, not a department', () => {
    expect(ask('users with job title Software Engineer').slots).toEqual({ jobTitle: 'Software Engineer' });
    expect(ask('users whose title is Sales Manager in Finance').slots).toMatchObject({ jobTitle: 'Sales Manager', department: 'Finance' });
  });

  it('a group named "<X> Department" is the department X where the intent filters by department, unless the question says group', () => {
    expect(ask('disabled accounts in the Finance department').slots).toEqual({ department: 'Finance', accountEnabled: false });
    const group = ask('guest users in the Finance Department group');
    expect(group.slots.department).toBeUndefined();
    expect(group.notApplied ?? []).toContain('group = Finance Department');
  });

  it('a subject of a kind the intent does not take is named', () => {
    expect(ask('which global admins lack mfa').notApplied ?? []).toContain('role = Global Administrator');
  });

  it('calendars and meetings are not "my team"', () => {
    expect(ask('show me my Teams meetings').name).toBe('unknown');
  });

  it('an e-mail and the same person\'s name are one subject', () => {
    expect(ask('show me karita@woodgrovebank.com (Karita Ojala) details').notApplied ?? []).toEqual([]);
  });
});

describe('where the logs are kept is not part of the question (tool-phrases.ts)', () => {
  it.each([
    ['from the ADX long term archive store, list the sign-ins of Alain this week', 'signIns.list', { user: 'Alain Charon' }],
    ['in our Log Analytics workspace, show failed sign-ins for Karita yesterday', 'signIns.failures', { user: 'Karita Ojala' }],
  ] as const)('%s', (q, name, slots) => {
    const got = ask(q);
    expect(got.name).toBe(name);
    expect(got.slots).toMatchObject(slots);
    expect(Object.values(got.slots)).not.toContain('ADX long term archive');
  });
});

describe('a period is applied to what the question says happened in it', () => {
  it('"who haven\'t signed in for 60 days" is inactive users over 60 days, not users created in 60 days; the department is named', () => {
    const got = ask('Get the users in the Sales department who haven\'t signed in for 60 days');
    expect(got.name).toBe('users.inactive');
    expect(got.slots).toEqual({ window: { last: 'P60D' } });
    expect(got.notApplied ?? []).toContain('department = Sales');
  });

  it('without a word of creation the period is not a creation window: it is named', () => {
    const got = ask('guest users in Finance this month');
    expect(got.slots.createdWithin).toBeUndefined();
    expect(got.notApplied ?? []).toContain('the time range');
    expect(ask('guest accounts created this month').slots.createdWithin).toEqual({ from: '2024-03-01T00:00:00Z', to: '2024-04-01T00:00:00Z' });
  });
});

describe('a name of several kinds is never hidden by the reading chosen', () => {
  it('"inactive guests in Marketing" (a group, a catalog and a department) names Marketing as not applied', () => {
    const got = ask('inactive guests in Marketing');
    expect(got.name).toBe('users.inactive');
    expect((got.notApplied ?? []).some((n) => n.includes('Marketing'))).toBe(true);
  });
});

describe('"my users", "our admins" are the tenant\'s, not the asker (issue 16, self-phrases.ts)', () => {
  const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
  it('is no person', () => {
    expect(ask('show sign-ins of my users today').slots.user).toBeUndefined();
    expect(ask('what authentication methods do my users have').slots.user).toBeUndefined();
    expect(ask('what roles do our admins have').slots.user).toBeUndefined();
  });

  it('"my groups", "my sign-ins", "my team" stay the asker\'s', () => {
    expect(ask('show my groups').slots.user).toBe('me');
    expect(ask('my sign-ins today').slots.user).toBe('me');
    expect(ask('my team').slots.user).toBe('me');
  });
});

describe('a ranking or an aggregate of sign-ins is the summary (intent-cues.ts, issue 16 seventh round)', () => {
  it.each([
    ['Which accounts had the most failed sign-ins this week?', 'user'],
    ['the applications with the most sign-ins from Brazil', 'app'],
    ['Which apps had the most sign-ins last week?', 'app'],
    ['summarize the sign-ins of the last 7 days', undefined],
  ])('%s → signIns.summary (groupBy %s)', (q, groupBy) => {
    const r = ask(q);
    expect(r.name).toBe('signIns.summary');
    expect(r.slots.groupBy).toBe(groupBy);
  });

  it('"top 10 sign-ins", "the most recent" are rows, not a ranking', () => {
    expect(ask('show the most recent failed sign-ins for Karita').name).toBe('signIns.failures');
    expect(ask('show the top 10 sign-ins for Karita').name).toBe('signIns.list');
  });
});

describe('when a membership changed is the audit log\'s; "a … app" describes, not names (issue 16 seventh round)', () => {
  it('"show when users were added to a group" → audit.changes', () => {
    expect(ask('Show when users were added to a group').name).toBe('audit.changes');
  });
  it('"a recently acquired app" names no app', () => {
    expect(ask('Which users are signing in to a recently acquired app?').slots.app).toBeUndefined();
    expect(ask('who owns the zorblax app').slots.app).toBe('zorblax');
  });
});

describe('sign-ins that happened are not access (intent-cues.ts, issue 16 seventh round)', () => {
  // The apps a person signs into, asked as such, are her sign-ins grouped by app (questions.md's signIns.summary groupBy app;
  // ninth round): "what is Karita signing into" names no grouping and is the sign-ins themselves.
  it.each([
    ['what apps is Karita signing into', 'signIns.summary'],
    ['which apps has Karita logged into this week', 'signIns.summary'],
    ['what is Karita signing into', 'signIns.list'],
    ['which apps can Karita sign in to', 'user.apps'],
    ['which apps does Karita have access to', 'user.apps'],
  ])('%s → %s', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });
});
