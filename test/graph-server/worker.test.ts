import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGraphServer, startGraphServerInWorker, type GraphServer, type RequestLogEntry } from '../../src/demo/graph-server';
import { loadTenantModel, readSignIns } from '../../src/demo/store';
import { SIGN_INS_FILE } from '../../src/demo/store/files';

/** What a body says, without the per-request ids and the origin (each server has its own port). */
function comparable(body: string, origin: string): unknown {
  return JSON.parse(body.split(origin).join('ORIGIN')) as unknown;
}

describe('the demo Graph endpoint on a worker thread (entra-ask serve)', () => {
  const dataDir = inject('demoDataDir');
  const seen: RequestLogEntry[] = [];
  let worker: GraphServer;
  let inProcess: GraphServer;

  beforeAll(async () => {
    const signInsFile = path.join(dataDir, SIGN_INS_FILE);
    worker = await startGraphServerInWorker({ dataDir, signInsFile, onRequest: (e) => seen.push(e) });
    inProcess = await startGraphServer({ model: await loadTenantModel(dataDir), signIns: () => readSignIns(signInsFile) });
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await inProcess?.close();
  });

  it('answers exactly what the same endpoint answers in this thread: directory, navigation, sign-ins, $batch', async () => {
    const paths = [
      "/groups?$filter=startsWith(displayName,'Finance')&$select=id,displayName",
      '/users?$top=3&$select=id,userPrincipalName,department',
      '/auditLogs/signIns?$top=5',
      '/users/nobody@nowhere.example',
    ];
    for (const p of paths) {
      const [a, b] = await Promise.all([fetch(`${worker.url}${p}`), fetch(`${inProcess.url}${p}`)]);
      expect(a.status, p).toBe(b.status);
      const [ta, tb] = await Promise.all([a.text(), b.text()]);
      const strip = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'date' || k === 'request-id' || k === 'client-request-id' ? undefined : x)));
      expect(strip(comparable(ta, worker.origin)), p).toEqual(strip(comparable(tb, inProcess.origin)));
    }
    const batch = { requests: [{ id: '1', method: 'GET', url: '/users?$top=2&$select=id' }] };
    const post = async (s: GraphServer) => comparable(await (await fetch(`${s.url}/$batch`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) })).text(), s.origin);
    expect(await post(worker)).toEqual(await post(inProcess));
  });

  it('counts requests in a counter the host reads at once, and reports each answered one', async () => {
    const before = worker.requestCount();
    const mine = ['/v1.0/users?$top=1&$select=id,displayName', '/v1.0/groups?$top=1&$select=id,displayName'];
    await fetch(`${worker.origin}${mine[0]}`);
    await fetch(`${worker.origin}${mine[1]}`);
    expect(worker.requestCount() - before).toBe(2);
    // The log entries cross the thread as messages: they arrive shortly after the answers (and
    // entries of the earlier test's requests may still be arriving, so only these two are looked at).
    const logged = () => seen.filter((e) => mine.includes(e.url));
    await expect.poll(() => logged().map((e) => e.url), { timeout: 10_000 }).toEqual(mine);
    expect(logged().every((e) => e.status === 200 && e.context.requestId.length > 0)).toBe(true);
  });

  it('switches faults on and off by message', async () => {
    worker.setFaults({ rate429: 1, retryAfterSeconds: 3 });
    await expect.poll(async () => (await fetch(`${worker.url}/users?$top=1`)).status, { timeout: 5_000 }).toBe(429);
    const r = await fetch(`${worker.url}/users?$top=1`);
    expect(r.headers.get('retry-after')).toBe('3');
    worker.setFaults(undefined);
    await expect.poll(async () => (await fetch(`${worker.url}/users?$top=1`)).status, { timeout: 5_000 }).toBe(200);
  });

  it('refuses to start, saying why, when the data folder holds no tenant', async () => {
    await expect(startGraphServerInWorker({ dataDir: path.join(dataDir, 'no-such-folder'), signInsFile: 'x' })).rejects.toThrow(/graph-server worker: .*ENOENT/s);
  });
});
