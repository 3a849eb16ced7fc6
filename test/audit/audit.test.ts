import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { AuditRecord } from '../../src/audit';
import { readSettings } from '../../src/config/settings';
import { PERSONAS } from '../../src/demo/personas';
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
