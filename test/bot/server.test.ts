/**
 * The HTTP front door on its own (src/bot/server.ts), with a recording stand-in for the Bot
 * Framework adapter: what reaches the adapter, what is refused before it, and that every error
 * the server or the adapter writes is a plain JSON error without internals.
 */
import type { TeamsAdapter } from '@microsoft/teams-ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvExports } from '../../src/bot/csv-exports';
import { startBotServer, type BotServer } from '../../src/bot/server';
import { messageActivity, postJson } from '../helpers/activities';

const ALLOWED = 'aaaaaaaa-0000-0000-0000-000000000001';
const STACK = /at .*\.(js|ts):\d+/;

interface Recorder {
  readonly bodies: unknown[];
  /** What the adapter does with the response (default: 200 with a JSON body). */
  behaviour: (res: { status(c: number): unknown; send(b?: unknown): unknown; end(): unknown }) => void;
}

function recordingAdapter(): { adapter: TeamsAdapter; recorder: Recorder } {
  const recorder: Recorder = { bodies: [], behaviour: (res) => { res.status(200); res.send({ handled: true }); } };
  const adapter = {
    process: async (req: { body: unknown }, res: Parameters<Recorder['behaviour']>[0], logic: (c: unknown) => Promise<void>) => {
      recorder.bodies.push(req.body);
      expect(typeof logic).toBe('function');
      recorder.behaviour(res);
    },
  } as unknown as TeamsAdapter;
  return { adapter, recorder };
}

/** A message activity with no tenant anywhere (neither channelData nor conversation). */
function withoutTenant(): Record<string, unknown> {
  const a = messageActivity({ text: 'help' });
  const conversation = { ...(a.conversation as Record<string, unknown>) };
  delete conversation.tenantId;
  return { ...a, conversation, channelData: {} };
}

describe('with ALLOWED_TENANTS set', () => {
  let server: BotServer;
  const { adapter, recorder } = recordingAdapter();
  beforeAll(async () => {
    server = await startBotServer({ adapter, logic: async () => {}, host: '127.0.0.1', port: 0, maxBodyBytes: 65536, allowedTenants: [ALLOWED], log: () => {} });
  });
  afterAll(async () => server?.close());

  it('refuses with 403 an activity that carries no tenant id at all (it must not pass as allowed)', async () => {
    const before = recorder.bodies.length;
    const res = await postJson(`${server.url}/api/messages`, withoutTenant());
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'Forbidden', message: 'This tenant is not allowed to use this bot.' } });
    expect(recorder.bodies.length).toBe(before);
  });

  it('refuses another tenant with 403, and lets the allowed tenant through to the adapter', async () => {
    const other = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help', tenantId: 'bbbbbbbb-0000-0000-0000-000000000002' }));
    expect(other.status).toBe(403);
    const before = recorder.bodies.length;
    const allowed = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help', tenantId: ALLOWED }));
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ handled: true });
    expect(recorder.bodies.length).toBe(before + 1);
  });

  it('takes the tenant from conversation.tenantId when channelData has none', async () => {
    const a = { ...messageActivity({ text: 'help', tenantId: ALLOWED }), channelData: {} };
    expect((await postJson(`${server.url}/api/messages`, a)).status).toBe(200);
  });

  it('checks the body before the tenant: a body that is not an activity is a 400', async () => {
    const res = await postJson(`${server.url}/api/messages`, { hello: 'world' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'BadRequest', message: 'The activity has no "type".' } });
  });
});

