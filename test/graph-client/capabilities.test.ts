import { describe, expect, it } from 'vitest';
import { CAPABILITIES, checkRequest, describeViolations } from '../../src/sources/graph/capabilities';
import type { CheckedRequest, GraphAuthMode } from '../../src/sources/graph/capabilities';
import { filterUses } from '../../src/sources/graph/filter-uses';

const EVENTUAL = { ConsistencyLevel: 'eventual' };
const ID = 'c6defc8c-152b-41f2-8ce7-59ff93e6aacf';

/** The violation kinds of one request (each example below is from a Graph reference page). */
function kinds(url: string, headers: CheckedRequest['headers'] = {}, mode: GraphAuthMode = 'delegated'): string[] {
  return checkRequest({ method: 'GET', url, headers }, mode).violations.map((v) => v.kind);
}

describe('checkRequest: documented shapes pass', () => {
  it.each([
    ['/v1.0/auditLogs/signIns?$filter=startsWith(appDisplayName,\'Graph\')&$top=10', {}], // signin-list example 2
    ['/v1.0/users?$filter=startsWith(displayName,\'a\')&$select=id,displayName', {}],
    ['/v1.0/users?$count=true&$filter=endsWith(mail,\'@outlook.com\')', EVENTUAL], // advanced query page
    ['/v1.0/groups/{id}/transitiveMembers/microsoft.graph.user?$count=true', EVENTUAL], // advanced query page
    ['/v1.0/users/$count', EVENTUAL],
    ['/v1.0/identityProtection/riskyUsers?$filter=riskLevel eq \'high\'&$top=500', {}],
    ['/v1.0/auditLogs/directoryAudits?$filter=targetResources/any(t: t/id eq \'x\') and activityDateTime ge 2024-03-01T00:00:00Z', {}],
    ['/v1.0/roleManagement/directory/roleDefinitions?$filter=displayName in (\'Global Reader\',\'Security Reader\')', {}],
    ['/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=methodsRegistered/any(m: m eq \'fido2\')', {}],
    ['https://graph.microsoft.com/beta/reports/servicePrincipalSignInActivities?$filter=appId eq \'x\'', {}],
    [`/v1.0/groups/delta?$select=displayName,members&$deltatoken=abc`, {}],
    ['/v1.0/servicePrincipals?$filter=appOwnerOrganizationId ne ' + ID + '&$count=true', EVENTUAL],
  ])('%s', (url, headers) => {
    expect(describeViolations(checkRequest({ method: 'GET', url: url.replace('{id}', ID), headers }, 'delegated').violations)).toEqual([]);
  });
});

describe('checkRequest: what the docs do not support', () => {
  it('unknown paths and versions', () => {
    expect(kinds('/v1.0/me/drive')).toEqual(['unknownPath']);
    expect(kinds('/v1.0/reports/servicePrincipalSignInActivities')).toEqual(['unknownPath']); // beta only
  });
  it('operators a property does not list', () => {
    expect(kinds("/v1.0/auditLogs/directoryAudits?$filter=category eq 'RoleManagement'")).toEqual(['unsupportedFilter']);
    expect(kinds("/v1.0/roleManagement/directory/roleDefinitions?$filter=startsWith(displayName,'Glob')")).toEqual(['unsupportedFilter']);
    expect(kinds("/v1.0/identityGovernance/entitlementManagement/accessPackages?$filter=startsWith(displayName,'Mar')")).toEqual(['unsupportedFilter']);
    expect(kinds('/v1.0/identityProtection/riskyServicePrincipals?$filter=riskLastUpdatedDateTime ge 2024-03-01T00:00:00Z')).toEqual(['unsupportedFilter']);
    expect(kinds("/v1.0/auditLogs/signIns?$filter=not(appId eq 'x')")).toEqual(['unsupportedFilter']);
  });
  it('an undocumented shape kept on purpose is reported as such, with its fallback', () => {
    const r = checkRequest({ method: 'GET', url: '/v1.0/auditLogs/signIns?$filter=status/errorCode ne 0' }, 'delegated');
    expect(r.violations).toEqual([expect.objectContaining({ kind: 'undocumentedButKept', what: 'status/errorCode ne 0', fallback: expect.any(String) })]);
    expect(kinds('/v1.0/auditLogs/signIns?$filter=status/errorCode eq 50126')).toEqual([]);
  });
  it('parameters and orderings the page does not document', () => {
    expect(kinds('/v1.0/identityProtection/riskyUsers?$orderby=riskLastUpdatedDateTime desc')).toEqual(['unsupportedParameter']);
    // The advanced-query page's sorting table: user displayName/userPrincipalName and group displayName by default.
    expect(kinds('/v1.0/users?$orderby=createdDateTime')).toEqual(['advancedQueryWithoutHeaders']);
    expect(kinds('/v1.0/users?$orderby=createdDateTime&$count=true', EVENTUAL)).toEqual([]);
    expect(kinds('/v1.0/servicePrincipals?$orderby=displayName')).toEqual(['advancedQueryWithoutHeaders']);
    expect(kinds('/v1.0/groups?$orderby=displayName')).toEqual([]);
    expect(kinds('/v1.0/users?$orderby=jobTitle&$count=true', EVENTUAL)).toEqual(['unsupportedOrderBy']);
    expect(kinds('/v1.0/users/{id}/authentication/methods?$top=5'.replace('{id}', ID))).toEqual(['unsupportedParameter']);
  });
  it('advanced queries need ConsistencyLevel: eventual and $count=true', () => {
    const cast = `/v1.0/users/${ID}/transitiveMemberOf/microsoft.graph.group?$select=id`;
    expect(checkRequest({ method: 'GET', url: cast }, 'delegated').violations).toEqual([
      expect.objectContaining({ kind: 'advancedQueryWithoutHeaders', missing: ['ConsistencyLevel', '$count'] }),
    ]);
    expect(kinds(cast, EVENTUAL)).toEqual(['advancedQueryWithoutHeaders']); // still no $count
    expect(kinds(`${cast}&$count=true`, EVENTUAL)).toEqual([]);
    expect(kinds("/v1.0/users?$filter=accountEnabled ne false")).toEqual(['advancedQueryWithoutHeaders']);
    expect(kinds("/v1.0/users?$filter=startsWith(displayName,'a')&$orderby=displayName")).toEqual(['advancedQueryWithoutHeaders']);
    expect(kinds(`/v1.0/groups/${ID}/members?$filter=userType eq 'Guest'`)).toEqual(['advancedQueryWithoutHeaders']);
    expect(kinds('/v1.0/users/$count')).toEqual(['advancedQueryWithoutHeaders']);
    expect(kinds('/v1.0/users?$search="displayName:ada"')).toEqual(['advancedQueryWithoutHeaders']);
    expect(kinds("/v1.0/users?$filter=endsWith(displayName,'son')&$count=true", EVENTUAL)).toEqual(['unsupportedFilter']); // endsWith: mail, otherMails, userPrincipalName, proxyAddresses only
  });
  it('$expand is not supported with advanced queries', () => {
    expect(kinds('/v1.0/servicePrincipals?$expand=owners&$count=true', EVENTUAL)).toEqual(['expandWithAdvancedQuery']);
    expect(kinds('/v1.0/servicePrincipals?$expand=owners')).toEqual([]);
  });
  it('$top above the page maximum', () => {
    expect(kinds('/v1.0/auditLogs/signIns?$top=1001')).toEqual(['topOutOfRange']);
    expect(kinds('/v1.0/users?$top=1000')).toEqual(['topOutOfRange']);
    expect(kinds('/v1.0/identityProtection/riskyUsers?$top=501')).toEqual(['topOutOfRange']);
    expect(kinds('/v1.0/users?$top=0')).toEqual(['topOutOfRange']);
  });
  it('delegated-only APIs in app-only mode', () => {
    for (const rel of ['ownedObjects/microsoft.graph.group', 'registeredDevices', 'ownedDevices']) {
      expect(kinds(`/v1.0/users/${ID}/${rel}`, {}, 'appOnly'), rel).toEqual(['notInAppOnly']);
      expect(kinds(`/v1.0/users/${ID}/${rel}`, {}, 'delegated'), rel).toEqual([]);
    }
  });
});

