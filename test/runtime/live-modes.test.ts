/**
 * Live modes over the test tenant's local Graph endpoint (GRAPH_BASE_URL on 127.0.0.1), with test
 * doubles for the credentials: delegated (each question reads Graph with a token for its own
 * asker's SSO token) and app-only (the bot's identity, with the policy enforced from Graph facts).
 */
import type { AccessToken, TokenCredential } from '@azure/identity';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { readSettings } from '../../src/config/settings';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';

let demo: Runtime;
let live: Runtime;
const exchanged: { assertion: string; scopes: string[] }[] = [];

beforeAll(async () => {
  demo = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
  const env = {
    GRAPH_MODE: 'delegated', AZURE_TENANT_ID: '00000000-0000-0000-0000-0000000000aa', AZURE_CLIENT_ID: '00000000-0000-0000-0000-0000000000bb',
    AZURE_CLIENT_SECRET: 'test-secret', GRAPH_BASE_URL: demo.graphUrl!, AUDIT_LOG: 'off',
  };
  const credentialFor = (assertion: string): TokenCredential => ({
    async getToken(scopes): Promise<AccessToken> {
      exchanged.push({ assertion, scopes: [scopes].flat() });
      return { token: `obo(${assertion})`, expiresOnTimestamp: Date.now() + 3600_000 };
    },
  });
  live = await createRuntime(readSettings(env), { log: () => undefined, quiet: true, env, credentialFor });
}, 120_000);
afterAll(async () => { await live?.close(); await demo?.close(); });

describe('delegated mode', () => {
  it('reads Graph on behalf of the asker, per question', async () => {
    expect(live.mode).toBe('live');
    const [a, b] = await Promise.all([
      live.pipeline.ask({ question: 'who owns the Finance Department group?', asker: { upn: 'natasha@woodgrovebank.com' }, context: {}, userAssertion: 'sso-natasha' }),
      live.pipeline.ask({ question: 'Which groups is alain@woodgrovebank.com a member of?', asker: { upn: 'alain@woodgrovebank.com' }, context: {}, userAssertion: 'sso-alain' }),
    ]);
    expect(a.answer.kind).toBe('table');
    expect(a.answer.rows.map((r) => r[0])).toContain('Megan Bowen');
    expect(b.answer.kind).toBe('table');
    expect(b.answer.rows.map((r) => r[0])).toContain('MDM policy - West');
    // Every token was asked for with one of the two askers' own assertions, for Graph's scope.
    const assertions = new Set(exchanged.map((e) => e.assertion));
    expect(assertions).toEqual(new Set(['sso-natasha', 'sso-alain']));
    expect(exchanged.every((e) => e.scopes.every((s) => s.endsWith('/.default')))).toBe(true);
    // The bot's policy does not run in delegated mode: Graph enforces the person's roles.
    expect(a.authorization).toBeUndefined();
    // …so no lookup is shared between people: what Graph returns depends on each one's token.
    expect(live.directoryCache).toBeUndefined();
  });

  it('answers "sign in first" (a typed unauthorized error), never as the bot, without a token', async () => {
    const before = exchanged.length;
    const out = await live.pipeline.ask({ question: 'who owns the Finance Department group?', asker: { upn: 'x@woodgrovebank.com' }, context: {} });
    expect(out.answer.kind).toBe('error');
    expect(out.errorCode).toBe('noUserAssertion');
    expect(exchanged.length).toBe(before);
  });
});

describe('live app-only mode', () => {
  it('enforces the policy with the askers\' roles read from Graph', async () => {
    const env = {
      GRAPH_MODE: 'appOnly', AZURE_TENANT_ID: '00000000-0000-0000-0000-0000000000aa', AZURE_CLIENT_ID: '00000000-0000-0000-0000-0000000000bb',
      AZURE_CLIENT_SECRET: 'test-secret', GRAPH_BASE_URL: demo.graphUrl!, AUDIT_LOG: 'off',
    };
    const credential: TokenCredential = { getToken: async () => ({ token: 'app-token', expiresOnTimestamp: Date.now() + 3600_000 }) };
    const appOnly = await createRuntime(readSettings(env), { log: () => undefined, quiet: true, env, credential });
    try {
      const idOf = (upn: string) => demo.askerFor(upn)!.objectId!;
      const ask = (objectId: string | undefined, question = 'show me the risky users') =>
        appOnly.pipeline.ask({ question, asker: appOnly.askerForObjectId(objectId), context: {} });
      const natasha = await ask(idOf('natasha@woodgrovebank.com'));
      expect(natasha.answer.kind).toBe('table');
      expect(natasha.authorization).toEqual({ category: 'risk', decision: 'allowed', by: 'role:Security Reader' });
      const alain = await ask(idOf('alain@woodgrovebank.com'));
      expect(alain.answer.kind).toBe('denied');
      expect(alain.answer.summary).toContain('Security Reader');
      const lee = await ask(idOf('adm-lee@woodgrovebank.com'), 'Who are the global admins?');
      expect(lee.answer.summary).toContain('You are eligible for Privileged Role Administrator');
      const stranger = await ask('11111111-2222-3333-4444-555555555555');
      expect(stranger.authorization?.by).toBe('unknownAsker');
      expect((await ask(undefined)).answer.kind).toBe('denied');
      // App-only reads the same directory for everyone: a name one person resolved serves the next,
      // and the policy still decides for each (asker facts are cached per asker, names for all).
      const cache = appOnly.directoryCache!;
      const q = 'Summarize Julieta\'s risk';
      expect((await ask(idOf('natasha@woodgrovebank.com'), q)).answer.kind).not.toBe('denied');
      const hits = cache.stats().hits;
      expect((await ask(idOf('adm-patti@woodgrovebank.com'), q)).answer.kind).not.toBe('denied');
      expect(cache.stats().hits).toBeGreaterThan(hits);
      expect((await ask(idOf('alain@woodgrovebank.com'), q)).answer.kind).toBe('denied');
    } finally {
      await appOnly.close();
    }
  });
});
