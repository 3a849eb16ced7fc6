import { describe, expect, it } from 'vitest';
import { useServer } from './harness';
import { gid } from './fixture';

const { get, server } = useServer();

describe('error envelope', () => {
  it('every error has { error: { code, message, innerError: { request-id, date, client-request-id } } }', async () => {
    const cases = ['/nope', `/users/${gid(1, 9999)}`, '/users?$top=5000', "/users?$filter=foo eq 'x'", '/users?$bogus=1', '/auditLogs/signIns?$skiptoken=garbage'];
    for (const path of cases) {
      const r = await get(path, { 'client-request-id': 'abc-123' });
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      const e = r.body['error'] as { code: unknown; message: unknown; innerError: Record<string, unknown> };
      expect(typeof e.code, path).toBe('string');
      expect(typeof e.message, path).toBe('string');
      expect(e.innerError['request-id']).toBe(r.headers.get('request-id'));
      expect(e.innerError['client-request-id']).toBe('abc-123');
      expect(String(e.innerError['date'])).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      expect(r.headers.get('content-type')).toContain('application/json');
    }
  });

  it('accepts any bearer token or none, and the caller header', async () => {
    expect((await get('/users?$top=1', { Authorization: 'Bearer anything' })).status).toBe(200);
    expect((await get('/users?$top=1', { 'X-EntraAsk-Caller': gid(1, 0) })).status).toBe(200);
    expect((await get('/users?$top=1')).status).toBe(200);
  });

  it('paths outside /v1.0 are rejected', async () => {
    const r = await fetch(`${server().origin}/v2.0/users`);
    expect(r.status).toBe(400);
  });
});
