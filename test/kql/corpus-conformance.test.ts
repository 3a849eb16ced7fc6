/**
 * Every served query of the reference corpus binds, compiles and runs — here over the small
 * fixture tenant; at full size with scripts/kql-corpus.ts. Failure classes are printed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../src/kql/engine/embedded-engine';
import { runCorpus } from '../../src/kql/conformance/run-corpus';
import { loadDemoTenantTables } from '../../src/demo/kql-store/load-demo';
import { TINY_ANCHOR, tinyTenant } from './fixtures/tiny-tenant';

// The corpus is reference material beside the repository (shared/reference), not part of it:
// KQL_CORPUS_DIR points elsewhere; a clone without it cannot run this test and says so.
const CORPUS = process.env.KQL_CORPUS_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'reference', 'kql-corpus');
const HAVE_CORPUS = existsSync(join(CORPUS, 'INDEX.tsv'));
if (!HAVE_CORPUS) console.warn(`KQL corpus not found at ${CORPUS}: set KQL_CORPUS_DIR to run the conformance test`);

describe.skipIf(!HAVE_CORPUS)('KQL corpus conformance', () => {
  it('runs at least 90% of the queries over served tables', async () => {
    const engine = await createEmbeddedEngine({ dbPath: ':memory:', anchorTime: TINY_ANCHOR, timeoutMs: 10_000 });
    const t = tinyTenant({ users: 12, days: 3 });
    await loadDemoTenantTables(engine, t.model, t.signIns);
    engine.setAnchorTime(TINY_ANCHOR);
    const report = await runCorpus(engine, CORPUS);
    await engine.close();
    const s = report.summary;
    console.log(`corpus: ${s.ok}/${s.served} served queries run (${s.countedOut} over unserved tables counted out)`);
    for (const c of report.classes) console.log(`  ${c.count}  ${c.key}  (${c.examples.join(', ')})`);
    expect(s.total).toBe(509);
    expect(s.ok / s.served).toBeGreaterThanOrEqual(0.9);
    expect(report.results.filter((r) => r.error?.code === 'BUG')).toEqual([]);
  }, 400_000);
});
