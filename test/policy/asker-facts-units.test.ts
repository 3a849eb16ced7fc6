/**
 * The asker's facts when Microsoft Graph refuses some of them, the group-owner look-up of an
 * app-only provider (withOwnedGroup) and its cache, and which data categories shown queries read
 * (shared-visibility.ts, for channels). Fake Graph and hand-written facts; part of the policy
 * mutation module (test/mutation/modules.mjs).
 */
import { describe, expect, it } from 'vitest';
import type { GraphRequest, ShownQuery } from '../../src/planning/query-plan';
import type { GraphResult } from '../../src/sources/result-set';
import type { TenantModel } from '../../src/demo/model';
import { cachedFacts, demoFactsProvider, graphFactsProvider, withOwnedGroup, type AskerFacts, type AskerFactsProvider } from '../../src/policy/asker-facts';
import { parsePolicy } from '../../src/policy/policy';
import { categoriesOfShown, everyMemberMayRead } from '../../src/policy/shared-visibility';
import { askerFacts, smallPolicyDoc } from './fixtures/small-policy';

/** A fake Graph: rows per request id, or a thrown value per request id. */
function fakeGraph(rows: Record<string, Record<string, unknown>[]>, fails: Record<string, unknown> = {}) {
  const seen: GraphRequest[] = [];
  return {
    seen,
    execute: async (req: GraphRequest): Promise<GraphResult> => {
      seen.push(req);
      if (req.id in fails) throw fails[req.id];
      return { source: 'graph', query: req, status: 200, rows: rows[req.id] ?? [], truncated: false, elapsedMs: 0 };
    },
  };
}

describe('graphFactsProvider when Graph refuses a fact', () => {
  it('counts each refused fact as none and says so, in the order the facts are read', async () => {
    const graph = fakeGraph({ asker: [{ id: 'oid-1' }], askerReports: [{ id: 'r1' }] }, { askerRoles: new Error('403 Forbidden'), askerEligibility: 'timed out' });
    expect(await graphFactsProvider(graph).factsFor({ upn: 'a@contoso.com' })).toEqual({
      objectId: 'oid-1', userType: 'Member', activeRoles: [], eligibleRoles: [], ownedGroupIds: [], directReportIds: ['r1'],
      notes: [
        'I could not read your active roles from Microsoft Graph (403 Forbidden), so your active roles count as none.',
        'I could not read your PIM-eligible roles from Microsoft Graph (timed out), so your PIM-eligible roles count as none.',
      ],
    });
    const reports = fakeGraph({ asker: [{ id: 'oid-1' }] }, { askerReports: new Error('429') });
    expect((await graphFactsProvider(reports).factsFor({ upn: 'a@contoso.com' }))?.notes)
      .toEqual(['I could not read your direct reports from Microsoft Graph (429), so your direct reports count as none.']);
  });

  it('has no notes when every fact is read, and sends ConsistencyLevel only with the role cast (an advanced query)', async () => {
    const graph = fakeGraph({ asker: [{ id: 'oid-1' }] });
    const f = await graphFactsProvider(graph).factsFor({ upn: 'a@contoso.com' });
    expect(f).toBeDefined();
    expect('notes' in f!).toBe(false);
    expect(graph.seen.map((r) => [r.id, r.headers])).toEqual([
      ['asker', undefined], ['askerRoles', { ConsistencyLevel: 'eventual' }], ['askerEligibility', undefined], ['askerReports', undefined],
    ]);
    expect(graph.seen.filter((r) => 'headers' in r).map((r) => r.id)).toEqual(['askerRoles']);
  });

  it('a refused look-up of the person themselves is not a fact: it fails the question', async () => {
    const graph = fakeGraph({}, { asker: new Error('401') });
    await expect(graphFactsProvider(graph).factsFor({ upn: 'a@contoso.com' })).rejects.toThrow('401');
  });
});

describe('demoFactsProvider: a group in no other group', () => {
  it('gives the roles held through it', async () => {
    const model = {
      users: [{ id: 'u1', userPrincipalName: 'ann@contoso.com', userType: 'Member' }],
      roleDefinitions: [{ id: 'rd-sr', displayName: 'Security Reader' }],
      groupMembers: [{ groupId: 'g-top', memberIds: ['u1'] }],
      groupOwners: [], roleAssignments: [{ principalId: 'g-top', roleDefinitionId: 'rd-sr', directoryScopeId: '/' }], roleEligibilitySchedules: [],
    } as unknown as TenantModel;
    expect(await demoFactsProvider(model).factsFor({ upn: 'ann@contoso.com' })).toEqual({
      objectId: 'u1', userType: 'Member', activeRoles: ['Security Reader'], eligibleRoles: [], ownedGroupIds: [], directReportIds: [],
    });
  });
});

