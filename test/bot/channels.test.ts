import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedTenantModel, GraphObject } from '../../src/demo/model';
import { BOT_ACCOUNT, cardsOf, cardText, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';

type Bot = Awaited<ReturnType<typeof startTestBot>>;

/** A stand-in for the Bot Framework connector at `serviceUrl`: records conversations and posts. */
async function startConnector(options: { refuseConversations?: boolean } = {}) {
  const created: Record<string, unknown>[] = [];
  const posted: { conversationId: string; activity: Record<string, unknown> }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const json = body ? JSON.parse(body) as Record<string, unknown> : {};
      const url = req.url ?? '';
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(url)) {
        if (options.refuseConversations) {
          res.writeHead(403);
          res.end(JSON.stringify({ error: { code: 'Forbidden', message: 'Bot is not installed in user\'s personal scope' } }));
          return;
        }
        created.push(json);
        res.writeHead(201);
        res.end(JSON.stringify({ id: `a:private-${created.length}` }));
        return;
      }
      const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(url);
      if (req.method === 'POST' && m) {
        posted.push({ conversationId: decodeURIComponent(m[1]!), activity: json });
        res.writeHead(200);
        res.end(JSON.stringify({ id: `sent-${posted.length}` }));
        return;
      }
      res.writeHead(404);
      res.end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, created, posted, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function ownersOf(model: GeneratedTenantModel, groupName: string): GraphObject[] {
  const group = model.groups.find((g) => g['displayName'] === groupName)!;
  const ids = model.groupOwners.find((o) => o.groupId === group.id)!.ownerIds;
  return model.users.filter((u) => ids.includes(u.id));
}

function submitsOf(card: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) { n.forEach(walk); return; }
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (o['type'] === 'Action.Submit') out.push(o['data'] as Record<string, unknown>);
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out;
}

let bot: Bot;
let url: string;
let model: GeneratedTenantModel;

beforeAll(async () => {
  bot = await startTestBot();
  url = `${bot.server.url}/api/messages`;
  model = bot.runtime.model as GeneratedTenantModel;
});
afterAll(async () => bot?.close());

async function ask(text: string | undefined, extra: Parameters<typeof messageActivity>[0] = {}) {
  const res = await postJson(url, messageActivity({ ...(text !== undefined ? { text } : {}), ...extra }));
  expect(res.status).toBe(200);
  const body = await res.json() as { activities?: { type: string }[] };
  const cards = cardsOf(body);
  expect(cards).toHaveLength(1);
  return cards[0]!;
}

describe('@mentions in channels and group chats', () => {
  it.each(['channel', 'groupChat'] as const)('answers the mention-stripped text in a %s: "@Entra Ask help sign-ins" is the help command', async (conversationType) => {
    const card = await ask('help sign-ins', { conversationType, mention: true });
    const text = cardText(card);
    expect(text).toContain('Sign-ins');
    expect(text).not.toContain('Access packages'); // filtered: only the matching families
    expect(text).not.toContain('<at>');
  });

  it('posts impersonal answers in full, briefly: apps outside the tenant, compared with the tenant', async () => {
    const card = await ask('show me apps outside my tenant', { conversationType: 'groupChat', mention: true });
    const text = cardText(card);
    const external = model.servicePrincipals.filter((sp) => sp['appOwnerOrganizationId'] && sp['appOwnerOrganizationId'] !== model.tenant.tenantId);
    expect(external.length).toBeGreaterThan(0);
    expect(text).toContain(String(external[0]!['displayName']));
    expect(submitsOf(card).some((d) => d['verb'] === 'private')).toBe(false);
  });
});

