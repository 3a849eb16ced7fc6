/**
 * Tables the demo derives from its sign-ins as DuckDB views, so they always agree with
 * SigninLogs / AADNonInteractiveUserSignInLogs and cost no storage:
 *
 * - Defender XDR's `AADSignInEventsBeta` and its successor `EntraIdSignInEvents` (interactive and
 *   non-interactive sign-ins, columns as the advanced hunting pages define them: ints for
 *   ErrorCode, risk and Conditional Access status, Timestamp, AccountUpn, ...);
 * - `MicrosoftGraphActivityLogs`: one Graph request per sign-in whose resource is Microsoft Graph
 *   (same user, app, IP, time and `SignInActivityId` = the sign-in's `UniqueTokenIdentifier`, or its `Id`
 *   where the demo left that empty; the
 *   request itself is picked from a fixed list by the sign-in id, so it is deterministic).
 *
 * Enumerations follow the Defender page: RiskLevelAggregated 0 not set, 1 none, 10 low, 50 medium,
 * 100 high; RiskState 0 none, 1 confirmed safe, 2 remediated, 3 dismissed, 4 at risk, 5 confirmed
 * compromised; ConditionalAccessStatus 0 applied (success), 1 failed, 2 not applied;
 * TokenIssuerType 0 Entra ID, 1 AD FS.
 */
import { DUCKDB_TYPE, quoteIdent, schemaColumns } from '../../kql';
import type { EmbeddedKqlEngine } from '../../kql';

const SIGN_IN_TABLES = ['SigninLogs', 'AADNonInteractiveUserSignInLogs'] as const;

const j = (col: string, path: string): string => `json_extract_string(CAST(${quoteIdent(col)} AS VARCHAR), '${path}')`;
const intOf = (sql: string): string => `TRY_CAST(${sql} AS INTEGER)`;
const boolInt = (sql: string): string => `CASE WHEN ${sql} = 'true' THEN 1 WHEN ${sql} = 'false' THEN 0 END`;

/** One Defender sign-in event column per name, from either sign-in table. */
function defenderColumns(table: (typeof SIGN_IN_TABLES)[number]): Record<string, string> {
  const interactive = table === 'SigninLogs';
  return {
    Timestamp: '"TimeGenerated"',
    Application: '"AppDisplayName"',
    ApplicationId: '"AppId"',
    LogonType: `'${interactive ? '["interactiveUser"]' : '["nonInteractiveUser"]'}'`,
    ErrorCode: intOf('"ResultType"'),
    CorrelationId: '"CorrelationId"',
    SessionId: '"SessionId"',
    AccountDisplayName: '"UserDisplayName"',
    AccountObjectId: '"UserId"',
    AccountUpn: '"UserPrincipalName"',
    IsExternalUser: `CASE WHEN "UserType" = 'Guest' THEN 1 ELSE 0 END`,
    IsGuestUser: `("UserType" = 'Guest')`,
    AlternateSignInName: '"AlternateSignInName"',
    LastPasswordChangeTimestamp: 'CAST(NULL AS TIMESTAMP)',
    ResourceDisplayName: '"ResourceDisplayName"',
    ResourceId: '"ResourceIdentity"',
    ResourceTenantId: '"ResourceTenantId"',
    DeviceName: j('DeviceDetail', '$.displayName'),
    AadDeviceId: j('DeviceDetail', '$.deviceId'),
    EntraIdDeviceId: j('DeviceDetail', '$.deviceId'),
    OSPlatform: j('DeviceDetail', '$.operatingSystem'),
    DeviceTrustType: j('DeviceDetail', '$.trustType'),
    IsManaged: boolInt(j('DeviceDetail', '$.isManaged')),
    IsCompliant: boolInt(j('DeviceDetail', '$.isCompliant')),
    AuthenticationProcessingDetails: '"AuthenticationProcessingDetails"',
    AuthenticationRequirement: '"AuthenticationRequirement"',
    TokenIssuerType: `CASE "TokenIssuerType" WHEN 'AzureAD' THEN 0 WHEN 'ADFederationServices' THEN 1 END`,
    RiskLevelAggregated: `CASE "RiskLevelAggregated" WHEN 'none' THEN 1 WHEN 'low' THEN 10 WHEN 'medium' THEN 50 WHEN 'high' THEN 100 ELSE 0 END`,
    RiskDetails: `CASE WHEN "RiskDetail" IN ('', 'none') THEN 0 END`,
    RiskState: `CASE "RiskState" WHEN 'none' THEN 0 WHEN 'confirmedSafe' THEN 1 WHEN 'remediated' THEN 2 WHEN 'dismissed' THEN 3 WHEN 'atRisk' THEN 4 WHEN 'confirmedCompromised' THEN 5 ELSE 0 END`,
    UserAgent: '"UserAgent"',
    ClientAppUsed: '"ClientAppUsed"',
    Browser: j('DeviceDetail', '$.browser'),
    ConditionalAccessPolicies: 'CAST("ConditionalAccessPolicies" AS VARCHAR)',
    ConditionalAccessStatus: `CASE "ConditionalAccessStatus" WHEN 'success' THEN 0 WHEN 'failure' THEN 1 WHEN 'notApplied' THEN 2 END`,
    IPAddress: '"IPAddress"',
    Country: j('LocationDetails', '$.countryOrRegion'),
    State: j('LocationDetails', '$.state'),
    City: j('LocationDetails', '$.city'),
    Latitude: j('LocationDetails', '$.geoCoordinates.latitude'),
    Longitude: j('LocationDetails', '$.geoCoordinates.longitude'),
    NetworkLocationDetails: '"NetworkLocationDetails"',
    RequestId: '"OriginalRequestId"',
    ReportId: '"Id"',
    EndpointCall: "''",
    IsThroughGlobalSecureAccess: 'false',
    UniqueTokenId: '"UniqueTokenIdentifier"',
  };
}

