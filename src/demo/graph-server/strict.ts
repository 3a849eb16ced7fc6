/**
 * Strict mode: the endpoint refuses what Microsoft documents as unsupported, using the same
 * capability table as the product's own checks (`sources/graph/capabilities`): Graph's 400 for an
 * undocumented filter operator, ordering or parameter, an advanced query without its headers or
 * a `$top` over the maximum; 403 for a delegated-only API when the demo acts as an app-only
 * caller; and v1.0 answers without the properties only beta has.
 */
import { checkRequest } from '../../sources/graph/capabilities';
import type { ApiMatch, CapabilityViolation, GraphAuthMode } from '../../sources/graph/capabilities';
import { GraphError, graphErrors } from './errors';
import type { ErrorDialect } from './errors';

/** How strict the endpoint is; `undefined` (the default): as lenient as before. */
export interface StrictOptions {
  /** Which caller the demo plays: app-only refuses delegated-only APIs with 403. Default delegated. */
  readonly authMode?: GraphAuthMode;
  /**
   * Also refuse shapes the docs omit but Graph answers in practice (`undocumentedButKept`, e.g.
   * signIns `status/errorCode ne 0`), to test a planner's fallback. Default false.
   */
  readonly refuseUndocumentedButKept?: boolean;
}

/**
 * Strict by default (issue 17: the stand-in as strict as Graph); `DEMO_GRAPH_STRICT=0` (or `false`,
 * `off`) turns it off; `DEMO_GRAPH_AUTH=appOnly` plays an app-only caller; `DEMO_GRAPH_STRICT=kept`
 * also refuses kept shapes.
 */
export function strictFromEnv(env: Readonly<Record<string, string | undefined>>): StrictOptions | undefined {
  const raw = (env['DEMO_GRAPH_STRICT'] ?? '').trim().toLowerCase();
  if (raw === '0' || raw === 'false' || raw === 'off') return undefined;
  const auth = (env['DEMO_GRAPH_AUTH'] ?? '').trim().toLowerCase();
  return { authMode: auth === 'apponly' || auth === 'app' ? 'appOnly' : 'delegated', refuseUndocumentedButKept: raw === 'kept' };
}

const dialectOf = (m: ApiMatch): ErrorDialect =>
  m.api.advancedQueries !== undefined || m.api.path.startsWith('/roleManagement') ? 'directory' : 'service';

function entityName(m: ApiMatch): string {
  const t = m.api.entityType;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function toError(v: CapabilityViolation, m: ApiMatch): GraphError | undefined {
  const d = dialectOf(m);
  switch (v.kind) {
    case 'unknownPath':
      return undefined; // the router answers what it does not serve; the table lists only what the product calls
    case 'notInAppOnly':
      return new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    case 'unsupportedCast':
      return graphErrors.segmentNotFound(v.cast);
    case 'unsupportedParameter':
      return graphErrors.notSupportedOption(v.parameter, d);
    case 'unsupportedFilter':
    case 'undocumentedButKept':
      return d === 'directory'
        ? graphErrors.unsupportedFilterProperty(v.kind === 'unsupportedFilter' ? v.property : v.what.split(' ')[0]!, entityName(m), d)
        : new GraphError(400, 'BadRequest', 'Invalid filter clause');
    case 'unsupportedOrderBy':
      return graphErrors.invalidOrderBy(v.property, d);
    case 'advancedQueryWithoutHeaders':
      // `$count=true` without the header is silently ignored by Graph; a `/$count` segment the router refuses itself.
      return v.reason === '$count' ? undefined : graphErrors.unsupportedQuery();
    case 'expandWithAdvancedQuery':
      return graphErrors.unsupportedQuery();
    case 'topOutOfRange':
      return graphErrors.invalidTop(v.top, v.max ?? 999, d);
  }
}

/**
 * What strict mode says about a request: `denied` (403, app-only caller on a delegated-only API,
 * answered before anything else, as Graph authorizes before it reads the query) and `refused`
 * (400, answered only when the endpoint would otherwise have answered: its own refusals keep
 * their precise messages), and the matched API (for `stripBetaOnly`).
 */
export interface StrictVerdict {
  readonly denied?: GraphError;
  readonly refused?: GraphError;
  readonly match?: ApiMatch;
}

export function strictCheck(method: string, url: URL, headers: Readonly<Record<string, string | undefined>>, options: StrictOptions): StrictVerdict {
  const r = checkRequest({ method, url: `${url.pathname}${url.search}`, headers }, options.authMode ?? 'delegated');
  if (!r.match) return {};
  const match = r.match;
  if (r.violations.some((v) => v.kind === 'notInAppOnly')) return { denied: toError({ kind: 'notInAppOnly', api: match.api.id }, match), match };
  for (const v of r.violations) {
    if (v.kind === 'undocumentedButKept' && !options.refuseUndocumentedButKept) continue;
    const refused = toError(v, match);
    if (refused) return { refused, match };
  }
  const select = (url.searchParams.get('$select') ?? '').split(',').map((x) => x.trim());
  const betaOnly = select.find((x) => match.api.betaOnlyProperties.includes(x));
  if (betaOnly) return { refused: graphErrors.unknownProperty(betaOnly, match.api.entityType, dialectOf(match)), match };
  return { match };
}

/** A v1.0 answer without the properties only beta has (signIn `mfaDetail`, userRegistrationDetails `defaultMfaMethod`, …). */
export function stripBetaOnly(body: unknown, match: ApiMatch | undefined): unknown {
  const drop = match?.api.version === 'v1.0' ? match.api.betaOnlyProperties : [];
  if (drop.length === 0 || typeof body !== 'object' || body === null) return body;
  const clean = (o: unknown): unknown => {
    if (typeof o !== 'object' || o === null || Array.isArray(o)) return o;
    // Most rows carry none of them: returned as they are, not copied.
    if (!drop.some((k) => Object.hasOwn(o, k))) return o;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) if (!drop.includes(k)) out[k] = v;
    return out;
  };
  const b = body as Record<string, unknown>;
  return Array.isArray(b['value']) ? { ...b, value: b['value'].map(clean) } : clean(b);
}
