import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlySyntaxRemoved, pageExamples } from '../../scripts/graph-capabilities/docs-examples-parse';
import { createGraphSource } from '../../src/sources/graph';
import { CAPABILITIES } from '../../src/sources/graph/capability-table';
import examplesFile from './docs-examples/examples.json';
import { startStub } from './stub-server';
import type { Stub } from './stub-server';
import { DOCS_EXAMPLES_PENDING } from '../../scripts/graph-capabilities/docs-examples-pending';

/**
 * Issue 17: the example responses of Microsoft's Graph API reference pages (examples.json, built
 * by scripts/graph-capabilities/docs-examples.ts) read through the real Graph client: every row
 * the page documents comes out, a single entity whichever way the page wraps it, and a documented
 * `@odata.nextLink` is followed.
 */
type Json = Record<string, unknown>;
interface Example { readonly index: number; readonly status: number; readonly body: Json; readonly corrected?: string }
interface ApiExamples { readonly api: string; readonly path: string; readonly version: 'v1.0' | 'beta'; readonly page: string; readonly commit: string | null; readonly examples: readonly Example[] }
const APIS = (examplesFile as unknown as { apis: ApiExamples[] }).apis;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const ROOT = path.resolve(__dirname, '..', '..');

/** The rows the page documents: a collection's `value`; else the entity (inside `value` when the page wraps it so). */
function documentedRows(body: Json): Json[] {
  if (Array.isArray(body['value'])) return body['value'] as Json[];
  const entity = isRecord(body['value']) && body['id'] === undefined ? body['value'] : body;
  return [Object.fromEntries(Object.entries(entity).filter(([k]) => k !== '@odata.context'))];
}

let reply: { body: Json; page2?: Json } = { body: {} };
let stub: Stub;
beforeAll(async () => {
  stub = await startStub((req) => {
    const base = stub.root.replace(/\/v1\.0$/, '');
    const secondPage = req.url.includes('$skiptoken=');
    const body = secondPage ? (reply.page2 ?? { value: [] }) : reply.body;
    // A documented next link points at graph.microsoft.com: the stub plays that host (nothing else is rewritten).
    const next = body['@odata.nextLink'];
    return { body: typeof next === 'string' ? { ...body, '@odata.nextLink': next.replace('https://graph.microsoft.com/', `${base}/`) } : body };
  });
});
afterAll(async () => stub?.close());

describe('Graph API reference example responses (docs-examples/examples.json)', () => {
  it('is what the extraction script writes from the pages (npx tsx scripts/graph-capabilities/docs-examples.ts)', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/graph-capabilities/docs-examples.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  it('has an example for every API of the capability table, each with its page and commit', () => {
    // Every API but those whose pages are not copied yet (named in docs-examples-pending.ts).
    expect(APIS.map((a) => a.api).sort()).toEqual(CAPABILITIES.map((a) => a.id).filter((id) => !DOCS_EXAMPLES_PENDING.includes(id)).sort());
    expect(DOCS_EXAMPLES_PENDING.every((id) => CAPABILITIES.some((a) => a.id === id))).toBe(true);
    for (const a of APIS) {
      expect(a.examples.length, a.api).toBeGreaterThan(0);
      expect(a.commit, a.api).toMatch(/^[0-9a-f]{40}$/);
      expect(a.page, a.api).toContain(`/blob/${a.commit}/api-reference/${a.version}/api/`);
    }
  });

  it('corrections only remove trailing commas: a changed value is refused', () => {
    const page = '<!-- { "blockType": "response" } -->\n```http\nHTTP/1.1 200 OK\nContent-type: application/json\n\n{ "value": [ { "id": "a", "n": 1, } ] }\n```\n';
    const [ex] = pageExamples(page);
    expect(ex?.parsed.ok).toBe(false);
    expect(onlySyntaxRemoved(ex!.text, '{ "value": [ { "id": "a", "n": 1 } ] }')).toBe(true);
    expect(onlySyntaxRemoved(ex!.text, '{ "value": [ { "id": "a", "n": 2 } ] }')).toBe(false);
    expect(onlySyntaxRemoved(ex!.text, '{ "value": [ { "id": "a" } ] }')).toBe(false);
  });

  for (const api of APIS) {
    for (const ex of api.examples) {
      it(`${api.api} example ${ex.index}: the client returns the documented rows${ex.corrected ? ' (corrected: trailing commas)' : ''}`, async () => {
        const next = ex.body['@odata.nextLink'];
        reply = { body: ex.body, ...(typeof next === 'string' ? { page2: { value: [{ id: 'second-page-row' }] } } : {}) };
        const before = stub.requests.length;
        const graph = createGraphSource({ mode: 'demo', baseUrl: stub.root.replace(/\/v1\.0$/, '') }, { timeoutMs: 10_000 });
        const result = await graph.execute({
          source: 'graph', id: 'q', method: 'GET', version: api.version, maxRows: 1000,
          path: api.path.replaceAll('{id}', '00000000-0000-0000-0000-000000000001'),
        });
        const rows = documentedRows(ex.body);
        if (typeof next === 'string') {
          // The documented next link is followed, as written, to the last page.
          expect(result.rows).toEqual([...rows, { id: 'second-page-row' }]);
          const second = stub.requests[before + 1]!.url;
          expect(decodeURIComponent(second)).toBe(decodeURIComponent(next.replace('https://graph.microsoft.com', '')));
        } else {
          expect(result.rows).toEqual(rows);
        }
        expect(result.status).toBe(ex.status);
      });
    }
  }
});
