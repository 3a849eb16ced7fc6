/**
 * Secrets never leave the process: with BOT_PASSWORD / AZURE_CLIENT_SECRET set to a marker, no
 * response (status line, headers, body) and no log line — the bot's own log, or anything a
 * library writes to the console — ever carries the marker or a stack trace, whether the request
 * fails authentication, is malformed, too large, or makes a source fail.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardsOf, cardText, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';
import { startBotServer } from '../../src/bot/server';
import type { TeamsAdapter } from '@microsoft/teams-ai';

const MARKER = 'MarkerSecret-7f3a9c';
const STACK = /at .*\.(js|ts|cjs|mjs):\d+/;
const SECRET_ENV = ['BOT_PASSWORD', 'AZURE_CLIENT_SECRET', 'SECRET_AAD_APP_CLIENT_SECRET', 'AAD_APP_CLIENT_SECRET'];

const consoleOut: string[] = [];
const saved: Record<string, string | undefined> = {};

beforeAll(() => {
  for (const name of SECRET_ENV) {
    saved[name] = process.env[name];
    process.env[name] = `${MARKER}-${name}`;
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => { consoleOut.push(args.map(String).join(' ')); });
  }
});
afterAll(() => {
  for (const name of SECRET_ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  vi.restoreAllMocks();
});

async function exchange(url: string, init: RequestInit): Promise<{ status: number; text: string }> {
  const res = await fetch(url, init);
  const headers = [...res.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
  return { status: res.status, text: `${res.status} ${res.statusText}\n${headers}\n${await res.text()}` };
}

function jwt(header: object, payload: object, signature = ''): string {
  return `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
}

function expectClean(texts: readonly string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(MARKER);
    expect(text).not.toMatch(STACK);
  }
}

describe('with BOT_ID and BOT_PASSWORD set', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    bot = await startTestBot({ BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: `${MARKER}-BOT_PASSWORD`, BOT_TYPE: 'SingleTenant', BOT_TENANT_ID: '00000000-0000-0000-0000-000000000001' });
  }, 120_000);
  afterAll(async () => bot?.close());

  it('authentication failures and bad requests carry no secret and no stack', async () => {
    const url = `${bot.server.url}/api/messages`;
    const body = JSON.stringify(messageActivity({ text: 'who owns the Finance Department group?' }));
    const now = Math.floor(Date.now() / 1000);
    // No `iss`: a Bot Framework issuer would make the validator fetch its keys from the internet.
    const claims = { aud: '11111111-2222-3333-4444-555555555555', exp: now + 600, nbf: now - 10, serviceurl: 'http://127.0.0.1:9/' };
    const replies = [
      await exchange(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
      await exchange(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer nonsense' }, body }),
      await exchange(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt({ alg: 'none' }, claims)}` }, body }),
      await exchange(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt({ alg: 'HS256', typ: 'JWT' }, claims, 'c2lnbmF0dXJl')}` }, body }),
      await exchange(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt({ alg: 'RS256', kid: 'unknown-key' }, claims, 'c2lnbmF0dXJl')}` }, body }),
      await exchange(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Basic Ym90OnBhc3N3b3Jk' }, body }),
      await exchange(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message",' }),
      await exchange(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message' }) }),
      await exchange(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...messageActivity({ text: 'x' }), pad: 'y'.repeat(400_000) }) }),
      await exchange(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body }),
      await exchange(`${bot.server.url}/nowhere`, { method: 'GET' }),
      await exchange(`${bot.server.url}/healthz`, { method: 'GET' }),
    ];
    expect(replies.slice(0, 6).map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(replies[6]!.status).toBe(400);
    expect(replies[7]!.status).toBe(400);
    expect(replies[8]!.status).toBe(413);
    expectClean(replies.map((r) => r.text));
    expectClean(bot.logs);
    expectClean(consoleOut);
    expect(consoleOut.join('\n')).not.toMatch(/login\.botframework\.com|login\.microsoftonline\.com/);
  }, 120_000);
});

describe('errors the Bot Framework adapter writes itself', () => {
  it('are replaced by plain JSON errors (the detail goes to the log only)', async () => {
    const logs: string[] = [];
    const detail = 'request to https://login.botframework.com/v1/.well-known/openidconfiguration failed, reason: getaddrinfo ENOTFOUND';
    for (const [status, code] of [[500, 'InternalError'], [401, 'Unauthorized'], [400, 'BadRequest']] as const) {
      const adapter = {
        process: async (_req: unknown, res: { status(c: number): void; send(b: unknown): void; end(): void }) => {
          res.status(status);
          res.send(`${detail}\n    at fetch (node_modules/node-fetch/lib/index.js:1501:11)`);
          res.end();
        },
      } as unknown as TeamsAdapter;
      const server = await startBotServer({ adapter, logic: async () => {}, host: '127.0.0.1', port: 0, maxBodyBytes: 65536, allowedTenants: [], log: (l) => logs.push(l) });
      try {
        const res = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'hi' }));
        expect(res.status).toBe(status);
        const text = await res.text();
        expect(text).not.toContain('botframework.com');
        expect(text).not.toMatch(STACK);
        expect(JSON.parse(text)).toMatchObject({ error: { code } });
      } finally {
        await server.close();
      }
    }
    expect(logs.some((l) => l.includes('ENOTFOUND'))).toBe(true);
  });
});

describe('in local mode with secrets in the environment', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  beforeAll(async () => {
    // The failing-source question must reach the endpoint: no answer from the shared read cache.
    bot = await startTestBot({ BOT_PASSWORD: `${MARKER}-BOT_PASSWORD`, DIRECTORY_CACHE_TTL_SECONDS: '0' });
  }, 120_000);
  afterAll(async () => {
    bot?.runtime.setDemoGraphFaults?.(undefined);
    await bot?.close();
  });

  it('failing sources, refused and broken queries carry no secret and no stack', async () => {
    const url = `${bot.server.url}/api/messages`;
    const texts: string[] = [];
    const ask = async (text: string) => {
      const res = await postJson(url, messageActivity({ text }));
      const raw = await res.text();
      texts.push(raw);
      const cards = cardsOf(JSON.parse(raw));
      expect(cards).toHaveLength(1);
      return cardText(cards[0]);
    };
    expect(await ask('SigninLogs | where NoSuchColumn == 1')).toMatch(/KS\d+/);
    expect(await ask('.drop table SigninLogs')).toMatch(/EA001/);
    expect(await ask("GET /users?$filter=nosuchproperty eq 'x'")).toMatch(/Couldn't answer|rejected/);
    expect(await ask('POST /users')).toMatch(/not allowed/);
    bot.runtime.setDemoGraphFaults!({ rate503: 1, retryAfterSeconds: 0 });
    expect(await ask('who owns the Finance Department group?')).toMatch(/Try again/);
    bot.runtime.setDemoGraphFaults!(undefined);
    expectClean(texts);
    expectClean(bot.logs);
    expectClean(consoleOut);
  }, 300_000);
});
