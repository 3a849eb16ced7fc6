/**
 * The courtesy around a question (a greeting, thanks, a frame asking for an answer to an embedded question) changes
 * nothing of what is understood. Found on 2026-12-07 by asking the tune part's understood questions again with such
 * words around them: "Can you tell me …" changed 133 of 520 wh-questions, "Hi, …" 74 of 1,662 questions, "… Thanks!"
 * 27 ("Brandon Artois. Thanks" as the person). The cases of PAIRS failed on the code before `text/courtesy.ts`.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { withoutCourtesy } from '../../src/understanding/text/courtesy';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

/** [with courtesy, the bare question]: both must be understood alike. Each failed on the code before the rule. */
const PAIRS: readonly [string, string][] = [
  ['Hi, why is a guest unable to sign in?', 'why is a guest unable to sign in?'],
  ['Hi, lots of failed logins overnight', 'lots of failed logins overnight'],
  ['Hi, what has changed in admin roles recently', 'what has changed in admin roles recently'],
  ['Hi, what is a service principal?', 'what is a service principal?'],
  ['Good morning all, list the guests in Sales', 'list the guests in Sales'],
  ['Show the audit log for the Finance Department group. Kind regards', 'Show the audit log for the Finance Department group.'],
  ['Can you tell me which apps guests are signing in to?', 'which apps guests are signing in to?'],
  ['Can you tell me why is a sign-in flagged as risky?', 'why is a sign-in flagged as risky?'],
  ['Can you tell me how do I restore a deleted group?', 'how do I restore a deleted group?'],
  ['Can you tell me how to disable a user?', 'how to disable a user?'],
  ["I'd like to know why is my account locked?", 'why is my account locked?'],
  ['I was wondering how many guests we have', 'how many guests we have'],
  // A way of asking before a verb of reading (the asker's "I" is not the person the records are of).
  ['How do I retrieve the deleted groups?', 'retrieve the deleted groups?'],
  ['How do I fetch the sign-ins of the last 24 hours?', 'fetch the sign-ins of the last 24 hours?'],
  ['How do I get the manager of Karita?', 'get the manager of Karita?'],
  ['Is it possible to show accounts that are disabled?', 'show accounts that are disabled?'],
  ['Is it possible to find inactive accounts?', 'find inactive accounts?'],
  ['List the role assignments for the current user please', 'List the role assignments for the current user'],
  ['My question is: how do I get the manager of Alain?', 'get the manager of Alain?'],
  // Urgency and purpose after it, the product as the post's label, who asked for it.
  ['Show the reports of Jordan Avery ASAP', 'Show the reports of Jordan Avery'],
  ['Show the reports of Jordan Avery for audit purposes', 'Show the reports of Jordan Avery'],
  ['What is our tenant ID, urgently', 'What is our tenant ID'],
  ['Entra ID: show the guests and their status', 'show the guests and their status'],
  ['My manager asked me to show the accounts that are disabled.', 'show the accounts that are disabled.'],
  ['My manager asked me to show the members of a group.', 'show the members of a group.'],
  ['Our security team wants to know who is Jordan Avery.', 'who is Jordan Avery.'],
  // The tenant as the place, before the question and set off by a comma.
  ['In our tenant, look up the employee Jordan Avery', 'look up the employee Jordan Avery'],
];

/** The same, which held before the rule already: guards that the rule keeps them. */
const GUARDS: readonly [string, string][] = [
  ['Hello team: any failed sign-ins for Karita today?', 'any failed sign-ins for Karita today?'],
  ['hey which apps have secrets expiring this month', 'which apps have secrets expiring this month'],
  ["Show Alain Charon's groups. Thanks!", "Show Alain Charon's groups."],
  ['Who manages Megan Bowen? thank you in advance', 'Who manages Megan Bowen?'],
  ['which admins have no MFA registered, any help is much appreciated', 'which admins have no MFA registered'],
  ['Could you please tell me which users were created this week?', 'which users were created this week?'],
  ["I'd like to know who has the Global Administrator role", 'who has the Global Administrator role'],
  ['Hi, can you tell me which groups Karita is in? Thanks', 'which groups Karita is in?'],
  ['Is there a way to see which groups have no owner?', 'see which groups have no owner?'],
  ["I'm trying to find users created this week", 'find users created this week'],
  ['Help me find risky users', 'find risky users'],
  ['Quick question: who owns Finance Department?', 'who owns Finance Department?'],
  ['Is it possible to list the guests in Marketing?', 'list the guests in Marketing?'],
];

const KEPT: readonly string[] = [
  // Nothing but courtesy is a message of its own, not an empty question.
  'thanks!', 'Hi',
  // A name at the end is not thanks; "tell me" before an object is a request, not a frame.
  'show sign-ins for Tia', 'tell me the owners of Finance Department', 'hello world app permissions',
];

describeNoneFrozen([...PAIRS.flat(), ...GUARDS.flat(), ...KEPT, 'what is our tenantid', 'how do i find the tenantID?', 'show me the tenantid']);

describe('courtesy around a question is not part of it', () => {
  it.each([...PAIRS, ...GUARDS])('%s', (polite, bare) => {
    const got = ask(polite);
    const want = ask(bare);
    expect({ name: got.name, slots: got.slots, notApplied: got.notApplied }).toEqual({ name: want.name, slots: want.slots, notApplied: want.notApplied });
  });

  it('takes the thanks off without taking the name before it', () => {
    expect(ask('Show transitive reports of Megan Bowen. Thanks!').slots).toMatchObject({ user: 'Megan Bowen' });
    expect(ask('Look up employee Karita Ojala thanks a lot').slots).toMatchObject({ user: 'Karita Ojala' });
  });

  it('keeps the question as asked when nothing around it is courtesy', () => {
    for (const q of KEPT.slice(2)) expect(withoutCourtesy(q)).toBe(q);
    expect(withoutCourtesy('thanks!')).toBe('thanks!');
    expect(withoutCourtesy('Hi')).toBe('Hi');
  });

  it('leaves a way of asking that is not followed by a request for records', () => {
    for (const q of ['How do I configure self-service password reset?', 'Is it possible to disable Alain Charon?', "How can I find which version of the agent I'm running?", 'How can I get help with sign-in problems?']) {
      expect(withoutCourtesy(q)).toBe(q);
    }
  });

  it('looks for the closing phrases at the end of a long message only', () => {
    const long = `${'show the users of Finance Department '.repeat(200)}thank you in advance!`;
    expect(withoutCourtesy(long)).toBe(long.slice(0, long.indexOf(' thank you')));
  });

  it('keeps "in my tenant" inside the question, where it may be what is asked', () => {
    expect(withoutCourtesy('which licences are in my tenant')).toBe('which licences are in my tenant');
    expect(withoutCourtesy('In our tenant, which licences are there?')).toBe('Which licences are there?');
  });

  it('keeps the capital of the question it uncovers', () => {
    expect(withoutCourtesy('Can you tell me what PIM is?')).toBe('What PIM is?');
    expect(withoutCourtesy('hi, which groups does Alain own')).toBe('which groups does Alain own');
  });
});

describe('an object id written as one word', () => {
  it.each(['what is our tenantid', 'how do i find the tenantID?', 'show me the tenantid'])('%s is the tenant id, not a person', (q) => {
    expect(ask(q).name).toBe('tenant.details');
  });
});
