/**
 * Sixteenth round (issue-16u): messages about a tool, a page, an API or a document rather than the tenant's records were
 * answered with some family's rows (`recognisers/tool-requests.ts`, `classifier/product-question.ts` `withinGate`,
 * `recognisers/change-request.ts`, `recognisers/out-of-scope.ts`). Wording of our own; every question of the refused
 * lists failed on the code before the round (39ac5fb): it was answered with a family's rows or refused without the form's
 * topic; so did the automated change and the device's single sign-on state. The questions of the STAY block ask for the tenant's
 * records inside the same wrappers and stay the families'.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

/** A wish for a tool or a page, a tool's wished-for behaviour, a request to its maker. */
const FEATURES = [
  'It would be nice if the sign-in report also showed the device name',
  'The audit log export should include the IP address',
  'Get-MgUser should return the manager too',
  "I'd love to be able to see the licence status on the user details page",
  'Could you add which admin approved the request?',
  'I wish the groups page listed the owners',
  "I'd like the users list to show the creation date",
  'Feature request: show the last password change date in the user list',
  'Could you make the sign-in report filterable by country?',
];
/** How a tool, an API or a page works, and why the viewer sees what they see. */
const WORKINGS = [
  'Tell me what the Graph endpoint checks to decide whether a guest is active',
  'What could be the reason that we no longer see the deleted groups in the portal?',
  'It would help to know how exactly does the report treat guests',
  'Why does the audit log show "Microsoft Substrate Management" as the actor?',
];
/** Requests whose object is a judgement, an example or a tool's output, which the learnt gate now judges. */
const TO_THE_GATE = ['Which is the right answer?', 'Can you give me a sample access package policy with an approval stage'];
/** In scope, in the same wrappers. */
const STAY: readonly [string, string][] = [
  ["How do I find users who haven't registered MFA?", 'users.mfaStatus'],
  ['Can you show me who changed the Finance Department group?', 'audit.forObject'], // one object's history: questions.md's example "who changed it this week"
  ['Is there a way to list guests in Sales?', 'users.search'],
  ['It would be nice if we could see the MFA methods of our users', 'users.mfaStatus'],
  ['It would be great if you could list the guests in Sales', 'users.search'],
  ['please give me an example to list all guests', 'users.search'],
  ['What permissions does Salesforce need?', 'app.permissions'],
  ['Could you add Karita to the Finance Department group?', 'change.refused'],
  ['How do you disable a user?', 'change.refused'],
  ['What is a dynamic group, and how do I create one?', 'change.refused'],
  ["is this error about Karita's sign-in?", 'user.details'],
  ['why does the sign-in log show Karita in Brazil', 'signIns.list'],
  ['why would users be failing to sign in today', 'signIns.failures'],
];

describeNoneFrozen([
  ...FEATURES, ...WORKINGS, ...TO_THE_GATE, ...STAY.map(([q]) => q), 'When will we see the result of the report-only policy?',
  'Is this warning about the conditional access policy?', 'Is this error about the conditional access policy?', 'What does a security baseline contain, and how do you create one?',
  'show the logins of service principals', 'Can you confirm the required level of access for querying the sign-in logs API?',
  'which permissions are needed for Karita to read the audit logs', 'What permissions does an app need to read the audit logs via Graph?', 'Being able to automate removing members who left would be very helpful',
  'How do I verify the device is joined and shows single sign-on state?', "show Karita's sign-ins to apps with single sign-on",
  'How do I set up the sync server behind a proxy?', 'How do I configure the connector server to use TLS 1.2?',
  'How do I remove a Pass-through Authentication Agent?', 'Why would a user be marked risky after a password reset?',
  'why would Karita be marked risky', 'How many users are in our ServiceNow instance?', 'How many users are in our Salesforce instance?',
  'Why was my sign-in blocked but no risk detection was generated?', 'Which page explains the sign-in log schema?',
  'What access is needed to view sign-in logs?',
]);

describe('a wish for a tool or a page, or a request to its maker, is not a question about the tenant (tool-requests.ts)', () => {
  it.each(FEATURES)('%s', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'a feature of a tool or a page' });
  });
  it('offers the nearest families', () => {
    expect(ask(FEATURES[0]!).alternatives?.length).toBeGreaterThan(0);
  });
});

describe('how a tool works, and why the viewer sees what they see (tool-requests.ts)', () => {
  it.each(WORKINGS)('%s', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'how a tool, an API or a page works' });
  });
});

describe('what the product will show, or an error on the screen, when nothing of the tenant is named (tool-requests.ts)', () => {
  it('the asker\'s experience to come', () => {
    expect(ask('When will we see the result of the report-only policy?')).toMatchObject({ name: 'unknown', outOfScope: 'how the product behaves' });
  });
  it('an error or a message on the screen', () => {
    expect(ask('Is this warning about the conditional access policy?')).toMatchObject({ name: 'unknown', outOfScope: 'an error or a message on the screen' });
  });
  it('but "this error" may be one of the sign-ins the conversation holds', () => {
    const context = { lastIntent: 'signIns.failures' as const, lastSlots: { user: 'Karita Ojala' } };
    const got = understand('Is this error about the conditional access policy?', context, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
    expect(got.outOfScope).not.toBe('an error or a message on the screen');
  });
});

describe('requests whose object is a judgement or an example go to the learnt gate (product-question.ts)', () => {
  it.each(TO_THE_GATE)('%s', (q) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: 'how the product behaves' });
  });
});

