import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Client, GraphError, PageIterator } from '@microsoft/microsoft-graph-client';
import type { PageCollection } from '@microsoft/microsoft-graph-client';
import type { User } from '@microsoft/microsoft-graph-types';
import { useServer } from './harness';
import { gid, SIGNIN_COUNT, USER_COUNT } from './fixture';

/** A throw-away self-signed certificate: the official client follows only https next links. */
function selfSigned(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'graph-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'k.pem'), 'utf8'), cert: readFileSync(join(dir, 'c.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// This file runs in its own process (pool: forks); trust the throw-away certificate here only.
process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';
const { server } = useServer({ tls: selfSigned() });

function client(): Client {
  const origin = new URL(server().url).host;
  return Client.init({
    baseUrl: `${server().origin}/`,
    defaultVersion: 'v1.0',
    customHosts: new Set([origin]),
    authProvider: (done) => done(null, 'demo-token'),
  });
}

describe('@microsoft/microsoft-graph-client against the endpoint', () => {
  it('serves https with https next links', () => {
    expect(server().url.startsWith('https://127.0.0.1:')).toBe(true);
  });

  it('reads a user with $select', async () => {
    const u = (await client().api(`/users/${gid(1, 1)}`).select(['displayName', 'department']).get()) as User;
    expect(u.displayName).toBe('Megan Bowen');
    expect(u.department).toBe('Sales');
  });

  it('PageIterator walks every user across pages', async () => {
    const c = client();
    const first = (await c.api('/users').top(40).select('id').get()) as PageCollection;
    const ids: string[] = [];
    const it = new PageIterator(c, first, (u: { id: string }) => {
      ids.push(u.id);
      return true;
    });
    await it.iterate();
    expect(ids).toHaveLength(USER_COUNT);
    expect(new Set(ids).size).toBe(USER_COUNT);
  });

  it('PageIterator over sign-ins with a filter, and ConsistencyLevel with count', async () => {
    const c = client();
    const first = (await c.api('/auditLogs/signIns').filter('status/errorCode eq 50126').top(25).get()) as PageCollection;
    let n = 0;
    await new PageIterator(c, first, () => {
      n++;
      return true;
    }).iterate();
    expect(n).toBe(SIGNIN_COUNT / 20);
    const counted = (await c.api('/users').header('ConsistencyLevel', 'eventual').count(true).filter("userType ne 'Member'").get()) as PageCollection;
    expect(counted['@odata.count']).toBe(10);
  });

  it('surfaces Graph errors as GraphError with code and status', async () => {
    const err = await client()
      .api(`/users/${gid(1, 99999)}`)
      .get()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphError);
    expect((err as GraphError).statusCode).toBe(404);
    expect((err as GraphError).code).toBe('Request_ResourceNotFound');
    expect((err as GraphError).requestId).toBeTruthy();
  });

  it('sends a JSON batch through the client', async () => {
    const res = (await client().api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: `/groups/${gid(2, 0)}/members?$select=id` },
        { id: '2', method: 'GET', url: `/groups/${gid(2, 0)}/owners?$select=id` },
      ],
    })) as { responses: { id: string; status: number }[] };
    expect(res.responses.map((r) => r.status)).toEqual([200, 200]);
  });
});
