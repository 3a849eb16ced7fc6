/**
 * The demo KQL store's file format: DuckDB's default writes files readable by v1.0, whose string
 * columns are not dictionary-compressed (every string filter decompresses each value). A store the
 * engine creates is in the current format; a store an older Entra Ask left in the old format is
 * written again on open; a current store with the same tenant is opened as it is.
 */
import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { kqlDatabasePath, openDemoKqlStore } from '../../src/runtime/kql-store';
import type { DemoTenant } from '../../src/demo/store';
import { privateTenant } from '../snapshots/helpers';

let tenant: { dir: string; demo: DemoTenant; remove(): void };
beforeAll(async () => { tenant = await privateTenant(); }, 120_000);
afterAll(() => tenant?.remove());

async function writeOldFormatFile(file: string): Promise<void> {
  const db = await DuckDBInstance.create(file, { storage_compatibility_version: 'v1.0.0' });
  const c = await db.connect();
  await c.run('CREATE TABLE left_by_an_old_version AS SELECT 1 AS x');
  c.closeSync();
  db.closeSync();
}

const interactiveSignIns = (demo: DemoTenant) => readFileSync(demo.signInsFile, 'utf8').split('\n').filter((l) => l.trim()).length;

describe('the demo KQL store file format', () => {
  it('rewrites a store left in DuckDB\'s v1.0 format, with the tenant\'s rows and dictionary-compressed strings', async () => {
    const file = kqlDatabasePath(tenant.dir);
    await writeOldFormatFile(file);
    const lines: string[] = [];
    const engine = await openDemoKqlStore(tenant.demo, (l) => lines.push(l));
    try {
      expect(await engine.hasCurrentStorage()).toBe(true);
      expect(lines.join('\n')).toMatch(/current storage format/);
      const old = await engine.runSql("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'left_by_an_old_version'");
      expect(Number(old[0]?.[0])).toBe(0);
      const n = await engine.query('SigninLogs | count');
      expect(n.rows[0]?.[0]).toBe(interactiveSignIns(tenant.demo));
      const compressions = await engine.runSql("SELECT DISTINCT compression FROM pragma_storage_info('SigninLogs') WHERE column_name = 'UserPrincipalName' AND segment_type = 'VARCHAR'");
      expect(compressions.map((r) => r[0])).toContain('DICT_FSST');
    } finally {
      await engine.close();
    }
  }, 180_000);

  it('opens a current store of the same tenant without writing it again', async () => {
    const file = kqlDatabasePath(tenant.dir);
    const first = await openDemoKqlStore(tenant.demo);
    await first.close();
    const before = statSync(file);
    const lines: string[] = [];
    const engine = await openDemoKqlStore(tenant.demo, (l) => lines.push(l));
    try {
      expect(lines).toEqual([]);
      const after = statSync(file);
      expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
      expect(await engine.hasCurrentStorage()).toBe(true);
    } finally {
      await engine.close();
    }
  }, 180_000);
});
