import { afterAll, beforeAll } from 'vitest';
import { startGraphServer } from '../../src/demo/graph-server';
import type { GraphServer, GraphServerOptions } from '../../src/demo/graph-server';
import { fixtureModel, fixtureSignIns } from './fixture';

/** A JSON reply from the endpoint. */
export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

/** Starts a server on the fixture tenant before the file's tests and closes it after. */
export function useServer(options: Partial<GraphServerOptions> = {}): { server: () => GraphServer; get: Getter } {
  let server: GraphServer | undefined;
  beforeAll(async () => {
    server = await startGraphServer({ model: fixtureModel(), signIns: () => fixtureSignIns(), ...options });
  });
  afterAll(async () => {
    await server?.close();
  });
  const current = (): GraphServer => {
    if (!server) throw new Error('server not started');
    return server;
  };
  return { server: current, get: (path, headers) => getJson(current(), path, headers) };
}

export type Getter = (path: string, headers?: Record<string, string>) => Promise<Reply>;

/** GET a path under the version root (or an absolute URL). */
export async function getJson(server: GraphServer, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const url = path.startsWith('http') ? path : `${server.url}${path}`;
  const res = await fetch(url, { headers });
  const text = await res.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: res.status, headers: res.headers, body };
}

/** Rows of a collection reply. */
export const rows = (r: Reply): Record<string, unknown>[] => (r.body['value'] as Record<string, unknown>[] | undefined) ?? [];

/** The error code of an error reply. */
export const code = (r: Reply): string | undefined => (r.body['error'] as { code?: string } | undefined)?.code;

/** Follows `@odata.nextLink` to the end; returns every row and the number of pages. */
export async function readAll(get: Getter, path: string, headers?: Record<string, string>): Promise<{ rows: Record<string, unknown>[]; pages: number; links: string[] }> {
  const all: Record<string, unknown>[] = [];
  const links: string[] = [];
  let next: string | undefined = path;
  let pages = 0;
  while (next) {
    const r = await get(next, headers);
    if (r.status !== 200) throw new Error(`page ${pages} failed: ${r.status} ${JSON.stringify(r.body)}`);
    all.push(...rows(r));
    pages++;
    next = r.body['@odata.nextLink'] as string | undefined;
    if (next) links.push(next);
  }
  return { rows: all, pages, links };
}
