/**
 * Rules written from the thirty-fifth tune batch (Copilot in the Microsoft 365 admin centers' example prompts, a Graph MCP
 * server's usage examples, a privileged-access self-assessment, Learn's Copilot scenarios page in Entra: M365ADM, M-RYOPS,
 * FRONTROW, L-COPSC of test/understanding/real-world), each tested on wording of our own and each failing on the code before
 * it (ab98f6f): advice on how many there should be, where a setting is changed, prices, a workload's health, what a feature
 * requires, a subscription's expiry, a Microsoft product asked about, people counted by the Conditional Access policies covering them, the tenant's methods "we have
 * on", access given with no recipient, processes that decide access, a change wished automated, the asker's plan followed by a request to read, and a
 * name of a role and a group with the group's noun next to it.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { describeNoneFrozen } from './fixtures/not-frozen';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const ask = (q: string) => understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });

/** Questions about the product by their form, whatever they name (question-form.ts, out-of-scope.ts). */
const PRODUCT: readonly [string, string][] = [
  ['How many break-glass accounts ought a company to keep?', 'advice on how many there should be'],
  ['How many privileged role holders should a tenant have?', 'advice on how many there should be'],
  ['Where do I manage group owners?', "the admin center's interface"],
  ["What's the pricing for Salesforce?", 'service limits, durations and licences'],
  ['What is the price of Microsoft Teams Premium?', 'service limits, durations and licences'],
  ['Show the health of Microsoft Teams', 'Microsoft 365 service health'],
  ['List the prerequisites for Entra Connect cloud sync', 'what the product requires'],
  ['When does our P2 subscription expire?', 'licence and subscription expiry'],
  ['List subscriptions that expire this year', 'licence and subscription expiry'],
  ['Show the state of security defaults', 'tenant-wide authentication method settings'],
  ['Which MFA methods do we have enabled?', 'tenant-wide authentication method settings'],
  ['Tell me about Microsoft Entra Suite', 'definitions and explanations'],
  ['Are privileged roles managed through PIM?', 'what the product can do (capability)'],
  ['how many accounts are protected by conditional access', 'Conditional Access policy hit statistics'],
];

/** Requests to change that are not worded with the usual verbs (change-request.ts). */
const CHANGES: readonly [string, string, Record<string, unknown>][] = [
  ['How do I give access to the Azure Portal?', 'give', { app: 'Azure Portal' }],
  ['Launch an access review of all guests', 'launch', {}],
  ['Start the leaver workflow for Alain', 'start', { user: 'Alain Charon' }],
  ['conduct an access review of the Finance Department group', 'conduct', { group: 'Finance Department' }],
  ["I'd love to automate disabling stale guest accounts", 'disable', {}],
];

describeNoneFrozen([
  ...PRODUCT.map(([q]) => q), ...CHANGES.map(([q]) => q), 'How many global admins do we have?', 'Where can I find the deleted apps?',
  'apps with secrets expiring next month', 'Tell me about Microsoft Teams', 'Tell me about Azure AD sign-ins yesterday',
  'which authentication methods are registered for Karita', "which users don't meet the MFA requirements",
  'Tell me about Microsoft Authenticator registrations', 'which conditional access policies apply to Karita', 'Run a report of access reviews',
  'We have to offboard Jason next week. List his groups so I can plan it.', 'Disable Alain. Show me his account.',
  'I need to disable Alain', 'how do we automate exporting the audit logs', 'What are the transitive permissions of group Helpdesk Admins?',
]);

describe('questions about the product by their form get unknown with the form named', () => {
  it.each(PRODUCT)('%s', (q, topic) => {
    expect(ask(q)).toMatchObject({ name: 'unknown', outOfScope: topic });
  });
  it("the tenant's records asked in like words stay the families'", () => {
    expect(ask('How many global admins do we have?')).toMatchObject({ name: 'role.members', slots: { role: 'Global Administrator' } });
    expect(ask('Where can I find the deleted apps?').name).toBe('audit.changes');
    expect(ask('apps with secrets expiring next month').name).toBe('apps.credentialsExpiring');
    expect(ask('Tell me about Microsoft Teams')).toMatchObject({ name: 'app.details', slots: { app: 'Microsoft Teams' } });
    expect(ask('Tell me about Azure AD sign-ins yesterday').name).toBe('signIns.list');
    expect(ask('which authentication methods are registered for Karita')).toMatchObject({ name: 'user.authMethods', slots: { user: 'Karita Ojala' } });
    expect(ask("which users don't meet the MFA requirements").name).toBe('users.mfaStatus');
    expect(ask('Tell me about Microsoft Authenticator registrations').name).not.toBe('unknown');
    expect(ask('which conditional access policies apply to Karita')).toMatchObject({ name: 'policies.conditionalAccess', slots: { user: 'Karita Ojala' } });
  });
});

describe('access given with no recipient, and processes that decide access, are changes', () => {
  it.each(CHANGES)('%s', (q, action, subjects) => {
    expect(ask(q)).toMatchObject({ name: 'change.refused', slots: { action, ...subjects } });
  });
  it('a report about such a process, or automating a reading, reads', () => {
    expect(ask('Run a report of access reviews').name).not.toBe('change.refused');
    expect(ask('how do we automate exporting the audit logs').name).not.toBe('change.refused');
  });
});

describe("the asker's plan followed by a sentence that asks to read asks to read", () => {
  it('reads', () => {
    expect(ask('We have to offboard Jason next week. List his groups so I can plan it.')).toMatchObject({ name: 'user.groups', slots: { user: 'Jason Mendez' } });
  });
  it('a change asked for stays one, with or without a reading after it', () => {
    expect(ask('Disable Alain. Show me his account.')).toMatchObject({ name: 'change.refused', slots: { action: 'disable' } });
    expect(ask('I need to disable Alain')).toMatchObject({ name: 'change.refused', slots: { action: 'disable' } });
  });
});

describe("a role's name that is also a group's, with the group's noun next to it, names the group (product-question.ts)", () => {
  it('is the group, not a question about the product', () => {
    const got = ask('What are the transitive permissions of group Helpdesk Admins?');
    expect(got.name).not.toBe('unknown');
    expect(got.slots.group).toBe('Helpdesk Admins');
  });
});
