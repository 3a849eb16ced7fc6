/**
 * Runs the documentation conformance suite (test/kql/docs-conformance/cases.json) and prints
 * pass / refused / wrong / failed per feature, then every wrong and failed case; with `--ids`,
 * every case id with its outcome; with `--md <file>`, writes the per-feature and per-page table;
 * with `--passing`, writes test/kql/docs-conformance/passing.json, the ids of the cases that pass
 * (test/kql/docs-conformance.test.ts then fails when any of them stops passing).
 *
 *   npx tsx scripts/kql-docs-report.ts [--only <id substring>] [--show refused,wrong] [--md file] [--passing]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEmbeddedEngine } from '../src/kql/engine/embedded-engine';
import type { DocsCaseFile, DocsCorrection } from '../src/kql/conformance/docs-cases';
import { inScopeTally, runDocsSuite, tallyLine } from '../src/kql/conformance/docs-run';
import { DOCS_ANCHOR, DOCS_SCHEMA } from '../src/kql/conformance/docs-engine';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    show: { type: 'string', default: 'wrong,failed' },
    md: { type: 'string' },
    passing: { type: 'boolean', default: false },
  },
});
const dir = path.join(__dirname, '..', 'test', 'kql', 'docs-conformance');
const file = JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as DocsCaseFile;
const corrections = JSON.parse(readFileSync(path.join(dir, 'corrections.json'), 'utf8')) as Record<string, DocsCorrection>;
const cases = values.only ? file.cases.filter((c) => c.id.includes(values.only!)) : file.cases;

async function main(): Promise<void> {
  const engine = await createEmbeddedEngine({ dbPath: ':memory:', schema: DOCS_SCHEMA, anchorTime: DOCS_ANCHOR, timeoutMs: 30_000 });
  const report = await runDocsSuite(engine, cases, corrections, (c) => {
    if (process.env.DOCS_TRACE) process.stderr.write(`${c.id}\n`);
  });
  await engine.close();
  const show = new Set(values.show!.split(','));
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const r of report.results) {
    if (!show.has(r.outcome)) continue;
    const c = byId.get(r.id)!;
    console.log(`--- ${r.outcome.toUpperCase()} ${r.id} (${r.feature})\n${c.query}\n  expected ${JSON.stringify(c.columns)} ${JSON.stringify(c.rows).slice(0, 400)}\n  ${r.detail ?? ''}`);
  }
  console.log('\nper feature:');
  for (const [f, t] of [...report.byFeature].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${f.padEnd(34)} ${tallyLine(t)}`);
  console.log(`\nall:            ${tallyLine(report.total)}`);
  console.log(`outside geo/graph: ${tallyLine(inScopeTally(report))}`);
  if (values.passing) {
    if (values.only) throw new Error('--passing needs the whole suite (no --only)');
    const ids = report.results.filter((r) => r.outcome === 'pass').map((r) => r.id).sort();
    writeFileSync(path.join(dir, 'passing.json'), `${JSON.stringify(ids, null, 1)}\n`);
    console.log(`wrote passing.json: ${ids.length} cases`);
  }
  if (values.md) {
    const lines = ['| feature | pass | refused | wrong | failed | unverifiable |', '|---|---|---|---|---|---|'];
    for (const [f, t] of [...report.byFeature].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`| ${f} | ${t.pass} | ${t.refused} | ${t.wrong} | ${t.failed} | ${t.unverifiable} |`);
    lines.push('', '| page | pass | refused | wrong | failed | unverifiable |', '|---|---|---|---|---|---|');
    for (const [p, t] of [...report.byPage].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`| ${p} | ${t.pass} | ${t.refused} | ${t.wrong} | ${t.failed} | ${t.unverifiable} |`);
    writeFileSync(values.md, `${lines.join('\n')}\n`);
  }
}

void main();
