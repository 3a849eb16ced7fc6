import { randomUUID } from 'node:crypto';

export interface ActivityOptions {
  readonly text?: string;
  readonly value?: unknown;
  readonly conversationType?: 'personal' | 'channel' | 'groupChat';
  readonly conversationId?: string;
  readonly expectReplies?: boolean;
  readonly serviceUrl?: string;
  readonly fromAadObjectId?: string;
  readonly tenantId?: string;
  /** Prefix the text with an @mention of the bot, as Teams sends it in channels and group chats. */
  readonly mention?: boolean;
}

/** The bot as Teams names it in activities (`recipient`) and in @mentions. */
export const BOT_ACCOUNT = { id: '28:entra-ask', name: 'Entra Ask' } as const;

/** A Teams message activity as Bot Framework posts it to /api/messages. */
export function messageActivity(o: ActivityOptions): Record<string, unknown> {
  const conversationType = o.conversationType ?? 'personal';
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl ?? 'http://127.0.0.1:9/',
    from: { id: '29:test-user', name: 'Test User', aadObjectId: o.fromAadObjectId },
    recipient: { ...BOT_ACCOUNT },
    conversation: {
      id: o.conversationId ?? `a:${randomUUID()}`,
      conversationType,
      tenantId: o.tenantId ?? '00000000-0000-0000-0000-000000000001',
      ...(conversationType === 'channel' ? { isGroup: true } : {}),
    },
    channelData: { tenant: { id: o.tenantId ?? '00000000-0000-0000-0000-000000000001' } },
    locale: 'en-US',
    ...(o.text !== undefined ? { text: o.mention ? `<at>${BOT_ACCOUNT.name}</at> ${o.text}` : o.text, textFormat: 'plain' } : {}),
    ...(o.mention ? { entities: [{ type: 'mention', text: `<at>${BOT_ACCOUNT.name}</at>`, mentioned: { ...BOT_ACCOUNT } }] } : {}),
    ...(o.value !== undefined ? { value: o.value } : {}),
    ...(o.expectReplies ?? true ? { deliveryMode: 'expectReplies' } : {}),
  };
}

export function membersAddedActivity(conversationId = `a:${randomUUID()}`): Record<string, unknown> {
  return {
    type: 'conversationUpdate', id: randomUUID(), channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/',
    from: { id: '29:test-user' }, recipient: { id: '28:entra-ask', name: 'Entra Ask' },
    conversation: { id: conversationId, conversationType: 'personal' },
    membersAdded: [{ id: '29:test-user' }], deliveryMode: 'expectReplies',
  };
}

interface Attachment { contentType: string; content: Record<string, unknown> }
interface ReplyActivity { type: string; attachments?: Attachment[] }

/** The Adaptive Cards among the replies of an expectReplies response. */
export function cardsOf(body: unknown): Record<string, unknown>[] {
  const activities = (body as { activities?: ReplyActivity[] }).activities ?? [];
  return activities
    .filter((a) => a.type === 'message')
    .flatMap((a) => a.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content);
}

/** Every text a card shows, flattened (TextBlock text, TextRun text, facts, table cells, buttons). */
export function cardText(card: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    for (const key of ['text', 'title', 'value']) if (typeof o[key] === 'string') out.push(o[key] as string);
    for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
  };
  walk(card);
  return out.join('\n');
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
