/**
 * Writes `src/sources/graph/capabilities.json`: for every Graph API the product calls, what
 * Microsoft documents (query parameters, `$filter` operators per property, `$orderby`, advanced
 * queries, `$top` limits, permissions per mode), checked against Microsoft's metadata, with the
 * sources it came from.
 *
 *   npx tsx scripts/graph-capabilities/build.ts [--docs <docs-contrib checkout>] [--docs-commit <sha>]
 *     [--metadata <dir>] [--check]
 *
 * `--docs`: re-read permissions and `Supports $filter` notes from the pages and report every
 * difference from `documented.ts` (the build fails on one, so the written facts follow the docs).
 * `--check`: fail when the committed file differs from what would be written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ADVANCED_QUERY_RULES, DOCUMENTED } from './documented';
import type { DocumentedApi } from './documented';
import { metadataFiles, readBetaSchema, readV1Schema } from './metadata';
import type { Schema } from './metadata';
import { parseDirectoryFilterTable, parsePermissions, parsePropertyNotes, permissionsInclude } from './docs-parse';
import type { PagePermissions } from './docs-parse';

const ROOT = path.resolve(__dirname, '..', '..');
/** Pages copied from docs-contrib (with each page's commit in sources.json): read when no `--docs` is given. */
const EXCERPTS = path.join(__dirname, 'docs-excerpts');
const OUT = path.join(ROOT, 'src', 'sources', 'graph', 'capabilities.json');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Properties named in the facts that the metadata does not know: a typo or a docs/metadata drift. */
function unknownProperties(api: DocumentedApi, schema: Schema): string[] {
  const type = schema.get(api.entityType);
  if (!type) return [`entity type ${api.entityType}`];
  const known = (p: string): boolean => {
    const first = p.split('/')[0]!;
    return first === 'id' || type.properties.has(first) || type.navigation.has(first);
  };
  const named = [...Object.keys(api.filter ?? {}), ...(api.orderBy?.basic ?? []), ...(api.orderBy?.advanced ?? [])];
  // Relationship results are directoryObjects of several types: their properties are not checked here.
  return api.entityType === 'directoryObject' ? [] : [...new Set(named.filter((p) => !known(p)))];
}

/** Properties beta has on the type and v1.0 does not: a v1.0 response never carries them. */
function betaOnly(api: DocumentedApi, v1: Schema, beta: Schema): string[] {
  if (api.version !== 'v1.0') return [];
  const b = beta.get(api.entityType);
  const v = v1.get(api.entityType);
  if (!b || !v) return [];
  return [...b.properties].filter((p) => !v.properties.has(p)).sort();
}

/** The permissions table of the API's page (inline, or its `includes/permissions/…` file). */
function pagePermissions(api: DocumentedApi, docsDir: string): PagePermissions | undefined {
  const page = path.join(docsDir, 'api-reference', api.version, 'api', `${api.doc}.md`);
  if (!existsSync(page)) return undefined;
  let md = readFileSync(page, 'utf8');
  const inc = permissionsInclude(md);
  if (inc) {
    const f = path.resolve(path.dirname(page), inc);
    if (existsSync(f)) md = readFileSync(f, 'utf8');
  }
  return parsePermissions(md);
}

/** `docs-contrib@<commit> <page>` for a page of the excerpts (their sources.json names each page's commit). */
function excerptSource(api: DocumentedApi): string {
  const page = `api-reference/${api.version}/api/${api.doc}.md`;
  const commits = JSON.parse(readFileSync(path.join(EXCERPTS, 'sources.json'), 'utf8')) as Record<string, string>;
  return `docs-contrib@${(commits[page] ?? 'unknown').slice(0, 12)} ${page} (permissions table, read by build.ts)`;
}

