/**
 * Corpus conformance: every query of shared/reference/kql-corpus must bind, compile and run on
 * the demo data. Prints the share that runs, the failure classes, and compile/run timings.
 *
 *   npx tsx scripts/kql-corpus.ts [--db <duckdb file>] [--anchor <ISO>] [--timeout-ms N (20000)] [--json <out.json>] [--limit N] [--verbose]
 *
 * Without --db it loads the small fixture tenant into memory. Queries over tables the product
 * does not serve (Defender, Office, AWS, ... — see INDEX.tsv) are counted out and named.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCorpus } from '../src/kql/conformance/run-corpus';
import { createEmbeddedEngine } from '../src/kql/engine/embedded-engine';
import { loadDemoTenantTables } from '../src/demo/kql-store/load-demo';
import { tinyTenant } from '../test/kql/fixtures/tiny-tenant';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const corpusDir = arg('--corpus') ?? join(__dirname, '..', '..', 'shared', 'reference', 'kql-corpus');
  const dbPath = arg('--db');
  const engine = await createEmbeddedEngine({ dbPath: dbPath ?? ':memory:', ...(arg('--anchor') ? { anchorTime: arg('--anchor')! } : {}), timeoutMs: Number(arg('--timeout-ms') ?? 20_000) });
  if (!dbPath) {
    const t = tinyTenant({ users: 40, days: 14 });
    await loadDemoTenantTables(engine, t.model, t.signIns);
  }
  const limit = arg('--limit') ? Number(arg('--limit')) : undefined;
  const report = await runCorpus(engine, corpusDir, { ...(limit ? { limit } : {}), ...(process.env.CORPUS_TRACE ? { onQuery: (f: string) => process.stderr.write(`${new Date().toISOString()} ${f}\n`) } : {}) });
  await engine.close();
  const s = report.summary;
  console.log(`corpus: ${s.total} queries; served: ${s.served}; counted out (unserved tables): ${s.countedOut}`);
  console.log(`runs: ${s.ok}/${s.served} = ${(100 * s.ok / Math.max(1, s.served)).toFixed(1)}% of served (${(100 * s.ok / s.total).toFixed(1)}% of all)`);
  console.log(`rejected by Kusto.Language itself (KS codes, published schemas): ${s.rejectedByBinder}; runs ${s.ok}/${s.served - s.rejectedByBinder} = ${(100 * s.ok / Math.max(1, s.served - s.rejectedByBinder)).toFixed(1)}% of the served queries Kusto.Language accepts`);
  console.log(`compile ms: median ${s.compileMedianMs.toFixed(1)}, p95 ${s.compileP95Ms.toFixed(1)}; run ms: median ${s.runMedianMs.toFixed(1)}, p95 ${s.runP95Ms.toFixed(1)}`);
  console.log('failure classes:');
  for (const c of report.classes) console.log(`  ${String(c.count).padStart(3)}  ${c.key}   e.g. ${c.examples.join(', ')}`);
  console.log(`peak resident memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  console.log('unserved tables:', report.unservedTables.map((t) => `${t.table}(${t.count})`).join(', '));
  if (process.argv.includes('--verbose')) {
    for (const r of report.results.filter((x) => x.status === 'failed')) console.log(`${r.file}: ${r.error?.code} ${r.error?.message}`);
  }
  const out = arg('--json');
  if (out) writeFileSync(out, JSON.stringify(report, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
