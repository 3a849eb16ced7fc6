/**
 * Classes of wording read by rules of their form (issue 16, ninth round), on questions of their
 * own: Identity Protection's detection types, attacks on an account, where someone signs in,
 * the addresses of sign-ins, whether a person is risky, the tenant's activity as a whole and a
 * grouping by error code.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer, understand } from '../../src/understanding';
import { findRiskDetection } from '../../src/understanding/recognisers/risk-detections';
import { tokenize } from '../../src/understanding/text/tokenize';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { frozenQuestions, readFrozenSplit } from './real-world/real-world-set';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const QUESTIONS = [
  'users with impossible travel', 'accounts flagged for atypical travel last week', 'users with leaked credentials', 'show accounts with suspicious travel activity',
  'which users had impossible travel sign-ins', 'was Karita involved in a password spray', 'who signed in from anonymous IP addresses',
  'is someone attacking this account?', 'who is attacking Karita\'s account', 'what has Karita been logging into this week', 'where is Giovanna signing in from',
  'what apps has Julieta been signing in to', 'what applications are contractors signing into', 'show me the countries Alain has logged in from',
  'which applications do guests have access to', 'Are these devices compliant and managed?', 'did Karita\'s sign-ins use MFA this week',
  'Are there any failures in Alain\'s sign-ins?', 'show Karita\'s rejected sign-ins', 'which CA policies applied to Karita\'s sign-ins yesterday',
  'which conditional access policies apply to guests', 'Generate a summary of a risky user. Commence with their details.',
  'I would like to know who created the Finance Department group', 'I am trying to find who deleted the Sales Team group', 'I was wondering who owns Salesforce',
  'I have to check who changed the Sales Team group', 'what groups I am in', 'sign-ins this month', 'Alain\'s sign-ins between 3 and 7 March',
  'how many sign-ins today', 'sign-in trend for the last 7 days', 'group changes during February',
  'list conditional access rules', 'conditional access setup', 'can Alain be restored', 'is Karita\'s account recoverable',
  'app registrations created recently', 'sign-ins that needed MFA', 'remediated users this month', 'accounts that were dismissed',
  'staff based in Charlotte', 'sign-ins from Charlotte', 'list enabled guest users',
  'how do I fix Alain not being able to log in', 'what should I do if Karita can\'t sign in', 'which users declined MFA push notifications',
  'which CA policy was causing Karita\'s MFA prompts', 'sign-ins to apps e.g. Salesforce', 'single-factor sign-ins to SaaS apps such as Salesforce',
  'Who enabled Alain\'s account?', 'who renamed the Sales Team group', 'Which users were added to the Global Administrator role?',
  'users removed from the helpdesk administrator role this week', 'Get every user assigned to the Security Reader role', 'which error is Alain getting when signing in', 'why is Alain signing in to nothing',
  'what ip addresses did Karita use', 'list the IP addresses used by Alain', 'is Karita at risk', 'check whether Alain is high risk right now',
  'is Julieta risky and what should I do', 'is Giovanna risky? list the reasons', 'show directory changes this week for a group',
  'which users are signing in to a newly added app', 'the various kinds of MFA failures this week, by error code',
];

describeNoneFrozen(QUESTIONS);

describe('risk detection types (recognisers/risk-detections.ts)', () => {
  it.each([
    ['users with impossible travel', 'impossible travel'],
    ['accounts flagged for atypical travel last week', 'atypical travel'],
    ['users with leaked credentials', 'leaked credentials'],
    ['show accounts with suspicious travel activity', 'atypical travel'],
    ['which users had impossible travel sign-ins', 'impossible travel'],
  ])('%s: risky users, the type named as not applied', (q, type) => {
    const intent = ask(q);
    expect(intent.name).toBe('riskyUsers.list');
    expect(intent.notApplied ?? []).toContain(`risk detection type = ${type}`);
  });

  it('a named person with a detection type is that person\'s risk', () => {
    expect(ask('was Karita involved in a password spray')).toMatchObject({ name: 'riskyUser.details', slots: { user: 'Karita Ojala' } });
  });

  it('sign-ins from a kind of address no filter reads keep the sign-ins and name it', () => {
    const intent = ask('who signed in from anonymous IP addresses');
    expect(intent.notApplied ?? []).toContain('risk detection type = anonymous IP address');
  });

  it('reads the names people use, not words that merely look alike', () => {
    expect(findRiskDetection(' sign ins from tor exit nodes ')).toBe('anonymous IP address');
    expect(findRiskDetection(' who travelled to brazil ')).toBeUndefined();
    expect(findRiskDetection(' password resets this week ')).toBeUndefined();
  });
});

describe('sign-ins that happen, and attempts against an account', () => {
  it.each(['is someone attacking this account?', 'who is attacking Karita\'s account'])('%s: failed sign-ins', (q) => {
    expect(ask(q).name).toBe('signIns.failures');
  });

  it.each(['what has Karita been logging into this week', 'where is Giovanna signing in from', 'which users are signing in to a newly added app'])(
    '%s: the sign-ins, with no trouble named', (q) => {
      expect(ask(q).name).toBe('signIns.list');
    },
  );

  it.each([
    ['what apps has Julieta been signing in to', 'app'],
    ['what applications are contractors signing into', 'app'],
    ['show me the countries Alain has logged in from', 'country'],
  ])('%s: the apps or places of the sign-ins are the summary grouped by them', (q, groupBy) => {
    expect(ask(q)).toMatchObject({ name: 'signIns.summary', slots: { groupBy } });
  });

  it.each(['which apps can Karita sign in to', 'which applications do guests have access to'])('%s: access, not sign-ins', (q) => {
    expect(ask(q).name).not.toMatch(/^signIns\./);
  });

  it.each([
    ['Are these devices compliant and managed?', 'deviceCompliant'],
    ['did Karita\'s sign-ins use MFA this week', 'authRequirement'],
  ] as const)('%s: whether the rows have a property is asked of them, not a filter', (q, slot) => {
    expect(ask(q).slots[slot]).toBeUndefined();
  });

  it.each(['Are there any failures in Alain\'s sign-ins?', 'show Karita\'s rejected sign-ins'])('%s: failed sign-ins are the failures', (q) => {
    expect(ask(q).name).toBe('signIns.failures');
  });

  it.each(['which error is Alain getting when signing in', 'why is Alain signing in to nothing'])('%s: trouble named, troubleshooting', (q) => {
    expect(ask(q).name).toBe('signIns.troubleshoot');
  });

  it.each(['what ip addresses did Karita use', 'list the IP addresses used by Alain'])('%s: addresses are the sign-ins\'', (q) => {
    expect(ask(q).name).toBe('signIns.list');
  });
});

describe('whether a person is risky is their risk; why, reasons or what to do is the summary', () => {
  it.each(['is Karita at risk', 'check whether Alain is high risk right now'])('%s → riskyUser.details', (q) => {
    expect(ask(q).name).toBe('riskyUser.details');
  });
  it.each(['is Julieta risky and what should I do', 'is Giovanna risky? list the reasons'])('%s → riskyUser.summary', (q) => {
    expect(ask(q).name).toBe('riskyUser.summary');
  });
});

describe('the tenant\'s activity and groupings', () => {
  it('directory changes with one object as an example are the tenant\'s audit log', () => {
    expect(ask('show directory changes this week for a group')).toMatchObject({ name: 'audit.changes', slots: { targetType: 'group' } });
  });

  it('kinds of failures grouped by error code keep every code (the code the words name is said)', () => {
    const intent = ask('the various kinds of MFA failures this week, by error code');
    expect(intent.slots.groupBy).toBe('errorCode');
    expect(intent.slots.errorCode).toBeUndefined();
  });
});

describe('sign-in records and sentences', () => {
  it('the policies applied to sign-ins are the sign-ins\' record, the policies that apply to people the policy list', () => {
    expect(ask('which CA policies applied to Karita\'s sign-ins yesterday').name).toBe('signIns.list');
    expect(ask('which conditional access policies apply to guests').name).toBe('policies.conditionalAccess');
  });

  it('a sentence\'s first word is capitalised by style, not a name (analysis/fallback-names.ts)', () => {
    const intent = ask('Generate a summary of a risky user. Commence with their details.');
    expect(intent.slots.user).toBeUndefined();
  });
});

describe('the asker wrapping a question is not its subject (slots/entities.ts mentionsSelf)', () => {
  it.each([
    'I would like to know who created the Finance Department group', 'I am trying to find who deleted the Sales Team group',
    'I was wondering who owns Salesforce', 'I have to check who changed the Sales Team group',
  ])('%s', (q) => {
    expect(ask(q).slots.user).toBeUndefined();
  });

  it('"what groups I am in" is still about the asker', () => {
    expect(ask('what groups I am in')).toMatchObject({ name: 'user.groups', slots: { user: 'me' } });
  });
});

describe('a summary aggregates (intent-cues.ts CUES): plain sign-ins in a period are the sign-ins', () => {
  it.each(['sign-ins this month', 'Alain\'s sign-ins between 3 and 7 March'])('%s → signIns.list', (q) => {
    expect(ask(q).name).toBe('signIns.list');
  });
  it.each(['how many sign-ins today', 'sign-in trend for the last 7 days'])('%s → signIns.summary', (q) => {
    expect(ask(q).name).toBe('signIns.summary');
  });
  it('a bare month after "during" is the window, not a person', () => {
    expect(ask('group changes during February')).toMatchObject({ name: 'audit.changes', slots: { window: { from: '2024-02-01T00:00:00Z', to: '2024-03-01T00:00:00Z' } } });
    expect(ask('group changes during February').slots.user).toBeUndefined();
  });
});

describe('everyday names of things the families read', () => {
  it.each(['list conditional access rules', 'conditional access setup'])('%s → the policies', (q) => {
    expect(ask(q)).toMatchObject({ name: 'policies.conditionalAccess', slots: {} });
  });
  it.each(['can Alain be restored', 'is Karita\'s account recoverable'])('%s → the recycle bin', (q) => {
    expect(ask(q).name).toBe('users.deleted');
  });
  it('app registrations created are "Add application"', () => {
    expect(ask('app registrations created recently')).toMatchObject({ name: 'audit.changes', slots: { activity: 'Add application' } });
  });
  it('MFA "needed" is required', () => {
    expect(ask('sign-ins that needed MFA').slots.authRequirement).toBe('multiFactor');
  });
  it.each([['remediated users this month', 'remediated'], ['accounts that were dismissed', 'dismissed']])('%s → risky users in that state', (q, state) => {
    expect(ask(q)).toMatchObject({ name: 'riskyUsers.list', slots: { riskState: state } });
  });
});

describe('the tenant\'s own cities (names/gazetteer.ts cities) and enabled accounts', () => {
  const gazetteer = buildGazetteer({ users: [{ displayName: 'Ann Lee', userPrincipalName: 'ann@contoso.com', city: 'Charlotte' }] });
  const askIn = (q: string) => understand(q, {}, { gazetteer, now: DEMO_NOW });
  it('a city the tenant\'s users are in is a place, not a person', () => {
    expect(askIn('staff based in Charlotte')).toMatchObject({ name: 'users.search', slots: { city: 'Charlotte' } });
    expect(askIn('sign-ins from Charlotte')).toMatchObject({ name: 'signIns.list', slots: { city: 'Charlotte' } });
  });
  it('"enabled guest users" keeps both filters', () => {
    expect(ask('list enabled guest users')).toMatchObject({ name: 'users.search', slots: { userType: 'guest', accountEnabled: true } });
  });
});

describe('what to do about trouble, declined MFA, what policies caused, examples', () => {
  it.each(['how do I fix Alain not being able to log in', 'what should I do if Karita can\'t sign in'])('%s → troubleshooting', (q) => {
    expect(ask(q).name).toBe('signIns.troubleshoot');
  });
  it('MFA prompts declined are failed sign-ins', () => {
    expect(ask('which users declined MFA push notifications').name).toBe('signIns.failures');
  });
  it('what a policy caused is in the sign-ins', () => {
    expect(ask('which CA policy was causing Karita\'s MFA prompts')).toMatchObject({ name: 'signIns.list', slots: { user: 'Karita Ojala' } });
  });
  it.each(['sign-ins to apps e.g. Salesforce', 'single-factor sign-ins to SaaS apps such as Salesforce'])('%s: the example is named, not the filter', (q) => {
    const intent = ask(q);
    expect(intent.slots.app).toBeUndefined();
    expect(intent.notApplied ?? []).toContain('Salesforce (given as an example)');
  });
});

describe('who changed one object, and changes to who holds a role', () => {
  it.each([
    ['Who enabled Alain\'s account?', { user: 'Alain Charon', activity: 'updated' }],
    ['who renamed the Sales Team group', { group: 'Sales Team', activity: 'updated' }],
  ])('%s → the object\'s audit history', (q, slots) => {
    expect(ask(q)).toMatchObject({ name: 'audit.forObject', slots });
  });
  it.each([
    ['Which users were added to the Global Administrator role?', 'added'],
    ['users removed from the helpdesk administrator role this week', 'removed'],
  ])('%s → privileged.changes (%s)', (q, kind) => {
    expect(ask(q)).toMatchObject({ name: 'privileged.changes', slots: { changeKind: kind } });
  });
  it('holders of a role now are its members', () => {
    expect(ask('Get every user assigned to the Security Reader role').name).toBe('role.members');
  });
});

/** Graph's developer wording (eleventh round): property names, values names are matched against, query options as the means. */
const GRAPH_WORDING = [
  'Retrieve deleted users ordered by deletedDateTime', "users whose display name starts with 'Kar'", "list users with a mail that ends with 'b@fabrikam.com'",
  "groups whose display names contain the letters 'Fin'", 'Use $filter and $top to get five guest users', 'Use the microsoft.graph.user OData cast to list disabled accounts',
  'show my unread messages', 'files in my drive', "the Sales Team group's conversations", 'my events tomorrow', "Karita's profile photo",
  "is Alain's presence available", 'which groups have licences assigned', "what's Karita's email address", 'audit events this week', 'show my sign-in events this week',
  'instantiate the Salesforce gallery app', 'service principals with fewer than two owners', 'groups with fewer than two owners',
  'list accounts with their last login date', 'details of a user', 'show the attributes of the group', "Karita's management chain", 'audit app changes this week',
  "the signed-in user's events starting tomorrow", 'emails from Alain received this week', 'show non-security groups', 'guests with mail domain equal to fabrikam.com',
  'people in the Support and Marketing departments', 'list users whose company name is Microsoft',
  'I can\'t find the "assign this group to the user" option', 'using groups to manage licences', "show members of the 'Finance Department' group",
  'users with a suspended service plan', 'who has an Exchange Online licence', 'which users have the Visio service plan',
  'audit events performed by a specific user', 'changes made by users this week',
];

