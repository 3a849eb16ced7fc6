/** `entra-ask kql` exactly as cli-contract.md says: JSON shapes, exit codes, batch lines. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKqlCommand } from '../../src/kql/cli/kql-command';
import type { EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import { loadDemoTenantTables } from '../../src/demo/kql-store/load-demo';
import { tinyTenant, TINY_ANCHOR } from './fixtures/tiny-tenant';

let dir: string;

async function ensureDemoLoaded(engine: EmbeddedKqlEngine): Promise<void> {
  const [[n]] = (await engine.runSql('SELECT count(*) FROM "SigninLogs"')) as [[bigint]];
  if (Number(n) === 0) {
    const t = tinyTenant();
    await loadDemoTenantTables(engine, t.model, t.signIns);
  }
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runKqlCommand(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, dataDir: dir, ensureDemoLoaded });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'entra-ask-kql-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('entra-ask kql', () => {
  it('prints columns, rows and elapsedMs with --json', async () => {
    const r = await cli(['print n = 1, s = "a"', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { columns: unknown; rows: unknown; elapsedMs: number };
    expect(j.columns).toEqual([{ name: 'n', type: 'long' }, { name: 's', type: 'string' }]);
    expect(j.rows).toEqual([[1, 'a']]);
    expect(typeof j.elapsedMs).toBe('number');
  });

  it('counts now() from the stored demo anchor', async () => {
    const r = await cli(['print t = now()', '--json']);
    expect((JSON.parse(r.out) as { rows: unknown[][] }).rows[0]![0]).toBe(new Date(TINY_ANCHOR).toISOString());
  });

  it('prints a coded error with its position and exits non-zero', async () => {
    const r = await cli(['SigninLogs | where Nope == 1', '--json']);
    expect(r.code).not.toBe(0);
    expect(JSON.parse(r.out)).toEqual({ error: { code: 'KS142', message: expect.any(String) as string, start: 19, length: 4 } });
  });

  it('refuses an unknown database', async () => {
    const r = await cli(['print 1', '--json', '--database', 'Other']);
    expect((JSON.parse(r.out) as { error: { code: string } }).error.code).toBe('EA003');
  });

  it('prints a readable table without --json', async () => {
    const r = await cli(["AADRiskyUsers | where RiskLevel == 'high' | project UserPrincipalName"]);
    expect(r.out).toContain('user2@contoso.com');
    expect(r.out).toContain('(1 row)');
  });

  it('runs --batch files, one JSON line each, in order', async () => {
    writeFileSync(join(dir, 'a.kql'), 'SigninLogs | summarize n = count() | project ok = n > 0');
    writeFileSync(join(dir, 'b.kql'), 'SigninLogs | where');
    writeFileSync(join(dir, 'list.txt'), 'a.kql\nb.kql\n');
    const r = await cli(['--batch', join(dir, 'list.txt'), '--json']);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l['file'], l['ok'], l['rowCount']])).toEqual([['a.kql', true, 1], ['b.kql', false, 0]]);
    expect(lines[0]!['rows']).toEqual([[true]]);
    expect((lines[1]!['error'] as { code: string }).code).toMatch(/^KS/);
    expect(Object.keys(lines[0]!)).toEqual(['file', 'ok', 'rowCount', 'columns', 'rows', 'error', 'elapsedMs']);
  });

  it('rejects a broken invocation with exit code 2', async () => {
    expect((await cli(['--json'])).code).toBe(2);
  });
});