describe('without ALLOWED_TENANTS', () => {
  let server: BotServer;
  const logs: string[] = [];
  const { adapter, recorder } = recordingAdapter();
  const exports = new CsvExports();
  beforeAll(async () => {
    server = await startBotServer({ adapter, logic: async () => {}, host: '127.0.0.1', port: 0, maxBodyBytes: 4096, allowedTenants: [], log: (l) => logs.push(l), exports });
    exports.setBaseUrl(server.url);
  });
  afterAll(async () => server?.close());

  it('serves every tenant, and an activity without tenant', async () => {
    recorder.behaviour = (res) => { res.status(200); res.send({ handled: true }); };
    expect((await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help', tenantId: 'cccccccc-0000-0000-0000-000000000003' }))).status).toBe(200);
    expect((await postJson(`${server.url}/api/messages`, withoutTenant())).status).toBe(200);
  });

  it('answers the health probes', async () => {
    for (const p of ['/', '/healthz']) {
      const res = await fetch(`${server.url}${p}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('server')).toBe('entra-ask');
      expect(await res.json()).toEqual({ status: 'ok', name: 'Entra Ask' });
    }
  });

  it('gives the URL it listens on', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('refuses bodies that are not activities with 400 and the reason, before the adapter', async () => {
    const before = recorder.bodies.length;
    const res = await postJson(`${server.url}/api/messages`, { ...messageActivity({ text: 'x' }), serviceUrl: 'file:///etc/passwd' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'BadRequest', message: 'The activity has no valid "serviceUrl".' } });
    expect(recorder.bodies.length).toBe(before);
  });

  it('answers malformed JSON with a plain 400, and a body over the limit with 413, without internals', async () => {
    const bad = await postJson(`${server.url}/api/messages`, '{"type": "message",');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/json/);
    const badText = await bad.text();
    expect(badText).not.toMatch(STACK);
    const badBody = JSON.parse(badText) as { error: { code: string; message: string } };
    expect(badBody.error.code).toBe('BadRequest');
    // restify's own reason (what was wrong with the JSON), never the internal-error text.
    expect(badBody.error.message).not.toBe('Internal error.');
    expect(badBody.error.message).not.toBe('Bad request.');
    expect(badBody.error.message).toMatch(/json/i);
    const big = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'x'.repeat(5000) }));
    expect(big.status).toBe(413);
    const bigBody = await big.json() as { error: { code: string } };
    expect(bigBody.error.code).toBe('PayloadTooLarge');
    expect(JSON.stringify(bigBody)).not.toMatch(STACK);
  });

  it('answers its own errors in JSON even to a client that prefers text', async () => {
    const bad = await postJson(`${server.url}/api/messages`, '{"type": ', { accept: 'text/plain' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await bad.json() as { error: { code: string } }).error.code).toBe('BadRequest');
  });

  it('answers an adapter that throws with a plain 500 and logs the stack', async () => {
    recorder.behaviour = () => { throw new Error('adapter exploded: secret detail'); };
    const res = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help' }));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'InternalError', message: 'The bot could not process this activity.' } });
    expect(text).not.toContain('secret detail');
    expect(logs.some((l) => l.startsWith('adapter failure: Error: adapter exploded: secret detail') && STACK.test(l))).toBe(true);
  });

  it.each([
    [401, 'Unauthorized', 'The request did not carry a valid Bot Framework token.'],
    [403, 'BadRequest', 'Bad request.'],
    [400, 'BadRequest', 'Bad request.'],
    [500, 'InternalError', 'The bot could not process this activity.'],
    [502, 'InternalError', 'The bot could not process this activity.'],
  ])('replaces the text the adapter writes with status %i by a plain JSON error', async (status, code, message) => {
    recorder.behaviour = (res) => { res.status(status); res.send(`raw detail ${status}\n    at x (node_modules/y.js:1:2)`); };
    const res = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help' }));
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: { code, message } });
    expect(logs).toContain(`adapter answered ${status}: raw detail ${status}\n    at x (node_modules/y.js:1:2)`);
  });

  it('replaces an empty 4xx answer of the adapter by a plain JSON error too', async () => {
    recorder.behaviour = (res) => { res.status(401); res.send(); };
    const res = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help' }));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'Unauthorized', message: 'The request did not carry a valid Bot Framework token.' } });
  });

  it('answers JSON even to a client that prefers text', async () => {
    recorder.behaviour = (res) => { res.status(400); res.send('raw'); };
    const res = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help' }), { accept: 'text/plain' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: { code: 'BadRequest', message: 'Bad request.' } });
  });

  it('passes the headers the adapter sets', async () => {
    recorder.behaviour = (res) => {
      (res as unknown as { header(n: string, v: string): void }).header('x-adapter', 'yes');
      res.status(200); res.send({ ok: 1 });
    };
    const res = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help' }));
    expect(res.headers.get('x-adapter')).toBe('yes');
    expect(await res.json()).toEqual({ ok: 1 });
  });

  it('keeps the adapter\'s answer when the adapter throws after answering, and logs the failure', async () => {
    recorder.behaviour = (res) => { res.status(200); res.send({ answered: true }); throw new Error('late failure'); };
    const res = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ answered: true });
    await new Promise((r) => setTimeout(r, 50));
    expect(logs.some((l) => l.startsWith('adapter failure: Error: late failure'))).toBe(true);
    expect(logs.filter((l) => /ERR_HTTP_HEADERS_SENT|Cannot set headers/.test(l))).toEqual([]);
    recorder.behaviour = (r) => { r.status(200); r.send({ handled: true }); };
    expect((await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help' }))).status).toBe(200);
  });

  it('refuses a body that is not JSON (unknown content type) before the adapter', async () => {
    const before = recorder.bodies.length;
    const res = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'type=message' });
    expect(res.status).toBe(415);
    const body = await res.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BadRequest');
    expect(recorder.bodies.length).toBe(before);
  });

  it('keeps what the adapter sends when it is a success or a JSON body', async () => {
    recorder.behaviour = (res) => { res.status(200); res.send('plain ok'); };
    const ok = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help' }));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('plain ok');
    recorder.behaviour = (res) => { res.status(409); res.send({ error: { code: 'Conflict' } }); };
    const conflict = await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help' }));
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({ error: { code: 'Conflict' } });
    recorder.behaviour = (res) => { res.status(204); res.end(); };
    expect((await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help' }))).status).toBe(204);
  });

  it('cuts the logged adapter text to 300 characters', async () => {
    recorder.behaviour = (res) => { res.status(400); res.send(`${'y'.repeat(299)}TAIL-NOT-LOGGED`); };
    await postJson(`${server.url}/api/messages`, messageActivity({ text: 'help' }));
    expect(logs).toContain(`adapter answered 400: ${'y'.repeat(299)}T`);
  });

  it('serves a CSV export with safe headers and a sanitised file name, and 404 for unknown or malformed tokens', async () => {
    const url = await exports.add('a,b\n1,2\n', 'risky "users"/x.csv', 'owner-1', 'msteams');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('a,b\n1,2\n');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-length')).toBe('8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="risky__users__x.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(logs).toContain('served a CSV export (8 chars) asked by owner-1');

    const token = url.slice(url.lastIndexOf('/') + 1, -4);
    for (const path of [`/exports/${token}`, `/exports/${token}.txt`, `/exports/${'A'.repeat(43)}.csv`, '/exports/.csv']) {
      const miss = await fetch(`${server.url}${path}`);
      expect(miss.status, path).toBe(404);
      expect(await miss.json()).toEqual({ error: { code: 'NotFound', message: 'This download does not exist or has expired: ask the question again.' } });
    }
  });
});

describe('without a CSV store', () => {
  it('answers 404 for any export', async () => {
    const { adapter } = recordingAdapter();
    const server = await startBotServer({ adapter, logic: async () => {}, host: '127.0.0.1', port: 0, maxBodyBytes: 4096, allowedTenants: [], log: () => {} });
    try {
      expect((await fetch(`${server.url}/exports/${'A'.repeat(43)}.csv`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('answers a failure inside a route (here the CSV store) with a plain 500, without internals', async () => {
    const { adapter } = recordingAdapter();
    const broken = { get: () => { throw new Error('store exploded: secret'); } } as unknown as CsvExports;
    const logs: string[] = [];
    const server = await startBotServer({ adapter, logic: async () => {}, host: '127.0.0.1', port: 0, maxBodyBytes: 4096, allowedTenants: [], log: (l) => logs.push(l), exports: broken });
    try {
      const res = await fetch(`${server.url}/exports/${'A'.repeat(43)}.csv`);
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toContain('secret');
      expect(JSON.parse(text)).toEqual({ error: { code: 'InternalError', message: 'Internal error.' } });
      expect(logs.some((l) => l.startsWith('route failure: Error: store exploded: secret') && STACK.test(l))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('names the host it was given in its URL, and stops listening on close()', async () => {
    const { adapter } = recordingAdapter();
    const server = await startBotServer({ adapter, logic: async () => {}, host: 'localhost', port: 0, maxBodyBytes: 4096, allowedTenants: [], log: () => {} });
    expect(server.url).toBe(`http://localhost:${server.port}`);
    await server.close();
    await expect(fetch(`http://127.0.0.1:${server.port}/healthz`)).rejects.toThrow();
  });

  it('reports 0.0.0.0 as 127.0.0.1 in its URL', async () => {
    const { adapter } = recordingAdapter();
    const server = await startBotServer({ adapter, logic: async () => {}, host: '0.0.0.0', port: 0, maxBodyBytes: 4096, allowedTenants: [], log: () => {} });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('fails to start on a port in use', async () => {
    const { adapter } = recordingAdapter();
    const first = await startBotServer({ adapter, logic: async () => {}, host: '127.0.0.1', port: 0, maxBodyBytes: 4096, allowedTenants: [], log: () => {} });
    try {
      await expect(startBotServer({ adapter, logic: async () => {}, host: '127.0.0.1', port: first.port, maxBodyBytes: 4096, allowedTenants: [], log: () => {} })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
