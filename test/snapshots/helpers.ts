import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { loadOrCreateDemoTenant } from '../../src/demo/store';
import type { DemoTenant } from '../../src/demo/store';
import { main } from '../../src/cli/main';
import type { CliRun } from '../helpers/cli';

/** A private copy of the shared test tenant (exports and imports must not reach the shared folder). */
export async function privateTenant(): Promise<{ dir: string; demo: DemoTenant; remove(): void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'entra-ask-snapshots-'));
  const shared = inject('demoDataDir');
  cpSync(shared, dir, { recursive: true, filter: (src) => !/kql\.duckdb|[\\/](snapshots|imports|adx-staging)([\\/]|$)/.test(path.relative(shared, src)) });
  const demo = await loadOrCreateDemoTenant(dir);
  return { dir, demo, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The command line in-process over a given data folder. */
export async function cli(dir: string, argv: string[], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    stdin: async () => '',
    env: { ENTRA_ASK_DATA: dir, ...env },
    cwd: dir,
  });
  return { code, stdout, stderr };
}

/** `entra-ask kql … --json` → rows as objects. */
export async function kqlRows(dir: string, query: string): Promise<Record<string, unknown>[]> {
  const r = await cli(dir, ['kql', query, '--json']);
  if (r.code !== 0) throw new Error(`kql failed (${r.code}): ${r.stderr}${r.stdout}`);
  const out = JSON.parse(r.stdout) as { columns: { name: string }[]; rows: unknown[][]; error?: unknown };
  if (out.error) throw new Error(`kql error: ${JSON.stringify(out.error)}`);
  return out.rows.map((row) => Object.fromEntries(out.columns.map((c, i) => [c.name, row[i]])));
}
