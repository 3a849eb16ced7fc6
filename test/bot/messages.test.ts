import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, cardText, membersAddedActivity, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';

let bot: Awaited<ReturnType<typeof startTestBot>>;
let url: string;

beforeAll(async () => {
  bot = await startTestBot();
  url = `${bot.server.url}/api/messages`;
});
afterAll(async () => bot?.close());

async function ask(text: string, extra: Parameters<typeof messageActivity>[0] = {}) {
  const res = await postJson(url, messageActivity({ text, ...extra }));
  expect(res.status).toBe(200);
  const cards = cardsOf(await res.json());
  expect(cards).toHaveLength(1);
  return cards[0]!;
}

describe('POST /api/messages with expectReplies', () => {
  it('answers "who owns the Finance Department group?" with a card of its owners', async () => {
    const card = await ask('who owns the Finance Department group?');
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const text = cardText(card);
    expect(text).toContain('Owners of Finance Department');
    expect(text).toContain('Megan Bowen');
    expect(text).toMatch(/graph\.microsoft\.com\/v1\.0\/groups\/[0-9a-f-]+\/owners/);
  });

  it('answers in a channel too, with the summary only: the owners are people (test/bot/channels.test.ts)', async () => {
    const card = await ask('who owns the Finance Department group?', { conversationType: 'channel' });
    expect(cardText(card)).toContain('Owners of Finance Department');
    expect(cardText(card)).not.toContain('Megan Bowen');
    expect(cardText(card)).toContain('Send me the details');
  });

  it('answers a card button (Action.Submit with verb ask and no text)', async () => {
    const card = await ask(undefined as unknown as string, { value: { verb: 'ask', question: 'who is in Finance Department?' } });
    expect(cardText(card)).toContain('Members of Finance Department');
  });

  it('keeps the conversation: a follow-up about "her" means the last person', async () => {
    const conversationId = `a:follow-up-${Date.now()}`;
    const first = await ask('show me details for karita@woodgrovebank.com', { conversationId });
    expect(cardText(first)).toMatch(/karita@woodgrovebank\.com/);
    const second = await ask('which groups is she a member of?', { conversationId });
    expect(cardText(second)).toMatch(/Groups Karita .* is a member of/);
    expect(cardText(second)).toContain('Finance Department');
  });

  it('answers help with the question families', async () => {
    const text = cardText(await ask('help'));
    expect(text).toContain('Sign-ins');
    expect(text).toContain('Privileged accounts');
  });

  it('sends a welcome card with example questions when the bot is added', async () => {
    const res = await postJson(url, membersAddedActivity());
    expect(res.status).toBe(200);
    const cards = cardsOf(await res.json());
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toContain('Who owns the Finance Department group?');
  });
});

describe('POST /api/messages, normal delivery to serviceUrl', () => {
  it('posts the card to the conversation on the connector', async () => {
    const received: unknown[] = [];
    const connector = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        if (req.method === 'POST' && /\/v3\/conversations\/.+\/activities/.test(req.url ?? '')) received.push(JSON.parse(body));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'sent' }));
      });
    });
    await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
    const port = (connector.address() as { port: number }).port;
    try {
      const res = await postJson(url, messageActivity({ text: 'who owns the Finance Department group?', expectReplies: false, serviceUrl: `http://127.0.0.1:${port}/` }));
      expect(res.status).toBeLessThan(300);
      const cards = (received as { attachments?: { content: unknown }[] }[]).flatMap((a) => a.attachments ?? []);
      expect(cards).toHaveLength(1);
      expect(cardText(cards[0]!.content)).toContain('Megan Bowen');
    } finally {
      connector.close();
    }
  });
});

describe('bad requests', () => {
  it.each([
    ['an empty object', {}],
    ['an activity without type', { text: 'hi', conversation: { id: 'c' }, serviceUrl: 'http://x/' }],
    ['an array', []],
    ['a message without conversation', { type: 'message', text: 'hi', serviceUrl: 'http://x/' }],
  ])('answers 400 for %s, without internals', async (_name, body) => {
    const res = await postJson(url, body);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'BadRequest' } });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await postJson(url, '{"type": "message",');
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('answers 413 for a body over the size limit', async () => {
    const res = await postJson(url, messageActivity({ text: 'x'.repeat(9000), value: { pad: 'y'.repeat(400_000) } }));
    expect(res.status).toBe(413);
  });

  it('answers probes on / and /healthz', async () => {
    for (const p of ['/', '/healthz']) {
      const res = await fetch(`${bot.server.url}${p}`);
      expect(res.status).toBe(200);
    }
  });
});
