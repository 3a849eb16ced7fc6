/**
 * The audit file writer (fileAuditSink) and the withAudit wrapper on their own: whole lines under
 * concurrency, failed writes logged not thrown, nothing secret or personal written. (Moved out of
 * audit.test.ts, whose end-to-end tests run the CLI and the bot, so mutation testing of src/audit
 * can run these alone.)
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyFile, fileAuditSink, withAudit, type AuditRecord } from '../../src/audit';
import type { AskOutcome, Pipeline } from '../../src/pipeline/ask';

async function linesIn(dir: string): Promise<AuditRecord[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl'));
  const text = (await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('');
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as AuditRecord);
}

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'entra-ask-audit-'));

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