describe('a how-to of anyone about an earlier clause\'s object lets the topics judge first (change-request.ts)', () => {
  it('a security baseline is Intune\'s, not a change of the tenant', () => {
    expect(ask('What does a security baseline contain, and how do you create one?')).toMatchObject({ name: 'unknown', outOfScope: 'Intune device management' });
  });
});

describe('service principals\' sign-ins asked the other way round are theirs (out-of-scope.ts)', () => {
  it('"the logins of service principals"', () => {
    expect(ask('show the logins of service principals')).toMatchObject({ name: 'unknown', outOfScope: "service principals' and managed identities' own sign-ins" });
  });
});

describe('what a task requires, asked of nothing of the tenant (tool-requests.ts)', () => {
  it('is the product\'s', () => {
    expect(ask('Can you confirm the required level of access for querying the sign-in logs API?')).toMatchObject({ name: 'unknown', outOfScope: 'what a task requires' });
  });
  it('"what access is needed to …"', () => {
    expect(ask('What access is needed to view sign-in logs?')).toMatchObject({ name: 'unknown', outOfScope: 'what a task requires' });
  });
  it('asked of anyone ("an app")', () => {
    expect(ask('What permissions does an app need to read the audit logs via Graph?')).toMatchObject({ name: 'unknown', outOfScope: 'what a task requires' });
  });
  it('of a named person it stays the families\'', () => {
    expect(ask('which permissions are needed for Karita to read the audit logs').name).not.toBe('unknown');
  });
});

describe('requests for the tenant\'s records in the same wrappers stay the families\' (tool-requests.ts)', () => {
  it.each(STAY)('%s', (q, intent) => {
    expect(ask(q).name).toBe(intent);
  });
});

describe('a change asked to be automated is a change, whatever the wrapper (change-request.ts)', () => {
  it('"being able to automate removing members … would be very helpful"', () => {
    expect(ask('Being able to automate removing members who left would be very helpful')).toMatchObject({ name: 'change.refused', slots: { action: 'remove' } });
  });
});

describe('single sign-on is a property of a device, not a sign-in, for the device inventory (out-of-scope.ts)', () => {
  it('a device\'s single sign-on state', () => {
    expect(ask('How do I verify the device is joined and shows single sign-on state?')).toMatchObject({ name: 'unknown', outOfScope: 'device inventory' });
  });
  it('a person\'s sign-ins to apps with single sign-on stay theirs', () => {
    expect(ask("show Karita's sign-ins to apps with single sign-on")).toMatchObject({ name: 'signIns.list', slots: { user: 'Karita Ojala' } });
  });
});

describe('infrastructure set up to work a certain way is not a change of the tenant (change-request.ts)', () => {
  it.each(['How do I set up the sync server behind a proxy?', 'How do I configure the connector server to use TLS 1.2?'])('%s', (q) => {
    expect(ask(q).name).toBe('unknown');
  });
  it('removing an agent stays a change', () => {
    expect(ask('How do I remove a Pass-through Authentication Agent?')).toMatchObject({ name: 'change.refused', slots: { action: 'remove' } });
  });
});

describe('a hypothetical why of anyone is how the product behaves (tool-requests.ts)', () => {
  it('"why would a user …"', () => {
    expect(ask('Why would a user be marked risky after a password reset?')).toMatchObject({ name: 'unknown', outOfScope: 'how the product behaves' });
  });
  it('of a named person it stays the families\'', () => {
    expect(ask('why would Karita be marked risky')).toMatchObject({ slots: { user: 'Karita Ojala' } });
  });
});

describe('another system\'s instance is not the tenant (tool-requests.ts)', () => {
  it('an instance of a system the tenant has no app for', () => {
    expect(ask('How many users are in our ServiceNow instance?')).toMatchObject({ name: 'unknown', outOfScope: "another system's own records" });
  });
  it('one of the tenant\'s apps stays the families\'', () => {
    expect(ask('How many users are in our Salesforce instance?').outOfScope).toBeUndefined();
  });
});

describe('why the product did not do something, and which page documents something (tool-requests.ts)', () => {
  it('"… blocked but no risk detection was generated"', () => {
    expect(ask('Why was my sign-in blocked but no risk detection was generated?')).toMatchObject({ name: 'unknown', outOfScope: 'how the product behaves' });
  });
  it('"which page explains …"', () => {
    expect(ask('Which page explains the sign-in log schema?')).toMatchObject({ name: 'unknown', outOfScope: "the product's documentation" });
  });
});
