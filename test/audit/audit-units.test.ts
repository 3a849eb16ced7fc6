/**
 * The audit module's small parts, one behaviour per test (issue 23: mutation testing of src/audit
 * left these unchecked): the line of a verb that runs no question, who a line is about, the daily
 * file name, the duration of an exception line, how often a failing file writer speaks, and which
 * sinks the settings build.
 */
import { mkdtemp, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuditSink, dailyFile, fileAuditSink, NO_AUDIT, verbRecord, withAudit, type AuditRecord } from '../../src/audit';
import type { Settings } from '../../src/config/settings';
import type { AskOutcome } from '../../src/pipeline/ask';

const AT = new Date('2026-11-20T23:59:59.250Z');
const tmp = () => mkdtemp(path.join(os.tmpdir(), 'entra-ask-audit-units-'));

function line(i: number, time = '2026-11-20T12:00:00.000Z'): AuditRecord {
  return {
    time, askerObjectId: `u${i}`, tenantId: 't', channel: 'personal', intent: 'users.search', queries: [],
    rowCount: i, durationMs: 1, outcome: 'table', errorCode: null, authorization: null,
  };
}

async function linesOf(file: string): Promise<AuditRecord[]> {
  return (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as AuditRecord);
}

afterEach(() => { vi.restoreAllMocks(); });

describe('verbRecord: the line of help, "Show more" and a CSV download', () => {
  it('help: intent help, the verb as outcome, no queries, no rows, no authorization', () => {
    expect(verbRecord('help', { upn: 'a@x', objectId: 'obj-1' }, 'groupChat', 'tenant-1', AT)).toEqual({
      time: '2026-11-20T23:59:59.250Z', askerObjectId: 'obj-1', tenantId: 'tenant-1', channel: 'groupChat',
      intent: 'help', queries: [], rowCount: 0, durationMs: 0, outcome: 'help', errorCode: null, authorization: null,
    });
  });

  it('a CSV download keeps its row count and has no intent', () => {
    const r = verbRecord('csvDownload', { upn: 'a@x', objectId: 'obj-2' }, 'channel', 'tenant-1', AT, { rowCount: 412 });
    expect(r).toMatchObject({ intent: null, outcome: 'csvDownload', rowCount: 412, channel: 'channel', askerObjectId: 'obj-2', queries: [] });
  });

  it('"Show more" without a row count records 0 rows', () => {
    expect(verbRecord('showMore', { upn: 'a@x', objectId: 'obj-3' }, 'personal', 't', AT)).toMatchObject({ intent: null, outcome: 'showMore', rowCount: 0 });
  });

  it('an unknown asker is null, an anonymous local asker is "anonymous", never another id', () => {
    expect(verbRecord('help', undefined, 'personal', 't', AT).askerObjectId).toBeNull();
    expect(verbRecord('help', { upn: '', anonymous: true, objectId: 'admin-id' } as never, 'cli', 't', AT).askerObjectId).toBe('anonymous');
    expect(verbRecord('help', { upn: 'a@x' }, 'cli', 't', AT).askerObjectId).toBeNull();
  });
});

describe('dailyFile', () => {
  it('names the file by the record\'s UTC day, inside the folder', () => {
    expect(dailyFile('/var/audit')(line(1, '2026-11-20T23:59:59.999Z'))).toBe(path.join('/var/audit', 'audit-2026-11-20.jsonl'));
    expect(dailyFile('/var/audit')(line(1, '2026-11-21T00:00:00.000Z'))).toBe(path.join('/var/audit', 'audit-2026-11-21.jsonl'));
  });
});

describe('withAudit: a pipeline bug', () => {
  it('records how long the failed question took, to a tenth of a millisecond', async () => {
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValueOnce(1000).mockReturnValueOnce(1012.3456);
    const records: AuditRecord[] = [];
    const sink = { record: (e: AuditRecord) => { records.push(e); }, flush: async () => undefined, close: async () => undefined };
    const audited = withAudit({ ask: async () => { throw new Error('bug'); } }, sink, 't', () => AT);
    await expect(audited.ask({ question: 'q', asker: { upn: 'a@x', objectId: 'a' }, context: {} })).rejects.toThrow('bug');
    expect(records).toHaveLength(1);
    expect(records[0]!.durationMs).toBe(12.3);
    expect(records[0]!.channel).toBe('unknown');
  });

  it('an answered question from an anonymous local asker is recorded as anonymous', async () => {
    const records: AuditRecord[] = [];
    const sink = { record: (e: AuditRecord) => { records.push(e); }, flush: async () => undefined, close: async () => undefined };
    const outcome = { question: 'q', intent: { name: 'help', slots: {} }, resolved: {}, queries: [], context: {}, elapsedMs: 1,
      answer: { kind: 'summary', title: 't', summary: 's', columns: [], rows: [], facts: [], followUps: [] } } as unknown as AskOutcome;
    await withAudit({ ask: async () => outcome }, sink, 't', () => AT).ask({ question: 'q', asker: { upn: 'admin@x', objectId: 'admin-id', anonymous: true } as never, context: {} });
    expect(records[0]!.askerObjectId).toBe('anonymous');
  });
});

