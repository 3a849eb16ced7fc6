/**
 * Builds the documentation conformance suite: every self-contained KQL example (built from
 * datatable / print / range / let) of Microsoft's KQL reference that the page follows with its
 * output table, into test/kql/docs-conformance/cases.json.
 *
 *   npx tsx scripts/kql-docs-extract.ts [--git-dir <bare repo of MicrosoftDocs/dataexplorer-docs>]
 *
 * The repository is read with `git show` (a bare clone is enough: the `fetch` tool's mirror).
 * Source: https://github.com/MicrosoftDocs/dataexplorer-docs, CC BY 4.0; the commit is recorded.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { examplesOf, familiesOf, looksSelfContained } from '../src/kql/conformance/docs-markdown';
import { analyzeKql } from '../src/kql/language/analyze';
import type { DocsCase, DocsCaseFile } from '../src/kql/conformance/docs-cases';

const { values } = parseArgs({
  options: {
    'git-dir': { type: 'string', default: '/work/.mirror/MicrosoftDocs+dataexplorer-docs/repo' },
    out: { type: 'string', default: path.join(__dirname, '..', 'test', 'kql', 'docs-conformance', 'cases.json') },
  },
});
const gitDir = values['git-dir']!;
const QUERY_DIR = 'data-explorer/kusto/query';
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const commit = git('rev-parse', 'HEAD').trim();
const pages = git('ls-tree', '-r', '--name-only', 'HEAD', QUERY_DIR)
  .split('\n')
  .filter((p) => p.endsWith('.md') && !p.includes('/media/'));
const families = new Map([
  ...familiesOf(git('show', `HEAD:${QUERY_DIR}/scalar-functions.md`)),
  ...[...familiesOf(git('show', `HEAD:${QUERY_DIR}/aggregation-functions.md`))].map(([k]) => [k, 'Aggregation functions'] as const),
]);

/** The feature a page documents, for the per-feature report. */
function featureOf(page: string): string {
  const file = page.split('/').pop()!;
  if (/^geo-/.test(file)) return 'Geospatial functions';
  if (/graph/.test(file)) return 'Graph';
  const family = families.get(file);
  if (family) return family;
  if (file.endsWith('-aggregation-function.md')) return 'Aggregation functions';
  if (file.endsWith('-plugin.md')) return 'Plugins';
  if (file.endsWith('-operator.md')) return 'Tabular operators';
  if (file.startsWith('series-')) return 'Series functions';
  if (file.endsWith('-function.md')) return 'Other functions';
  return 'Language and data types';
}

/** Kusto.Language names a table the query does not define: the example reads stored data. */
const READS_STORED_DATA = /does not refer to any known (table|column, table)|unknown (table|database)|known table/i;
const EMPTY_SCHEMA = { database: 'Docs', tables: {} };

const cases: DocsCase[] = [];
let skippedStored = 0;
for (const page of pages) {
  const text = git('show', `HEAD:${page}`);
  const rel = page.slice(QUERY_DIR.length + 1);
  let n = 0;
  for (const ex of examplesOf(text)) {
    if (!looksSelfContained(ex.query)) continue;
    const analyzed = analyzeKql(ex.query, EMPTY_SCHEMA);
    if (!analyzed.ok && analyzed.diagnostics.some((d) => READS_STORED_DATA.test(d.message))) {
      skippedStored++;
      continue;
    }
    n++;
    cases.push({
      id: `${rel.replace(/\.md$/, '')}#${n}`,
      page: rel,
      line: ex.line,
      feature: featureOf(rel),
      query: ex.query,
      columns: ex.columns,
      rows: ex.rows,
    });
  }
}

const file: DocsCaseFile = {
  source: 'https://github.com/MicrosoftDocs/dataexplorer-docs',
  license: 'CC BY 4.0 (documentation text and examples by Microsoft and contributors)',
  commit,
  extractedBy: 'scripts/kql-docs-extract.ts',
  cases,
};
mkdirSync(path.dirname(values.out!), { recursive: true });
writeFileSync(values.out!, `${JSON.stringify(file, null, 1)}\n`);
process.stderr.write(`${cases.length} cases from ${new Set(cases.map((c) => c.page)).size} pages (commit ${commit}); ${skippedStored} examples read stored tables and were left out\n`);
