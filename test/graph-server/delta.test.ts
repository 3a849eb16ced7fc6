/** `/groups/delta`: Graph's documented shape (members@delta, next and delta links), merging, refusals. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphServer } from '../../src/demo/graph-server';
import type { GraphServer } from '../../src/demo/graph-server';
import { DELTA_MEMBERS_PER_ENTRY, DELTA_PAGE_SIZE } from '../../src/demo/graph-server/resources/delta';
import type { GraphObject, TenantModel } from '../../src/demo/model';
import { fixtureModel } from './fixture';
import { getJson } from './harness';

const BIG = 'a0000000-0000-4000-8000-00000000b160';
let server: GraphServer;
let model: TenantModel;

beforeAll(async () => {
  const base = fixtureModel();
  // A group larger than one delta entry holds, and enough groups for several pages.
  const extraUsers: GraphObject[] = Array.from({ length: DELTA_MEMBERS_PER_ENTRY * 2 + 50 }, (_v, i) => ({
    id: `e0000000-0000-4000-8000-${String(i).padStart(12, '0')}`, displayName: `Extra ${i}`, userPrincipalName: `extra${i}@woodgrovebank.com`,
  }));
  const extraGroups: GraphObject[] = Array.from({ length: DELTA_PAGE_SIZE + 5 }, (_v, i) => ({
    id: `f0000000-0000-4000-8000-${String(i).padStart(12, '0')}`, displayName: `Extra group ${i}`,
  }));
  model = {
    ...base,
    users: [...base.users, ...extraUsers],
    groups: [...base.groups, { id: BIG, displayName: 'Big group' }, ...extraGroups],
    groupMembers: [...base.groupMembers, { groupId: BIG, memberIds: extraUsers.map((u) => u.id) }],
  };
  server = await startGraphServer({ model });
});
afterAll(async () => {
  await server?.close();
});

describe('/groups/delta', () => {
  it('returns every group and its direct members across pages, ending with a delta link', async () => {
    let url = `${server.url}/groups/delta?$select=displayName,members`;
    const merged = new Map<string, { name?: unknown; members: string[] }>();
    let pages = 0;
    let deltaLink: string | undefined;
    const seenTwice = new Set<string>();
    for (;;) {
      const r = await getJson(server, url);
      expect(r.status).toBe(200);
      pages++;
      for (const g of r.body['value'] as Record<string, unknown>[]) {
        const id = String(g['id']);
        if (merged.has(id)) seenTwice.add(id);
        const entry = merged.get(id) ?? { members: [] };
        if ('displayName' in g) entry.name = g['displayName'];
        for (const m of g['members@delta'] as { '@odata.type': string; id: string }[]) {
          expect(m['@odata.type']).toMatch(/^#microsoft\.graph\.(user|group|device|servicePrincipal|orgContact)$/);
          entry.members.push(m.id);
        }
        merged.set(id, entry);
      }
      const next = r.body['@odata.nextLink'];
      if (typeof next === 'string') {
        expect(next).toMatch(/\/groups\/delta\?.*\$skiptoken=/);
        url = next;
        continue;
      }
      deltaLink = r.body['@odata.deltaLink'] as string;
      break;
    }
    expect(pages).toBeGreaterThan(1);
    expect(deltaLink).toMatch(/\/groups\/delta\?.*\$deltatoken=/);
    expect([...merged.keys()].sort()).toEqual(model.groups.map((g) => g.id).sort());
    for (const g of model.groups) {
      const expected = model.groupMembers.find((x) => x.groupId === g.id)?.memberIds ?? [];
      expect(merged.get(g.id)?.members.slice().sort()).toEqual([...expected].sort());
      expect(merged.get(g.id)?.name).toBe(g['displayName']);
    }
    // The big group came back on several entries (as Graph splits large member lists).
    expect(seenTwice.has(BIG)).toBe(true);
    // Following the delta link: no changes, and a new delta link.
    const again = await getJson(server, deltaLink!);
    expect(again.status).toBe(200);
    expect(again.body['value']).toEqual([]);
    expect(again.body['@odata.deltaLink']).toMatch(/\$deltatoken=/);
  });

  it('without members in $select, groups only', async () => {
    const r = await getJson(server, `${server.url}/groups/delta?$select=displayName`);
    expect(r.status).toBe(200);
    const first = (r.body['value'] as Record<string, unknown>[])[0]!;
    expect(Object.keys(first).sort()).toEqual(['displayName', 'id']);
  });

  it('refuses what Graph refuses on delta, and $deltatoken elsewhere', async () => {
    for (const q of ['$top=5', '$orderby=displayName', '$filter=displayName eq \'x\'', '$count=true', '$expand=members']) {
      const r = await getJson(server, `${server.url}/groups/delta?${q}`);
      expect(r.status, q).toBe(400);
    }
    const unknown = await getJson(server, `${server.url}/groups/delta?$select=nope`);
    expect(unknown.status).toBe(400);
    const elsewhere = await getJson(server, `${server.url}/groups?$deltatoken=x`);
    expect(elsewhere.status).toBe(400);
    const bad = await getJson(server, `${server.url}/groups/delta?$deltatoken=garbage`);
    expect(bad.status).toBe(400);
  });

  it('also answers inside $batch', async () => {
    const res = await fetch(`${server.url}/$batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/groups/delta?$select=displayName,members' }] }),
    });
    const body = (await res.json()) as { responses: { status: number; body: Record<string, unknown> }[] };
    expect(body.responses[0]?.status).toBe(200);
    expect(Array.isArray(body.responses[0]?.body['value'])).toBe(true);
  });
});