describe('the table', () => {
  it('every API names its page, and lists least-privileged permissions for delegated mode', () => {
    expect(CAPABILITIES.length).toBeGreaterThanOrEqual(40);
    for (const a of CAPABILITIES) {
      expect(a.docUrl, a.id).toMatch(/^https:\/\/learn\.microsoft\.com\/graph\/api\//);
      expect(a.permissions.delegated?.length, a.id).toBeGreaterThan(0);
      for (const p of [...(a.permissions.delegated ?? []), ...(a.permissions.application ?? [])]) expect(p, a.id).toMatch(/^[A-Z][A-Za-z]+(\.[A-Za-z]+)+$/);
    }
  });
  it('knows v1.0 lacks beta-only properties (from the metadata)', () => {
    const byId = new Map(CAPABILITIES.map((a) => [a.id, a]));
    expect(byId.get('signin-list')?.betaOnlyProperties).toEqual(expect.arrayContaining(['mfaDetail', 'authenticationRequirement', 'authenticationDetails']));
    expect(byId.get('authenticationmethodsroot-list-userregistrationdetails')?.betaOnlyProperties).toEqual(['defaultMfaMethod']);
    expect(byId.get('signin-list')?.betaOnlyProperties).not.toContain('status');
  });
});

describe('filterUses', () => {
  it('reads comparisons, functions, lambdas, not and null checks', () => {
    expect(filterUses("createdDateTime ge 2024-03-01T00:00:00Z and status/errorCode ne 0")).toEqual([
      { property: 'createdDateTime', op: 'ge', lambda: false }, { property: 'status/errorCode', op: 'ne', lambda: false },
    ]);
    expect(filterUses("startsWith(displayName,'a') or targetResources/any(t: t/id eq 'x')")).toEqual([
      { property: 'displayName', op: 'startsWith', lambda: false }, { property: 'targetResources/id', op: 'eq', lambda: true },
    ]);
    expect(filterUses("not(companyName eq null) and id in ('a','b')")).toEqual([
      { property: '*', op: 'not', lambda: false }, { property: 'companyName', op: 'eqNull', lambda: false }, { property: 'id', op: 'in', lambda: false },
    ]);
    expect(filterUses(`appOwnerOrganizationId ne ${ID}`)).toEqual([{ property: 'appOwnerOrganizationId', op: 'ne', lambda: false }]);
  });
  it('treats everything inside a string literal as data', () => {
    expect(filterUses("displayName eq 'x'' or category eq ''y' and userId eq 'z'")).toEqual([
      { property: 'displayName', op: 'eq', lambda: false }, { property: 'userId', op: 'eq', lambda: false },
    ]);
  });
});
