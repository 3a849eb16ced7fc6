/**
 * `entra-ask demo year` then a report question through the command line (issue 21): the answer
 * comes from the year store's validity intervals, and the query shown is the one that ran
 * (`AppRoleAssignmentsIntervals`, …); after `demo year --remove`, the same question reads the
 * per-day snapshot tables again.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'entra-ask-year-cli-'));
  cpSync(inject('demoDataDir'), dir, { recursive: true });
});
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

type Out = { answer: { kind: string; summary: string; rows: unknown[][] }; queries: { text?: string }[] };

async function ask(q: string): Promise<Out> {
  const run = await runCli(['ask', q, '--json'], { env: { ENTRA_ASK_DATA: dir } });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Out;
}

describe('report questions over a year of daily snapshots', () => {
  it('reads the intervals when the year store is there, the per-day tables when it is removed', async () => {
    const year = await runCli(['demo', 'year', '--days', '40'], { env: { ENTRA_ASK_DATA: dir } });
    expect(year.code, year.stderr).toBe(0);
    expect(year.stdout).toMatch(/40 daily snapshots written/);
    const q = 'who had access to Salesforce between 2026-10-20 and 2026-11-15?';
    const overYear = await ask(q);
    expect(overYear.answer.kind).toBe('table');
    expect(overYear.answer.rows.length).toBeGreaterThan(0);
    const shown = overYear.queries.map((x) => x.text ?? '').join('\n');
    expect(shown).toContain('AppRoleAssignmentsIntervals');
    expect(shown).toContain('EntraGroupMembershipIntervals');
    expect(shown).not.toMatch(/\bAppRoleAssignments\b/);

    expect((await runCli(['demo', 'year', '--remove'], { env: { ENTRA_ASK_DATA: dir } })).code).toBe(0);
    const perDay = await ask(q);
    expect(perDay.queries.map((x) => x.text ?? '').join('\n')).not.toContain('Intervals');
    expect(perDay.queries.map((x) => x.text ?? '').join('\n')).toMatch(/\bAppRoleAssignments\b/);
  }, 300_000);
});
