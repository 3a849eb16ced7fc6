import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedFacts, demoFactsProvider, graphFactsProvider } from '../../src/policy/asker-facts';
import { createAuthorizer } from '../../src/policy/authorize';
import { parsePolicy } from '../../src/policy/policy';
import type { GraphExecutor } from '../../src/pipeline/executors';
import type { Intent } from '../../src/understanding/intent';
import { createGraphSource } from '../../src/sources/graph';
import { useServer } from '../graph-server/harness';
import { fixtureModel, gid } from '../graph-server/fixture';

const KARITA = { upn: 'karita@woodgrovebank.com', objectId: gid(1, 0) };

describe('asker facts from Graph against the strict endpoint playing an app-only caller', () => {
  const { server } = useServer({ strict: { authMode: 'appOnly' } });

  it('are read with documented, app-only shapes: roles and reports as the model has them, owned groups not listed', async () => {
    const facts = await graphFactsProvider(createGraphSource({ mode: 'demo', baseUrl: server().url })).factsFor(KARITA);
    const expected = await demoFactsProvider(fixtureModel()).factsFor(KARITA);
    expect(facts).toEqual({ ...expected, ownedGroupIds: [] });
  });

  it('the group-owner exception asks the group for its owners (documented for Application), never ownedObjects', async () => {
    // Members may read the directory by default; without that, only the owner exception lets an owner in.
    const raw = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'src', 'policy', 'policy.json'), 'utf8')) as { categories: Record<string, Record<string, unknown>> };
    raw.categories['directory']!['members'] = false;
    const policy = parsePolicy(raw);
    const source = createGraphSource({ mode: 'demo', baseUrl: server().url });
    const seen: string[] = [];
    const graph: GraphExecutor = { execute: (r) => { seen.push(r.path); return source.execute(r); } };
    const authz = createAuthorizer(cachedFacts(graphFactsProvider(graph)), policy);
    const owner = { upn: 'owner@woodgrovebank.com', objectId: gid(1, 1) }; // owns gid(2, 0) and gid(2, 1), holds no role
    const intent = { name: 'group.members', slots: {} } as unknown as Intent;
    const group = (n: number) => ({ group: { kind: 'group' as const, id: gid(2, n), displayName: `G${n}` } });

    const gate = await authz.beforeLookup(owner, intent);
    expect(gate.outcome).toBe('subject');
    if (gate.outcome !== 'subject') return;
    expect(await gate.afterLookup(group(0))).toEqual({ outcome: 'allow', record: { category: 'directory', decision: 'allowed', by: 'owner' } });
    expect((await gate.afterLookup(group(4))).outcome).toBe('deny'); // owned by someone else
    expect((await authz.dataGate!(owner, intent, group(1))).exceptions).toEqual(['owner']);
    expect((await authz.dataGate!(owner, intent, group(4))).exceptions).toEqual([]);
    expect(seen.some((p) => p.startsWith(`/groups/${gid(2, 0)}/owners`))).toBe(true);
    expect(seen.filter((p) => p.includes('ownedObjects'))).toEqual([]);
  });
});

describe('asker facts degrade per fact', () => {
  it('a fact Graph refuses counts as none with a note; the other facts still come', async () => {
    const rowsFor = (path: string): Record<string, unknown>[] => {
      if (path.startsWith(`/users/${KARITA.objectId}?`)) return [{ id: KARITA.objectId, userType: 'Member' }];
      if (path.includes('/transitiveMemberOf/')) return [{ id: 'r1', displayName: 'Guest Inviter' }];
      if (path.includes('/directReports')) return [{ id: 'u9' }];
      throw new Error('Forbidden: Insufficient privileges to complete the operation.');
    };
    const graph: GraphExecutor = {
      async execute(req) {
        return { source: 'graph', id: req.id, rows: rowsFor(req.path) } as never;
      },
    };
    const facts = await graphFactsProvider(graph).factsFor(KARITA);
    expect(facts).toMatchObject({ activeRoles: ['Guest Inviter'], eligibleRoles: [], directReportIds: ['u9'] });
    expect(facts?.notes).toEqual([expect.stringMatching(/^I could not read your PIM-eligible roles from Microsoft Graph \(Forbidden/)]);
    // The denied card says which fact was missing.
    const gate = await createAuthorizer({ factsFor: async () => facts }).beforeLookup(KARITA, { name: 'riskyUsers.list' } as never);
    expect(gate.outcome).toBe('deny');
    const bullets = gate.outcome === 'deny' ? gate.answer.sections?.flatMap((s) => s.bullets ?? []) : [];
    expect(bullets).toContainEqual(expect.stringMatching(/could not read your PIM-eligible roles/));
  });
});