describe('no personal data posted in channels', () => {
  it('posts only the title and summary of an answer about people, with "Send me the details"', async () => {
    const owners = ownersOf(model, 'Finance Department');
    expect(owners.length).toBeGreaterThan(0);
    const card = await ask('who owns the Finance Department group?', { conversationType: 'channel', mention: true });
    const text = cardText(card);
    expect(text).toContain('Owners of Finance Department');
    expect(text).toContain(`${owners.length} owner`);
    for (const o of owners) {
      expect(text).not.toContain(String(o['displayName']));
      expect(text).not.toContain(String(o['userPrincipalName']));
    }
    expect(submitsOf(card)).toContainEqual({ verb: 'private', question: 'who owns the Finance Department group?' });
  });

  it('sends the details 1:1 to whoever presses the button, and says so in the channel', async () => {
    const connector = await startConnector();
    try {
      const res = await postJson(url, messageActivity({
        conversationType: 'channel', serviceUrl: connector.url,
        value: { verb: 'private', question: 'who owns the Finance Department group?' },
      }));
      expect(res.status).toBe(200);
      const here = cardsOf(await res.json());
      expect(here).toHaveLength(1);
      expect(cardText(here[0])).toMatch(/sent the details .* to you in a private chat/);

      expect(connector.created).toHaveLength(1);
      const created = connector.created[0]!;
      expect(created['isGroup']).toBe(false);
      expect(created['members']).toEqual([expect.objectContaining({ id: '29:test-user' })]);
      expect(created['bot']).toEqual(expect.objectContaining({ id: BOT_ACCOUNT.id }));

      expect(connector.posted).toHaveLength(1);
      expect(connector.posted[0]!.conversationId).toBe('a:private-1');
      const details = (connector.posted[0]!.activity['attachments'] as { content: unknown }[])[0]!.content;
      const detailsText = cardText(details);
      for (const o of ownersOf(model, 'Finance Department')) expect(detailsText).toContain(String(o['displayName']));
    } finally {
      await connector.close();
    }
  });

  it('a name several people share: the channel gets "choose privately", the presser gets the choices 1:1 (issue 18)', async () => {
    const byFirst = new Map<string, GraphObject[]>();
    for (const u of model.users.filter((x) => x['userType'] !== 'Guest')) {
      const first = String(u['displayName']).split(' ')[0]!;
      byFirst.set(first, [...(byFirst.get(first) ?? []), u]);
    }
    const [first, people] = [...byFirst].find(([, us]) => us.length > 1)!;
    const question = `Which groups is ${first} in?`;
    const card = await ask(question, { conversationType: 'channel', mention: true });
    for (const p of people) expect(cardText(card)).not.toContain(String(p['displayName']));
    expect(submitsOf(card)).toContainEqual({ verb: 'private', question });
    const connector = await startConnector();
    try {
      const res = await postJson(url, messageActivity({ conversationType: 'channel', serviceUrl: connector.url, value: { verb: 'private', question } }));
      expect(res.status).toBe(200);
      expect(cardText(cardsOf(await res.json())[0])).toMatch(/sent the details .* to you in a private chat/);
      expect(connector.posted).toHaveLength(1);
      const choices = submitsOf((connector.posted[0]!.activity['attachments'] as { content: unknown }[])[0]!.content);
      for (const p of people) expect(choices.map((c) => String(c['question'])).join('\n')).toMatch(new RegExp(String(p['userPrincipalName']).split('@')[0]!.replace(/[.]/g, '\\.'), 'i'));
    } finally {
      await connector.close();
    }
  });

  it('when Teams refuses the 1:1 chat, says how to open one and still posts nothing about people', async () => {
    const connector = await startConnector({ refuseConversations: true });
    try {
      const res = await postJson(url, messageActivity({
        conversationType: 'channel', serviceUrl: connector.url,
        value: { verb: 'private', question: 'who owns the Finance Department group?' },
      }));
      const here = cardsOf(await res.json());
      expect(here).toHaveLength(1);
      const text = cardText(here[0]);
      expect(text).toMatch(/could not open a private chat/);
      for (const o of ownersOf(model, 'Finance Department')) expect(text).not.toContain(String(o['displayName']));
      expect(connector.posted).toHaveLength(0);
    } finally {
      await connector.close();
    }
  });

  it('the private details of a follow-up ("she") resolve with the channel\'s conversation', async () => {
    const conversationId = `19:follow-up-${Date.now()}@thread.tacv2`;
    await ask('show me details for karita@woodgrovebank.com', { conversationType: 'channel', mention: true, conversationId });
    const summary = await ask('which groups is she a member of?', { conversationType: 'channel', mention: true, conversationId });
    expect(cardText(summary)).toMatch(/Groups Karita .* is a member of/);
    const connector = await startConnector();
    try {
      await postJson(url, messageActivity({
        conversationType: 'channel', conversationId, serviceUrl: connector.url,
        value: { verb: 'private', question: 'which groups is she a member of?' },
      }));
      const details = cardText((connector.posted[0]!.activity['attachments'] as { content: unknown }[])[0]!.content);
      expect(details).toMatch(/Groups Karita .* is a member of/);
      expect(details).toContain('Finance Department');
    } finally {
      await connector.close();
    }
  });

  it('in a personal chat the same button answers in place', async () => {
    const card = await ask(undefined, { value: { verb: 'private', question: 'who owns the Finance Department group?' } });
    for (const o of ownersOf(model, 'Finance Department')) expect(cardText(card)).toContain(String(o['displayName']));
  });

  it('"Show more" in a channel does not page personal rows into the channel', async () => {
    const conversationId = `19:channel-${Date.now()}@thread.tacv2`;
    await ask('who is in Finance Department?', { conversationType: 'channel', mention: true, conversationId });
    const card = await ask(undefined, { conversationType: 'channel', conversationId, value: { verb: 'showMore', question: 'who is in Finance Department?', page: 1, offset: 25 } });
    const group = model.groups.find((g) => g['displayName'] === 'Finance Department')!;
    const memberIds = model.groupMembers.find((g) => g.groupId === group.id)!.memberIds;
    const members = model.users.filter((u) => memberIds.includes(u.id));
    expect(members.length).toBeGreaterThan(0);
    for (const m of members) expect(cardText(card)).not.toContain(String(m['userPrincipalName']));
    expect(submitsOf(card).some((d) => d['verb'] === 'private')).toBe(true);
  });
});

describe('CHANNEL_DETAILS=inline', () => {
  let inline: Bot;
  beforeAll(async () => { inline = await startTestBot({ CHANNEL_DETAILS: 'inline' }); });
  afterAll(async () => inline?.close());

  it('posts the full answer in the channel when the asker was allowed to see it', async () => {
    const res = await postJson(`${inline.server.url}/api/messages`, messageActivity({ text: 'who owns the Finance Department group?', conversationType: 'channel', mention: true }));
    const card = cardsOf(await res.json())[0]!;
    for (const o of ownersOf(model, 'Finance Department')) expect(cardText(card)).toContain(String(o['displayName']));
  });
});
