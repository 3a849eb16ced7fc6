/**
 * Graph v1.0 `signIn` objects (NDJSON, one per line) → SigninLogs / AADNonInteractiveUserSignInLogs
 * rows, column for column as Entra's diagnostic settings write them — as one DuckDB
 * `INSERT … SELECT … FROM read_ndjson(…)`, so the sign-ins are parsed by DuckDB's JSON reader
 * (parallel, no JavaScript object per row). Pure: builds SQL text only.
 */
import { DUCKDB_TYPE, quoteIdent } from '../../kql';
import type { SchemaColumn } from '../../kql';

/** The Graph `signIn` properties read from each line, with the DuckDB type they are read as. */
export const SIGN_IN_JSON_COLUMNS: Readonly<Record<string, string>> = {
  id: 'VARCHAR',
  createdDateTime: 'VARCHAR',
  userDisplayName: 'VARCHAR',
  userPrincipalName: 'VARCHAR',
  userId: 'VARCHAR',
  userType: 'VARCHAR',
  homeTenantId: 'VARCHAR',
  resourceTenantId: 'VARCHAR',
  appId: 'VARCHAR',
  appDisplayName: 'VARCHAR',
  ipAddress: 'VARCHAR',
  autonomousSystemNumber: 'VARCHAR',
  clientAppUsed: 'VARCHAR',
  userAgent: 'VARCHAR',
  correlationId: 'VARCHAR',
  uniqueTokenIdentifier: 'VARCHAR',
  conditionalAccessStatus: 'VARCHAR',
  isInteractive: 'BOOLEAN',
  flaggedForReview: 'BOOLEAN',
  riskDetail: 'VARCHAR',
  riskLevelAggregated: 'VARCHAR',
  riskLevelDuringSignIn: 'VARCHAR',
  riskState: 'VARCHAR',
  riskEventTypes: 'JSON',
  riskEventTypes_v2: 'JSON',
  resourceDisplayName: 'VARCHAR',
  resourceId: 'VARCHAR',
  resourceServicePrincipalId: 'VARCHAR',
  servicePrincipalId: 'VARCHAR',
  status: 'JSON',
  deviceDetail: 'JSON',
  location: 'JSON',
  appliedConditionalAccessPolicies: 'JSON',
  authenticationRequirement: 'VARCHAR',
  authenticationDetails: 'JSON',
  authenticationProtocol: 'VARCHAR',
  authenticationMethodsUsed: 'VARCHAR',
  crossTenantAccessType: 'VARCHAR',
  tokenIssuerType: 'VARCHAR',
  tokenIssuerName: 'VARCHAR',
  networkLocationDetails: 'JSON',
  mfaDetail: 'JSON',
};

/** `''` for a missing string (KQL strings are never null). */
const s = (name: string): string => `coalesce(${quoteIdent(name)}, '')`;
/** The value, or `fallback` when missing or empty (`str(v) || fallback`). */
const orElse = (name: string, fallback: string): string => `coalesce(nullif(${quoteIdent(name)}, ''), ${fallback})`;
/** A JSON value, or `fallback` (JSON text) when missing or JSON null (`v ?? fallback`). */
const jsonOr = (name: string, fallback: string): string =>
  `CASE WHEN ${quoteIdent(name)} IS NULL OR json_type(${quoteIdent(name)}) = 'NULL' THEN '${fallback}'::JSON ELSE ${quoteIdent(name)} END`;
/** A JSON object, or `{}` for anything else. */
const objectOr = (name: string): string =>
  `CASE WHEN json_type(${quoteIdent(name)}) = 'OBJECT' THEN ${quoteIdent(name)} ELSE '{}'::JSON END`;

const ERROR_CODE = `coalesce(json_extract_string("status", '$.errorCode'), '0')`;
const RISK = `coalesce(nullif("riskLevelDuringSignIn", ''), 'none')`;

/**
 * SQL expression per log column. `$1` is the tenant id; `interactive` is the SQL boolean telling
 * an interactive sign-in (`"isInteractive" IS DISTINCT FROM false`, or `false` for a source of
 * non-interactive sign-ins). Columns not listed get their type's empty value.
 */
