import { describe, expect, it } from 'vitest';
import { startGraphServer, type GraphServer } from '../../src/demo/graph-server';
import { directoryCost, DOCUMENTED_LIMITS } from '../../src/demo/graph-server/realism/limits';
import { latencySampler } from '../../src/demo/graph-server/realism/latency';
import { RealismPlan } from '../../src/demo/graph-server/realism/realism';
import { readSettings, SettingsError } from '../../src/config/settings';
import { fixtureModel, fixtureSignIns } from './fixture';

const q = (s = ''): URLSearchParams => new URLSearchParams(s);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

describe('service latency', () => {
  it('draws a log-normal with the stated median and p95, the same for the same seed', () => {
    const draw = latencySampler({ medianMs: 150, p95Ms: 450 }, 3);
    const xs = Array.from({ length: 40_000 }, draw).sort((a, b) => a - b);
    expect(percentile(xs, 0.5)).toBeGreaterThan(150 * 0.95);
    expect(percentile(xs, 0.5)).toBeLessThan(150 * 1.05);
    expect(percentile(xs, 0.95)).toBeGreaterThan(450 * 0.93);
    expect(percentile(xs, 0.95)).toBeLessThan(450 * 1.07);
    const again = latencySampler({ medianMs: 150, p95Ms: 450 }, 3);
    const first = latencySampler({ medianMs: 150, p95Ms: 450 }, 3);
    expect(Array.from({ length: 5 }, again)).toEqual(Array.from({ length: 5 }, first));
  });

  it('refuses a p95 below the median', () => {
    expect(() => latencySampler({ medianMs: 200, p95Ms: 100 }, 1)).toThrow(RangeError);
  });
});

describe('documented throttling limits', () => {
  const clock = { t: 0 };
  const plan = () => new RealismPlan({ throttling: true, now: () => clock.t });

  it('identity and access reports: 5 requests per 10 seconds, then 429 with Retry-After until the window moves', () => {
    clock.t = 0;
    const p = plan();
    for (let i = 0; i < 5; i++) expect(p.decide('GET', i % 2 ? '/auditLogs/signIns' : '/auditLogs/directoryAudits', q()).throttled, `request ${i}`).toBeUndefined();
    clock.t = 4_000;
    const sixth = p.decide('GET', '/auditLogs/signIns', q('$top=50'));
    expect(sixth.throttled?.retryAfterSeconds).toBe(6);
    // authentication methods and the registration reports count against the same limit
    expect(p.decide('GET', '/users/abc/authentication/methods', q()).throttled).toBeDefined();
    expect(p.decide('GET', '/reports/authenticationMethods/userRegistrationDetails', q()).throttled).toBeDefined();
    clock.t = 10_001;
    expect(p.decide('GET', '/auditLogs/signIns', q()).throttled).toBeUndefined();
  });

  it('identity protection and conditional access: one request per second per tenant, 429 without Retry-After', () => {
    clock.t = 0;
    const p = plan();
    expect(p.decide('GET', '/identityProtection/riskyUsers', q()).throttled).toBeUndefined();
    clock.t = 500;
    const second = p.decide('GET', '/identityProtection/riskDetections', q());
    expect(second.throttled).toBeDefined();
    expect(second.throttled?.retryAfterSeconds).toBeUndefined();
    expect(p.decide('GET', '/identity/conditionalAccess/policies', q()).throttled).toBeDefined();
    clock.t = 1_001;
    expect(p.decide('GET', '/identityProtection/riskyUsers', q()).throttled).toBeUndefined();
  });

  it('signInActivity: 10 requests per minute, on top of the directory limit', () => {
    clock.t = 0;
    const p = plan();
    for (let i = 0; i < 10; i++) expect(p.decide('GET', '/users', q('$select=id,signInActivity')).throttled).toBeUndefined();
    expect(p.decide('GET', '/users', q('$filter=signInActivity/lastSignInDateTime le 2026-01-01T00:00:00Z')).throttled).toBeDefined();
    expect(p.decide('GET', '/users', q('$select=id,displayName')).throttled).toBeUndefined();
  });

  it('directory reads cost resource units as the table says, 8,000 per 10 seconds for a large tenant', () => {
    expect(directoryCost('GET', '/users', q())).toBe(2);
    expect(directoryCost('GET', '/users', q('$select=id'))).toBe(1);
    expect(directoryCost('GET', '/groups/g1/transitivemembers', q())).toBe(5);
    expect(directoryCost('GET', '/groups/g1/transitivemembers', q('$top=10'))).toBe(4);
    expect(directoryCost('GET', '/groups/g1/members', q('$expand=manager'))).toBe(4);
    expect(directoryCost('GET', '/users/u1/transitivememberof', q('$select=id&$top=5'))).toBe(1);
    expect(directoryCost('GET', '/devices/d1', q())).toBe(1);
    clock.t = 0;
    const p = plan();
    for (let i = 0; i < 1_600; i++) expect(p.decide('GET', '/groups/g1/transitiveMembers', q()).throttled).toBeUndefined();
    expect(p.decide('GET', '/groups/g1/transitiveMembers', q()).throttled?.retryAfterSeconds).toBe(10);
    expect(p.decide('GET', '/auditLogs/signIns', q()).throttled).toBeUndefined(); // another service's limit
  });

  it('every documented limit names its source page', () => {
    for (const l of DOCUMENTED_LIMITS) expect(l.source).toMatch(/^https:\/\/learn\.microsoft\.com\/graph\/throttling-limits#/);
  });
});

describe('the endpoint imitating real Graph', () => {
  async function withServer(fn: (s: GraphServer) => Promise<void>): Promise<void> {
    const s = await startGraphServer({ model: fixtureModel(), signIns: () => fixtureSignIns(), realism: { latency: { fixedMs: 60 }, throttling: true } });
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  }

  it('adds service time to each request and answers the sixth report request in 10 s with Graph\'s 429', () =>
    withServer(async (s) => {
      const started = performance.now();
      const first = await fetch(`${s.url}/users?$top=1`);
      expect(first.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(55);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await fetch(`${s.url}/auditLogs/directoryAudits?$top=1`)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const r = await fetch(`${s.url}/auditLogs/signIns?$top=1`);
      expect(r.status).toBe(429);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await r.json()) as { error: { code: string } };
      expect(body.error.code).toBe('TooManyRequests');
    }));

  it('throttles Identity Protection without Retry-After, inside $batch too, and can be switched off', () =>
    withServer(async (s) => {
      expect((await fetch(`${s.url}/identityProtection/riskyUsers?$top=1`)).status).toBe(200);
      const batch = await fetch(`${s.url.replace(/\/v1\.0$/, '')}/v1.0/$batch`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/identityProtection/riskDetections?$top=1' }] }),
      });
      const item = ((await batch.json()) as { responses: { status: number; headers?: Record<string, string> }[] }).responses[0]!;
      expect(item.status).toBe(429);
      expect(Object.keys(item.headers ?? {}).map((h) => h.toLowerCase())).not.toContain('retry-after');
      s.setRealism(undefined);
      expect((await fetch(`${s.url}/identityProtection/riskyUsers?$top=1`)).status).toBe(200);
    }));
});

describe('DEMO_GRAPH_PROFILE', () => {
  it('is local by default, realistic on request, and a clear error otherwise', () => {
    expect(readSettings({}).demoGraphProfile).toBe('local');
    expect(readSettings({ DEMO_GRAPH_PROFILE: 'realistic' }).demoGraphProfile).toBe('realistic');
    expect(() => readSettings({ DEMO_GRAPH_PROFILE: 'slow' })).toThrow(SettingsError);
  });
});