function docsDiffs(api: DocumentedApi, docsDir: string): string[] {
  const out: string[] = [];
  const page = path.join(docsDir, 'api-reference', api.version, 'api', `${api.doc}.md`);
  if (!existsSync(page)) return [`${api.id}: no page ${path.relative(docsDir, page)}`];
  const perms = api.permissions ? pagePermissions(api, docsDir) : undefined;
  const first = (l: readonly string[] | null | undefined): string => (l === null ? 'Not supported' : (l?.[0] ?? '?'));
  if (perms) {
    const facts = api.permissions!;
    if (first(perms.delegated) !== first(facts.delegated)) out.push(`${api.id}: delegated least privileged is ${first(perms.delegated)}, facts say ${first(facts.delegated)}`);
    if (first(perms.application) !== first(facts.application)) out.push(`${api.id}: application least privileged is ${first(perms.application)}, facts say ${first(facts.application)}`);
  }
  if (api.resourceDoc && api.filter && api.entityType !== 'directoryObject') {
    const res = path.join(docsDir, 'api-reference', api.version, 'resources', `${api.resourceDoc}.md`);
    if (existsSync(res)) {
      for (const [prop, notes] of parsePropertyNotes(readFileSync(res, 'utf8'))) {
        if (!notes.filter) continue;
        const ours = api.filter[prop];
        if (ours === undefined) out.push(`${api.id}: ${prop} documents $filter (${notes.filter.join(', ')}), facts list none`);
        else for (const op of notes.filter) if (!ours.split(/[\s|]+/).includes(op)) out.push(`${api.id}: ${prop} documents ${op}, facts lack it`);
      }
    }
  }
  if (api.id === 'user-list' && api.filter) {
    const table = path.join(docsDir, 'includes', 'filter-directory-objects.md');
    if (existsSync(table)) {
      for (const [prop, docSpec] of parseDirectoryFilterTable(readFileSync(table, 'utf8'))) {
        const ours = api.filter[prop] ?? api.filter[`${prop}/lastSignInDateTime`];
        if (ours === undefined) continue; // properties the product never filters on are left out of the facts
        const split = (t: string): string[][] => t.split('|').map((h) => h.trim().split(/\s+/).filter(Boolean).filter((o) => o !== 'any' && o !== 'endsWith'));
        const [db = [], da = []] = split(docSpec);
        const [ob = [], oa = []] = split(ours);
        for (const op of db) if (!ob.includes(op)) out.push(`${api.id}: ${prop} ${op} is Default in the advanced-query table, facts say ${oa.includes(op) ? 'advanced' : 'unsupported'}`);
        for (const op of da) if (!oa.includes(op) && !ob.includes(op)) out.push(`${api.id}: ${prop} ${op} is Advanced in the advanced-query table, facts lack it`);
      }
    }
  }
  return out;
}

function main(): void {
  const metaDir = arg('--metadata') ?? path.resolve(ROOT, '..', 'shared', 'reference', 'graph-metadata');
  const files = metadataFiles(metaDir);
  const v1 = readV1Schema(files.v1);
  const beta = readBetaSchema(files.betaEntities, files.betaComplex);
  const docsDir = arg('--docs');
  const problems: string[] = [];
  const apis = DOCUMENTED.map((documented) => {
    const { permissionsFromPage, ...api } = documented;
    const schema = api.version === 'v1.0' ? v1 : beta;
    for (const p of unknownProperties(documented, schema)) problems.push(`${api.id}: ${p} is not in the ${api.version} metadata`);
    if (docsDir) problems.push(...docsDiffs(documented, docsDir));
    // Facts not written by hand: the permissions table is read from the page itself.
    const read = permissionsFromPage ? pagePermissions(documented, docsDir ?? EXCERPTS) : undefined;
    if (permissionsFromPage && !read) problems.push(`${api.id}: permissionsFromPage, but no permissions table in ${api.doc}.md`);
    if (!permissionsFromPage && !api.permissions) problems.push(`${api.id}: no permissions written and none to read from the page`);
    const permissions = read ? { delegated: read.delegated, application: read.application } : api.permissions!;
    return {
      ...api,
      permissions,
      ...(read && !docsDir ? { sources: [...(api.sources ?? []), excerptSource(documented)] } : {}),
      docUrl: `https://learn.microsoft.com/graph/api/${api.doc}?view=graph-rest-${api.version === 'beta' ? 'beta' : '1.0'}`,
      betaOnlyProperties: betaOnly(api, v1, beta),
    };
  });
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const table = {
    $comment: 'Generated by scripts/graph-capabilities/build.ts from Microsoft Graph documentation (CC BY 4.0) and metadata (MIT). Do not edit by hand.',
    sources: {
      docs: {
        repository: 'microsoftgraph/microsoft-graph-docs-contrib',
        license: 'CC BY 4.0',
        commit: arg('--docs-commit') ?? null,
        readFrom: docsDir
          ? 'a checkout of the repository (--docs)'
          : 'learn.microsoft.com pages built from the repository (main), read 2026-12-06; no checkout was available (the repository is larger than the snapshot limit), so no single commit',
        advancedQueries: ADVANCED_QUERY_RULES.doc,
      },
      metadata: {
        repository: 'microsoftgraph/msgraph-metadata',
        license: 'MIT',
        files: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, { file: path.basename(f), sha256: sha256(f) }])),
      },
    },
    advancedQueryRules: ADVANCED_QUERY_RULES,
    apis,
  };
  const text = `${JSON.stringify(table, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const now = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
    if (now !== text) {
      console.error(`${path.relative(ROOT, OUT)} is out of date: run npx tsx scripts/graph-capabilities/build.ts`);
      process.exit(1);
    }
    console.log('capabilities.json is up to date');
    return;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${apis.length} APIs`);
}

main();