describe('Graph\'s developer wording (text/tokenize.ts, text/match-values.ts, text/tool-phrases.ts)', () => {
  it('these questions are none of the frozen first-seen questions', () => {
    const frozen = new Set(frozenQuestions(readFrozenSplit()).map((q) => q.toLowerCase()));
    for (const q of GRAPH_WORDING) expect(frozen.has(q.toLowerCase()), q).toBe(false);
  });
  it('a property name in lower camel case is its words; CamelCase identifiers and "iPhone" stay whole', () => {
    expect(tokenize('order by deletedDateTime and userPrincipalName').map((t) => t.norm)).toEqual(['order', 'by', 'deleted', 'date', 'time', 'and', 'user', 'principal', 'name']);
    expect(tokenize('signInActivity').map((t) => t.norm)).toEqual(['signin', 'activity']);
    expect(tokenize('BlockedByConditionalAccess on my iPhone').map((t) => t.norm)).toEqual(['blockedbyconditionalaccess', 'on', 'my', 'iphone']);
    expect(ask('Retrieve deleted users ordered by deletedDateTime')).toMatchObject({ name: 'users.deleted', slots: {} });
  });
  it('an address in quotes is the address, without the quote', () => {
    expect(tokenize("'karita@woodgrovebank.com'").filter((t) => t.kind === 'email').map((t) => t.norm)).toEqual(['karita@woodgrovebank.com']);
  });
  it('a value after "contains", "starts with", "ends with" is a pattern, not a person, an address or the tool', () => {
    expect(ask("users whose display name starts with 'Kar'")).toMatchObject({ name: 'users.search', slots: {} });
    expect(ask("list users with a mail that ends with 'b@fabrikam.com'")).toMatchObject({ name: 'users.search', slots: {} });
    expect(ask("groups whose display names contain the letters 'Fin'")).toMatchObject({ name: 'groups.search', slots: { nameContains: 'Fin' } });
    expect(ask("sign-ins to apps whose name starts with 'Graph'").name).not.toBe('unknown');
  });
  it('Graph\'s query options as the means are not the question', () => {
    expect(ask('Use $filter and $top to get five guest users')).toMatchObject({ name: 'users.search', slots: { userType: 'guest', top: 5 } });
    expect(ask('Use the microsoft.graph.user OData cast to list disabled accounts')).toMatchObject({ name: 'users.search', slots: { accountEnabled: false } });
  });
  it.each([
    ['show my unread messages', 'Exchange Online mailboxes'], ['files in my drive', 'SharePoint, OneDrive and Teams content'],
    ["the Sales Team group's conversations", 'calendars, meetings and chats'], ['my events tomorrow', 'calendars, meetings and chats'],
    ["Karita's profile photo", 'presence and profile photos'], ["is Alain's presence available", 'presence and profile photos'],
    ['which groups have licences assigned', 'group-based licensing'],
  ])('%s → unknown (%s)', (q, topic) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: topic });
  });
  it('an address, the logs\' events and people\'s licences stay with the families', () => {
    expect(ask("what's Karita's email address").name).toBe('user.details');
    expect(ask('audit events this week').name).toBe('audit.changes');
    expect(ask('show my sign-in events this week').name).toBe('signIns.list');
    expect(ask('which groups have P2 licences').name).not.toBe('unknown');
  });
  it('instantiating a gallery app is a change', () => {
    expect(ask('instantiate the Salesforce gallery app').name).toBe('change.refused');
  });
  it('owners counted of apps are not the ownerless groups', () => {
    expect(ask('service principals with fewer than two owners').name).toBe('unknown');
    expect(ask('groups with fewer than two owners')).toMatchObject({ name: 'groups.ownerless', slots: { maxOwners: 1 } });
  });
});

