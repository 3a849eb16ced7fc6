/**
 * A Graph stand-in that answers every request with Microsoft's documented example response for
 * its API (test/graph-client/docs-examples/examples.json, from the API reference pages), in one of
 * several variants: as documented, empty, every property null, every optional property missing,
 * or split over two pages with `@odata.nextLink`. Requests outside the capability table get
 * Graph's 400. `$batch` and `/$count` are answered too.
 */
import examplesFile from '../graph-client/docs-examples/examples.json';
import { matchApi } from '../../src/sources/graph/capability-table';
import type { GraphVersion } from '../../src/sources/graph/capability-table';
import { graphError, startStub } from '../graph-client/stub-server';
import type { Stub, StubReply } from '../graph-client/stub-server';

export type ExampleVariant = 'docs' | 'empty' | 'nulls' | 'missing' | 'paged';

type Json = Record<string, unknown>;
interface ApiExamples { readonly api: string; readonly examples: readonly { readonly index: number; readonly status: number; readonly body: unknown }[] }

export const DOCS_EXAMPLES = (examplesFile as unknown as { apis: ApiExamples[] }).apis;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const KEEP = new Set(['id', '@odata.type']);

/** The example body for an API: the first documented one (a page's first example is its plain list or get). */
export function documentedBody(apiId: string): unknown {
  const ex = DOCS_EXAMPLES.find((a) => a.api === apiId)?.examples[0];
  if (!ex) throw new Error(`no documented example for ${apiId}`);
  return structuredClone(ex.body);
}

function mapRows(body: unknown, f: (row: Json) => Json): unknown {
  if (!isRecord(body)) return body;
  if (Array.isArray(body['value'])) return { ...body, value: (body['value'] as unknown[]).map((r) => (isRecord(r) ? f(r) : r)) };
  return f(body);
}

const withoutNextLink = (body: Json): Json => Object.fromEntries(Object.entries(body).filter(([k]) => k !== '@odata.nextLink'));

/** The body for a variant; `page` is 1 or 2 for `paged`. */
export function variantBody(body: unknown, variant: ExampleVariant, nextLink: string, page: 1 | 2): unknown {
  switch (variant) {
    case 'docs': {
      if (page === 1 || !isRecord(body)) return body;
      const rest = withoutNextLink(body);
      return mapRows(rest, (r) => ({ ...r, ...(typeof r['id'] === 'string' ? { id: `${r['id']}-page2` } : {}) }));
    }
    case 'empty': {
      if (!isRecord(body) || !Array.isArray(body['value'])) return body;
      const rest = withoutNextLink(body);
      return { ...rest, value: [] };
    }
    case 'nulls': return mapRows(body, (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, KEEP.has(k) ? v : null])));
    case 'missing': return mapRows(body, (r) => Object.fromEntries(Object.entries(r).filter(([k]) => KEEP.has(k))));
    case 'paged': {
      if (!isRecord(body) || !Array.isArray(body['value'])) return body;
      const rest = withoutNextLink(body);
      if (page === 1) return { ...rest, '@odata.nextLink': nextLink };
      return mapRows(rest, (r) => ({ ...r, ...(typeof r['id'] === 'string' ? { id: `${r['id']}-page2` } : {}) }));
    }
  }
}

export interface DocsStub {
  readonly stub: Stub;
  /** The base URL to give createGraphSource (no version). */
  readonly baseUrl: string;
  variant: ExampleVariant;
  /** Requests the table does not know (the product asked something undocumented). */
  readonly unknown: string[];
  /** API ids answered. */
  readonly served: Set<string>;
}

const PAGE2 = 'docs-example-page-2';

export async function startDocsStub(): Promise<DocsStub> {
  const state = { variant: 'docs' as ExampleVariant, unknown: [] as string[], served: new Set<string>() };
  let base = '';
  const answer = (method: string, url: string): { status: number; body?: unknown; text?: string } => {
    const u = new URL(url, 'http://stub');
    const m = /^\/(v1\.0|beta)(\/.*)$/.exec(u.pathname);
    if (!m) return { status: 404, body: graphError('ResourceNotFound', `no version in ${url}`) };
    const version = m[1] as GraphVersion;
    const match = matchApi(method, decodeURIComponent(m[2]!), version);
    if (!match) {
      state.unknown.push(`${method} ${url}`);
      return { status: 400, body: graphError('BadRequest', `not in the capability table: ${url}`) };
    }
    state.served.add(match.api.id);
    const body = documentedBody(match.api.id);
    if (match.countSegment) {
      const rows = isRecord(body) && Array.isArray(body['value']) ? body['value'].length : 1;
      return { status: 200, text: String(state.variant === 'empty' ? 0 : rows) };
    }
    // The documented @odata.nextLink (or ours) is followed once: its page is the last.
    const page = u.searchParams.has('$skiptoken') ? 2 : 1;
    const next = new URL(`${base}/${version}${m[2]}`);
    next.searchParams.set('$skiptoken', PAGE2);
    // A documented @odata.nextLink points at graph.microsoft.com: served here, as the product's host.
    const varied = variantBody(body, state.variant, next.toString(), page);
    // A second page is the last, whatever the variant.
    const out = page === 2 && isRecord(varied) ? withoutNextLink(varied) : varied;
    const link = isRecord(out) ? out['@odata.nextLink'] : undefined;
    return { status: 200, body: typeof link === 'string' ? { ...(out as Json), '@odata.nextLink': link.replace('https://graph.microsoft.com/', `${base}/`) } : out };
  };
  const stub = await startStub((req): StubReply => {
    if (req.method === 'POST' && /\/\$batch$/.test(req.url)) {
      const version = req.url.includes('/beta/') ? 'beta' : 'v1.0';
      const batch = JSON.parse(req.body) as { requests: { id: string; method: string; url: string }[] };
      return {
        body: {
          responses: batch.requests.map((r) => {
            const a = answer(r.method, `/${version}${r.url.startsWith('/') ? '' : '/'}${r.url}`);
            return { id: r.id, status: a.status, headers: { 'content-type': a.text !== undefined ? 'text/plain' : 'application/json' }, body: a.text !== undefined ? Number(a.text) : a.body };
          }),
        },
      };
    }
    const a = answer(req.method, req.url);
    return a.text !== undefined ? { status: a.status, text: a.text } : { status: a.status, body: a.body };
  });
  base = stub.root.replace(/\/v1\.0$/, '');
  return {
    stub, baseUrl: base, unknown: state.unknown, served: state.served,
    get variant() { return state.variant; },
    set variant(v: ExampleVariant) { state.variant = v; },
  };
}
