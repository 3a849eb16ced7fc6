/**
 * `export` beside a year of daily snapshots (issue 21): exporting one more day writes only that
 * day's six files (the interval store is not touched), the snapshot tables then hold one more
 * day, and exporting a day the year already holds replaces that day's rows instead of doubling them.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphServer, type GraphServer } from '../../src/demo/graph-server';
import { generateYearHistory } from '../../src/demo/history/year-history';
import { writeYearStore, yearStoreDir } from '../../src/demo/store/year-store';
import { createEmbeddedEngine, type EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import { createGraphSource } from '../../src/sources/graph';
import { EXPORT_GRAPH_OPTIONS } from '../../src/cli/export-command';
import { exportSnapshot, localSnapshotSink } from '../../src/snapshots/export';
import { small } from '../demo/fixture';
import { runReport } from '../../bench/report-runner';
import { yearQuestions } from '../../bench/snapshots-year';
import { SNAPSHOT_INTERVAL_TABLES } from '../../src/planning/snapshot-intervals';

const DAYS = 30;
let dir: string;
let server: GraphServer;
let engine: EmbeddedKqlEngine;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'entra-ask-year-export-'));
  await writeYearStore(dir, small(), generateYearHistory(small(), DAYS));
  server = await startGraphServer({ model: small(), host: '127.0.0.1', port: 0 });
  engine = await createEmbeddedEngine({ dbPath: ':memory:', anchorTime: small().tenant.anchorTime, externalTablesIn: dir, skipWarmUp: true });
}, 120_000);

afterAll(async () => {
  await engine?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function exportDay(date: string) {
  let requests = 0;
  const graph = createGraphSource({ mode: 'demo', baseUrl: server.url }, { ...EXPORT_GRAPH_OPTIONS, baseDelayMs: 1, onHttp: () => { requests += 1; } });
  return exportSnapshot({ graph, requests: () => requests, sink: localSnapshotSink(dir), date, sourceDay: date });
}

/** Every file of the data folder with its size and modification time. */
function files(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const f = path.join(d, name);
      const s = statSync(f);
      if (s.isDirectory()) walk(f);
      else out.set(path.relative(dir, f), `${s.size}:${s.mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

async function usersPerDay(): Promise<Map<string, number>> {
  const r = await engine.query('EntraUsers | summarize n = count() by SnapshotDate');
  return new Map(r.rows.map((x) => [new Date(String(x[0])).toISOString().slice(0, 10), Number(x[1])]));
}

describe('export with a year of daily snapshots', () => {
  it('one more day: only that day\'s six files are written, and the tables hold one more day', async () => {
    const before = files();
    const days = await usersPerDay();
    expect(days.size).toBe(DAYS);
    const next = new Date(Date.parse(`${small().tenant.anchorTime.slice(0, 10)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const summary = await exportDay(next);
    expect(summary.tables.map((t) => t.status)).toEqual(Array(6).fill('written'));
    const after = files();
    const added = [...after.keys()].filter((f) => !before.has(f)).sort();
    expect(added).toEqual(['AppRoleAssignments', 'AppRoles', 'Applications', 'EntraGroupMembership', 'EntraGroups', 'EntraUsers'].map((t) => path.join('snapshots', t, `${next}.parquet`)));
    for (const [f, stamp] of before) expect(after.get(f), f).toBe(stamp); // the interval store is untouched
    // Still the six interval files, the manifest and the materialised days, nothing added.
    expect(readdirSync(yearStoreDir(dir)).sort()).toEqual(['AppRoleAssignments.parquet', 'AppRoles.parquet', 'Applications.parquet', 'EntraGroupMembership.parquet', 'EntraGroups.parquet', 'EntraUsers.parquet', 'days.duckdb', 'manifest.json']);
    const now = await usersPerDay();
    expect(now.size).toBe(DAYS + 1);
    expect(now.get(next)).toBe(small().users.length);
    for (const [d, n] of days) expect(now.get(d), d).toBe(n);
  }, 120_000);

  it('report.* over the intervals (the exported day as a one-day interval) equal the per-day answers', async () => {
    expect(await engine.servesTables(SNAPSHOT_INTERVAL_TABLES)).toBe(true);
    const days = [...(await usersPerDay()).keys()].sort();
    const questions = yearQuestions(small(), days);
    const now = new Date(`${days[days.length - 1]}T12:00:00Z`);
    let withLastDay = 0;
    for (const q of questions) {
      const overIntervals = (await runReport(engine, q, now, { overIntervals: true })).answer;
      expect(overIntervals.kind, q.label).not.toBe('error');
      expect(overIntervals, q.label).toEqual((await runReport(engine, q, now, { overIntervals: false })).answer);
      if (JSON.stringify(overIntervals.rows).includes(days[days.length - 1]!)) withLastDay += 1;
    }
    expect(withLastDay).toBeGreaterThan(0); // the exported day is in some answers
  }, 120_000);

  it('a day the year holds (the anchor day): its rows are the export\'s, not doubled', async () => {
    const anchorDay = small().tenant.anchorTime.slice(0, 10);
    await exportDay(anchorDay);
    const now = await usersPerDay();
    expect(now.size).toBe(DAYS + 1);
    expect(now.get(anchorDay)).toBe(small().users.length);
    // An interval would have to be cut around that day: the intervals are no longer offered, and
    // report.* reads the per-day tables.
    expect(await engine.servesTables(SNAPSHOT_INTERVAL_TABLES)).toBe(false);
  }, 120_000);
});
