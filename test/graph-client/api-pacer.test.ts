import { afterEach, describe, expect, it, vi } from 'vitest';
import { startGraphServer } from '../../src/demo/graph-server';
import { createGraphSource } from '../../src/sources/graph';
import { ApiPacer, pathUnderVersion, PACED_LIMITS } from '../../src/sources/graph/api-pacer';
import { fixtureModel } from '../graph-server/fixture';

describe('pacing under the documented per-API limits', () => {
  it('reads the path under the version root from a full URL or a path', () => {
    expect(pathUnderVersion('https://graph.microsoft.com/v1.0/identityProtection/riskyUsers?$top=5')).toBe('/identityprotection/riskyusers');
    expect(pathUnderVersion('http://127.0.0.1:4000/beta/auditLogs/signIns')).toBe('/auditlogs/signins');
    expect(pathUnderVersion('/users/abc/authentication/methods')).toBe('/users/abc/authentication/methods');
  });

  it('spaces Identity Protection requests one second apart, in request order, across callers', () => {
    const clock = { t: 0 };
    const pacer = new ApiPacer(PACED_LIMITS, () => clock.t);
    expect(pacer.reserve('https://graph.microsoft.com/v1.0/identityProtection/riskyUsers/u1')).toBe(0);
    // one second apart, plus 50 ms of slack for the time a request takes to arrive
    expect(pacer.reserve('https://graph.microsoft.com/v1.0/identityProtection/riskyUsers/u1/history')).toBe(1_050);
    expect(pacer.reserve('https://graph.microsoft.com/v1.0/identityProtection/riskDetections')).toBe(2_100);
    clock.t = 500;
    expect(pacer.reserve('https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies')).toBe(2_650);
    expect(pacer.reserve('https://graph.microsoft.com/v1.0/users/u1')).toBe(0); // directory reads are not paced
  });

  it('reserves no turn for a caller that cannot wait that long (it gives up; those queued after it do not wait for it)', () => {
    const clock = { t: 0 };
    const pacer = new ApiPacer(PACED_LIMITS, () => clock.t);
    const url = 'https://graph.microsoft.com/v1.0/identityProtection/riskDetections';
    expect(pacer.reserve(url)).toBe(0);
    expect(pacer.reserve(url)).toBe(1_050);
    expect(pacer.reserve(url, 2_000)).toBe(2_100); // more than its budget: nothing reserved
    expect(pacer.reserve(url, 2_100)).toBe(2_100); // a wait equal to the budget leaves no time to send
    expect(pacer.reserve(url, 5_000)).toBe(2_100); // the next caller gets the turn the others left
    expect(pacer.reserve(url)).toBe(3_150);
  });

  it('holds a request just before sending when the one before it left late, so sends stay a window apart (a reserved turn can drift)', () => {
    const clock = { t: 0 };
    const pacer = new ApiPacer(PACED_LIMITS, () => clock.t);
    const url = 'https://graph.microsoft.com/v1.0/identityProtection/riskDetections';
    expect(pacer.reserve(url)).toBe(0);
    expect(pacer.reserve(url)).toBe(1_050);
    clock.t = 300; // the first one's token step took 300 ms: it really leaves now
    expect(pacer.holdBeforeSend(url)).toBe(0);
    clock.t = 1_050; // the second one's reserved turn: only 750 ms after the first really left
    expect(pacer.holdBeforeSend(url)).toBe(300);
    clock.t = 1_350;
    expect(pacer.holdBeforeSend(url)).toBe(0);
    // Unpaced requests never wait.
    expect(pacer.holdBeforeSend('https://graph.microsoft.com/v1.0/users/u1')).toBe(0);
    // reset() forgets the sends too.
    pacer.reset();
    expect(pacer.holdBeforeSend(url)).toBe(0);
  });

  it('lets five report requests through at once, then holds the sixth until the first leaves the 10 s window', () => {
    const clock = { t: 0 };
    const pacer = new ApiPacer(PACED_LIMITS, () => clock.t);
    for (let i = 0; i < 5; i++) expect(pacer.reserve('/auditLogs/signIns?$top=10')).toBe(0);
    clock.t = 3_000;
    expect(pacer.reserve('/auditLogs/directoryAudits')).toBe(7_500); // 10 s after the first, plus 500 ms slack
    expect(pacer.reserve('/users/u1/authentication/methods')).toBe(7_500);
    clock.t = 21_000;
    expect(pacer.reserve('/reports/authenticationMethods/userRegistrationDetails')).toBe(0);
    pacer.reset();
    clock.t = 21_001;
    for (let i = 0; i < 5; i++) expect(pacer.reserve('/auditLogs/signIns')).toBe(0);
  });
});

