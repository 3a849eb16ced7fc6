/**
 * The subject-dependent rules (self, group owner, manager), what a denied person learns (nothing
 * about the names they asked for), and who an unknown Teams user is.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readSettings } from '../../src/config/settings';
import type { GeneratedTenantModel } from '../../src/demo/model';
import { PERSONAS } from '../../src/demo/personas';
import { createPipeline, type AskOutcome, type Pipeline } from '../../src/pipeline/ask';
import type { Asker } from '../../src/planning/entities';
import { demoFactsProvider, type AskerFactsProvider } from '../../src/policy/asker-facts';
import { createAuthorizer } from '../../src/policy/authorize';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { createGraphSource } from '../../src/sources/graph';
import { buildGazetteer, understand } from '../../src/understanding';
import type { Intent } from '../../src/understanding/intent';

let runtime: Runtime;
let model: GeneratedTenantModel;
const settings = () => readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' });

beforeAll(async () => {
  runtime = await createRuntime(settings(), { log: () => undefined, quiet: true });
  model = runtime.model as GeneratedTenantModel;
}, 120_000);
afterAll(async () => { await runtime?.close(); });

const asker = (upn: string): Asker => {
  const a = runtime.askerFor(upn);
  if (!a) throw new Error(`no ${upn}`);
  return a;
};
const ask = (upn: string, question: string): Promise<AskOutcome> =>
  runtime.pipeline.ask({ question, asker: asker(upn), context: {}, channel: 'test' });
const idOf = (upn: string): string => String(model.users.find((u) => u['userPrincipalName'] === upn)?.id);
const col = (o: AskOutcome, name: string) => o.answer.rows.map((r) => r[o.answer.columns.indexOf(name)]);

/** The real pipeline over the test tenant's Graph endpoint, with another facts provider or understanding. */
function pipelineWith(facts: AskerFactsProvider, understandStage?: (text: string) => Intent): Pipeline {
  const gazetteer = buildGazetteer(model);
  return createPipeline({
    understand: understandStage ?? ((text, context, now) => understand(text, context, { now, gazetteer })),
    graph: createGraphSource({ mode: 'demo', baseUrl: runtime.graphUrl! }),
    now: () => new Date(model.tenant.anchorTime), tenantId: model.tenant.tenantId,
    authorize: createAuthorizer(facts),
  });
}

const ALAIN = PERSONAS.alain.upn;
const MEGAN = PERSONAS.megan.upn;
const KARITA = PERSONAS.karita.upn;
const PATTI = PERSONAS.patti.upn;

describe('anyone may ask about themselves', () => {
  it('Alain sees his own failed sign-ins, the same rows an administrator sees', async () => {
    const own = await ask(ALAIN, 'Show my failed sign-ins for the past 7 days');
    expect(own.authorization).toEqual({ category: 'signInLogs', decision: 'allowed', by: 'self' });
    expect(own.answer.kind).toBe('table');
    expect(new Set(col(own, 'userPrincipalName'))).toEqual(new Set([ALAIN]));
    const admin = await ask(PATTI, 'Failed sign-ins for alain@woodgrovebank.com in the past 7 days');
    expect(own.answer.rows).toEqual(admin.answer.rows);
  });

  it('but not Karita\'s, nor everyone\'s', async () => {
    for (const q of ['Failed sign-ins for Karita in the past 7 days', 'Sign-ins in the past 48 hours']) {
      const out = await ask(ALAIN, q);
      expect(out.answer.kind, q).toBe('denied');
      expect(out.answer.summary, q).toContain('Without a role you can ask this about yourself');
    }
  });

  it('Alain sees his own account details and authentication methods', async () => {
    const details = await ask(ALAIN, `Give me all user details for ${ALAIN}`);
    expect(details.authorization?.by).toBe('self');
    expect(details.answer.facts).toContainEqual(expect.objectContaining({ value: expect.stringContaining(ALAIN) }));
    const methods = await ask(ALAIN, 'Is Alain registered for MFA?');
    expect(methods.authorization?.by).toBe('self');
    const registered = model.authenticationMethods.filter((m) => m['userId'] === idOf(ALAIN));
    expect(methods.answer.rows).toHaveLength(registered.length);
  });

  it('risk is never self-service (a compromised account must not learn it was detected)', async () => {
    const out = await ask(PERSONAS.karita.upn, `What is the risk level of ${KARITA}?`);
    expect(out.answer.kind).toBe('denied');
    expect(out.answer.summary).not.toContain('yourself');
  });
});

describe('managers see their direct reports\' profile', () => {
  it('Megan sees Karita (who reports to her), not Alain', async () => {
    expect(model.userManagers).toContainEqual({ userId: idOf(KARITA), managerId: idOf(MEGAN) });
    const karita = await ask(MEGAN, `Give me all user details for ${KARITA}`);
    expect(karita.authorization).toEqual({ category: 'account', decision: 'allowed', by: 'manager' });
    expect(karita.resolved.user?.id).toBe(idOf(KARITA));
    expect(JSON.stringify(karita.answer.facts)).toContain(KARITA);
    const alain = await ask(MEGAN, `Give me all user details for ${ALAIN}`);
    expect(alain.answer.kind).toBe('denied');
    expect(alain.answer.summary).toContain('someone who reports to you');
  });
});

