/**
 * Microsoft Graph's documented throttling limits for the APIs Entra Ask reads, as data.
 * Source: "Microsoft Graph service-specific throttling limits",
 * https://learn.microsoft.com/graph/throttling-limits (microsoftgraph/microsoft-graph-docs-contrib,
 * concepts/throttling-limits.md, read 2026-12-06). The limits there are "subject to change".
 */

/** A sliding-window request limit shared by every request that matches it. */
export interface WindowLimit {
  readonly kind: 'window';
  readonly name: string;
  /** Matches a request: method and path under the version root (no query), lower-cased. */
  readonly applies: (method: string, path: string, query: URLSearchParams) => boolean;
  readonly requests: number;
  readonly perMs: number;
  /** Whether 429s carry `Retry-After` (the page says Identity Protection's do not). */
  readonly retryAfter: boolean;
  readonly source: string;
}

/** The directory's token bucket: each request costs resource units (base cost and modifiers). */
export interface ResourceUnitLimit {
  readonly kind: 'resourceUnits';
  readonly name: string;
  readonly applies: (method: string, path: string, query: URLSearchParams) => boolean;
  /** Units per window for an application+tenant pair in a large tenant (above 500 users). */
  readonly units: number;
  readonly perMs: number;
  readonly cost: (method: string, path: string, query: URLSearchParams) => number;
  readonly retryAfter: boolean;
  readonly source: string;
}

export type ThrottleLimit = WindowLimit | ResourceUnitLimit;

const PAGE = 'https://learn.microsoft.com/graph/throttling-limits';
const ID = '[^/]+';
const match = (re: RegExp) => (_method: string, path: string) => re.test(path);

/** signIn, directoryAudit, provisioning (auditLogRoot), authenticationMethod, the registration reports. */
const REPORTS = new RegExp(`^/(auditlogs/|reports/|users/${ID}/authentication/methods)`);
const SIGN_IN_ACTIVITY = (method: string, path: string, q: URLSearchParams): boolean =>
  method === 'GET' && /^\/users(\/[^/]+)?$/.test(path)
  && ((q.get('$select') ?? '').toLowerCase().split(',').includes('signinactivity') || /signinactivity/i.test(q.get('$filter') ?? ''));
/** riskDetection, riskyUser, riskyUserHistoryItem (Identity Protection) and Conditional Access. */
const PROTECTION = /^\/(identityprotection\/|identity\/conditionalaccess\/)/;
const DIRECTORY = /^\/(users|groups|serviceprincipals|applications|devices|directoryroles|directoryobjects|organization|oauth2permissiongrants|domains|subscribedskus)(\/|$)/;

/** Base resource-unit costs of the "Identity and access service limits" table; 1 when not listed. */
const BASE_COSTS: readonly (readonly [RegExp, number])[] = [
  [/^\/applications$/, 2],
  [new RegExp(`^/groups/${ID}/members`), 3],
  [new RegExp(`^/groups/${ID}/transitivemembers`), 5],
  [/^\/oauth2permissiongrants(\/[^/]+)?$/, 2],
  [new RegExp(`^/serviceprincipals/${ID}/approleassignments`), 2],
  [/^\/subscribedskus$/, 3],
  [/^\/users$/, 2],
  // "Any request cost that applies to a request path starting with me/ also applies to users/{id}/"
  [new RegExp(`^/users/${ID}/(memberof|ownedobjects|transitivememberof|licensedetails)`), 2],
];

/** "$select decreases cost by 1, $expand increases it by 1, $top under 20 decreases it by 1; never below 1." */
export function directoryCost(_method: string, path: string, q: URLSearchParams): number {
  let cost = BASE_COSTS.find(([re]) => re.test(path))?.[1] ?? 1;
  if (q.has('$select')) cost -= 1;
  if (q.has('$expand')) cost += 1;
  const top = Number(q.get('$top'));
  if (q.has('$top') && top < 20) cost -= 1;
  return Math.max(1, cost);
}

export const DOCUMENTED_LIMITS: readonly ThrottleLimit[] = [
  {
    kind: 'window', name: 'Identity and access reports (per app per tenant)', applies: match(REPORTS),
    requests: 5, perMs: 10_000, retryAfter: true, source: `${PAGE}#identity-and-access-reports-service-limits`,
  },
  {
    kind: 'window', name: 'signInActivity (per app per tenant)', applies: SIGN_IN_ACTIVITY,
    requests: 10, perMs: 60_000, retryAfter: true, source: `${PAGE}#identity-and-access-reports-service-limits`,
  },
  {
    kind: 'window', name: 'Identity protection and conditional access (per tenant, all apps)', applies: match(PROTECTION),
    requests: 1, perMs: 1_000, retryAfter: false, source: `${PAGE}#identity-protection-and-conditional-access-service-limits`,
  },
  {
    kind: 'resourceUnits', name: 'Identity and access (application+tenant pair, L tenant)', applies: match(DIRECTORY),
    units: 8_000, perMs: 10_000, cost: directoryCost, retryAfter: true, source: `${PAGE}#identity-and-access-service-limits`,
  },
];
