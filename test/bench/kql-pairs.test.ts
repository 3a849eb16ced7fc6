/**
 * Each benchmark pair of bench/kql-pairs.ts answers one question twice — KQL through the embedded
 * engine and hand-written DuckDB SQL. Both must return the same rows on the shared test tenant,
 * or the benchmark's ratio would compare different work.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadOrCreateDemoTenant } from '../../src/demo/store';
import { createEmbeddedEngine } from '../../src/kql/engine/embedded-engine';
import type { EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import { loadDemoTenantTables } from '../../src/demo/kql-store/load-demo';
import { comparableRows, handSql, KQL_SQL_PAIRS } from '../../bench/kql-pairs';

describe('KQL benchmark pairs return the same rows as their hand-written SQL', () => {
  let engine: EmbeddedKqlEngine;

  beforeAll(async () => {
    const demo = await loadOrCreateDemoTenant(inject('demoDataDir'));
    engine = await createEmbeddedEngine({ dbPath: ':memory:', anchorTime: demo.model.tenant.anchorTime, timeoutMs: 60_000 });
    await loadDemoTenantTables(engine, demo.model, demo.signInsFile, demo.nonInteractiveSignInsFile);
  }, 120_000);

  afterAll(async () => {
    await engine?.close();
  });

  it('has a dozen or more questions', () => {
    expect(KQL_SQL_PAIRS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(KQL_SQL_PAIRS.map((p) => p.name)).size).toBe(KQL_SQL_PAIRS.length);
  });

  it.each(KQL_SQL_PAIRS.map((p) => [p.name, p] as const))('%s', async (_name, pair) => {
    const viaEngine = await engine.query(pair.kql);
    const byHand = await engine.runSql(handSql(pair, engine.anchorTime));
    expect(viaEngine.rows.length).toBeGreaterThan(0);
    expect(comparableRows(viaEngine.rows, pair.ordered)).toEqual(comparableRows(byHand, pair.ordered));
  });
});