describe('group owners see their own groups', () => {
  it('a guest who owns Finance Department sees its members, and nothing of another group', async () => {
    // Megan's real facts, but as a guest account: guests have no default directory access, so
    // only the owner rule can let her in.
    const demo = demoFactsProvider(model);
    const asGuest: AskerFactsProvider = { factsFor: async (a) => { const f = await demo.factsFor(a); return f && { ...f, userType: 'Guest' }; } };
    const pipeline = pipelineWith(asGuest);
    const megan = asker(MEGAN);
    const finance = await pipeline.ask({ question: 'Who is in the Finance Department group?', asker: megan, context: {} });
    expect(finance.authorization).toEqual({ category: 'directory', decision: 'allowed', by: 'owner' });
    const group = model.groups.find((g) => g['displayName'] === 'Finance Department')!;
    expect(model.groupOwners.find((o) => o.groupId === group.id)?.ownerIds).toContain(idOf(MEGAN));
    const direct = model.groupMembers.find((m) => m.groupId === group.id)!.memberIds;
    const upns = model.users.filter((u) => direct.includes(u.id)).map((u) => u['userPrincipalName']);
    for (const upn of upns) expect(JSON.stringify(finance.answer.rows)).toContain(String(upn));
    const other = await pipeline.ask({ question: 'Who is in MDM policy - West?', asker: megan, context: {} });
    expect(other.answer.kind).toBe('denied');
    // One refusal for everything a guest may not ask (issue 18: no name oracle), naming what they may.
    expect(other.answer.summary).toContain('Guest accounts can\'t read this tenant\'s directory');
    expect(other.answer.summary).toContain('groups you own');
  });
});

describe('a denied answer tells nothing about the names asked for', () => {
  it('is the same whether the person exists or not, and keeps no trace in the conversation', async () => {
    const context = { lastIntent: 'help' as const };
    const run = (q: string) => runtime.pipeline.ask({ question: q, asker: asker(ALAIN), context, channel: 'test' });
    for (const [real, fake] of [
      ['Why can\'t Karita sign in?', 'Why can\'t Zorblax Quimby sign in?'],
      [`What is the risk level of ${KARITA}?`, 'What is the risk level of nobody-here@woodgrovebank.com?'],
      ['Who had access to Salesforce between January 1 and March 14?', 'Who had access to Qwertyapp Nine between January 1 and March 14?'],
    ] as const) {
      const [a, b] = [await run(real), await run(fake)];
      expect(a.answer.kind, real).toBe('denied');
      expect(a.answer).toEqual(b.answer);
      expect(a.intent).toEqual(b.intent);
      expect(a.intent.slots).not.toHaveProperty('user');
      expect([a.resolved, b.resolved]).toEqual([{}, {}]);
      expect([a.queries, b.queries]).toEqual([[], []]);
      expect(a.context).toBe(context);
      // What is shown (the ask --json object and the card's input) has no completed name.
      expect(JSON.stringify({ intent: a.intent, resolved: a.resolved, queries: a.queries, answer: a.answer })).not.toMatch(/Karita|Lehtonen|Salesforce/);
    }
  });

  it('denies instead of offering "which one did you mean?" choices', async () => {
    const ambiguous: Intent = {
      name: 'signIns.list', slots: { user: 'Adele' },
      ambiguous: [{ slot: 'user', text: 'Adele', choices: [{ label: 'Adele Vance', value: 'adele@x' }, { label: 'Adele Other', value: 'adele2@x' }] }],
    };
    const out = await pipelineWith(demoFactsProvider(model), () => ambiguous).ask({ question: 'sign-ins for Adele', asker: asker(ALAIN), context: {} });
    expect(out.answer.kind).toBe('denied');
    expect(out.answer.choices).toBeUndefined();
    expect(JSON.stringify(out)).not.toContain('Adele Vance');
  });

  it('runs no query at all when no exception could apply', async () => {
    const out = await ask(ALAIN, 'show me the risky users');
    expect(out.answer.kind).toBe('denied');
    expect(out.hiddenQueries).toEqual([]);
  });
});

describe('who an unknown Teams user is', () => {
  it('is the demo Global Administrator only in local mode (no BOT_ID)', async () => {
    expect(runtime.askerForObjectId('not-a-user-of-this-tenant').upn).toBe(PATTI);
    const served = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off', BOT_ID: '11111111-2222-3333-4444-555555555555' }), { log: () => undefined, quiet: true });
    try {
      const unknown = served.askerForObjectId('not-a-user-of-this-tenant', 'Mallory');
      expect(unknown.upn).not.toBe(PATTI);
      const risky = await served.pipeline.ask({ question: 'show me the risky users', asker: unknown, context: {} });
      expect(risky.answer.kind).toBe('denied');
      expect(risky.answer.summary).toContain('I could not find you in this tenant');
      expect(risky.authorization?.by).toBe('unknownAsker');
      const groups = await served.pipeline.ask({ question: 'Who is in MDM policy - West?', asker: unknown, context: {} });
      expect(groups.answer.kind).toBe('denied');
      const help = await served.pipeline.ask({ question: 'help', asker: unknown, context: {} });
      expect(help.answer.kind).not.toBe('denied');
      // A known person is still themselves.
      const natasha = served.askerForObjectId(idOf(PERSONAS.natasha.upn));
      expect((await served.pipeline.ask({ question: 'show me the risky users', asker: natasha, context: {} })).answer.kind).toBe('table');
    } finally {
      await served.close();
    }
  }, 120_000);
});
