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
  it('runs at least 95% of the queries over served tables, and fails only where it is known to', async () => {
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
    expect(s.ok / s.served).toBeGreaterThanOrEqual(0.95);
    // Per query: each failure is a known one with its code, so a regression on any single query
    // fails whatever the total.
    const failures = Object.fromEntries(report.results.filter((r) => r.status === 'failed').map((r) => [r.file, r.error?.code]));
    expect(failures).toEqual(KNOWN_FAILURES);
    expect(report.results.filter((r) => r.error?.code === 'BUG')).toEqual([]);
  }, 400_000);
});

/**
 * The served queries that do not run, each with why (src/kql/README.md, "Corpus"): columns or
 * types the published schemas do not have (Kusto.Language's KS errors, which a real workspace
 * reports too), functions whose pages do not define their result well enough to compute it
 * without guessing (EA102–EA104), and a query cut off in the corpus (EA004).
 */
const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  '017.kql': 'KS142', // set_IPAddress is never defined; TimeGenerated after summarize
  '062.kql': 'EA102', // series_decompose_anomalies: seasonality detection undefined
  '065.kql': 'KS107', // count(x): count() takes no argument
  '066.kql': 'KS142', // TimeGenerated after summarize
  '077.kql': 'KS142', // AADProvisioningLogs has ProvisioningAction, not Action
  '079.kql': 'KS142', // same
  '150.kql': 'EA102', // series_decompose_anomalies
  '209.kql': 'KS142', // AADSignInEventsBeta has no RiskLevelDuringSignIn
  '210.kql': 'KS142', // same
  '369.kql': 'EA102', // geo_info_from_ip_address: needs a geo-IP database
  '396.kql': 'EA102', // same
  '397.kql': 'KS142', // IdentityInfo (Log Analytics) has AccountUPN, not AccountUpn
  '447.kql': 'KS142', // Defender's IdentityInfo columns (Timestamp) on the Log Analytics table
  '448.kql': 'KS142', // same (IdentityEnvironment)
  '454.kql': 'KS107', // AADSignInEventsBeta has Timestamp, not TimeGenerated
  '459.kql': 'EA004', // the corpus file stops inside a let statement
  '469.kql': 'KS145', // AccountUpn is not on Log Analytics' IdentityInfo
};