/**
 * The moments requests leave Entra Ask (global fetch, called by the graph client's last middleware
 * after the pacer's hold). Arrival at the in-process demo server is stamped by the same event loop
 * that sends, so a busy machine delays it by tens of milliseconds either way (a gap of 986.6 ms was
 * measured at a load average of 10 for sends 1,050 ms apart); the send moment is what the pacer
 * controls, and its 50 ms of slack covers the trip to Graph.
 */
function stampSends(): { url: string; at: number }[] {
  const sent: { url: string; at: number }[] = [];
  const real = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    sent.push({ url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, at: performance.now() });
    return real(input, init);
  });
  return sent;
}

describe('a paced source', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sends paced requests one by one, a second apart, and batches the rest', async () => {
    const seen: { url: string; at: number }[] = [];
    const sent = stampSends();
    const server = await startGraphServer({ model: fixtureModel(), onRequest: (e) => seen.push({ url: e.url, at: performance.now() - e.ms }) }); // arrival: what Graph counts
    try {
      const graph = createGraphSource({ mode: 'demo', baseUrl: server.url }, { pacer: new ApiPacer() });
      const started = performance.now();
      const out = await graph.executeAll([
        { source: 'graph', method: 'GET', id: 'a', path: '/identityProtection/riskyUsers?$top=1' },
        { source: 'graph', method: 'GET', id: 'b', path: '/identityProtection/riskDetections?$top=1' },
        { source: 'graph', method: 'GET', id: 'c', path: '/users?$top=1' },
        { source: 'graph', method: 'GET', id: 'd', path: '/groups?$top=1' },
      ]);
      expect([...out.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
      for (const r of out.values()) expect(r).not.toBeInstanceOf(Error);
      expect(seen.filter((s) => s.url.includes('$batch'))).toHaveLength(1);
      expect(seen.filter((s) => s.url.includes('identityProtection'))).toHaveLength(2);
      const protection = sent.filter((s) => s.url.includes('identityProtection'));
      expect(protection).toHaveLength(2);
      expect(protection[1]!.at - protection[0]!.at).toBeGreaterThanOrEqual(1_000);
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      await server.close();
    }
  });

  it('keeps Identity Protection requests a second apart at Graph when the first one\'s token step is slow', async () => {
    const seen: { url: string; at: number }[] = [];
    const sent = stampSends();
    const server = await startGraphServer({ model: fixtureModel(), onRequest: (e) => seen.push({ url: e.url, at: performance.now() - e.ms }) });
    let calls = 0;
    // The first token takes 400 ms (a refresh), the second is cached: without the hold before
    // sending, the second request would reach Graph ~650 ms after the first.
    const credential = { getToken: async () => { calls++; if (calls === 1) await new Promise((r) => setTimeout(r, 400)); return { token: 't', expiresOnTimestamp: Date.now() + 3_600_000 }; } };
    try {
      const pacer = new ApiPacer();
      const graph = createGraphSource({ mode: 'demo', baseUrl: server.url }, { pacer, credential });
      await Promise.all([
        graph.execute({ source: 'graph', method: 'GET', id: 'a', path: '/identityProtection/riskyUsers?$top=1' }),
        graph.execute({ source: 'graph', method: 'GET', id: 'b', path: '/identityProtection/riskDetections?$top=1' }),
      ]);
      expect(seen.filter((s) => s.url.includes('identityProtection'))).toHaveLength(2);
      const protection = sent.filter((s) => s.url.includes('identityProtection'));
      expect(protection).toHaveLength(2);
      expect(protection[1]!.at - protection[0]!.at).toBeGreaterThanOrEqual(1_000);
    } finally {
      await server.close();
    }
  });

  it('says "throttled, try again" at once, sending nothing, when the queue for the API is longer than the question may wait', async () => {
    const seen: string[] = [];
    const server = await startGraphServer({ model: fixtureModel(), onRequest: (e) => seen.push(e.url) });
    try {
      const pacer = new ApiPacer();
      for (let i = 0; i < 10; i++) pacer.reserve('/identityProtection/riskDetections'); // ten questions ahead: ~10 s
      const graph = createGraphSource({ mode: 'demo', baseUrl: server.url }, { pacer, budgetMs: 3_000 });
      const started = performance.now();
      const err = await graph.execute({ source: 'graph', method: 'GET', id: 'r', path: '/identityProtection/riskyUsers?$top=1' }).catch((e: unknown) => e);
      expect(err).toMatchObject({ kind: 'throttled', code: 'pacedNoTurn' });
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(seen).toEqual([]);
      // It took no turn: the next caller with time to wait gets the one after the ten.
      expect(pacer.reserve('/identityProtection/riskyUsers')).toBeGreaterThan(9_000);
      expect(pacer.reserve('/identityProtection/riskyUsers')).toBeLessThan(11_700);
    } finally {
      await server.close();
    }
  });
});