function signInExpressions(interactive: string): Readonly<Record<string, string>> {
  const time = `TRY_CAST("createdDateTime" AS TIMESTAMP)`;
  return {
    TenantId: '$1',
    AADTenantId: '$1',
    HomeTenantId: orElse('homeTenantId', '$1'),
    ResourceTenantId: orElse('resourceTenantId', '$1'),
    SourceSystem: `'Azure AD'`,
    Type: `CASE WHEN ${interactive} THEN 'SigninLogs' ELSE 'AADNonInteractiveUserSignInLogs' END`,
    Category: `CASE WHEN ${interactive} THEN 'SignInLogs' ELSE 'NonInteractiveUserSignInLogs' END`,
    OperationName: `'Sign-in activity'`,
    OperationVersion: `'1.0'`,
    Level: `'4'`,
    TimeGenerated: time,
    _TimeReceived: time,
    CreatedDateTime: time,
    Id: s('id'),
    OriginalRequestId: s('id'),
    UniqueTokenIdentifier: s('uniqueTokenIdentifier'),
    CorrelationId: s('correlationId'),
    UserPrincipalName: s('userPrincipalName'),
    AlternateSignInName: s('userPrincipalName'),
    SignInIdentifier: s('userPrincipalName'),
    UserDisplayName: s('userDisplayName'),
    Identity: s('userDisplayName'),
    UserId: s('userId'),
    UserType: orElse('userType', `'Member'`),
    AppId: s('appId'),
    AppDisplayName: s('appDisplayName'),
    ResourceDisplayName: s('resourceDisplayName'),
    ResourceIdentity: s('resourceId'),
    ResourceServicePrincipalId: s('resourceServicePrincipalId'),
    ServicePrincipalId: s('servicePrincipalId'),
    IPAddress: s('ipAddress'),
    AutonomousSystemNumber: s('autonomousSystemNumber'),
    ClientAppUsed: s('clientAppUsed'),
    UserAgent: s('userAgent'),
    IsInteractive: interactive,
    ConditionalAccessStatus: s('conditionalAccessStatus'),
    ConditionalAccessPolicies: jsonOr('appliedConditionalAccessPolicies', '[]'),
    AuthenticationRequirement: orElse('authenticationRequirement', `'singleFactorAuthentication'`),
    AuthenticationDetails: jsonOr('authenticationDetails', '[]'),
    AuthenticationProtocol: orElse('authenticationProtocol', `'none'`),
    AuthenticationMethodsUsed: s('authenticationMethodsUsed'),
    MfaDetail: jsonOr('mfaDetail', '{}'),
    CrossTenantAccessType: orElse('crossTenantAccessType', `'none'`),
    TokenIssuerType: orElse('tokenIssuerType', `'AzureAD'`),
    TokenIssuerName: s('tokenIssuerName'),
    RiskDetail: orElse('riskDetail', `'none'`),
    RiskLevelAggregated: orElse('riskLevelAggregated', `'none'`),
    RiskLevelDuringSignIn: RISK,
    RiskLevel: RISK,
    RiskState: orElse('riskState', `'none'`),
    RiskEventTypes: jsonOr('riskEventTypes', '[]'),
    RiskEventTypes_V2: jsonOr('riskEventTypes_v2', '[]'),
    IsRisky: `${RISK} NOT IN ('none', 'hidden')`,
    FlaggedForReview: `coalesce("flaggedForReview", false)`,
    ResultType: ERROR_CODE,
    ResultSignature: `CASE WHEN ${ERROR_CODE} = '0' THEN 'SUCCESS' ELSE 'FAILURE' END`,
    ResultDescription: `coalesce(nullif(json_extract_string("status", '$.failureReason'), ''), CASE WHEN ${ERROR_CODE} = '0' THEN '' ELSE 'Other.' END)`,
    Status: objectOr('status'),
    Location: `coalesce(json_extract_string("location", '$.countryOrRegion'), '')`,
    LocationDetails: objectOr('location'),
    DeviceDetail: objectOr('deviceDetail'),
    NetworkLocationDetails: jsonOr('networkLocationDetails', '[]'),
    AppliedEventListeners: `'[]'::JSON`,
    DurationMs: '0',
  };
}

/** `expr` as a value of the column's type; strings never null. */
function typed(col: SchemaColumn, expr: string | undefined): string {
  const type = DUCKDB_TYPE[col.type];
  if (expr === undefined) return col.type === 'string' || col.type === 'guid' ? `''` : `NULL::${type}`;
  if (col.type === 'string' || col.type === 'guid') return `coalesce(CAST(${expr} AS VARCHAR), '')`;
  return `CAST(${expr} AS ${type})`;
}

function jsonColumns(): string {
  return `{${Object.entries(SIGN_IN_JSON_COLUMNS).map(([k, t]) => `${k}: '${t}'`).join(', ')}}`;
}

/** SQL string literal of a file path (a path the loader chose, not user text). */
function fileLiteral(file: string): string {
  return `'${file.replace(/'/g, "''")}'`;
}

/**
 * `INSERT INTO table SELECT … FROM read_ndjson(file)`: every sign-in of the file, interactive or
 * not by its `isInteractive` flag (or all non-interactive with `allNonInteractive`). Parameter
 * `$1` is the tenant id. File order is kept (oldest first in the demo files).
 */
export function insertSignInsSql(table: string, cols: readonly SchemaColumn[], file: string, allNonInteractive: boolean): string {
  const exprs = signInExpressions(allNonInteractive ? 'false' : `("isInteractive" IS DISTINCT FROM false)`);
  const select = cols.map((c) => typed(c, exprs[c.name])).join(',\n  ');
  const names = cols.map((c) => quoteIdent(c.name)).join(', ');
  const source = `read_ndjson(${fileLiteral(file)}, columns = ${jsonColumns()}, format = 'newline_delimited', maximum_object_size = 16777216)`;
  return `INSERT INTO ${quoteIdent(table)} (${names})\nSELECT\n  ${select}\nFROM ${source}`;
}

/**
 * Copies rows of one sign-in table into another with a different schema (same column names,
 * other types: the non-interactive table keeps dynamic values as JSON text).
 */
export function copySignInsSql(from: string, fromCols: readonly SchemaColumn[], to: string, toCols: readonly SchemaColumn[], where: string): string {
  const have = new Set(fromCols.map((c) => c.name));
  const select = toCols.map((c) => typed(c, have.has(c.name) ? quoteIdent(c.name) : undefined)).join(', ');
  return `INSERT INTO ${quoteIdent(to)} (${toCols.map((c) => quoteIdent(c.name)).join(', ')}) SELECT ${select} FROM ${quoteIdent(from)} WHERE ${where}`;
}