describe('withOwnedGroup', () => {
  const provider = (owns: (groupId: string) => boolean | Promise<boolean>) => {
    const asked: string[] = [];
    const p: AskerFactsProvider = { factsFor: async () => undefined, ownsGroup: async (_f, g) => { asked.push(g); return owns(g); } };
    return { p, asked };
  };

  it('adds the group when its owners include the asker (sorted, once)', async () => {
    const { p, asked } = provider((g) => g === 'g1');
    const f = askerFacts({ ownedGroupIds: ['g2'] });
    expect(await withOwnedGroup(p, f, 'g1')).toEqual({ ...f, ownedGroupIds: ['g1', 'g2'] });
    expect(await withOwnedGroup(p, f, 'g3')).toBe(f);
    expect(asked).toEqual(['g1', 'g3']);
  });

  it('asks nothing without facts, without a group, without ownsGroup, or for a group already owned', async () => {
    const { p, asked } = provider(() => true);
    const f = askerFacts({ ownedGroupIds: ['g1'] });
    expect(await withOwnedGroup(p, undefined, 'g1')).toBeUndefined();
    expect(await withOwnedGroup(p, f, undefined)).toBe(f);
    expect(await withOwnedGroup(p, f, 'g1')).toBe(f);
    expect(await withOwnedGroup({ factsFor: async () => undefined }, f, 'g2')).toBe(f);
    expect(asked).toEqual([]);
  });

  it('a failed look-up leaves the group out and adds a note after the others', async () => {
    const f = askerFacts({ notes: ['earlier note'] });
    const failing = provider(() => { throw new Error('403 Forbidden'); });
    expect(await withOwnedGroup(failing.p, f, 'g1')).toEqual({
      ...f, notes: ['earlier note', 'I could not read the group\'s owners from Microsoft Graph (403 Forbidden), so the group-owner exception was not checked.'],
    });
    const odd = provider(() => Promise.reject('busy'));
    expect((await withOwnedGroup(odd.p, askerFacts(), 'g1'))?.notes)
      .toEqual(['I could not read the group\'s owners from Microsoft Graph (busy), so the group-owner exception was not checked.']);
  });
});

describe('cachedFacts: the group-owner look-up', () => {
  const ann = askerFacts({ objectId: 'ann' });
  const bob = askerFacts({ objectId: 'bob' });
  /** An app-only provider whose ownsGroup reads `this` (a method), counting calls and failing on request. */
  function counting() {
    const calls: string[] = [];
    const inner = {
      owners: new Map([['g1', ['ann']]]),
      failNext: false,
      async factsFor() { return undefined; },
      async ownsGroup(f: AskerFacts, g: string) {
        calls.push(`${f.objectId}|${g}`);
        if (this.failNext) { this.failNext = false; throw new Error('throttled'); }
        return (this.owners.get(g) ?? []).includes(f.objectId);
      },
    };
    return { inner, calls };
  }

  it('is only there when the inner provider has it', () => {
    expect('ownsGroup' in cachedFacts({ factsFor: async () => undefined })).toBe(false);
    expect(typeof cachedFacts(counting().inner).ownsGroup).toBe('function');
  });

  it('keeps an answer per asker and group for the ttl, then asks again', async () => {
    const { inner, calls } = counting();
    let t = 0;
    const c = cachedFacts(inner, 1000, () => t);
    expect(await c.ownsGroup!(ann, 'g1')).toBe(true);
    expect(await c.ownsGroup!(bob, 'g1')).toBe(false);
    expect(await c.ownsGroup!(ann, 'g2')).toBe(false);
    t = 999;
    expect(await c.ownsGroup!(ann, 'g1')).toBe(true);
    expect(calls).toEqual(['ann|g1', 'bob|g1', 'ann|g2']);
    inner.owners.set('g1', []);
    t = 1000;
    expect(await c.ownsGroup!(ann, 'g1')).toBe(false);
    expect(calls).toEqual(['ann|g1', 'bob|g1', 'ann|g2', 'ann|g1']);
  });

  it('keeps five minutes by default', async () => {
    const { inner, calls } = counting();
    let t = 0;
    const c = cachedFacts(inner, undefined, () => t);
    await c.ownsGroup!(ann, 'g1');
    t = 5 * 60_000 - 1;
    await c.ownsGroup!(ann, 'g1');
    expect(calls).toHaveLength(1);
    t = 5 * 60_000;
    await c.ownsGroup!(ann, 'g1');
    expect(calls).toHaveLength(2);
  });

  it('does not keep a failure, and a late failure does not drop the answer that replaced it', async () => {
    const { inner, calls } = counting();
    let t = 0;
    const c = cachedFacts(inner, 1000, () => t);
    inner.failNext = true;
    await expect(c.ownsGroup!(ann, 'g1')).rejects.toThrow('throttled');
    expect(await c.ownsGroup!(ann, 'g1')).toBe(true);
    expect(calls).toEqual(['ann|g1', 'ann|g1']);
    // A slow failing look-up replaced (after the ttl) by a good one before it fails.
    let fail: (e: Error) => void = () => {};
    let slowCalls = 0;
    const slow = cachedFacts({
      factsFor: async () => undefined,
      // The first look-up hangs until `fail`; later ones answer at once.
      ownsGroup: () => (++slowCalls === 1 ? new Promise<boolean>((_, reject) => { fail = reject; }) : Promise.resolve(true)),
    }, 1000, () => t);
    const first = slow.ownsGroup!(ann, 'g1');
    t = 2000;
    expect(await slow.ownsGroup!(ann, 'g1')).toBe(true);
    fail(new Error('late'));
    await expect(first).rejects.toThrow('late');
    expect(await slow.ownsGroup!(ann, 'g1')).toBe(true);
    expect(slowCalls).toBe(2);
  });

  it('keeps at most maxEntries answers, dropping the oldest first; a refreshed one counts as new', async () => {
    const { inner, calls } = counting();
    let t = 0;
    const c = cachedFacts(inner, 1000, () => t, 2);
    await c.ownsGroup!(ann, 'g1');
    t = 600;
    await c.ownsGroup!(ann, 'g2');
    t = 1000;
    await c.ownsGroup!(ann, 'g1'); // expired and refreshed: now newer than g2
    await c.ownsGroup!(ann, 'g3'); // evicts g2, which had 600 ms left
    expect(calls).toEqual(['ann|g1', 'ann|g2', 'ann|g1', 'ann|g3']);
    await c.ownsGroup!(ann, 'g1');
    await c.ownsGroup!(ann, 'g3');
    expect(calls).toHaveLength(4);
    await c.ownsGroup!(ann, 'g2');
    expect(calls).toEqual(['ann|g1', 'ann|g2', 'ann|g1', 'ann|g3', 'ann|g2']);
  });

  it('a late failure of an answer already evicted is harmless', async () => {
    let fail: (e: Error) => void = () => {};
    const asked: string[] = [];
    const c = cachedFacts({
      factsFor: async () => undefined,
      ownsGroup: (_f, g) => { asked.push(g); return g === 'g1' ? new Promise<boolean>((_, reject) => { fail = reject; }) : Promise.resolve(false); },
    }, 60_000, () => 0, 1);
    const first = c.ownsGroup!(ann, 'g1');
    expect(await c.ownsGroup!(ann, 'g2')).toBe(false); // evicts g1
    fail(new Error('late'));
    await expect(first).rejects.toThrow('late');
    await new Promise((r) => setTimeout(r, 0));
    expect(await c.ownsGroup!(ann, 'g2')).toBe(false);
    expect(asked).toEqual(['g1', 'g2']);
  });
});