describe('one object\'s properties, everyone\'s last sign-in, a manager chain, a command that is not a name (intent-cues.ts DEFINING, fallback-names.ts)', () => {
  // Fourteenth round (the coordinator's finding): users.inactive lists only the accounts idle for 90 days (questions.md: "who
  // hasn't signed in for 90 days"), a narrower answer than "list accounts with their last login date" asks; no intent shows
  // everyone's last sign-in, so the accounts are listed and the column named as not applied (coordinator-misses.test.ts).
  it('everyone\'s last sign-in lists the accounts with the column named, one person\'s stays the sign-in log', () => {
    expect(ask('list accounts with their last login date')).toMatchObject({ name: 'users.search', notApplied: ['last sign-in time (not a column of this list)'] });
    expect(ask('when did Karita last sign in').name).toBe('signIns.list');
  });
  it('the properties of one (unnamed) user or group are its details, with the name asked for', () => {
    expect(ask('details of a user')).toMatchObject({ name: 'user.details', missing: ['user'] });
    expect(ask('show the attributes of the group')).toMatchObject({ name: 'group.details', missing: ['group'] });
    expect(ask('list all groups with their details').name).toBe('groups.search');
  });
  it('a management chain is the managers above someone, not their reports', () => {
    expect(ask("Karita's management chain")).toMatchObject({ name: 'user.details', slots: { user: 'Karita Ojala' } });
    expect(ask('who reports to Megan Bowen').name).toBe('user.directReports');
  });
  it('a verb of reading that opens the request is not the name of the group or app after it', () => {
    expect(ask('audit app changes this week').slots).not.toHaveProperty('app');
    expect(ask('track group changes').slots).not.toHaveProperty('group');
  });
});

