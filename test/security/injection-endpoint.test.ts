/**
 * The filters planned from hostile names, run against the demo Graph endpoint through the real
 * Graph client: never a 5xx, and never "match everything" — every object that comes back really
 * has a property equal to, or starting with, the hostile name.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphServer, type GraphServer } from '../../src/demo/graph-server';
import { createGraphSource } from '../../src/sources/graph';
import { GraphRequestError } from '../../src/sources/graph/errors';
import { accessPackageSpec, appSpec, groupSpec, roleSpec, userSpec } from '../../src/planning/resolve/specs';
import { planUsersSearch } from '../../src/families/users/users-search.plan';
import { planSignIns } from '../../src/families/sign-ins/sign-ins.plan';
import type { GraphRequest } from '../../src/planning/query-plan';
import type { PlanContext } from '../../src/planning/entities';
import { fixtureModel, fixtureSignIns } from '../graph-server/fixture';
import { hostile } from './hostile';

const NOW = new Date('2026-11-20T12:00:00Z');
let server: GraphServer;

beforeAll(async () => {
  server = await startGraphServer({ model: fixtureModel(), signIns: () => fixtureSignIns() });
});
afterAll(async () => server?.close());

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value.toLowerCase());
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

function ctx(slots: Record<string, unknown>): PlanContext {
  return { intent: { name: 'users.search', slots }, resolved: {}, asker: { upn: 'a@b.c' }, now: NOW, tenantId: 't' } as PlanContext;
}

/** Every request a hostile name produces before and after resolution. */
function requestsFor(name: string): GraphRequest[] {
  return [
    ...[userSpec, groupSpec, appSpec, roleSpec, accessPackageSpec].flatMap((spec) => spec.requests(name)),
    ...planUsersSearch(ctx({ department: name, jobTitle: name })).queries as GraphRequest[],
    ...planUsersSearch(ctx({ jobTitle: name })).queries as GraphRequest[],
    ...planSignIns({ ...ctx({ ip: name }), intent: { name: 'signIns.list', slots: { ip: name, window: { last: 'P30D' } } } } as PlanContext).queries as GraphRequest[],
    ...planSignIns({ ...ctx({}), intent: { name: 'signIns.list', slots: { city: name, window: { last: 'P30D' } } } } as PlanContext).queries as GraphRequest[],
  ];
}

describe('hostile filters against the demo endpoint', () => {
  it('never fail with 5xx and only return objects that match', async () => {
    const graph = createGraphSource({ mode: 'demo', baseUrl: server.url }, { maxRetries: 0, timeoutMs: 30_000, budgetMs: 60_000 });
    const statuses = new Map<number, number>();
    await fc.assert(fc.asyncProperty(hostile, async (name) => {
      for (const req of requestsFor(name)) {
        try {
          const res = await graph.execute({ ...req, maxRows: 50 });
          statuses.set(200, (statuses.get(200) ?? 0) + 1);
          const needle = name.toLowerCase();
          // Where the documented filters cannot ask for a prefix (roleDefinitions, accessPackages), the resolver keeps the matches.
          const spec = [roleSpec, accessPackageSpec].find((s) => req.id === `resolve.${s.kind}.prefix`);
          for (const row of spec?.keep ? res.rows.filter((r) => spec.keep!(r, name)) : res.rows) {
            expect(strings(row).some((s) => s === needle || s.startsWith(needle)), `${req.path} returned ${JSON.stringify(row).slice(0, 200)}`).toBe(true);
          }
        } catch (err) {
          expect(err).toBeInstanceOf(GraphRequestError);
          const status = (err as GraphRequestError).status;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          expect(status, `${req.path}: ${(err as Error).message}`).toBeGreaterThanOrEqual(400);
          expect(status).toBeLessThan(500);
        }
      }
    }), { numRuns: 40 });
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
  }, 300_000);

  it('a name that is a prefix of real names matches those, and quoting it does not widen the match', async () => {
    const graph = createGraphSource({ mode: 'demo', baseUrl: server.url }, { maxRetries: 0 });
    const [plain] = userSpec.requests('User0');
    const [quoted] = userSpec.requests("User0' or startswith(displayName,'");
    const a = await graph.execute({ ...plain!, maxRows: 500 });
    const q = await graph.execute({ ...quoted!, maxRows: 500 });
    expect(a.rows.length).toBeGreaterThan(0);
    expect(q.rows).toEqual([]);
  });
});
