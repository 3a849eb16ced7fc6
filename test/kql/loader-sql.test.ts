/**
 * The sign-in tables are filled by one SQL statement over NDJSON (src/demo/kql-store/sign-in-sql.ts).
 * Its rows must equal, column for column, those of the JavaScript mapping the loader used before
 * (fixtures/sign-in-row-oracle.ts) written through the appender — both for sign-ins given as
 * objects (spooled to a temporary file) and for the demo data folder's NDJSON file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../src/kql/engine/embedded-engine';
import type { EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import { loadDemoTenantTables } from '../../src/demo/kql-store/load-demo';
import { TableWriter } from '../../src/kql/engine/table-writer';
import { TINY_ANCHOR, tinyTenant } from './fixtures/tiny-tenant';
import { signInRow } from './fixtures/sign-in-row-oracle';

const TABLES = ['SigninLogs', 'AADNonInteractiveUserSignInLogs'] as const;

async function dump(engine: EmbeddedKqlEngine, table: string): Promise<unknown[][]> {
  // JSON columns compared as parsed values (number spelling may differ between serializers).
  return (await engine.runSql(`SELECT * FROM "${table}" ORDER BY "Id"`)).map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
}

describe('sign-in tables loaded by SQL match the JavaScript mapping', () => {
  const t = tinyTenant();
  const tenantId = t.model.tenant.tenantId;
  let bySql: EmbeddedKqlEngine;
  let byFile: EmbeddedKqlEngine;
  let byJs: EmbeddedKqlEngine;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kql-loader-test-'));
    bySql = await createEmbeddedEngine({ dbPath: ':memory:', anchorTime: TINY_ANCHOR, skipWarmUp: true });
    await loadDemoTenantTables(bySql, t.model, t.signIns);
    // The data folder's layout: interactive and non-interactive sign-ins in two NDJSON files.
    const interactive = path.join(dir, 'signIns.ndjson');
    const other = path.join(dir, 'nonInteractiveSignIns.ndjson');
    await writeFile(interactive, t.signIns.filter((s) => s['isInteractive'] !== false).map((s) => JSON.stringify(s)).join('\n'));
    await writeFile(other, t.signIns.filter((s) => s['isInteractive'] === false).map((s) => JSON.stringify({ ...s, isInteractive: undefined })).join('\n'));
    byFile = await createEmbeddedEngine({ dbPath: ':memory:', anchorTime: TINY_ANCHOR, skipWarmUp: true });
    await loadDemoTenantTables(byFile, t.model, interactive, other);
    byJs = await createEmbeddedEngine({ dbPath: ':memory:', anchorTime: TINY_ANCHOR, skipWarmUp: true });
    const w = { SigninLogs: await TableWriter.open(byJs, 'SigninLogs'), AADNonInteractiveUserSignInLogs: await TableWriter.open(byJs, 'AADNonInteractiveUserSignInLogs') };
    for (const s of t.signIns) (s['isInteractive'] === false ? w.AADNonInteractiveUserSignInLogs : w.SigninLogs).append(signInRow(s, tenantId));
    await w.SigninLogs.finish();
    await w.AADNonInteractiveUserSignInLogs.finish();
  }, 60_000);

  afterAll(async () => {
    await Promise.all([bySql?.close(), byFile?.close(), byJs?.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  it.each(TABLES)('%s: same rows from objects and from the JavaScript mapping', async (table) => {
    const expected = await dump(byJs, table);
    expect(expected.length).toBeGreaterThan(10);
    expect(await dump(bySql, table)).toEqual(expected);
  });

  it.each(TABLES)('%s: same rows from the data folder files', async (table) => {
    expect(await dump(byFile, table)).toEqual(await dump(byJs, table));
  });

  it('keeps both tables sorted by TimeGenerated', async () => {
    for (const table of TABLES) {
      const times = (await bySql.runSql(`SELECT epoch_us("TimeGenerated") FROM "${table}"`)).map((r) => Number(r[0]));
      expect(times.length).toBeGreaterThan(10);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });
});
