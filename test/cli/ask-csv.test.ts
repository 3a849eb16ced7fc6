/** `entra-ask ask … --csv <file>`: every row of the answer, as the JSON answer holds them. */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

describe('ask --csv', () => {
  it('writes the full result of a long answer', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'entra-ask-csv-'));
    const q = 'who had access to Salesforce between 2026-06-01 and 2026-11-15?';
    type Out = { answer: { kind: string; summary: string; rows: unknown[][]; columnTitles: string[] } };
    // Another test process may be building the shared test tenant's KQL store: its answer is then
    // "temporarily unavailable, try again" (EA502), and so is this one's until the store is built.
    const busy = (o: Out) => o.answer.kind === 'error' && /temporarily unavailable/i.test(o.answer.summary);
    let json = JSON.parse((await runCli(['ask', q, '--json'])).stdout) as Out;
    for (let i = 0; i < 60 && busy(json); i++) {
      await new Promise((r) => setTimeout(r, 1000));
      json = JSON.parse((await runCli(['ask', q, '--json'])).stdout) as Out;
    }
    expect(json.answer.kind).toBe('table');
    const run = await runCli(['ask', q, '--csv', 'out.csv'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`${json.answer.rows.length} rows written to ${path.join(dir, 'out.csv')}`);
    const lines = (await readFile(path.join(dir, 'out.csv'), 'utf8')).replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(json.answer.columnTitles.join(','));
    expect(lines.slice(1)).toEqual(json.answer.rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')));
    expect(run.stdout).toContain('Who had access to Salesforce, 2026-06-01 to 2026-11-15');
  }, 300_000);

  it('refuses --csv with --batch, and says when an answer has no rows', async () => {
    expect((await runCli(['ask', '--batch', '-', '--csv', 'x.csv'], { stdin: 'help\n' })).code).not.toBe(0);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'entra-ask-csv-'));
    const run = await runCli(['ask', 'help', '--csv', 'none.csv'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('no CSV written');
  });
});
