/**
 * Microsoft's KQL documentation examples (test/kql/docs-conformance/cases.json) as one test per
 * case, for mutation testing of the KQL compiler: Stryker then runs, for each mutant, only the
 * cases whose query reaches the mutated code. A case must not answer wrongly or crash, and a case
 * listed in passing.json (written by `npx tsx scripts/kql-docs-report.ts --passing`) must pass.
 * Not part of `npm test` (the whole suite runs there as test/kql/docs-conformance.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine, type EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import type { DocsCase, DocsCaseFile, DocsCorrection } from '../../src/kql/conformance/docs-cases';
import { runDocsCase } from '../../src/kql/conformance/docs-run';
import { DOCS_ANCHOR, DOCS_SCHEMA } from '../../src/kql/conformance/docs-engine';

const DIR = join(__dirname, '..', 'kql', 'docs-conformance');

/** One `it` per documentation case of the given features. */
export function docsCasesAsTests(features: readonly string[]): void {
  casesAsTests(features.join(', '), (c) => features.includes(c.feature));
}

/**
 * One `it` per documentation case of the given pages (`join-inner.md`, …), but the cases named in
 * `skip` (with the reason in the caller), for a module reached by a few pages only.
 */
export function docsPagesAsTests(pages: readonly string[], skip: readonly string[] = []): void {
  casesAsTests(pages.join(', '), (c) => pages.includes(c.page) && !skip.includes(c.id));
}

function casesAsTests(title: string, keep: (c: DocsCase) => boolean): void {
  const file = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as DocsCaseFile;
  const corrections = JSON.parse(readFileSync(join(DIR, 'corrections.json'), 'utf8')) as Record<string, DocsCorrection>;
  const passing = new Set(JSON.parse(readFileSync(join(DIR, 'passing.json'), 'utf8')) as string[]);
  const cases = file.cases.filter(keep);
  let engine: EmbeddedKqlEngine;
  describe(`documentation examples: ${title}`, () => {
    beforeAll(async () => {
      engine = await createEmbeddedEngine({ dbPath: ':memory:', schema: DOCS_SCHEMA, anchorTime: DOCS_ANCHOR, timeoutMs: 30_000 });
    }, 120_000);
    afterAll(async () => { await engine?.close(); });
    it('has cases', () => { expect(cases.length).toBeGreaterThan(0); });
    it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
      const r = await runDocsCase(engine, c, corrections[c.id]);
      expect(['wrong', 'failed']).not.toContain(r.outcome);
      if (passing.has(c.id)) expect(r.outcome, r.detail).toBe('pass');
    });
  });
}
