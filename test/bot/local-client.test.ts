import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';
import { submitData } from '../cards/card-walk';

let bot: Awaited<ReturnType<typeof startTestBot>>;

beforeAll(async () => { bot = await startTestBot(); });
afterAll(async () => bot?.close());

async function followUpData(serviceUrl: string): Promise<Record<string, unknown>[]> {
  const res = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text: 'who owns the Finance Department group?', serviceUrl }));
  expect(res.status).toBe(200);
  const card = cardsOf(await res.json())[0]!;
  const data = submitData(card);
  expect(data.length).toBeGreaterThan(0);
  return data;
}

describe('follow-up buttons per host', () => {
  it('Teams (a remote connector) gets messageBack buttons, so the question is echoed in the chat', async () => {
    const data = await followUpData('https://smba.trafficmanager.net/emea/');
    for (const d of data) expect(d['msteams']).toMatchObject({ type: 'messageBack', text: d['question'] });
  });

  it('a local client (Agents Playground on localhost) gets plain Action.Submit data it can send', async () => {
    for (const url of ['http://localhost:56150/_connector', 'http://127.0.0.1:9/']) {
      const data = await followUpData(url);
      for (const d of data) {
        expect(d).not.toHaveProperty('msteams');
        expect(d).toMatchObject({ verb: 'ask', question: expect.any(String) });
      }
    }
  });
});
