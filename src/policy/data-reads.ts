/**
 * What a planned query actually reads, worked out from the query itself: the Graph path and the
 * properties it selects, filters, orders or expands, or the KQL tables and columns it names. The
 * data gate (data-gate.ts) checks these together with what the plan declares (`reads`), so a plan
 * that forgets to declare a category is still checked, and a test compares the two.
 *
 * Sources (where Microsoft documents who may read each kind of data) are in policy.json.
 */
import type { DataCategory, GraphRequest, KqlQuery, PlannedQuery } from '../planning/query-plan';

/** One category a query reads, and whether dropping some `$select` properties would avoid it. */
export interface ReadEvidence {
  readonly category: DataCategory;
  /**
   * The `$select` properties that are the only reason this category is read: removing them
   * avoids it. Empty when the path, a filter or the KQL text reads it (the query must not run).
   */
  readonly selectOnly: readonly string[];
}

/** Graph paths (lower case, without the version root) and the category they read. First match wins. */
const PATH_RULES: readonly (readonly [RegExp, DataCategory])[] = [
  [/^\/auditlogs\/signins/, 'signInLogs'],
  [/^\/auditlogs\//, 'auditLogs'],
  [/^\/identityprotection\/(riskyserviceprincipals|serviceprincipalriskdetections)/, 'appRisk'],
  [/^\/identityprotection\//, 'risk'],
  [/^\/identity\/conditionalaccess\//, 'conditionalAccess'],
  [/^\/security\//, 'risk'],
  [/^\/rolemanagement\//, 'roleAssignments'],
  [/^\/directoryroles/, 'roleAssignments'],
  [/\/microsoft\.graph\.directoryrole\b/, 'roleAssignments'],
  [/^\/reports\/authenticationmethods\//, 'mfaRegistration'],
  [/^\/reports\//, 'signInLogs'],
  [/^\/identitygovernance\//, 'entitlement'],
  [/^\/(users|me)\/[^/]+\/authentication\b/, 'authMethods'],
  [/^\/me\/authentication\b/, 'authMethods'],
];

/** Properties (in $select, $filter, $orderby, $expand) that carry a restricted category. */
const PROPERTY_RULES: readonly (readonly [string, DataCategory, 'user' | 'any'])[] = [
  ['signinactivity', 'account', 'any'],
  ['lastpasswordchangedatetime', 'account', 'any'],
  ['accountenabled', 'accountState', 'user'],
  ['approximatelastsignindatetime', 'deviceActivity', 'any'],
];

/**
 * The objects a path returns are apps (service principals, applications) or devices, not people:
 * their `accountEnabled` says whether the app or device may sign in, not a person's account state.
 */
function returnsApps(path: string): boolean {
  return /^\/(serviceprincipals|applications|devices)(\/[^/]+)?$/.test(path)
    || /\/microsoft\.graph\.(serviceprincipal|application|device)$/.test(path)
    || /^\/(serviceprincipals|applications|devices)\(/.test(path)
    || /\/(registereddevices|owneddevices)$/.test(path);
}

function params(query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decodeSafe(eq < 0 ? part : part.slice(0, eq)).toLowerCase();
    out.set(key, decodeSafe(eq < 0 ? '' : part.slice(eq + 1)));
  }
  return out;
}

/** A query parameter's name or value as Graph reads it (`+` a space, `%xx` decoded; kept as written when it does not decode). */
export function decodeSafe(s: string): string {
  try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch { return s; }
}

function add(out: Map<DataCategory, { selectOnly: Set<string>; hard: boolean }>, category: DataCategory, selectProperty?: string): void {
  const e = out.get(category) ?? { selectOnly: new Set<string>(), hard: false };
  if (selectProperty === undefined) e.hard = true;
  else e.selectOnly.add(selectProperty);
  out.set(category, e);
}

/** What a Graph request reads. */
export function graphReads(q: Pick<GraphRequest, 'path'>): ReadEvidence[] {
  const [rawPath = '', query = ''] = q.path.split(/\?(.*)/s);
  const path = decodeSafe(rawPath).toLowerCase().replace(/\/+$/, '');
  const out = new Map<DataCategory, { selectOnly: Set<string>; hard: boolean }>();
  const rule = PATH_RULES.find(([re]) => re.test(path));
  add(out, rule ? rule[1] : 'directory');
  const p = params(query);
  const apps = returnsApps(path);
  const select = (p.get('$select') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const field of select) {
    const r = PROPERTY_RULES.find(([name, , on]) => name === field.toLowerCase() && (on === 'any' || !apps));
    if (r) add(out, r[1], field);
  }
  // A property named in a filter, an order or an expansion is read whatever the object is
  // (an expansion's nested $select names people's properties too).
  const other = ['$filter', '$orderby', '$expand', '$search'].map((k) => (p.get(k) ?? '').toLowerCase()).join(' ');
  for (const [name, category, on] of PROPERTY_RULES) {
    if (!new RegExp(`\\b${name}\\b`).test(other)) continue;
    if (on === 'user' && apps && !p.has('$expand')) continue;
    add(out, category);
  }
  return [...out].map(([category, e]) => ({ category, selectOnly: e.hard ? [] : [...e.selectOnly] }));
}

/** KQL tables (exact names: KQL is case-sensitive) and the category they read. */
const KQL_TABLES: readonly (readonly [RegExp, DataCategory])[] = [
  [/\b(SigninLogs|AADNonInteractiveUserSignInLogs|AADServicePrincipalSignInLogs|AADManagedIdentitySignInLogs|AADSignInEventsBeta|EntraIdSignInEvents|ADFSSignInLogs)\b/, 'signInLogs'],
  [/\b(AuditLogs|AADProvisioningLogs)\b/, 'auditLogs'],
  // Graph activity names users, their IPs and what they read: both log categories are needed.
  [/\bMicrosoftGraphActivityLogs\b/, 'signInLogs'],
  [/\bMicrosoftGraphActivityLogs\b/, 'auditLogs'],
  [/\b(AADRiskyUsers|AADUserRiskEvents)\b/, 'risk'],
  [/\b(AADRiskyServicePrincipals|AADServicePrincipalRiskEvents)\b/, 'appRisk'],
  // IdentityInfo (Microsoft's table reference, shared/reference/sample-data/schemas/identityinfo-include.md) holds
  // each user's assigned roles (AssignedRoles), account state (IsAccountEnabled, UserState), MFA registration
  // (IsMFARegistered), identity risk (RiskLevel, RiskState, EntityRiskScore, InvestigationPriority) and last
  // activity (LastSeenDate) beside the directory data: a read of the table returns them all.
  [/\bIdentityInfo\b/, 'roleAssignments'],
  [/\bIdentityInfo\b/, 'accountState'],
  [/\bIdentityInfo\b/, 'mfaRegistration'],
  [/\bIdentityInfo\b/, 'risk'],
  [/\bIdentityInfo\b/, 'account'],
  // The snapshot tables, and their validity intervals (`<Table>Intervals`, a year store).
  [/\b(IdentityInfo|(?:EntraUsers|EntraGroups|EntraGroupMembership|Applications|AppRoles|AppRoleAssignments)(?:Intervals)?)\b/, 'directory'],
];

/** KQL columns of the snapshot tables that carry a restricted category. */
const KQL_COLUMNS: readonly (readonly [RegExp, DataCategory])[] = [
  [/\bAccountEnabled\b/, 'accountState'],
  [/\b(LastSignInDateTime|SignInActivity|LastPasswordChangeDateTime)\b/, 'account'],
];

/** Every category a table or column of the log store reads: what a query over every table reads. */
const LOG_STORE_CATEGORIES: readonly DataCategory[] = [...new Set([...KQL_TABLES, ...KQL_COLUMNS].map(([, c]) => c))];

/**
 * The KQL text with its string literals and comments blanked (each becomes `""`), so that neither
 * hides a parenthesis or an operator nor fakes one. The literals of Kusto's string.md: '…' and "…"
 * with backslash escapes, verbatim @'…' and @"…", multi-line ```…``` and ~~~…~~~; comments `//…`.
 */
function withoutLiterals(text: string): string {
  return text.replace(/\/\/[^\n]*|```[\s\S]*?```|~~~[\s\S]*?~~~|@'[^']*'|@"[^"]*"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, '""');
}

/**
 * Whether a `union` names tables with a wildcard: a leg outside parentheses holding `*` (`union *`,
 * `union (SigninLogs | take 1), Audit*`; union-operator.md: "a set of tables specified with a
 * wildcard"). A leg in parentheses is a query of its own, whose tables are named in it.
 */
function unionWildcard(code: string): boolean {
  for (const m of code.matchAll(/\bunion\b/g)) {
    let depth = 0;
    for (const ch of code.slice(m.index + 5)) {
      if (ch === '(') depth += 1;
      else if (ch === ')') {
        if (depth === 0) break; // the end of the parentheses this union stands in
        depth -= 1;
      } else if (depth === 0 && (ch === '|' || ch === ';')) break;
      else if (depth === 0 && ch === '*') return true;
    }
  }
  return false;
}

/**
 * `search` and `find` wherever a tabular expression starts (a line's start, after `;`, `(`, `=` or
 * `{`): without `in` they read every table, with `in` the tables its wildcards name
 * (search-operator.md, find-operator.md). After a pipe, `T | search` searches T only ("[T |] search";
 * T "can't be specified together with TableSources"), so it reads no other table; a piped `search in`
 * or `find`, which the syntax does not allow, is still counted as every table.
 */
const SEARCH_OR_FIND = /(^|[;(={])\s*(search|find)\b|\|\s*(?:find\b|search\s+(?:kind\s*=\s*\w+\s+)?in\b)/m;

/** What a KQL query reads (every category of the log store when it reads all tables). */
export function kqlReads(q: Pick<KqlQuery, 'text'>): ReadEvidence[] {
  const found = new Set<DataCategory>();
  const code = withoutLiterals(q.text);
  if (unionWildcard(code) || SEARCH_OR_FIND.test(code)) for (const c of LOG_STORE_CATEGORIES) found.add(c);
  for (const [re, c] of [...KQL_TABLES, ...KQL_COLUMNS]) if (re.test(q.text)) found.add(c);
  return [...found].map((category) => ({ category, selectOnly: [] }));
}

/** What a planned query reads, from the query itself. */
export function derivedReads(q: PlannedQuery): ReadEvidence[] {
  return q.source === 'graph' ? graphReads(q) : kqlReads(q);
}

/** Declared and derived together: a declared category not seen in the query cannot be avoided by editing it. */
export function queryReads(q: PlannedQuery): ReadEvidence[] {
  const derived = derivedReads(q);
  const seen = new Set(derived.map((e) => e.category));
  return [...derived, ...(q.reads ?? []).filter((c) => !seen.has(c)).map((category) => ({ category, selectOnly: [] }))];
}