/** The view's SQL: every column of the table's schema, in order, cast to its schema type. */
function defenderViewSql(engine: EmbeddedKqlEngine, view: string): string {
  const cols = schemaColumns(engine.schema.tables[view]!);
  const parts = SIGN_IN_TABLES.map((t) => {
    const map = defenderColumns(t);
    return `SELECT ${cols.map((c) => `CAST(${map[c.name] ?? 'NULL'} AS ${DUCKDB_TYPE[c.type]}) AS ${quoteIdent(c.name)}`).join(', ')} FROM ${quoteIdent(t)}`;
  });
  return `CREATE VIEW ${quoteIdent(view)} AS ${parts.join(' UNION ALL ')}`;
}

/** Graph requests an app may make after signing in, picked per sign-in by its id. */
const GRAPH_REQUESTS: readonly (readonly [string, string, number])[] = [
  ['GET', 'https://graph.microsoft.com/v1.0/me', 200],
  ['GET', 'https://graph.microsoft.com/v1.0/me/messages?$top=10', 200],
  ['GET', 'https://graph.microsoft.com/v1.0/me/drive/root/children', 200],
  ['GET', 'https://graph.microsoft.com/v1.0/users?$select=displayName,mail', 200],
  ['GET', 'https://graph.microsoft.com/v1.0/groups?$top=100', 200],
  ['GET', 'https://graph.microsoft.com/v1.0/me/memberOf', 200],
  ['POST', 'https://graph.microsoft.com/v1.0/$batch', 200],
  ['GET', 'https://graph.microsoft.com/beta/me/authentication/methods', 403],
];

function graphActivitySql(engine: EmbeddedKqlEngine): string {
  const cols = schemaColumns(engine.schema.tables['MicrosoftGraphActivityLogs']!);
  const pick = (i: number): string => `list_extract([${GRAPH_REQUESTS.map((r) => (typeof r[i] === 'number' ? String(r[i]) : `'${String(r[i]).replace(/'/g, "''")}'`)).join(', ')}], 1 + CAST(hash("Id") % ${GRAPH_REQUESTS.length} AS INTEGER))`;
  const map: Record<string, string> = {
    AadTenantId: '"HomeTenantId"',
    ApiVersion: `CASE WHEN ${pick(1)} LIKE '%/beta/%' THEN 'beta' ELSE 'v1.0' END`,
    AppId: '"AppId"',
    ClientAuthMethod: '0',
    ClientRequestId: '"CorrelationId"',
    DurationMs: `50 + CAST(hash("Id" || 'd') % 400 AS INTEGER)`,
    IdentityProvider: `'https://sts.windows.net/' || "HomeTenantId" || '/'`,
    IPAddress: '"IPAddress"',
    Location: `'West Europe'`,
    OperationId: '"OriginalRequestId"',
    RequestId: '"OriginalRequestId"',
    RequestMethod: pick(0),
    RequestUri: pick(1),
    ResponseSizeBytes: `200 + CAST(hash("Id" || 's') % 20000 AS INTEGER)`,
    ResponseStatusCode: pick(2),
    Roles: "''",
    Scopes: `'User.Read Mail.Read Files.Read'`,
    ServicePrincipalId: "''",
    SignInActivityId: `coalesce(NULLIF("UniqueTokenIdentifier", ''), "Id")`,
    SourceSystem: `'Azure AD'`,
    TenantId: '"TenantId"',
    TimeGenerated: `"TimeGenerated" + INTERVAL 2 SECOND`,
    TokenIssuedAt: '"TimeGenerated"',
    Type: `'MicrosoftGraphActivityLogs'`,
    UserAgent: '"UserAgent"',
    UserId: '"UserId"',
    Wids: "''",
    _IsBillable: `'true'`,
    _BilledSize: '1800.0',
  };
  const parts = SIGN_IN_TABLES.map(
    (t) => `SELECT ${cols.map((c) => `CAST(${map[c.name] ?? 'NULL'} AS ${DUCKDB_TYPE[c.type]}) AS ${quoteIdent(c.name)}`).join(', ')} FROM ${quoteIdent(t)} WHERE "ResourceDisplayName" = 'Microsoft Graph' AND "ResultType" = '0'`,
  );
  return `CREATE VIEW "MicrosoftGraphActivityLogs" AS ${parts.join(' UNION ALL ')}`;
}

async function replaceWithView(engine: EmbeddedKqlEngine, name: string, createSql: string): Promise<void> {
  await engine.withConnection(async (c) => {
    const kind = await c.runAndReadAll(`SELECT table_type FROM information_schema.tables WHERE table_schema = 'main' AND table_name = $1`, [name]);
    const type = kind.getRows()[0]?.[0];
    if (type === 'VIEW') await c.run(`DROP VIEW ${quoteIdent(name)}`);
    else if (type !== undefined) await c.run(`DROP TABLE ${quoteIdent(name)}`);
    await c.run(createSql);
  });
}

/** Creates (or re-creates) the derived views; tables the schema does not serve are skipped. */
export async function createDerivedViews(engine: EmbeddedKqlEngine): Promise<string[]> {
  const made: string[] = [];
  for (const view of ['AADSignInEventsBeta', 'EntraIdSignInEvents']) {
    if (!engine.schema.tables[view]) continue;
    await replaceWithView(engine, view, defenderViewSql(engine, view));
    made.push(view);
  }
  if (engine.schema.tables['MicrosoftGraphActivityLogs']) {
    await replaceWithView(engine, 'MicrosoftGraphActivityLogs', graphActivitySql(engine));
    made.push('MicrosoftGraphActivityLogs');
  }
  return made;
}
