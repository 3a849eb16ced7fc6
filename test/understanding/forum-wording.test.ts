/**
 * Rules written from the thirty-eighth tune batch (an AI assistant setup's example prompts for first-line Microsoft 365 user
 * provisioning, a Microsoft 365 admin agent's examples, blog titles on Entra ID reporting, KQL query titles and people's own
 * questions: C-M365UP, C-M365AA, B38-TITLES, B38-KQL, B38-QA of test/understanding/real-world), each tested on wording of our
 * own and each failing on the code before it (e2d7fc1): a report or a document as what is made or edited, a feature of a tool
 * as the means of a change, the asker's failed attempt told before the question, the asker's verbs of reading after "how do
 * I", advice on what to check or record, what someone needs to know, when people's passwords expire, who Conditional Access
 * leaves out, and places that are blocked.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

const REPORTS_MADE: readonly [string, string][] = [
  ['Create an MFA status report for Entra ID users', 'users.mfaStatus'],
  ['Creating a licence report for Microsoft 365 users', 'users.licenses'],
  ['Create a guest users report', 'users.search'],
];
const STILL_CHANGES = ['create a new security group for reports', 'create a group called Reports', 'update the list of owners for Finance Department', "I'm trying to disable Alain's account, can you do it?"];
const DOCUMENTS = ['Can you help me update the CSV template with more columns?', 'Please create a training outline for the helpdesk team', 'I need to update our onboarding documentation'];
const FEATURE_MEANS = ['Can you help me use the import feature to create the accounts?', 'use the bulk edit tool to disable these guests', 'how do I use the admin center wizard to add users'];
const TRIED: readonly [string, string][] = [
  ["I tried to reset the password but it fails. When was Alain's password last changed?", 'user.passwordChange'],
  ["I'm trying to add Karita to a group but I get an access denied error. What roles does Karita have?", 'user.roles'],
];
const ASKER_READS = ['How can I work out which users were created last week?', 'how do I figure out which groups were deleted yesterday', 'How do I tell which apps were added this month?'];
const ADVICE = ['What should I check in the audit log after creating users?', 'What should I look for in the sign-in logs?', 'What user details should I record?', 'What do we need to check after offboarding someone?'];
const NEED_TO_KNOW = ['What admins need to know about guest access', 'What identity admins need to know about consent', 'What do I need to know about guest access?'];
// (One named person's expiry, "When does Karita's password expire?", is user.passwordChange: the e2e gallery's
// issue-password-expiry card says what it depends on; negated-objects.test.ts holds it.)
const PASSWORD_EXPIRY = ['Which users have passwords that are about to expire?', 'users whose passwords expire in the next 14 days'];
const CA_EXCLUSIONS = ['Which users are excluded from Conditional Access?', 'conditional access exclusions', 'list the conditional access exclusions'];
const BLOCKED_PLACES = ['successful sign-ins from blocked countries', 'successful logins from blocked IP addresses'];
const HOW_TO_REPORT: readonly [string, string][] = [
  ['how do I create a report of users without MFA', 'users.mfaStatus'],
  ['how to create a report of guest users', 'users.search'],
  ['create an authentication method report for all users', 'users.mfaStatus'],
];
const ADVICE_AFTER_CLAUSE = ['Before I finish my shift, what should I check in the audit log?', 'after onboarding a batch of people what do we need to record'];
const SECOND_COMMANDS = ['Show me the licences and help me assign one to Karita', 'find inactive users and help me disable them'];
const SWITCH_TENANTS = ['I need to switch from our main tenant to a different Microsoft 365 organization. Can you walk me through it?', 'switch from our production tenant to the test tenant'];
const HOW_TO_GO_ABOUT = ['We received an alert about risky sign-ins. How should I investigate?', 'There are odd logins at night. How do we handle this?'];
const QUESTION_THEN_COMMAND = ['Show me what licenses are available and help me assign one to Karita', 'which guests are inactive and can you remove them'];
const CHANGE_EVENTS: readonly [string, string | undefined][] = [
  ['group additions this week', 'group'], ['role removals last month', 'role'], ['app deletions yesterday', 'app'], ['policy changes this month', 'policy'],
];
const GERUND_HEADINGS: readonly [string, string][] = [['Tracking group membership changes', 'group'], ['Monitoring group changes', 'group'], ['Auditing app changes', 'app']];
const TOOL_PART_NAMES = ['who owns the Tests folder', 'list the people in the Tests folder'];
const TOOL_TROUBLE = ['Can you help me troubleshoot this issue?', 'the report shows old data, can you help me troubleshoot?'];

describeNoneFrozen([
  ...REPORTS_MADE.map(([q]) => q), ...STILL_CHANGES, ...DOCUMENTS, ...FEATURE_MEANS, ...TRIED.map(([q]) => q), ...ASKER_READS, ...ADVICE,
  ...NEED_TO_KNOW, ...PASSWORD_EXPIRY, ...CA_EXCLUSIONS, ...BLOCKED_PLACES, ...HOW_TO_REPORT.map(([q]) => q), ...ADVICE_AFTER_CLAUSE, ...TOOL_TROUBLE,
  ...SECOND_COMMANDS, ...SWITCH_TENANTS, ...HOW_TO_GO_ABOUT, 'switch MFA on for Alain', 'How should I investigate failed sign-ins for Alain?',
  ...QUESTION_THEN_COMMAND, ...CHANGE_EVENTS.map(([q]) => q), 'who can reset passwords and approve requests', 'what do I need to approve', 'what needs my approval',
  ...GERUND_HEADINGS.map(([q]) => q),
  ...TOOL_PART_NAMES,
  'how do I create a dynamic group', "help me troubleshoot Karita's sign-in", 'troubleshoot the failed logins for Alain',
  'which apps did I create', "What should I do about Giovanna's risk?", 'admins need to know which users have no MFA', 'app secrets that expire this month',
  "When was Karita's password last changed?", 'sign-ins blocked by conditional access', 'sign-ins that were blocked from Brazil',
]);

describe('a report made is a request for its records, not a change (change-request.ts)', () => {
  it.each(REPORTS_MADE)('%s → %s', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });
  it.each(STILL_CHANGES)('%s is still a change', (q) => {
    expect(ask(q).name).toBe('change.refused');
  });
});

describe("a template, an outline or a document is the asker's own, not the tenant's (change-request.ts)", () => {
  it.each(DOCUMENTS)('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('unknown');
  });
});

describe("a tool's feature as the means of a change (change-request.ts)", () => {
  it.each(FEATURE_MEANS)('%s', (q) => {
    expect(ask(q).name).toBe('change.refused');
  });
});

describe("the asker's failed attempt, told before the question, is context (change-request.ts)", () => {
  it.each(TRIED)('%s → %s', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });
});

describe('"how do I figure out / work out / tell which …": the asker reads, the records are not theirs (entities.ts)', () => {
  it.each(ASKER_READS)('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('audit.changes');
    expect(got.slots.user).toBeUndefined();
  });
  it('"which apps did I create" is still the asker\'s own audit log', () => {
    expect(ask('which apps did I create').slots.user).toBe('me');
  });
});

describe('advice on what to check, record or know (question-form.ts, wish-phrases.ts)', () => {
  it.each([...ADVICE, ...NEED_TO_KNOW])('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('unknown');
    expect(got.outOfScope).toBeDefined();
  });
  it.each([["What should I do about Giovanna's risk?", 'riskyUser.summary'], ['admins need to know which users have no MFA', 'users.mfaStatus']])('%s → %s', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });
});

describe("when people's passwords expire is the password policy, not app credentials (out-of-scope.ts)", () => {
  it.each(PASSWORD_EXPIRY)('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('unknown');
    expect(got.outOfScope).toBe('password and domain policies');
  });
  it.each([['app secrets that expire this month', 'apps.credentialsExpiring'], ["When was Karita's password last changed?", 'user.passwordChange']])('%s → %s', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });
});

describe("who Conditional Access leaves out is the policies' exclusions (defining-siblings.ts)", () => {
  it.each(CA_EXCLUSIONS)('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('policies.conditionalAccess');
    expect(got.slots.excludes).toBe('any');
  });
  it('sign-ins blocked by conditional access stay the sign-ins', () => {
    expect(ask('sign-ins blocked by conditional access').name).toBe('signIns.failures');
  });
});

describe('a blocked place says where, not how the sign-in ended (filters.ts, not-applied.ts)', () => {
  it.each(BLOCKED_PLACES)('%s', (q) => {
    const got = ask(q);
    expect(got.slots.status).toBe('success');
    expect(got.notApplied).toContain('blocked locations');
  });
  it('sign-ins blocked from Brazil are failures', () => {
    expect(ask('sign-ins that were blocked from Brazil').name).toBe('signIns.failures');
  });
});

describe('how to make a report of records asks for them (question-form.ts, product-question.ts)', () => {
  it.each(HOW_TO_REPORT)('%s → %s', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });
  it('how to create a group is still a change', () => {
    expect(ask('how do I create a dynamic group').name).toBe('change.refused');
  });
});

describe('advice after a clause of time or condition (question-form.ts)', () => {
  it.each(ADVICE_AFTER_CLAUSE)('%s', (q) => {
    expect(ask(q).outOfScope).toBe('advice on what to do');
  });
});

describe("troubleshooting with no word of signing in, access or a person is a tool's trouble (out-of-scope.ts)", () => {
  it.each(TOOL_TROUBLE)('%s', (q) => {
    expect(ask(q).name).toBe('unknown');
  });
  it.each(["help me troubleshoot Karita's sign-in", 'troubleshoot the failed logins for Alain'])('%s stays the troubleshooter', (q) => {
    expect(ask(q).name).toBe('signIns.troubleshoot');
  });
});

describe('a second command after "and" may carry a wrapper (change-request.ts)', () => {
  it.each(SECOND_COMMANDS)('%s', (q) => {
    expect(ask(q).name).toBe('change.refused');
  });
});

describe('switching from one tenant to another moves the asker, not the tenant (change-request.ts)', () => {
  it.each(SWITCH_TENANTS)('%s', (q) => {
    expect(ask(q).name).not.toBe('change.refused');
  });
  it('switching MFA on is still a change', () => {
    expect(ask('switch MFA on for Alain').name).toBe('change.refused');
  });
});

describe('how to go about it, asked on its own, is advice (question-form.ts)', () => {
  it.each(HOW_TO_GO_ABOUT)('%s', (q) => {
    const got = ask(q);
    expect(got.name).toBe('unknown');
    expect(got.outOfScope).toBeDefined();
  });
  it('with an object of the tenant it reads', () => {
    expect(ask('How should I investigate failed sign-ins for Alain?').name).toBe('signIns.failures');
  });
});

describe('a question, then a command with its own wrapper (change-request.ts)', () => {
  it.each(QUESTION_THEN_COMMAND)('%s', (q) => {
    expect(ask(q).name).toBe('change.refused');
  });
  it('"who can reset passwords and approve requests" asks who may', () => {
    expect(ask('who can reset passwords and approve requests').name).not.toBe('change.refused');
  });
});

describe("an object's noun followed by a noun of change is the audit log's events (understand.ts)", () => {
  it.each(CHANGE_EVENTS)('%s', (q, targetType) => {
    const got = ask(q);
    expect(got.name).toBe('audit.changes');
    expect(got.slots.targetType).toBe(targetType);
  });
});

describe("what waits for the asker's approval is their queue, never the learnt gate's (product-question.ts)", () => {
  it.each(['what do I need to approve', 'what needs my approval'])('%s', (q) => {
    expect(ask(q).name).toBe('accessRequests.pending');
  });
});

describe('a heading opened by a verb of reading in -ing names nothing (fallback-names.ts)', () => {
  it.each(GERUND_HEADINGS)('%s', (q, targetType) => {
    const got = ask(q);
    expect(got.name).toBe('audit.changes');
    expect(got.slots).toEqual({ targetType });
  });
});

describe("a name before a tool's part or a file's noun is theirs, not a group's or a person's (fallback-names.ts)", () => {
  it.each(TOOL_PART_NAMES)('%s', (q) => {
    const got = ask(q);
    expect(got.slots.group).toBeUndefined();
    expect(got.slots.user).toBeUndefined();
  });
});
