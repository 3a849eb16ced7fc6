import { graphPath, type QueryOptions } from '../../planning/graph-path';
import type { PlanContext } from '../../planning/entities';
import type { QueryPlan } from '../../planning/query-plan';

/** Rows a raw Graph GET may bring back (paging stops there). */
export const RAW_GRAPH_ROW_LIMIT = 500;

export type RawPath = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly problem: string };

/** `.` or `..`, also percent-encoded (`%2e%2E`): URL parsers resolve these and would climb out of /v1.0. */
function isDotSegment(segment: string): boolean {
  return /^(\.|%2e)+$/i.test(segment) || segment.includes('..');
}

const SEGMENTS = /^\/[A-Za-z0-9._~@'():,=%!$*+-]+(\/[A-Za-z0-9._~@'():,=%!$*+-]+)*\/?$/;

/**
 * Normalises what a person typed after `GET` into a Graph v1.0 path with a well-encoded query.
 * Read-only by construction: only GET is ever sent; `$batch` (which could carry writes) and
 * other API versions or hosts are refused.
 */
export function normaliseRawPath(typed: string): RawPath {
  const method = /^(POST|PUT|PATCH|DELETE|HEAD|OPTIONS|MERGE|CONNECT|TRACE)\s/i.exec(typed.trim());
  if (method) return { ok: false, problem: `${method[1]!.toUpperCase()} requests are not allowed: raw Graph requests are read-only GETs.` };
  let text = typed.trim().replace(/^GET\s+/i, '');
  const host = /^https:\/\/graph\.microsoft\.com(?=[/?]|$)/i.exec(text);
  if ((/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//') || text.startsWith('\\')) && !host) {
    return { ok: false, problem: 'Only Microsoft Graph (https://graph.microsoft.com) can be queried.' };
  }
  if (host) text = text.slice(host[0].length);
  if (!text.startsWith('/')) text = `/${text}`;
  if (/^\/beta(\/|$)/i.test(text)) return { ok: false, problem: 'Only the Graph v1.0 API is supported, not beta.' };
  text = text.replace(/^\/v1\.0(?=\/)/i, '');
  const q = text.indexOf('?');
  const pathPart = q < 0 ? text : text.slice(0, q);
  if (!SEGMENTS.test(pathPart) || pathPart.split('/').some(isDotSegment)) return { ok: false, problem: `"${pathPart.slice(0, 100)}" is not a Graph resource path.` };
  if (/(^|\/)\$batch(\/|$)/i.test(pathPart)) return { ok: false, problem: '$batch is not allowed: raw requests are single, read-only GETs.' };
  const options: Record<string, string> = {};
  if (q >= 0) {
    for (const [key, value] of new URLSearchParams(text.slice(q + 1))) {
      if (!/^\$?[A-Za-z]+$/.test(key)) return { ok: false, problem: `"${key.slice(0, 40)}" is not a query option.` };
      options[key.startsWith('$') ? key : `$${key}`] = value;
    }
  }
  return { ok: true, path: graphPath(pathPart.replace(/\/$/, ''), options as QueryOptions) };
}

export function planRawGraph(ctx: PlanContext): QueryPlan {
  const raw = normaliseRawPath(ctx.intent.slots.path ?? '');
  if (!raw.ok) throw new Error('bug: graph.get planned with a path the pipeline should have refused');
  const eventual = /\$(count|search)=/i.test(raw.path);
  return {
    queries: [{
      source: 'graph', reads: ['rawGraph'], id: 'raw', method: 'GET', path: raw.path, maxRows: RAW_GRAPH_ROW_LIMIT,
      ...(eventual ? { headers: { ConsistencyLevel: 'eventual' } } : {}),
    }],
  };
}
