/** Graph objects → Log Analytics tables: shapes and types as Log Analytics has them. */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';

describe('loadDemoTenantTables', () => {
  it.each<[string, unknown[][]]>([
    ['SigninLogs | summarize n = count() | project ok = n > 100', [[true]]],
    ['AADNonInteractiveUserSignInLogs | summarize n = count() | project ok = n > 10', [[true]]],
    ["SigninLogs | where ResultType == '50126' | take 1 | project t = gettype(ResultType), s = tostring(Status.errorCode)", [['string', '50126']]],
    ['SigninLogs | take 1 | project c = isnotempty(tostring(LocationDetails.city)), o = isnotempty(tostring(DeviceDetail.operatingSystem))', [[true, true]]],
    ['SigninLogs | take 1 | project p = tostring(ConditionalAccessPolicies[0].displayName)', [['Require MFA for admins']]],
    ['AADNonInteractiveUserSignInLogs | take 1 | project s = tostring(parse_json(LocationDetails).city) != ""', [[true]]],
    ["AuditLogs | where OperationName == 'Add service principal credentials' | take 1 | project u = tostring(InitiatedBy.user.userPrincipalName) endswith '@contoso.com', p = tostring(TargetResources[0].modifiedProperties[0].displayName)", [[true, 'KeyDescription']]],
    ["AADRiskyUsers | where RiskLevel == 'high' | project UserPrincipalName", [['user2@contoso.com']]],
    ["AADUserRiskEvents | summarize dcount(RiskEventType)", [[4]]],
    ["IdentityInfo | where AssignedRoles has 'Global Administrator' | project AccountUPN", [['user0@contoso.com']]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });

  it('stores log tables sorted by TimeGenerated', async () => {
    const r = await rows('SigninLogs | project TimeGenerated');
    const times = r.map((x) => String(x[0]));
    expect([...times].sort()).toEqual(times);
  });
});
