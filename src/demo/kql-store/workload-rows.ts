/**
 * Rows of the workload-identity and provisioning tables, derived from the demo tenant's model so
 * that they agree with what Graph serves:
 *
 * - AADServicePrincipalSignInLogs: each service principal's last sign-in (Graph
 *   `servicePrincipalSignInActivity.lastSignInActivity`), one successful client-credentials
 *   sign-in to Microsoft Graph. The demo keeps only the last sign-in per app, so the table is a
 *   lower bound of a real one.
 * - AADRiskyServicePrincipals: Graph `riskyServicePrincipal` objects, column for column.
 * - AADServicePrincipalRiskEvents: one detection per risky service principal, at the time its risk
 *   was last updated (admin-confirmed compromise → `adminConfirmedServicePrincipalCompromised`,
 *   otherwise `suspiciousSignins`).
 * - AADProvisioningLogs: Salesforce's outbound provisioning: one `Create` per user app-role
 *   assignment to Salesforce made inside the sign-in window.
 *
 * AADManagedIdentitySignInLogs and ADFSSignInLogs stay empty: the demo tenant has no managed
 * identities and no federated (AD FS) domain.
 */
import type { GraphObject, TenantModel } from '../model';
import type { Row } from '../../kql';

const str = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v));
const DAY_MS = 86_400_000;

