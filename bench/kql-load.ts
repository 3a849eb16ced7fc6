/**
 * Loads a generated demo tenant's data folder into a fresh KQL store file, timing each step.
 * Used by the KQL benchmark suite and runnable alone:
 *
 *   npx tsx bench/kql-load.ts <dataDir> [<db file>]
 */
import { rm } from 'node:fs/promises';
import { loadOrCreateDemoTenant } from '../src/demo/store';
import { createEmbeddedEngine } from '../src/kql/engine/embedded-engine';
import { loadDemoTenantTables, type LoadCounts, type LoadTimings } from '../src/demo/kql-store/load-demo';

export interface LoadReport {
  readonly dbPath: string;
  readonly counts: LoadCounts;
  /** Reading the data folder's model files (ms). */
  readonly modelMs: number;
  /** Loading every table, checkpoint included (ms). */
  readonly loadMs: number;
  readonly steps: LoadTimings;
}

/** Loads `dataDir`'s tenant into `dbPath` (replaced), the way the runtime's first use does. */
export async function loadTenantStore(dataDir: string, dbPath: string): Promise<LoadReport> {
  await Promise.all([rm(dbPath, { force: true }), rm(`${dbPath}.wal`, { force: true })]);
  const t0 = performance.now();
  const demo = await loadOrCreateDemoTenant(dataDir);
  const t1 = performance.now();
  const engine = await createEmbeddedEngine({ dbPath, anchorTime: demo.model.tenant.anchorTime, skipWarmUp: true });
  const steps: LoadTimings = {};
  try {
    const counts = await loadDemoTenantTables(engine, demo.model, demo.signInsFile, demo.nonInteractiveSignInsFile, steps);
    const t2 = performance.now();
    await engine.runSql('CHECKPOINT');
    steps['checkpoint'] = performance.now() - t2;
    return { dbPath, counts, modelMs: t1 - t0, loadMs: performance.now() - t1, steps };
  } finally {
    await engine.close();
  }
}

if (require.main === module) {
  const [dataDir, db] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: npx tsx bench/kql-load.ts <dataDir> [<db file>]');
  loadTenantStore(dataDir, db ?? `${dataDir}/kql-bench-load.duckdb`).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => { console.error(e); process.exitCode = 1; },
  );
}