describe('what shown queries read, for channels (shared-visibility)', () => {
  const graph = (url: string): ShownQuery => ({ source: 'graph', method: 'GET', url });
  const kql = (text: string): ShownQuery => ({ source: 'kql', database: 'EntraAsk', text });

  it('reads the Graph path after the version root (v1.0 or beta, any case) and the KQL tables, each category once', () => {
    expect(categoriesOfShown([graph('https://graph.microsoft.com/v1.0/auditLogs/signIns?$top=5')])).toEqual(['signInLogs']);
    expect(categoriesOfShown([graph('https://graph.microsoft.com/BETA/identityProtection/riskyUsers')])).toEqual(['risk']);
    expect(categoriesOfShown([graph('https://graph.microsoft.com/V1.0/users?$select=displayName'), graph('https://graph.microsoft.com/beta/groups/g/members')])).toEqual(['directory']);
    expect(categoriesOfShown([kql('SigninLogs | take 5'), graph('https://graph.microsoft.com/v1.0/auditLogs/signIns')])).toEqual(['signInLogs']);
    expect(categoriesOfShown([kql('print 1')])).toEqual([]);
    expect(categoriesOfShown([])).toEqual([]);
  });

  it('everyMemberMayRead: only members\' or everyone\'s categories; an unknown category never', () => {
    const dir = [graph('https://graph.microsoft.com/v1.0/users?$select=displayName')];
    const signIns = [kql('SigninLogs | take 5')];
    expect(everyMemberMayRead(dir)).toBe(true);
    expect(everyMemberMayRead(signIns)).toBe(false);
    expect(everyMemberMayRead([...dir, ...signIns])).toBe(false);
    expect(everyMemberMayRead([])).toBe(true);
    const open = smallPolicyDoc();
    open.categories['signInLogs'] = { title: 'sign-in logs', everyone: true };
    open.intents['signIns.list'] = { category: 'signInLogs' };
    open.intents['group.members'] = { category: 'signInLogs' };
    expect(everyMemberMayRead(signIns, parsePolicy(open))).toBe(true);
    const small = parsePolicy(smallPolicyDoc());
    expect(everyMemberMayRead(dir, small)).toBe(true);
    // The small policy has no `risk` category: risk data is never for everyone.
    expect(everyMemberMayRead([graph('https://graph.microsoft.com/v1.0/identityProtection/riskyUsers')], small)).toBe(false);
    const rolesOnly = smallPolicyDoc();
    rolesOnly.categories['directory']!['members'] = false;
    expect(everyMemberMayRead(dir, parsePolicy(rolesOnly))).toBe(false);
  });
});
