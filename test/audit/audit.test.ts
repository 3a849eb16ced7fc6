import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { dailyFile, fileAuditSink, withAudit, type AuditRecord } from '../../src/audit';
import { readSettings } from '../../src/config/settings';
import { PERSONAS } from '../../src/demo/personas';
import type { AskOutcome, Pipeline } from '../../src/pipeline/ask';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { cardsOf, messageActivity, postJson } from '../helpers/activities';
import { startTestBot } from '../helpers/bot';
import { runCli } from '../helpers/cli';

const KEYS = ['askerObjectId', 'authorization', 'channel', 'durationMs', 'errorCode', 'intent', 'outcome', 'queries', 'rowCount', 'tenantId', 'time'];

async function linesIn(dir: string): Promise<AuditRecord[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl'));
  const text = (await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('');
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as AuditRecord);
}

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'entra-ask-audit-'));

describe('audit trail from the command line', () => {
  it('writes one line per answered, denied and failed question, without the answer\'s data', async () => {
    const dir = await tmp();
    const env = { AUDIT_LOG: dir };
    const answered = JSON.parse((await runCli(['ask', 'who owns the Finance Department group?', '--json'], { env })).stdout);
    const denied = JSON.parse((await runCli(['ask', '--as', PERSONAS.alain.upn, 'show me the risky users', '--json'], { env })).stdout);
    const failed = JSON.parse((await runCli(['ask', 'GET /users/00000000-0000-0000-0000-000000000000', '--json'], { env })).stdout);
    expect([answered.answer.kind, denied.answer.kind, failed.answer.kind]).toEqual(['table', 'denied', 'error']);

    // The default file name: audit-<UTC day of the question>.jsonl.
    expect((await readdir(dir))[0]).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const lines = await linesIn(dir);
    expect(lines).toHaveLength(3);
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual(KEYS);
      expect(l.channel).toBe('cli');
      expect(l.tenantId).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(l.time)).not.toBeNaN();
      expect(l.durationMs).toBeGreaterThanOrEqual(0);
    }
    const [a, d, f] = lines as [AuditRecord, AuditRecord, AuditRecord];
    const patti = (await runtimeUser(PERSONAS.patti.upn));
    expect(a).toMatchObject({ askerObjectId: patti, intent: 'group.owners', outcome: 'table', rowCount: answered.answer.rows.length, errorCode: null });
    expect(a.queries).toEqual(answered.queries);
    expect(a.authorization).toEqual({ category: 'directory', decision: 'allowed', by: 'role:Global Administrator' });
    expect(d).toMatchObject({ askerObjectId: await runtimeUser(PERSONAS.alain.upn), intent: 'riskyUsers.list', outcome: 'denied', rowCount: 0, queries: [] });
    expect(d.authorization).toEqual({ category: 'risk', decision: 'denied', by: 'noRole' });
    expect(f).toMatchObject({ intent: 'graph.get', outcome: 'error', errorCode: 'Request_ResourceNotFound' });
    expect(f.queries).toEqual([{ source: 'graph', method: 'GET', url: expect.stringContaining('/users/00000000-0000-0000-0000-000000000000') }]);

    // None of the answer's rows: the owners' names and UPNs are in the answer, not in the trail.
    const text = JSON.stringify(lines);
    for (const row of answered.answer.rows as string[][]) for (const cell of row) if (cell) expect(text).not.toContain(cell);
  });

  it('writes nothing with AUDIT_LOG=off, and to the one file AUDIT_LOG names', async () => {
    const dir = await tmp();
    await runCli(['ask', 'help', '--json'], { env: { AUDIT_LOG: 'off' }, cwd: dir });
    expect(await readdir(dir)).toEqual([]);
    const file = path.join(dir, 'trail.jsonl');
    await runCli(['ask', 'help', '--json'], { env: { AUDIT_LOG: file } });
    await runCli(['ask', 'help', '--json'], { env: { AUDIT_LOG: file } });
    expect((await readFile(file, 'utf8')).trim().split('\n').map((l) => JSON.parse(l).intent)).toEqual(['help', 'help']);
  });
});

let shared: Runtime | undefined;
async function runtimeUser(upn: string): Promise<string> {
  shared ??= await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
  return shared.askerFor(upn)!.objectId!;
}
afterAll(async () => { await shared?.close(); });

