import { describe, expect, it } from 'vitest';
import { useServer } from './harness';
import { gid } from './fixture';

const { server } = useServer();

interface BatchReply {
  status: number;
  body: { responses?: { id: string; status: number; headers: Record<string, string>; body: Record<string, unknown> }[]; error?: { code: string } };
}

async function batch(requests: unknown): Promise<BatchReply> {
  const res = await fetch(`${server().url}/$batch`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(requests),
  });
  return { status: res.status, body: (await res.json()) as BatchReply['body'] };
}

describe('$batch', () => {
  it('answers each request with its own status, headers and body', async () => {
    const r = await batch({
      requests: [
        { id: '1', method: 'GET', url: `/groups/${gid(2, 0)}/owners?$select=id` },
        { id: '2', method: 'GET', url: `users/${gid(1, 9999)}` },
        { id: '3', method: 'GET', url: '/users?$count=true&$top=1', headers: { ConsistencyLevel: 'eventual' } },
      ],
    });
    expect(r.status).toBe(200);
    const byId = new Map((r.body.responses ?? []).map((x) => [x.id, x]));
    expect(byId.get('1')?.status).toBe(200);
    expect((byId.get('1')?.body['value'] as unknown[]).length).toBe(2);
    expect(byId.get('2')?.status).toBe(404);
    expect((byId.get('2')?.body['error'] as { code: string }).code).toBe('Request_ResourceNotFound');
    expect(byId.get('3')?.body['@odata.count']).toBe(250);
    expect(byId.get('3')?.headers['Content-Type']).toContain('application/json');
  });

  it('nextLinks inside a batch are absolute URLs on the server origin', async () => {
    const r = await batch({ requests: [{ id: 'a', method: 'GET', url: '/users?$top=10&$select=id' }] });
    const link = r.body.responses?.[0]?.body['@odata.nextLink'] as string;
    expect(link.startsWith(`${server().url}/users?`)).toBe(true);
    expect((await fetch(link)).status).toBe(200);
  });

  it('accepts 20 requests and rejects 21', async () => {
    const req = (n: number): unknown[] => Array.from({ length: n }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `/users/${gid(1, i)}?$select=id` }));
    const ok = await batch({ requests: req(20) });
    expect(ok.status).toBe(200);
    expect(ok.body.responses).toHaveLength(20);
    const tooMany = await batch({ requests: req(21) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error?.code).toBe('BadRequest');
  });

  it('dependsOn: a failed dependency gives 424', async () => {
    const r = await batch({
      requests: [
        { id: '1', method: 'GET', url: '/nope' },
        { id: '2', method: 'GET', url: '/users?$top=1', dependsOn: ['1'] },
        { id: '3', method: 'GET', url: '/users?$top=1' },
        { id: '4', method: 'GET', url: '/groups?$top=1', dependsOn: ['3'] },
      ],
    });
    expect(r.body.responses?.map((x) => x.status)).toEqual([400, 424, 200, 200]);
  });

  it('rejects malformed batches: duplicate ids, unknown dependsOn, not JSON, non-GET inside', async () => {
    expect((await batch({ requests: [{ id: '1', method: 'GET', url: '/users' }, { id: '1', method: 'GET', url: '/users' }] })).status).toBe(400);
    expect((await batch({ requests: [{ id: '1', method: 'GET', url: '/users', dependsOn: ['9'] }] })).status).toBe(400);
    expect((await batch({ nope: true })).status).toBe(400);
    const res = await fetch(`${server().url}/$batch`, { method: 'POST', body: 'not json' });
    expect(res.status).toBe(400);
    const inner = await batch({ requests: [{ id: '1', method: 'DELETE', url: `/users/${gid(1, 0)}` }] });
    expect(inner.body.responses?.[0]?.status).toBe(405);
    expect((await fetch(`${server().url}/$batch`)).status).toBe(405);
  });
});
