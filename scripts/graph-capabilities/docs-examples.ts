/**
 * Writes `test/graph-client/docs-examples/examples.json`: for every API of the capability table,
 * the example responses its Microsoft Graph API reference page documents, with the page and the
 * commit of the page version read. Contract fixtures for the answer code (issue 17): the tests feed
 * them, as documented and in empty / null / missing-property / paged variants, to every answer
 * that reads the API.
 *
 *   npx tsx scripts/graph-capabilities/docs-examples.ts [--docs <dir>] [--check]
 *
 * `--docs`: a checkout of microsoftgraph/microsoft-graph-docs-contrib, or a copy of some of its
 * pages in the same layout (default: `docs-excerpts/` beside this script) with a `sources.json`
 * giving each page's commit; a checkout without it takes `--docs-commit <sha>` for every page.
 * A body that is not valid JSON must have an entry in `test/graph-client/docs-examples/corrections.json`
 * (reviewed by hand) whose corrected text differs from the page only by removed trailing commas;
 * anything else fails the build.
 * `--check`: fail when the committed file differs from what would be written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CAPABILITIES } from '../../src/sources/graph/capabilities';
import { onlySyntaxRemoved, pageExamples } from './docs-examples-parse';
import { DOCS_EXAMPLES_PENDING } from './docs-examples-pending';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'graph-client', 'docs-examples');
const OUT = path.join(FIXTURES, 'examples.json');

/** One reviewed correction: the page's example `index` did not parse. */
export interface Correction {
  readonly page: string;
  readonly index: number;
  /** sha256 of the example as the page prints it: a changed page makes the correction stale. */
  readonly originalSha256: string;
  readonly reason: string;
  readonly corrected: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

function main(): void {
  const docsDir = path.resolve(arg('--docs') ?? path.join(__dirname, 'docs-excerpts'));
  const sourcesFile = path.join(docsDir, 'sources.json');
  const commits = existsSync(sourcesFile) ? (JSON.parse(readFileSync(sourcesFile, 'utf8')) as Record<string, string>) : {};
  const corrections = JSON.parse(readFileSync(path.join(FIXTURES, 'corrections.json'), 'utf8')) as { corrections: Correction[] };
  const problems: string[] = [];
  const used = new Set<Correction>();
  const pending = CAPABILITIES.filter((api) => DOCS_EXAMPLES_PENDING.includes(api.id));
  if (pending.length > 0) console.log(`no example yet (page not copied; docs-examples-pending.ts): ${pending.map((a) => a.id).join(', ')}`);
  const apis = CAPABILITIES.filter((api) => !DOCS_EXAMPLES_PENDING.includes(api.id)).map((api) => {
    const page = `api-reference/${api.version}/api/${api.doc}.md`;
    const file = path.join(docsDir, page);
    if (!existsSync(file)) { problems.push(`${api.id}: no page ${page} under ${docsDir}`); return undefined; }
    const commit = commits[page] ?? arg('--docs-commit') ?? null;
    if (!commit) problems.push(`${api.id}: no commit known for ${page}`);
    const examples = pageExamples(readFileSync(file, 'utf8')).map((ex) => {
      if (ex.parsed.ok) return { index: ex.index, status: ex.status, body: ex.parsed.json };
      const fix = corrections.corrections.find((c) => c.page === page && c.index === ex.index);
      if (!fix) { problems.push(`${page} example ${ex.index}: not valid JSON (${ex.parsed.error}) and no reviewed correction`); return undefined; }
      used.add(fix);
      if (fix.originalSha256 !== sha256(ex.text)) problems.push(`${page} example ${ex.index}: the page changed since the correction was reviewed`);
      if (!onlySyntaxRemoved(ex.text, fix.corrected)) problems.push(`${page} example ${ex.index}: the correction changes more than trailing commas`);
      let body: unknown;
      try { body = JSON.parse(fix.corrected); } catch (e) { problems.push(`${page} example ${ex.index}: the correction does not parse (${String(e)})`); }
      return { index: ex.index, status: ex.status, body, corrected: fix.reason };
    }).filter((e) => e !== undefined);
    if (examples.length === 0) problems.push(`${api.id}: ${page} has no JSON example response`);
    return {
      api: api.id, method: api.method, path: api.path, version: api.version,
      page: `https://github.com/microsoftgraph/microsoft-graph-docs-contrib/blob/${commit ?? 'main'}/${page}`,
      commit, examples,
    };
  }).filter((a) => a !== undefined);
  for (const c of corrections.corrections) if (!used.has(c)) problems.push(`corrections.json: ${c.page} example ${c.index} is not needed (the example parses, or is gone)`);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const out = {
    $comment: 'Generated by scripts/graph-capabilities/docs-examples.ts. Example responses from the Microsoft Graph API reference (microsoftgraph/microsoft-graph-docs-contrib, CC BY 4.0, © Microsoft), one page version per API as named. Do not edit by hand: a body that is not valid JSON is corrected only through corrections.json.',
    license: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); source: https://github.com/microsoftgraph/microsoft-graph-docs-contrib',
    apis,
  };
  const text = `${JSON.stringify(out, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const now = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
    if (now !== text) {
      console.error(`${path.relative(ROOT, OUT)} is out of date: run npx tsx scripts/graph-capabilities/docs-examples.ts`);
      process.exit(1);
    }
    console.log('examples.json is up to date');
    return;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${apis.length} APIs, ${apis.reduce((n, a) => n + a.examples.length, 0)} examples`);
}

if (require.main === module) main();
