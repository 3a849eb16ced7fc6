/**
 * Runs the documentation conformance suite (test/kql/docs-conformance/cases.json) and prints
 * pass / refused / wrong / failed per feature, then every wrong and failed case; with `--ids`,
 * every case id with its outcome; with `--md <file>`, writes REPORT.md: totals and per-feature tallies
 * against the baselines of docs-conformance/baseline.json, and the per-page table; with
 * `--passing`, writes test/kql/docs-conformance/passing.json, the ids of the cases that pass
 * (test/kql/docs-conformance.test.ts then fails when any of them stops passing).
 *
 *   npx tsx scripts/kql-docs-report.ts [--only <id substring>] [--show refused,wrong] [--md file] [--passing]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEmbeddedEngine } from '../src/kql/engine/embedded-engine';
import type { DocsCaseFile, DocsCorrection } from '../src/kql/conformance/docs-cases';
import { inScopeTally, OUT_OF_SCOPE_FEATURES, runDocsSuite, tallyLine } from '../src/kql/conformance/docs-run';
import type { DocsReport } from '../src/kql/conformance/docs-run';
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
  console.log(`peak resident memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  if (values.md) writeFileSync(values.md, reportMarkdown(report, file));
  if (values.passing) {
    if (values.only) throw new Error('--passing needs the whole suite (no --only)');
    const ids = report.results.filter((r) => r.outcome === 'pass').map((r) => r.id).sort();
    writeFileSync(path.join(dir, 'passing.json'), `${JSON.stringify(ids, null, 1)}\n`);
    console.log(`wrote passing.json: ${ids.length} cases`);
  }
}

type Tally = DocsReport['total'];
interface Baseline {
  readonly issueStart: Readonly<Record<string, Tally>>;
  readonly sessionStart: Readonly<Record<string, Tally>>;
}

const cells = (t: Tally | undefined): string => (t ? `${t.pass} / ${t.refused} / ${t.wrong} / ${t.failed} / ${t.unverifiable}` : '—');

function sum(byFeature: Readonly<Record<string, Tally>>, inScope: boolean): Tally {
  const t: Tally = { pass: 0, refused: 0, wrong: 0, failed: 0, unverifiable: 0 };
  for (const [f, x] of Object.entries(byFeature)) {
    if (inScope && OUT_OF_SCOPE_FEATURES.has(f)) continue;
    for (const k of Object.keys(t) as (keyof Tally)[]) t[k] += x[k];
  }
  return t;
}

/** REPORT.md: what the cases are, totals against the two baselines, per feature, per page. */
function reportMarkdown(report: DocsReport, cases: DocsCaseFile): string {
  const base = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as Baseline;
  const now = Object.fromEntries(report.byFeature);
  const lines = [
    '# Documentation conformance: Microsoft\'s KQL reference through the embedded engine',
    '',
    `Cases: \`cases.json\` — ${cases.cases.length} self-contained examples (datatable / print / range / let) with their output tables, from [${cases.source}](${cases.source}) at commit \`${cases.commit}\` (CC BY 4.0), extracted by \`scripts/kql-docs-extract.ts\`. Reviewed page typos: \`corrections.json\`. Written by \`npx tsx scripts/kql-docs-report.ts --md test/kql/docs-conformance/REPORT.md\`; the baselines are \`baseline.json\`.`,
    '',
    'Columns: pass / refused / wrong / failed / unverifiable. **Issue start** = the engine when issue 19 began (judged without corrections); **session start** = 2026-12-06, commit 06f13aa; **now** = this run.',
    '',
    '| scope | issue start | session start | now |',
    '|---|---|---|---|',
    `| outside geo and graph | ${cells(sum(base.issueStart, true))} (${tallyLine(sum(base.issueStart, true)).replace(/.*\(pass /, '').replace(' of checkable)', '')}) | ${cells(sum(base.sessionStart, true))} (${tallyLine(sum(base.sessionStart, true)).replace(/.*\(pass /, '').replace(' of checkable)', '')}) | ${cells(inScopeTally(report))} (${tallyLine(inScopeTally(report)).replace(/.*\(pass /, '').replace(' of checkable)', '')}) |`,
    `| all cases | ${cells(sum(base.issueStart, false))} | ${cells(sum(base.sessionStart, false))} | ${cells(report.total)} |`,
    '',
    '## Per feature',
    '',
    '| feature | issue start | session start | now |',
    '|---|---|---|---|',
  ];
  const features = [...new Set([...Object.keys(base.issueStart), ...Object.keys(now)])].sort((a, b) => a.localeCompare(b));
  for (const f of features) lines.push(`| ${f} | ${cells(base.issueStart[f])} | ${cells(base.sessionStart[f])} | ${cells(now[f])} |`);
  lines.push('', '## Per page (now)', '', '| page | pass | refused | wrong | failed | unverifiable |', '|---|---|---|---|---|---|');
  for (const [p, t] of [...report.byPage].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`| ${p} | ${t.pass} | ${t.refused} | ${t.wrong} | ${t.failed} | ${t.unverifiable} |`);
  return `${lines.join('\n')}\n`;
}

void main();