describe('the asker\'s calendar and mail in Graph\'s words, negated group types, values compared, departments in order', () => {
  it.each([
    ["the signed-in user's events starting tomorrow", 'calendars, meetings and chats'], ['emails from Alain received this week', 'Exchange Online mailboxes'],
  ])('%s → unknown (%s)', (q, topic) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: topic });
  });
  it('a negated group type is no type filter, and is named as not applied', () => {
    const r = ask('show non-security groups');
    expect(r.name).toBe('groups.search');
    expect(r.slots).not.toHaveProperty('groupType');
    expect(r.notApplied).toContain('excluding a kind of group');
    expect(ask('show security groups').slots).toMatchObject({ groupType: 'security' });
  });
  it('a domain compared is a value, not the tenant', () => {
    expect(ask('guests with mail domain equal to fabrikam.com')).toMatchObject({ name: 'users.search', slots: { userType: 'guest' } });
  });
  it('several departments keep the order typed; a company name is named as not applied', () => {
    expect(ask('people in the Support and Marketing departments').slots).toMatchObject({ departments: ['Support', 'Marketing'] });
    expect(ask('list users whose company name is Microsoft')).toMatchObject({ name: 'users.search', notApplied: ['company name'] });
  });
});

describe('quoted labels point at nothing; groups used for licensing', () => {
  it('"the group" inside a quoted label is no reference, so the question is about the portal', () => {
    expect(ask('I can\'t find the "assign this group to the user" option')).toMatchObject({ name: 'unknown', outOfScope: "the admin center's interface" });
    expect(ask("show members of the 'Finance Department' group")).toMatchObject({ name: 'group.members', slots: { group: 'Finance Department' } });
  });
  it('groups used to manage licences are group-based licensing', () => {
    expect(ask('using groups to manage licences')).toMatchObject({ name: 'unknown', outOfScope: 'group-based licensing' });
  });
});

