/**
 * Microsoft's KQL reference as the conformance suite: every self-contained example of
 * MicrosoftDocs/dataexplorer-docs with its output table (docs-conformance/cases.json, built by
 * scripts/kql-docs-extract.ts; CC BY 4.0) runs through the embedded engine. Each case passes or is
 * refused with a coded error; a wrong answer or a crash fails the test. Prints the tally per feature.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../src/kql/engine/embedded-engine';
import type { DocsCaseFile, DocsCorrection } from '../../src/kql/conformance/docs-cases';
import { inScopeTally, runDocsSuite, tallyLine } from '../../src/kql/conformance/docs-run';
import { DOCS_ANCHOR, DOCS_SCHEMA } from '../../src/kql/conformance/docs-engine';

const DIR = join(__dirname, 'docs-conformance');
const file = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as DocsCaseFile;
const corrections = JSON.parse(readFileSync(join(DIR, 'corrections.json'), 'utf8')) as Record<string, DocsCorrection>;
const PASSING = JSON.parse(readFileSync(join(DIR, 'passing.json'), 'utf8')) as string[];

describe('KQL documentation conformance', () => {
  it('every correction has a reason and names a case', () => {
    const ids = new Set(file.cases.map((c) => c.id));
    for (const [id, fix] of Object.entries(corrections)) {
      expect(ids.has(id), id).toBe(true);
      expect(fix.reason.length, id).toBeGreaterThan(10);
    }
  });

  it('gives no wrong answer and never crashes', async () => {
    // This suite checks answers against Microsoft's pages, not speed (the product's 30 s limit per
    // question is tested in limits.test.ts). One documented example, join-time-window#3, joins
    // 5 million generated rows: ~10 s of CPU alone, and past 30 s three times in a row at load 9–15.
    const engine = await createEmbeddedEngine({ dbPath: ':memory:', schema: DOCS_SCHEMA, anchorTime: DOCS_ANCHOR, timeoutMs: 120_000 });
    const report = await runDocsSuite(engine, file.cases, corrections);
    await engine.close();
    console.log(`docs conformance (${file.source} @ ${file.commit.slice(0, 12)}):`);
    for (const [feature, t] of [...report.byFeature].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`  ${feature.padEnd(34)} ${tallyLine(t)}`);
    console.log(`  all:               ${tallyLine(report.total)}`);
    console.log(`  outside geo/graph: ${tallyLine(inScopeTally(report))}`);
    const bad = report.results.filter((r) => r.outcome === 'wrong' || r.outcome === 'failed').map((r) => `${r.outcome} ${r.id}: ${r.detail ?? ''}`);
    expect(bad).toEqual([]);
    // Per case: every case that passed when passing.json was written still passes (a regression
    // on any single example fails, whatever the total). Rewrite it with
    // `npx tsx scripts/kql-docs-report.ts --passing` when support grows.
    const byId = new Map(report.results.map((r) => [r.id, r]));
    const regressed = PASSING.filter((id) => byId.get(id)?.outcome !== 'pass').map((id) => `${id}: ${byId.get(id)?.outcome ?? 'missing'} ${byId.get(id)?.detail ?? ''}`);
    expect(regressed).toEqual([]);
    // Ratchet: the pass count only goes up (raise it when support grows).
    expect(report.total.pass).toBeGreaterThanOrEqual(MIN_PASS);
  }, 900_000);
});

/** Cases passing when last raised (2026-12-06, issue 19 fifth share: buildschema, multi-step scan, union renaming, series_fill_linear, assert, active_users_count, invoke with a wider table, base64_decode_toguid: 470 → 481; sixth share, parse_url: 482). */
const MIN_PASS = 482;
