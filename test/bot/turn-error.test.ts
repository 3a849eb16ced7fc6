import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/bot/adapter';
import { startBotServer, type BotServer } from '../../src/bot/server';
import { createTeamsApp } from '../../src/bot/teams-app';
import { readSettings } from '../../src/config/settings';
import type { Pipeline } from '../../src/pipeline/ask';
import { cardsOf, cardText, messageActivity, postJson } from '../helpers/activities';

describe('a bug while answering', () => {
  let server: BotServer;
  const logs: string[] = [];
  beforeAll(async () => {
    const settings = readSettings({ PORT: '0' });
    const log = (l: string) => logs.push(l);
    const adapter = createAdapter(settings, log);
    const pipeline: Pipeline = { ask: async () => { throw new TypeError('secret internal detail'); } };
    const app = createTeamsApp({ adapter, pipeline, askerFor: () => ({ upn: 'a@b.c' }), log });
    server = await startBotServer({
      adapter, logic: (c) => app.run(c).then(() => undefined), host: '127.0.0.1', port: 0,
      maxBodyBytes: 65536, allowedTenants: [], log,
    });
  });
  afterAll(async () => server?.close());

  it('sends a friendly error card with a reference, and logs the bug', async () => {
    const res = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'who owns Finance?' }));
    const cards = cardsOf(await res.json());
    expect(cards).toHaveLength(1);
    const text = cardText(cards[0]);
    expect(text).toMatch(/went wrong on our side/);
    expect(text).not.toContain('secret internal detail');
    const reference = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(text)?.[0];
    expect(reference).toBeDefined();
    expect(logs.some((l) => l.includes(reference!) && l.includes('secret internal detail'))).toBe(true);
  });
});