describe('service plans and products named as licences (intent-cues.ts DEFINING, slots/entities.ts productBeforeLicence)', () => {
  it('people picked by a service plan are the licences\' question', () => {
    expect(ask('users with a suspended service plan').name).toBe('users.licenses');
  });
  it('a product named before "licence" or "service plan" is the licence, not a person nor the mailboxes', () => {
    expect(ask('who has an Exchange Online licence')).toMatchObject({ name: 'users.licenses', slots: { sku: 'Exchange Online' } });
    expect(ask('which users have the Visio service plan')).toMatchObject({ name: 'users.licenses', slots: { sku: 'Visio' } });
    expect(ask("Karita's licences")).toMatchObject({ name: 'users.licenses', slots: { user: 'Karita Ojala' } });
    expect(ask('show the Exchange Online mailboxes').name).toBe('unknown');
  });
});

describe('one user who acted, not yet named (intent-cues.ts otherSubjectSibling)', () => {
  it('"performed by a specific user" is one person\'s audit log, with the person asked for', () => {
    expect(ask('audit events performed by a specific user')).toMatchObject({ name: 'audit.forUser', missing: ['user'] });
    expect(ask('changes made by users this week').name).toBe('audit.changes');
  });
});

/**
 * Eleventh round (people's own wording in GitHub issues): a request stated as a wish, identifiers written as one word,
 * inactivity said after its noun, blocked sign-ins, and requests to a tool's or a page's maker. Questions of their own.
 */