/** A stable GUID-shaped id from text (FNV-1a, four rounds): the same input gives the same id. */
function stableGuid(text: string): string {
  let hex = '';
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function servicePrincipalSignInActivities(model: TenantModel): readonly GraphObject[] {
  const generated = (model as TenantModel & { servicePrincipalSignInActivities?: readonly GraphObject[] }).servicePrincipalSignInActivities;
  return generated ?? [];
}

export function servicePrincipalSignInRows(model: TenantModel): Row[] {
  const tenantId = model.tenant.tenantId;
  const windowStart = Date.parse(model.tenant.anchorTime) - 30 * DAY_MS;
  const spByAppId = new Map(model.servicePrincipals.map((sp) => [str(sp['appId']), sp]));
  const graph = model.servicePrincipals.find((sp) => sp['appDisplayName'] === 'Microsoft Graph');
  const rows: Row[] = [];
  for (const a of servicePrincipalSignInActivities(model)) {
    const last = (a['lastSignInActivity'] ?? {}) as Record<string, unknown>;
    const at = str(last['lastSignInDateTime']);
    if (!at || Date.parse(at) < windowStart) continue;
    const sp = spByAppId.get(str(a['appId']));
    if (!sp) continue;
    const id = str(last['lastSignInRequestId']) || stableGuid(`sp-signin:${sp.id}:${at}`);
    rows.push({
      TenantId: tenantId,
      SourceSystem: 'Azure AD',
      Type: 'AADServicePrincipalSignInLogs',
      Category: 'ServicePrincipalSignInLogs',
      OperationName: 'Sign-in activity',
      OperationVersion: '1.0',
      Level: '4',
      Location: 'NL',
      TimeGenerated: at,
      Id: id,
      CorrelationId: stableGuid(`sp-corr:${id}`),
      UniqueTokenIdentifier: stableGuid(`sp-token:${id}`),
      AppId: str(sp['appId']),
      ServicePrincipalId: sp.id,
      ServicePrincipalName: str(sp['displayName']),
      Identity: str(sp['displayName']),
      ResourceDisplayName: 'Microsoft Graph',
      ResourceIdentity: str(graph?.['appId']) || '00000003-0000-0000-c000-000000000000',
      ResourceServicePrincipalId: graph?.id ?? '',
      ResultType: '0',
      ResultSignature: 'SUCCESS',
      ResultDescription: '',
      IPAddress: '20.50.2.10',
      LocationDetails: JSON.stringify({ city: 'Amsterdam', state: 'Noord-Holland', countryOrRegion: 'NL' }),
      ConditionalAccessStatus: 'notApplied',
      ConditionalAccessPolicies: '[]',
      AuthenticationProcessingDetails: '[]',
      AuthenticationProtocol: 'none',
      IncomingTokenType: 'none',
      DurationMs: 0,
    });
  }
  return rows.sort((x, y) => str(x['TimeGenerated']).localeCompare(str(y['TimeGenerated'])));
}

export function riskyServicePrincipalRow(r: GraphObject, tenantId: string): Row {
  return {
    TenantId: tenantId,
    SourceSystem: 'Azure AD',
    Type: 'AADRiskyServicePrincipals',
    OperationName: 'Risky service principal',
    TimeGenerated: r['riskLastUpdatedDateTime'],
    RiskLastUpdatedDateTime: r['riskLastUpdatedDateTime'],
    Id: r.id,
    AppId: str(r['appId']),
    DisplayName: str(r['displayName']),
    AccountEnabled: r['isEnabled'] !== false,
    IsProcessing: r['isProcessing'] === true,
    RiskLevel: str(r['riskLevel']),
    RiskState: str(r['riskState']),
    RiskDetail: str(r['riskDetail']),
    ServicePrincipalType: str(r['servicePrincipalType']),
    CorrelationId: '',
  };
}

export function servicePrincipalRiskEventRow(r: GraphObject, tenantId: string): Row {
  const at = r['riskLastUpdatedDateTime'];
  const confirmed = r['riskDetail'] === 'adminConfirmedServicePrincipalCompromised';
  return {
    TenantId: tenantId,
    SourceSystem: 'Azure AD',
    Type: 'AADServicePrincipalRiskEvents',
    OperationName: 'Service principal risk detection',
    TimeGenerated: at,
    ActivityDateTime: at,
    DetectedDateTime: at,
    LastUpdatedDateTime: at,
    Id: stableGuid(`sp-risk:${r.id}`),
    RequestId: '',
    CorrelationId: '',
    Activity: 'servicePrincipal',
    AppId: str(r['appId']),
    ServicePrincipalId: r.id,
    ServicePrincipalDisplayName: str(r['displayName']),
    RiskEventType: confirmed ? 'adminConfirmedServicePrincipalCompromised' : 'suspiciousSignins',
    RiskLevel: str(r['riskLevel']),
    RiskState: str(r['riskState']),
    RiskDetail: str(r['riskDetail']),
    DetectionTimingType: confirmed ? 'offline' : 'realtime',
    Source: 'IdentityProtection',
    TokenIssuerType: 'AzureAD',
    IpAddress: '',
    KeyIds: [],
    Location: {},
    AdditionalInfo: [],
  };
}

/** Salesforce outbound provisioning: a Create per user assignment to Salesforce inside the window. */
export function provisioningRows(model: TenantModel): Row[] {
  const tenantId = model.tenant.tenantId;
  const windowStart = Date.parse(model.tenant.anchorTime) - 30 * DAY_MS;
  const users = new Map(model.users.map((u) => [u.id, u]));
  const rows: Row[] = [];
  for (const a of model.appRoleAssignments) {
    if (a['resourceDisplayName'] !== 'Salesforce' || a['principalType'] !== 'User') continue;
    const at = str(a['createdDateTime']);
    if (!at || Date.parse(at) < windowStart) continue;
    const user = users.get(str(a['principalId']));
    if (!user) continue;
    const upn = str(user['userPrincipalName']);
    const id = stableGuid(`provision:${a.id}`);
    rows.push({
      TenantId: tenantId,
      AADTenantId: tenantId,
      SourceSystem: 'Azure AD',
      Type: 'AADProvisioningLogs',
      Category: 'ProvisioningLogs',
      OperationName: 'Provisioning activity',
      OperationVersion: '1.0',
      TimeGenerated: at,
      Id: id,
      ChangeId: stableGuid(`change:${id}`),
      CycleId: stableGuid(`cycle:${at.slice(0, 13)}`),
      CorrelationId: stableGuid(`corr:${id}`),
      JobId: `SalesforceOutDelta.${tenantId.replace(/-/g, '').slice(0, 32)}`,
      DurationMs: 850,
      ProvisioningAction: 'Create',
      ResultType: 'Success',
      ResultSignature: 'None',
      ResultDescription: `User '${upn}' was created in Salesforce`,
      InitiatedBy: JSON.stringify({ Id: '', Name: 'Azure AD Provisioning Service', Type: 'system' }),
      ServicePrincipal: JSON.stringify({ Id: str(a['resourceId']), Name: 'Salesforce' }),
      SourceIdentity: JSON.stringify({ Id: user.id, Name: str(user['displayName']), identityType: 'User', details: { UserPrincipalName: upn } }),
      TargetIdentity: JSON.stringify({ Id: stableGuid(`sf-user:${user.id}`), Name: upn, identityType: 'User', details: {} }),
      TargetSystem: JSON.stringify({ Id: str(a['resourceId']), Name: 'Salesforce', Details: { ApplicationId: str(a['resourceId']), ServicePrincipalDisplayName: 'Salesforce' } }),
      ProvisioningStatusInfo: JSON.stringify({ Status: 'success', ErrorInformation: null }),
      ProvisioningSteps: JSON.stringify([{ Name: 'EntryExportAdd', ProvisioningStepType: 'export', Status: 'success', Description: `User '${upn}' was created in Salesforce` }]),
      ModifiedProperties: JSON.stringify([{ displayName: 'userPrincipalName', newValue: upn }]),
    });
  }
  return rows.sort((x, y) => str(x['TimeGenerated']).localeCompare(str(y['TimeGenerated'])));
}
