/**
 * The year store's materialised days (`days.duckdb`, issue 21): the snapshot tables read from it
 * hold exactly the rows the intervals expand to, for every table, day and column — and a store
 * without the file still answers from the intervals.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateYearHistory } from '../../src/demo/history/year-history';
import { writeYearStore, yearStoreDir } from '../../src/demo/store/year-store';
import { createEmbeddedEngine, type EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import { INTERVALS_DAYS_FILE, INTERVAL_TABLE_SCHEMAS } from '../../src/kql/engine/interval-tables';
import { small } from '../demo/fixture';

const DAYS = 40;
let withDays: string;
let intervalsOnly: string;
let a: EmbeddedKqlEngine;
let b: EmbeddedKqlEngine;

beforeAll(async () => {
  withDays = mkdtempSync(path.join(os.tmpdir(), 'entra-ask-year-days-'));
  await writeYearStore(withDays, small(), generateYearHistory(small(), DAYS));
  intervalsOnly = mkdtempSync(path.join(os.tmpdir(), 'entra-ask-year-intervals-'));
  cpSync(yearStoreDir(withDays), yearStoreDir(intervalsOnly), { recursive: true });
  rmSync(path.join(yearStoreDir(intervalsOnly), INTERVALS_DAYS_FILE));
  const open = (dir: string) => createEmbeddedEngine({ dbPath: ':memory:', anchorTime: small().tenant.anchorTime, externalTablesIn: dir, skipWarmUp: true });
  [a, b] = await Promise.all([open(withDays), open(intervalsOnly)]);
}, 120_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  for (const d of [withDays, intervalsOnly]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('a year store with its days materialised', () => {
  it('is written next to the intervals', () => {
    expect(existsSync(path.join(yearStoreDir(withDays), INTERVALS_DAYS_FILE))).toBe(true);
  });

  it.each(Object.keys(INTERVAL_TABLE_SCHEMAS))('%s: the same rows as the intervals expand to, every day and column', async (table) => {
    // Every column as text, rows sorted: the two must match row for row.
    const q = `${table} | extend _row = tostring(pack_all()) | project _row | order by _row asc`;
    const [x, y] = await Promise.all([a.query(q), b.query(q)]);
    expect(x.rows.length).toBeGreaterThan(DAYS - 1);
    expect(x.rows).toEqual(y.rows);
  });

  it('holds one snapshot a day, first to last, in SnapshotDate order', async () => {
    const r = await a.query('EntraUsers | summarize Users = count() by SnapshotDate | order by SnapshotDate asc');
    expect(r.rows).toHaveLength(DAYS);
    const stored = await a.runSql('SELECT "SnapshotDate" FROM snapshot_days.main."EntraUsers"');
    const times = stored.map((row) => new Date(String(row[0])).getTime());
    expect(times.every((t, i) => i === 0 || t >= (times[i - 1] as number))).toBe(true);
  });
});