const ROUND_11 = [
  'I\'d like to be able to view which guests are stale', 'It would be great if we could see the members of the Finance Department group',
  'We need a simple way to identify users who have not registered MFA', 'As we move to passkeys, admins need a reliable way to find users who still use SMS',
  'which cmdlet should I use to get the owners of the Sales Team group', 'what if I want to list the guests in Finance', 'My question is: who owns Salesforce?',
  'which users need to get a licence', 'How many licenses do I need to monitor my infrastructure?', 'what is our TenantId', 'show the userType of Karita',
  'who has access to ServiceNow', 'accounts that have never even logged in', 'which guests are stale', 'sign-ins from users who have not signed in with MFA',
  'blocked logins for Karita this week', 'sign-ins that were blocked yesterday', 'show Alain\'s sign-ins, successful and blocked',
  'Could you add a column with the last sign-in date?', 'please update the docs to mention the 30 day limit', 'add Karita to the Sales Team group',
  'Could you add a way to add Alain to the Sales Team group?', 'update the report to include guests, and disable the stale ones',
  'list stale guests so we can review them', 'explain what happens to sign-in logs when an app is deleted', 'Is there an event id for a password change?',
  'I would like a cmdlet that exports the expiring secrets', 'which endpoint do I need to hit to get the members of the Sales Team group',
  'apps people consented to on their own', 'show Salesforce\'s permissions', 'show me the licensed users', 'list the unlicensed accounts',
  'I just need to see the guests', 'list UPNs of guests in Finance', 'which roles can reset passwords', 'what roles can Karita activate',
  'Since SMS is being retired, we need a simple way to find users who still rely on text messages',
];

