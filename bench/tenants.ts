/** The benchmark tenants: generated once into their data folders and reused while they match. */
import path from 'node:path';
import { DEFAULT_DEMO_OPTIONS, readManifest, resetDemoTenant, loadOrCreateDemoTenant } from '../src/demo/store';
import { openDemoKqlStore } from '../src/runtime/kql-store';
import { KqlError } from '../src/sources/kql/executor';
import type { BenchTenant } from './types';

/** Fixed seed and anchor: the same tenant on every machine and every run. */
export const BENCH_SEED = DEFAULT_DEMO_OPTIONS.seed;
export const BENCH_ANCHOR = '2026-11-20T12:00:00.000Z';

export interface TenantSpec { readonly dataDir: string; readonly users: number; readonly days: number }

/**
 * Makes sure `spec.dataDir` holds the demo tenant of that size (seed 42, fixed anchor) and that
 * its KQL store is loaded, so that no measurement includes a one-off generation or load.
 */
export async function ensureTenant(spec: TenantSpec, log: (l: string) => void): Promise<BenchTenant> {
  const dataDir = path.resolve(spec.dataDir);
  const manifest = await readManifest(dataDir);
  const t = manifest?.tenant;
  const same = t && t.seed === BENCH_SEED && t.users === spec.users && t.days === spec.days && Date.parse(t.anchorTime) === Date.parse(BENCH_ANCHOR);
  const t0 = performance.now();
  if (!same) {
    log(`generating the demo tenant ${spec.users} users × ${spec.days} days into ${dataDir} (once; minutes for a large tenant)…`);
    await resetDemoTenant(dataDir, { seed: BENCH_SEED, users: spec.users, days: spec.days, anchorTime: BENCH_ANCHOR });
    log(`  generated in ${Math.round((performance.now() - t0) / 1000)} s`);
  }
  const demo = await loadOrCreateDemoTenant(dataDir, { seed: BENCH_SEED, users: spec.users, days: spec.days, anchorTime: BENCH_ANCHOR });
  const t1 = performance.now();
  // BENCH_KQL_PREP=0: leave the KQL store alone (suites that need it open or load it themselves).
  if (process.env.BENCH_KQL_PREP === '0') return { dataDir, users: spec.users, days: spec.days };
  try {
    const engine = await openDemoKqlStore(demo, (l) => log(`  ${l}`));
    await engine.close();
  } catch (err) {
    // Another process is loading it (e.g. a served bot): suites that need it wait for it themselves.
    if (!(err instanceof KqlError)) throw err;
    log(`  KQL store not ready: ${err.message}`);
  }
  if (performance.now() - t1 > 2000) log(`  KQL store ready in ${Math.round((performance.now() - t1) / 1000)} s`);
  return { dataDir, users: spec.users, days: spec.days };
}