describe('audit trail from the bot', () => {
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  let dir: string;
  beforeAll(async () => {
    dir = await tmp();
    bot = await startTestBot({ AUDIT_LOG: dir });
  }, 120_000);
  afterAll(async () => bot?.close());

  it('records Teams questions with the channel and the asker\'s object id', async () => {
    const natasha = await runtimeUser(PERSONAS.natasha.upn);
    const alain = await runtimeUser(PERSONAS.alain.upn);
    const post = async (text: string, from: string) => {
      const res = await postJson(`${bot.server.url}/api/messages`, messageActivity({ text, fromAadObjectId: from }));
      expect(cardsOf(await res.json())).toHaveLength(1);
    };
    await Promise.all([post('show me the risky users', natasha), post('show me the risky users', alain)]);
    // Writes are queued behind the answer: wait for them (bounded).
    let lines: AuditRecord[] = [];
    for (let i = 0; i < 100 && lines.length < 2; i++) {
      lines = await linesIn(dir).catch(() => []);
      if (lines.length < 2) await new Promise((r) => setTimeout(r, 50));
    }
    expect(lines).toHaveLength(2);
    const by = new Map(lines.map((l) => [l.askerObjectId, l]));
    expect(by.get(natasha)).toMatchObject({ channel: 'msteams', intent: 'riskyUsers.list', outcome: 'table', authorization: { decision: 'allowed', by: 'role:Security Reader' } });
    expect(by.get(natasha)!.rowCount).toBeGreaterThan(0);
    expect(by.get(alain)).toMatchObject({ channel: 'msteams', outcome: 'denied', rowCount: 0 });
  });
});

describe('the audit file writer', () => {
  const record = (i: number, size = 10): AuditRecord => ({
    time: '2026-11-20T12:00:00.000Z', askerObjectId: `u${i}`, tenantId: 't', channel: 'test', intent: 'kql.run',
    queries: [{ source: 'kql', database: 'demo', text: `SigninLogs | where X == "${String(i).padStart(size, 'x')}"` }],
    rowCount: i, durationMs: 1, outcome: 'table', errorCode: null, authorization: null,
  });

  it('keeps every line whole under many concurrent records, and close() flushes them', async () => {
    const dir = await tmp();
    const sink = fileAuditSink(dailyFile(dir), () => undefined);
    const n = 300;
    // Large lines (about 100 KB each) would interleave if writes were not serialised.
    await Promise.all(Array.from({ length: n }, async (_, i) => sink.record(record(i, 100_000))));
    await sink.close();
    const lines = await linesIn(dir);
    expect(lines).toHaveLength(n);
    expect(lines.map((l) => l.rowCount)).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('logs a failed write instead of throwing it at the person asking, and goes on', async () => {
    const dir = await tmp();
    const blocker = path.join(dir, 'not-a-folder');
    await writeFile(blocker, 'x');
    const logs: string[] = [];
    const sink = fileAuditSink(() => path.join(blocker, 'audit.jsonl'), (l) => logs.push(l));
    const outcome = { question: 'q', intent: { name: 'help', slots: {} }, resolved: {}, queries: [], context: {}, elapsedMs: 1,
      answer: { kind: 'summary', title: 't', summary: 's', columns: [], rows: [], facts: [], followUps: [] } } as unknown as AskOutcome;
    const pipeline: Pipeline = { ask: async () => outcome };
    const audited = withAudit(pipeline, sink, 't');
    await expect(audited.ask({ question: 'q', asker: { upn: 'a@x', objectId: 'a' }, context: {} })).resolves.toBe(outcome);
    await audited.ask({ question: 'q', asker: { upn: 'a@x', objectId: 'a' }, context: {} });
    await sink.close();
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^audit: could not write .*audit\.jsonl: .*\(1 record\(s\) lost so far\)$/);
  });

  it('never records the delegated-mode SSO token or the question text', async () => {
    const dir = await tmp();
    const sink = fileAuditSink(dailyFile(dir), () => undefined);
    const outcome = { question: 'why can\'t Karita sign in', intent: { name: 'signIns.troubleshoot', slots: { user: 'Karita' } }, resolved: {}, queries: [], context: {}, elapsedMs: 1,
      answer: { kind: 'summary', title: 't', summary: 'Karita is locked out', columns: [], rows: [], facts: [], followUps: [] } } as unknown as AskOutcome;
    await withAudit({ ask: async () => outcome }, sink, 't').ask({ question: outcome.question, asker: { upn: 'a@x', objectId: 'a' }, context: {}, userAssertion: 'eyJ-secret-sso-token' });
    await sink.close();
    const text = await readFile(path.join(dir, (await readdir(dir))[0]!), 'utf8');
    expect(text).not.toContain('eyJ-secret-sso-token');
    expect(text).not.toContain('Karita');
  });

  it('records a pipeline bug as an exception line, and still throws it to the caller', async () => {
    const dir = await tmp();
    const sink = fileAuditSink(dailyFile(dir), () => undefined);
    const audited = withAudit({ ask: async () => { throw new Error('bug'); } }, sink, 't', () => new Date('2026-11-20T10:00:00Z'));
    await expect(audited.ask({ question: 'q', asker: { upn: 'a@x', objectId: 'a' }, context: {}, channel: 'msteams' })).rejects.toThrow('bug');
    await sink.close();
    expect(await linesIn(dir)).toEqual([expect.objectContaining({ time: '2026-11-20T10:00:00.000Z', outcome: 'exception', errorCode: 'InternalError', channel: 'msteams', askerObjectId: 'a' })]);
  });
});