describe('the eleventh round\'s questions', () => {
  it('are none of the frozen first-seen questions', () => {
    const frozen = new Set(frozenQuestions(readFrozenSplit()).map((q) => q.toLowerCase()));
    expect(ROUND_11.filter((q) => frozen.has(q.toLowerCase()))).toEqual([]);
  });
});

describe('a request stated as a wish or a need (text/wish-phrases.ts)', () => {
  it.each([
    ['I\'d like to be able to view which guests are stale', 'users.inactive', { userType: 'guest' }],
    ['It would be great if we could see the members of the Finance Department group', 'group.members', { group: 'Finance Department' }],
    ['We need a simple way to identify users who have not registered MFA', 'users.mfaStatus', { registered: false }],
    ['As we move to passkeys, admins need a reliable way to find users who still use SMS', 'users.mfaStatus', { method: 'mobilePhone' }],
    ['which cmdlet should I use to get the owners of the Sales Team group', 'group.owners', { group: 'Sales Team' }],
    ['what if I want to list the guests in Finance', 'users.search', { userType: 'guest', department: 'Finance' }],
    ['My question is: who owns Salesforce?', 'app.owners', { app: 'Salesforce' }],
  ])('%s → %s', (q, name, slots) => {
    const intent = ask(q);
    expect(intent).toMatchObject({ name, slots });
    // The one who wishes is not the subject of the question.
    expect(intent.slots.user).toBeUndefined();
  });
  it('a need that is the question\'s own predicate, or asked with its auxiliary first, is no wish', () => {
    expect(ask('which users need to get a licence').name).toBe('users.licenses');
    expect(ask('How many licenses do I need to monitor my infrastructure?').name).toBe('unknown');
  });
});

describe('identifiers written as one word (text/tokenize.ts splitIdentifiers)', () => {
  it('a property\'s name reads as its words', () => {
    expect(ask('what is our TenantId').name).toBe('tenant.details');
    expect(ask('show the userType of Karita')).toMatchObject({ name: 'user.details', slots: { user: 'Karita Ojala' } });
  });
  it('a product written the same way stays a name', () => {
    expect(ask('who has access to ServiceNow')).toMatchObject({ name: 'app.users', slots: { app: 'ServiceNow' } });
  });
});

