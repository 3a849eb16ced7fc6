/**
 * Delegated mode in the bot, with a test double for Teams SSO: the turn's token reaches the
 * pipeline as `userAssertion`, with the asker and the channel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/bot/adapter';
import { startBotServer, type BotServer } from '../../src/bot/server';
import { createTeamsApp } from '../../src/bot/teams-app';
import { readSettings } from '../../src/config/settings';
import type { AskOutcome, AskRequest, Pipeline } from '../../src/pipeline/ask';
import { cardsOf, messageActivity, postJson } from '../helpers/activities';

const seen: AskRequest[] = [];
const pipeline: Pipeline = {
  async ask(request) {
    seen.push(request);
    return {
      question: request.question, intent: { name: 'help', slots: {} }, resolved: {}, queries: [], context: {}, elapsedMs: 1,
      answer: { kind: 'summary', title: 'ok', summary: `answered for ${request.asker.objectId}`, columns: [], rows: [], facts: [], followUps: [] },
    } satisfies AskOutcome;
  },
};
let server: BotServer;

beforeAll(async () => {
  const settings = readSettings({ PORT: '0', HOST: '127.0.0.1', AUDIT_LOG: 'off' });
  const adapter = createAdapter(settings, () => undefined);
  const app = createTeamsApp({
    adapter, pipeline, log: () => undefined,
    askerFor: (ctx) => ({ upn: 'someone', objectId: ctx.activity.from?.aadObjectId }),
    userAssertionFor: (ctx) => `sso-token-of-${ctx.activity.from?.aadObjectId}`,
  });
  server = await startBotServer({
    adapter, logic: (ctx) => app.run(ctx).then(() => undefined), host: '127.0.0.1', port: 0,
    maxBodyBytes: 256 * 1024, allowedTenants: [], log: () => undefined,
  });
});
afterAll(async () => server?.close());

describe('a Teams turn in delegated mode', () => {
  it('passes each person\'s own SSO token with their question', async () => {
    for (const who of ['aad-1', 'aad-2']) {
      const res = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'who owns Finance Department?', fromAadObjectId: who }));
      expect(cardsOf(await res.json())).toHaveLength(1);
    }
    expect(seen.map((r) => [r.asker.objectId, r.userAssertion, r.channel])).toEqual([
      ['aad-1', 'sso-token-of-aad-1', 'msteams'],
      ['aad-2', 'sso-token-of-aad-2', 'msteams'],
    ]);
  });
});
