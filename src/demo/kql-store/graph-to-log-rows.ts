/**
 * Microsoft Graph v1.0 objects → Log Analytics rows, column for column as Entra's diagnostic
 * settings write them (AuditLogs, AADRiskyUsers, AADUserRiskEvents, IdentityInfo; the sign-in
 * tables are mapped in SQL by sign-in-sql.ts). Pure functions.
 */
import type { GraphObject, TenantModel } from '../model';
import type { Row } from '../../kql';

type Obj = Readonly<Record<string, unknown>>;

const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v));

/** A Graph `directoryAudit` as an AuditLogs row. */
export function auditRow(a: GraphObject, tenantId: string): Row {
  const by = obj(a['initiatedBy']);
  const user = obj(by['user']);
  const app = obj(by['app']);
  return {
    TenantId: tenantId,
    AADTenantId: tenantId,
    SourceSystem: 'Azure AD',
    Type: 'AuditLogs',
    TimeGenerated: a['activityDateTime'],
    ActivityDateTime: a['activityDateTime'],
    Id: a.id,
    CorrelationId: str(a['correlationId']),
    Category: str(a['category']),
    OperationName: str(a['activityDisplayName']),
    ActivityDisplayName: str(a['activityDisplayName']),
    OperationVersion: '1.0',
    AADOperationType: str(a['operationType']),
    LoggedByService: str(a['loggedByService']),
    Result: str(a['result']),
    ResultReason: str(a['resultReason']),
    ResultDescription: str(a['resultReason']),
    ResultType: '',
    ResultSignature: 'None',
    Identity: str(user['userPrincipalName']) || str(user['displayName']) || str(app['displayName']),
    InitiatedBy: by,
    TargetResources: a['targetResources'] ?? [],
    AdditionalDetails: a['additionalDetails'] ?? [],
    Level: '4',
    Location: '',
    DurationMs: 0,
  };
}

/** A Graph `riskyUser` as an AADRiskyUsers row. */
export function riskyUserRow(r: GraphObject, tenantId: string): Row {
  return {
    TenantId: tenantId,
    SourceSystem: 'Azure AD',
    Type: 'AADRiskyUsers',
    OperationName: 'Risky user',
    TimeGenerated: r['riskLastUpdatedDateTime'],
    RiskLastUpdatedDateTime: r['riskLastUpdatedDateTime'],
    Id: r.id,
    UserPrincipalName: str(r['userPrincipalName']),
    UserDisplayName: str(r['userDisplayName']),
    RiskLevel: str(r['riskLevel']),
    RiskState: str(r['riskState']),
    RiskDetail: str(r['riskDetail']),
    IsDeleted: r['isDeleted'] === true,
    IsProcessing: r['isProcessing'] === true,
    CorrelationId: '',
  };
}

/** A Graph `riskDetection` as an AADUserRiskEvents row. */
export function riskEventRow(d: GraphObject, tenantId: string): Row {
  let additional: unknown = d['additionalInfo'];
  if (typeof additional === 'string') {
    try {
      additional = JSON.parse(additional) as unknown;
    } catch {
      additional = [];
    }
  }
  return {
    TenantId: tenantId,
    SourceSystem: 'Azure AD',
    Type: 'AADUserRiskEvents',
    OperationName: 'User Risk Detection',
    TimeGenerated: d['detectedDateTime'] ?? d['activityDateTime'],
    Id: d.id,
    RequestId: str(d['requestId']),
    CorrelationId: str(d['correlationId']),
    RiskEventType: str(d['riskEventType']),
    RiskState: str(d['riskState']),
    RiskLevel: str(d['riskLevel']),
    RiskDetail: str(d['riskDetail']),
    Source: str(d['source']),
    DetectionTimingType: str(d['detectionTimingType']),
    Activity: str(d['activity']),
    TokenIssuerType: str(d['tokenIssuerType']),
    IpAddress: str(d['ipAddress']),
    Location: d['location'] ?? {},
    ActivityDateTime: d['activityDateTime'],
    DetectedDateTime: d['detectedDateTime'],
    LastUpdatedDateTime: d['lastUpdatedDateTime'],
    UserId: str(d['userId']),
    UserDisplayName: str(d['userDisplayName']),
    UserPrincipalName: str(d['userPrincipalName']),
    AdditionalInfo: additional ?? [],
  };
}

/** IdentityInfo: one row per user at the anchor time, with directory roles and group names. */
export function identityInfoRows(model: TenantModel): Row[] {
  const tenantId = model.tenant.tenantId;
  const roleNames = new Map(model.roleDefinitions.map((r) => [r.id, str(r['displayName'])]));
  const rolesByUser = new Map<string, string[]>();
  for (const a of model.roleAssignments) {
    const name = roleNames.get(str(a['roleDefinitionId']));
    const principal = str(a['principalId']);
    if (!name || !principal) continue;
    rolesByUser.set(principal, [...(rolesByUser.get(principal) ?? []), name]);
  }
  const groupNames = new Map(model.groups.map((g) => [g.id, str(g['displayName'])]));
  const groupsByUser = new Map<string, string[]>();
  for (const m of model.groupMembers) {
    const name = groupNames.get(m.groupId);
    if (!name) continue;
    for (const id of m.memberIds) groupsByUser.set(id, [...(groupsByUser.get(id) ?? []), name]);
  }
  const risk = new Map(model.riskyUsers.map((r) => [r.id, r]));
  return model.users.map((u) => {
    const upn = str(u['userPrincipalName']);
    const r = risk.get(u.id);
    return {
      TenantId: tenantId,
      AccountTenantId: tenantId,
      SourceSystem: 'AAD',
      Type: 'IdentityInfo',
      TimeGenerated: model.tenant.anchorTime,
      AccountObjectId: u.id,
      AccountUPN: upn,
      AccountName: upn.split('@')[0] ?? '',
      AccountDomain: upn.split('@')[1] ?? '',
      AccountDisplayName: str(u['displayName']),
      AccountCreationTime: u['createdDateTime'],
      GivenName: str(u['givenName']),
      Surname: str(u['surname']),
      Department: str(u['department']),
      JobTitle: str(u['jobTitle']),
      CompanyName: str(u['companyName']),
      City: str(u['city']),
      Country: str(u['country']),
      State: str(u['state']),
      MailAddress: str(u['mail']),
      EmployeeId: str(u['employeeId']),
      Phone: str(u['mobilePhone']),
      UserType: str(u['userType']) || 'Member',
      IsAccountEnabled: u['accountEnabled'] !== false,
      UserState: u['accountEnabled'] === false ? 'Disabled' : 'Enabled',
      AssignedRoles: rolesByUser.get(u.id) ?? [],
      GroupMembership: groupsByUser.get(u.id) ?? [],
      RiskLevel: r ? str(r['riskLevel']) : 'none',
      RiskState: r ? str(r['riskState']) : 'none',
      ChangeSource: 'AzureActiveDirectory',
    };
  });
}
