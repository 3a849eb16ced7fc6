/**
 * Checks one Graph request against the capability table: what Microsoft documents for the API
 * (path, query parameters, `$filter` operators per property, `$orderby`, advanced-query headers,
 * `$top` limit) and whether the API can be called in the given mode. Pure: no I/O.
 */
import type { ApiMatch, GraphApiCapabilities, GraphVersion } from './capability-table';
import { CAPABILITIES, matchApi } from './capability-table';
import { filterUses } from './filter-uses';
import type { CapabilityViolation } from './capability-violations';
import { violationMessage } from './capability-violations';

export type GraphAuthMode = 'delegated' | 'appOnly';

/** A request as sent: method, URL (absolute, `/v1.0/…`, or a path under `version`) and headers. */
export interface CheckedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string | undefined>>;
  /** The version when `url` is a path under the version root (default v1.0). */
  readonly version?: GraphVersion;
}

export interface CheckResult {
  readonly match?: ApiMatch;
  readonly violations: readonly CapabilityViolation[];
}

interface Parsed { readonly version: GraphVersion; readonly path: string; readonly query: ReadonlyMap<string, string> }

function parse(req: CheckedRequest): Parsed {
  const u = new URL(req.url, 'https://graph.invalid');
  let segs = u.pathname.split('/').filter(Boolean);
  let version: GraphVersion = req.version ?? 'v1.0';
  if (segs[0] === 'v1.0' || segs[0] === 'beta') { version = segs[0]; segs = segs.slice(1); }
  const query = new Map<string, string>();
  for (const [k, v] of u.searchParams) query.set(k, v);
  return { version, path: `/${segs.join('/')}`, query };
}

/** The operators of a spec text (`'eq in | ne eqNull'`): before `|` basic, after it advanced only. */
function spec(text: string): { basic: Set<string>; advanced: Set<string> } {
  const [b = '', a = ''] = text.split('|');
  const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));
  return { basic: words(b), advanced: words(a) };
}

const hasHeader = (h: CheckedRequest['headers'], name: string, value: string): boolean =>
  Object.entries(h ?? {}).some(([k, v]) => k.toLowerCase() === name.toLowerCase() && (v ?? '').toLowerCase() === value);

/** Everything about `req` outside the documented support of its API, for `mode`. */
export function checkRequest(req: CheckedRequest, mode: GraphAuthMode, apis: readonly GraphApiCapabilities[] = CAPABILITIES): CheckResult {
  const p = parse(req);
  const match = matchApi(req.method, p.path, p.version, apis);
  if (!match) return { violations: [{ kind: 'unknownPath', api: undefined, path: p.path, version: p.version, method: req.method.toUpperCase() }] };
  const { api } = match;
  const out: CapabilityViolation[] = [];
  const advancedReasons: string[] = [];
  if (mode === 'appOnly' && api.permissions.application === null) out.push({ kind: 'notInAppOnly', api: api.id });
  if (match.cast && !(api.casts?.types ?? []).includes(match.cast)) out.push({ kind: 'unsupportedCast', api: api.id, cast: match.cast });
  if (match.cast && api.casts?.needsAdvanced) advancedReasons.push(`OData cast ${match.cast}`);
  const always = new Set(['$skiptoken', '$deltatoken']);
  for (const k of p.query.keys()) {
    if (k.startsWith('$') && !always.has(k) && !api.queryParameters.includes(k)) out.push({ kind: 'unsupportedParameter', api: api.id, parameter: k });
  }
  const directory = api.advancedQueries !== undefined;
  const filter = p.query.get('$filter');
  if (filter !== undefined && api.queryParameters.includes('$filter')) {
    for (const use of filterUses(filter)) {
      const kept = (api.undocumentedButKept ?? []).find((k) => k.what.startsWith(`${use.property} ${use.op}`));
      if (use.op === 'not') {
        if (api.not === 'advanced') advancedReasons.push('not()');
        else if (api.not !== 'always') out.push({ kind: 'unsupportedFilter', api: api.id, property: '*', operator: 'not' });
        continue;
      }
      const text = api.filter?.[use.property];
      const s = text === undefined ? undefined : spec(text);
      const needAny = use.lambda && !(s?.basic.has('any') || s?.advanced.has('any'));
      if (s && !needAny && s.basic.has(use.op)) continue;
      if (s && !needAny && s.advanced.has(use.op)) { advancedReasons.push(`${use.property} ${use.op}`); continue; }
      if (kept) out.push({ kind: 'undocumentedButKept', api: api.id, what: kept.what, reason: kept.reason, fallback: kept.fallback });
      else out.push({ kind: 'unsupportedFilter', api: api.id, property: use.property, operator: use.op });
    }
  }
  const orderby = p.query.get('$orderby');
  if (orderby !== undefined && api.queryParameters.includes('$orderby')) {
    for (const part of orderby.split(',')) {
      const prop = part.trim().split(/\s+/)[0] ?? '';
      if (api.orderBy?.basic.includes(prop)) continue;
      if (api.orderBy?.advanced.includes(prop)) advancedReasons.push(`$orderby ${prop}`);
      else out.push({ kind: 'unsupportedOrderBy', api: api.id, property: prop });
    }
    if (api.advancedQueries === 'collection' && filter !== undefined) advancedReasons.push('$filter with $orderby');
  }
  if (api.advancedQueries === 'relationship') {
    for (const k of ['$filter', '$orderby', '$search'] as const) if (p.query.has(k)) advancedReasons.push(`${k} on a relationship`);
  }
  const eventual = hasHeader(req.headers, 'ConsistencyLevel', 'eventual');
  const countTrue = (p.query.get('$count') ?? '').toLowerCase() === 'true';
  if (directory && (p.query.has('$search') || p.query.has('$count') || match.countSegment) && !eventual) {
    out.push({ kind: 'advancedQueryWithoutHeaders', api: api.id, reason: p.query.has('$search') ? '$search' : '$count', missing: ['ConsistencyLevel'] });
  }
  const advanced = advancedReasons.length > 0 || (directory && (eventual || p.query.has('$search')));
  if (directory && advanced && p.query.has('$expand')) out.push({ kind: 'expandWithAdvancedQuery', api: api.id });
  if (advancedReasons.length > 0) {
    const missing = [...(eventual ? [] : ['ConsistencyLevel' as const]), ...(countTrue || match.countSegment ? [] : ['$count' as const])];
    if (missing.length > 0) out.push({ kind: 'advancedQueryWithoutHeaders', api: api.id, reason: [...new Set(advancedReasons)].join(', '), missing });
  }
  const top = p.query.get('$top');
  if (top !== undefined && api.queryParameters.includes('$top')) {
    const n = Number(top);
    if (!Number.isInteger(n) || n < 1 || (api.topMax !== undefined && n > api.topMax)) out.push({ kind: 'topOutOfRange', api: api.id, top, max: api.topMax });
  }
  return { match, violations: out };
}

/** One line per violation, for logs, tests and the audit. */
export function describeViolations(violations: readonly CapabilityViolation[]): string[] {
  return violations.map(violationMessage);
}

export type { CapabilityViolation } from './capability-violations';
export { CAPABILITIES, matchApi } from './capability-table';
export type { ApiMatch, GraphApiCapabilities, GraphVersion } from './capability-table';