describe('inactivity and failures said another way (recognisers/intent-cues.ts)', () => {
  it.each(['accounts that have never even logged in', 'which guests are stale'])('%s → users.inactive', (q) => {
    expect(ask(q).name).toBe('users.inactive');
  });
  it.each(['blocked logins for Karita this week', 'sign-ins that were blocked yesterday'])('%s → signIns.failures', (q) => {
    expect(ask(q).name).toBe('signIns.failures');
  });
  it('sign-ins both successful and blocked stay the list', () => {
    expect(ask('show Alain\'s sign-ins, successful and blocked').name).toBe('signIns.list');
  });
});

describe('requests to a tool\'s or a page\'s maker (recognisers/change-request.ts)', () => {
  it.each(['Could you add a column with the last sign-in date?', 'please update the docs to mention the 30 day limit'])('%s is no change of the tenant', (q) => {
    expect(ask(q).name).not.toBe('change.refused');
  });
  it.each([
    ['add Karita to the Sales Team group', 'add'],
    ['Could you add a way to add Alain to the Sales Team group?', 'add'],
    ['update the report to include guests, and disable the stale ones', 'disable'],
  ])('%s is still a change (%s)', (q, action) => {
    expect(ask(q)).toMatchObject({ name: 'change.refused', slots: { action } });
  });
});

describe('purpose clauses, explanations, tool requests, consent and licences', () => {
  it('the purpose after a request is not part of it', () => {
    expect(ask('list stale guests so we can review them')).toMatchObject({ name: 'users.inactive', slots: { userType: 'guest' } });
  });
  it.each([
    'explain what happens to sign-in logs when an app is deleted', 'Is there an event id for a password change?',
    'I would like a cmdlet that exports the expiring secrets',
  ])('%s asks how the product or a tool behaves → unknown', (q) => {
    expect(ask(q).name).toBe('unknown');
  });
  it('which endpoint to use to get records still reads them', () => {
    expect(ask('which endpoint do I need to hit to get the members of the Sales Team group')).toMatchObject({ name: 'group.members', slots: { group: 'Sales Team' } });
  });
  it('consent people gave is user consent; a named app\'s permissions stay its own', () => {
    expect(ask('apps people consented to on their own').name).toBe('apps.userConsent');
    expect(ask('show Salesforce\'s permissions')).toMatchObject({ name: 'app.permissions', slots: { app: 'Salesforce' } });
  });
  it('licensed people are the licence holders (unlicensed = false); unlicensed stays true', () => {
    expect(ask('show me the licensed users')).toMatchObject({ name: 'users.licenses', slots: { unlicensed: false } });
    expect(ask('list the unlicensed accounts').slots.unlicensed).toBe(true);
  });
});

describe('more of the same wording classes', () => {
  it('"I just need to see…": the wish with an adverb, and the asker is not the subject', () => {
    expect(ask('I just need to see the guests')).toMatchObject({ name: 'users.search', slots: { userType: 'guest' } });
    expect(ask('I just need to see the guests').slots.user).toBeUndefined();
  });
  it('a subordinate clause before the wish keeps its constraint', () => {
    expect(ask('Since SMS is being retired, we need a simple way to find users who still rely on text messages')).toMatchObject({ name: 'users.mfaStatus', slots: { method: 'mobilePhone' } });
  });
  it('UPNs are the accounts', () => {
    expect(ask('list UPNs of guests in Finance')).toMatchObject({ name: 'users.search', slots: { userType: 'guest', department: 'Finance' } });
  });
  it('which roles can do something asks what a role permits; a person\'s roles stay theirs', () => {
    expect(ask('which roles can reset passwords').name).toBe('unknown');
    expect(ask('what roles can Karita activate')).toMatchObject({ name: 'user.roles', slots: { user: 'Karita Ojala' } });
  });
});