describe('fileAuditSink', () => {
  it('speaks on the first failed write and on every hundredth, counting every lost record', async () => {
    const dir = await tmp();
    const blocker = path.join(dir, 'not-a-folder');
    await writeFile(blocker, 'x');
    const logs: string[] = [];
    const sink = fileAuditSink(() => path.join(blocker, 'audit.jsonl'), (l) => logs.push(l));
    for (let i = 0; i < 201; i += 1) sink.record(line(i));
    await sink.close();
    expect(logs).toHaveLength(3);
    expect(logs.map((l) => /\((\d+) record\(s\) lost so far\)$/.exec(l)?.[1])).toEqual(['1', '100', '200']);
    expect(logs[0]).toContain(`could not write ${path.join(blocker, 'audit.jsonl')}: `);
  });

  it('after a failed write, the next record to a good file is written (the writer is not stuck)', async () => {
    const dir = await tmp();
    const blocker = path.join(dir, 'not-a-folder');
    await writeFile(blocker, 'x');
    const good = path.join(dir, 'sub', 'audit.jsonl');
    let target = path.join(blocker, 'audit.jsonl');
    const logs: string[] = [];
    const sink = fileAuditSink(() => target, (l) => logs.push(l));
    sink.record(line(1));
    await sink.flush();
    target = good;
    sink.record(line(2));
    sink.record(line(3));
    await sink.close();
    expect(logs).toHaveLength(1);
    expect((await linesOf(good)).map((l) => l.rowCount)).toEqual([2, 3]);
  });

  it('keeps one file open while the day does not change and moves to the next day\'s file', async () => {
    const dir = await tmp();
    const sink = fileAuditSink(dailyFile(dir), () => undefined);
    sink.record(line(1, '2026-11-20T10:00:00.000Z'));
    sink.record(line(2, '2026-11-20T11:00:00.000Z'));
    sink.record(line(3, '2026-11-21T00:00:01.000Z'));
    await sink.flush();
    // flush() waits for the writes: both files hold their lines before close.
    expect((await linesOf(path.join(dir, 'audit-2026-11-20.jsonl'))).map((l) => l.rowCount)).toEqual([1, 2]);
    expect((await linesOf(path.join(dir, 'audit-2026-11-21.jsonl'))).map((l) => l.rowCount)).toEqual([3]);
    await sink.close();
    expect((await readdir(dir)).sort()).toEqual(['audit-2026-11-20.jsonl', 'audit-2026-11-21.jsonl']);
  });

  it('leaves no file open: not the previous day\'s after moving on, not after a failed write, not after close()', async () => {
    const dir = await tmp();
    const openHere = async (): Promise<string[]> => {
      const fds = await readdir('/proc/self/fd').catch(() => undefined);
      if (!fds) return [];
      const targets = await Promise.all(fds.map((fd) => readlink(path.join('/proc/self/fd', fd)).catch(() => '')));
      return targets.filter((t) => t.startsWith(dir));
    };
    if (!(await readdir('/proc/self/fd').catch(() => undefined))) { expect(process.platform).not.toBe('linux'); return; }
    let target = path.join(dir, 'audit-1.jsonl');
    const sink = fileAuditSink(() => target, () => undefined);
    sink.record(line(1));
    await sink.flush();
    expect(await openHere()).toEqual([path.join(dir, 'audit-1.jsonl')]);
    target = path.join(dir, 'audit-2.jsonl');
    sink.record(line(2));
    await sink.flush();
    expect(await openHere()).toEqual([path.join(dir, 'audit-2.jsonl')]);
    await writeFile(path.join(dir, 'blocker'), 'x');
    target = path.join(dir, 'blocker', 'audit.jsonl');
    sink.record(line(3));
    await sink.flush();
    expect(await openHere()).toEqual([]);
    target = path.join(dir, 'audit-3.jsonl');
    sink.record(line(4));
    await sink.close();
    expect(await openHere()).toEqual([]);
  });

  it('close() before any record, and twice, is harmless', async () => {
    const sink = fileAuditSink(() => path.join(os.tmpdir(), 'never-written.jsonl'), () => undefined);
    await expect(sink.close()).resolves.toBeUndefined();
    await expect(sink.close()).resolves.toBeUndefined();
  });
});

describe('createAuditSink: the sinks the settings ask for (no Application Insights)', () => {
  const settings = (audit: Settings['audit']): Settings => ({ audit, appInsightsConnectionString: undefined } as unknown as Settings);

  it('off: the no-op sink', () => {
    expect(createAuditSink(settings({ kind: 'off' }), () => undefined)).toBe(NO_AUDIT);
  });

  it('dir: daily files in the folder, and nothing else', async () => {
    const dir = await tmp();
    const sink = createAuditSink(settings({ kind: 'dir', dir }), () => undefined);
    sink.record(line(5, '2026-11-20T10:00:00.000Z'));
    await sink.close();
    expect(await readdir(dir)).toEqual(['audit-2026-11-20.jsonl']);
    expect((await linesOf(path.join(dir, 'audit-2026-11-20.jsonl'))).map((l) => l.rowCount)).toEqual([5]);
  });

  it('file: every line in that one file, whatever the day', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'trail.jsonl');
    const sink = createAuditSink(settings({ kind: 'file', file }), () => undefined);
    sink.record(line(1, '2026-11-20T10:00:00.000Z'));
    sink.record(line(2, '2026-11-21T10:00:00.000Z'));
    await sink.close();
    expect(await readdir(dir)).toEqual(['trail.jsonl']);
    expect((await linesOf(file)).map((l) => l.rowCount)).toEqual([1, 2]);
  });
});
