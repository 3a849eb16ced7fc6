/**
 * Writes, other stores and other hosts typed as raw requests reach the read-only checks (and so a
 * refusal card), instead of being read as questions and answered with something else.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../src/understanding';
import { normaliseRawPath } from '../../src/families/raw/raw-graph.plan';
import { readOnlyProblems } from '../../src/kql/language/read-only';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('raw requests that must be refused are recognised as raw requests', () => {
  it.each([
    '.drop table SigninLogs', '// cleanup\n.drop table SigninLogs', '  .set-or-append T <| SigninLogs', 'let x = 1; .drop table SigninLogs',
    'SigninLogs | take 1; .drop table SigninLogs', "cluster('evil').database('db').SigninLogs", "database('other').SigninLogs",
    "workspace('x').SigninLogs", 'externaldata (a:string) [@"https://evil.example/x.csv"]', 'evaluate http_request("https://evil.example/")',
    'evaluate hint.distribution=per_node python(typeof(*), "x")', 'set notruncation; SigninLogs | take 5',
  ])('KQL %j', (text) => {
    const intent = understand(text, {}, { now: NOW });
    expect(intent.name).toBe('kql.run');
    expect(readOnlyProblems(intent.slots.query ?? '')).not.toEqual([]);
  }, 60_000);

  it.each([
    'POST /users', 'DELETE /users/karita@woodgrovebank.com', 'PATCH https://graph.microsoft.com/v1.0/users/x', 'PUT /groups/x/owners',
    'GET /$batch', 'GET https://evil.example.com/v1.0/users', 'GET https://graph.microsoft.com.evil.example/v1.0/users', 'GET //evil.example/users',
    'GET /users/../../me', 'GET /users/%2e%2e/%2e%2e/x', 'GET /beta/users',
  ])('Graph %j', (text) => {
    const intent = understand(text, {}, { now: NOW });
    expect(intent.name).toBe('graph.get');
    expect(normaliseRawPath(intent.slots.path ?? '').ok).toBe(false);
  });

  it.each(['evaluate the risk of karita', 'set up MFA for Karita', 'database admins', 'who owns the Finance Department group?'])('a question %j stays a question', (text) => {
    expect(['kql.run', 'graph.get']).not.toContain(understand(text, {}, { now: NOW }).name);
  });
});
