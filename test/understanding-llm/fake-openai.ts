import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake server received. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

/** What the fake answers: the assistant's content (a chat completion), or a raw status and body. */
export type FakeReply =
  | { readonly content: string; readonly delayMs?: number }
  | { readonly status: number; readonly body: string; readonly delayMs?: number };

export interface FakeOpenAi {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly requests: ReceivedRequest[];
  /** The reply to the next requests. */
  reply: FakeReply;
  close(): Promise<void>;
}

function completion(content: string, model: string): string {
  return JSON.stringify({
    id: 'chatcmpl-fake', object: 'chat.completion', created: 1_700_000_000, model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
}

const CHAT_PATH = /^\/(v1\/chat\/completions|openai\/deployments\/[^/]+\/chat\/completions)(\?.*)?$/;

/** An OpenAI-compatible server on 127.0.0.1 (port 0): `POST /v1/chat/completions` and Azure's deployment path. */
export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const requests: ReceivedRequest[] = [];
  const state: { reply: FakeReply } = { reply: { content: '{"name":"unknown","slots":{}}' } };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try { body = JSON.parse(raw); } catch { /* keep the text */ }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const reply = state.reply;
      const send = (): void => {
        if (res.destroyed) return;
        if (req.method !== 'POST' || !CHAT_PATH.test(req.url ?? '')) {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end('{"error":{"message":"not found"}}');
        } else if ('content' in reply) {
          const model = typeof body === 'object' && body !== null && 'model' in body ? String(body.model) : 'fake';
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(completion(reply.content, model));
        } else {
          res.writeHead(reply.status, { 'content-type': 'application/json' });
          res.end(reply.body);
        }
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs); else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    get reply() { return state.reply; },
    set reply(r: FakeReply) { state.reply = r; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
