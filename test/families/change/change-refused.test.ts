import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../src/pipeline/ask';
import type { GraphRequest } from '../../../src/planning/query-plan';
import { understand } from '../../../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from '../../understanding/fixtures/demo-gazetteer';

/**
 * Requests to change the tenant and questions about what Entra Ask does not read, through the
 * real pipeline with the real understanding stage: nothing is looked up, the card says so and
 * offers the matching read-only question (never another family's data).
 */
function pipeline(calls: GraphRequest[]) {
  return createPipeline({
    understand: (text, context, now) => understand(text, context, { gazetteer: DEMO_GAZETTEER, now }),
    graph: { execute: (req) => { calls.push(req); return Promise.reject(new Error('nothing may be looked up')); } },
    now: () => DEMO_NOW,
    tenantId: 'test',
  });
}

async function ask(question: string) {
  const calls: GraphRequest[] = [];
  const out = await pipeline(calls).ask({ question, asker: { upn: 'patti@woodgrovebank.com' }, context: {} });
  return { ...out, calls };
}

describe('change.refused', () => {
  it.each([
    ["disable Alain's account", 'disable', "Show Alain Charon's account details"],
    ["reset Julieta's MFA", 'reset', 'What authentication methods does Julieta Oliveira have registered?'],
    ['add Karita to Finance Department', 'add', 'What groups is Karita Ojala in?'],
    ['activate my admin role', 'activate', 'What roles do I have?'],
    ["Disable all users who haven't signed in for 90 days", 'disable', "Who hasn't signed in for 90 days?"],
    ['can you please remove Alain from the Helpdesk Admins group', 'remove', 'What groups is Alain Charon in?'],
    ['I need to revoke all of Natasha\'s sessions', 'revoke', "Show Natasha Romanova's sign-ins for the last 7 days"],
  ])('%s: says Entra Ask only reads, runs nothing, offers "%s"', async (question, action, offer) => {
    const out = await ask(question);
    expect(out.intent.name).toBe('change.refused');
    expect(out.intent.slots.action).toBe(action);
    expect(out.calls).toEqual([]);
    expect(out.queries).toEqual([]);
    expect(out.answer.rows).toEqual([]);
    expect(out.answer.title).toBe('Entra Ask only reads your tenant');
    expect(out.answer.summary).toContain(`I can't ${action} anything`);
    expect(out.answer.summary).toContain('nothing was changed');
    expect(out.answer.followUps[0]).toBe(offer);
  });

  it('the offered read-only question is itself understood as a reading question', () => {
    for (const offer of ["Show Alain Charon's account details", 'What groups is Karita Ojala in?', "Who hasn't signed in for 90 days?"]) {
      const intent = understand(offer, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
      expect(['unknown', 'change.refused', 'help'], offer).not.toContain(intent.name);
    }
  });

  it.each([
    'who disabled Alain\'s account yesterday', 'disabled accounts in Finance', "when was Karita's password reset",
    'who was added to an admin role recently', 'can Alain still be restored', 'Get Microsoft Entra audit logs for Karita. Put information in table format.',
  ])('a reading question that uses a change word is not refused: %s', (question) => {
    expect(understand(question, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW }).name).not.toBe('change.refused');
  });
});

describe('out of scope', () => {
  it.each([
    'Show provisioning failures.', 'List all Entra recommendations.', 'What is my Microsoft Entra SLA?',
    'List all lifecycle workflows in my tenant', 'How many devices are there?', 'who has full access to the shared mailbox of finance',
    'what did we spend on Azure last month', 'Show me the top 10 pending access reviews.',
  ])('%s: "I can\'t answer that here", the closest questions, nothing looked up', async (question) => {
    const out = await ask(question);
    expect(out.intent.name).toBe('unknown');
    expect(out.calls).toEqual([]);
    expect(out.answer.kind).toBe('clarify');
    expect(out.answer.title).toBe("I can't answer that here");
    expect(out.answer.rows).toEqual([]);
    expect(out.answer.choices?.length ?? 0).toBeGreaterThan(0);
  });

  it.each([
    ['Show provisioning failures.', 'this is about provisioning logs, which isn\'t among them'],
    ['users who signed in from 3 or more countries in the same day', 'none of its questions counts, ranks or compares by "3 or more countries"'],
    ['Which printers are offline?', 'it doesn\'t read "printers"'],
    ['It would be nice if the sign-in report also showed the device name', 'this is about a feature of a tool or a page, which isn\'t among them'],
  ])('%s: the card says why it is not answered', async (question, why) => {
    const out = await ask(question);
    expect(out.intent.name).toBe('unknown');
    expect(out.answer.summary).toContain(`, and ${why}. Nothing was looked up.`);
  });

  it('a question far from every family by its form alone gets the plain reason', async () => {
    const out = await ask("what's the weather in Paris?");
    expect(out.intent).toMatchObject({ name: 'unknown', outOfScopeKind: 'product' });
    expect(out.answer.summary).toContain(", and this isn't one of the questions it knows. Nothing was looked up.");
  });

  it('a tenant app named like an out-of-scope topic is still a tenant question', () => {
    expect(understand('who has access to Office 365 Exchange Online', {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW }).name).toBe('app.users');
    expect(understand('does Karita have any registered devices', {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW }).name).toBe('user.devices');
  });
});
