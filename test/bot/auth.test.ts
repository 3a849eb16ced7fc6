import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';

describe('with BOT_ID set', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    bot = await startTestBot({ BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: 'not-a-real-secret', BOT_TYPE: 'MultiTenant' });
  });
  afterAll(async () => bot?.close());

  it.each([
    ['no Authorization header', {}],
    ['a token that is not a JWT', { authorization: 'Bearer nonsense' }],
    ['a forged unsigned JWT', { authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"aud":"11111111-2222-3333-4444-555555555555"}').toString('base64url')}.` }],
  ])('answers 401 for %s', async (_name, headers) => {
    const res = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text: 'help' }), headers as Record<string, string>);
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
    expect(text).not.toContain('not-a-real-secret');
  });
});

describe('ALLOWED_TENANTS', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    bot = await startTestBot({ ALLOWED_TENANTS: 'aaaaaaaa-0000-0000-0000-000000000001' });
  });
  afterAll(async () => bot?.close());

  it('refuses other tenants with 403 and serves the allowed one', async () => {
    const other = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text: 'help', tenantId: 'bbbbbbbb-0000-0000-0000-000000000002' }));
    expect(other.status).toBe(403);
    const allowed = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text: 'help', tenantId: 'aaaaaaaa-0000-0000-0000-000000000001' }));
    expect(allowed.status).toBe(200);
  });
});
