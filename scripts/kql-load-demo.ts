/**
 * Generates the demo tenant and loads it into an embedded-engine database file.
 *
 *   npx tsx scripts/kql-load-demo.ts --db .data/kql-small.duckdb [--users 500] [--days 30] [--seed 1] [--anchor 2025-06-30T12:00:00Z]
 */
import { rmSync } from 'node:fs';
import { generateTenant } from '../src/demo/generator/generate-tenant';
import { generateSignIns } from '../src/demo/generator/sign-ins/stream';
import { createEmbeddedEngine } from '../src/kql/engine/embedded-engine';
import { loadDemoTenantTables } from '../src/demo/kql-store/load-demo';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const db = arg('--db', '.data/kql.duckdb');
  const users = Number(arg('--users', '500'));
  const days = Number(arg('--days', '30'));
  const anchorTime = arg('--anchor', '2025-06-30T12:00:00Z');
  rmSync(db, { force: true });
  rmSync(`${db}.wal`, { force: true });
  const t0 = performance.now();
  const model = generateTenant({ seed: Number(arg('--seed', '1')), anchorTime, users, days });
  const t1 = performance.now();
  const engine = await createEmbeddedEngine({ dbPath: db, anchorTime, skipWarmUp: true });
  const counts = await loadDemoTenantTables(engine, model, generateSignIns(model, { interactive: true }), generateSignIns(model, { interactive: false }));
  await engine.runSql('CHECKPOINT');
  await engine.close();
  const t2 = performance.now();
  console.log(JSON.stringify({ db, users, days, anchorTime, counts, generateModelMs: Math.round(t1 - t0), loadMs: Math.round(t2 - t1) }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
