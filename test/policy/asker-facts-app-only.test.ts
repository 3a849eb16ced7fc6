import { describe, expect, it } from 'vitest';
import { demoFactsProvider, graphFactsProvider, OWNED_GROUPS_NOTE } from '../../src/policy/asker-facts';
import { createAuthorizer } from '../../src/policy/authorize';
import type { GraphExecutor } from '../../src/pipeline/executors';
import { createGraphSource } from '../../src/sources/graph';
import { useServer } from '../graph-server/harness';
import { fixtureModel, gid } from '../graph-server/fixture';

const KARITA = { upn: 'karita@woodgrovebank.com', objectId: gid(1, 0) };

describe('asker facts from Graph against the strict endpoint playing an app-only caller', () => {
  const { server } = useServer({ strict: { authMode: 'appOnly' } });

  it('are read with documented, app-only shapes: roles and reports as the model has them, ownership with a note', async () => {
    const facts = await graphFactsProvider(createGraphSource({ mode: 'demo', baseUrl: server().url })).factsFor(KARITA);
    const expected = await demoFactsProvider(fixtureModel()).factsFor(KARITA);
    expect(facts).toEqual({ ...expected, ownedGroupIds: [], notes: [OWNED_GROUPS_NOTE] });
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
    expect(facts?.notes).toEqual([OWNED_GROUPS_NOTE, expect.stringMatching(/^I could not read your PIM-eligible roles from Microsoft Graph \(Forbidden/)]);
    // The denied card says which fact was missing.
    const gate = await createAuthorizer({ factsFor: async () => facts }).beforeLookup(KARITA, { name: 'riskyUsers.list' } as never);
    expect(gate.outcome).toBe('deny');
    const bullets = gate.outcome === 'deny' ? gate.answer.sections?.flatMap((s) => s.bullets ?? []) : [];
    expect(bullets).toContainEqual(expect.stringMatching(/could not read your PIM-eligible roles/));
    expect(bullets).not.toContain(OWNED_GROUPS_NOTE); // riskyUsers.list has no owner exception
  });
});
