/**
 * data-reads.ts on its own: what a planned query reads, worked out from the query (Graph path and
 * properties, KQL text), as the evidence the data gate acts on. Each expectation follows the
 * module's contract (ReadEvidence: `selectOnly` lists the `$select` properties that are the only
 * reason a category is read, empty when the path, a filter or the KQL text reads it) and
 * Microsoft's pages named in policy.json (which Graph resources and properties carry which data).
 * Part of the `policy` mutation module's tests (test/mutation/modules.mjs).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type * as DataReadsModule from '../../src/policy/data-reads';
import type { PlannedQuery } from '../../src/planning/query-plan';

// Loaded in a hook (as policy-units.test.ts does): a fault that makes loading throw fails every
// test here instead of leaving a file with no tests.
let graphReads: typeof DataReadsModule.graphReads;
let kqlReads: typeof DataReadsModule.kqlReads;
let derivedReads: typeof DataReadsModule.derivedReads;
let queryReads: typeof DataReadsModule.queryReads;
let loadError: unknown;
beforeAll(async () => {
  try {
    ({ graphReads, kqlReads, derivedReads, queryReads } = await import('../../src/policy/data-reads.js'));
  } catch (err) {
    loadError = err;
  }
});
beforeEach(() => {
  if (loadError !== undefined) throw loadError;
});

const reads = (path: string) => graphReads({ path });
const hard = (...categories: string[]) => categories.map((category) => ({ category, selectOnly: [] }));

describe('Graph paths and the category each reads (the rule of the path\'s root, first match wins)', () => {
  it.each([
    // List signIns (auditLogs/signIns) is sign-in data; directoryAudits and provisioning are the audit log.
    ['/auditLogs/signIns?$top=5', 'signInLogs'],
    ['/auditLogs/directoryAudits', 'auditLogs'],
    ['/auditLogs/provisioning', 'auditLogs'],
    // Risky service principals and their detections are the workload-identity risk; the rest of identityProtection is people's risk.
    ['/identityProtection/riskyServicePrincipals', 'appRisk'],
    ['/identityProtection/servicePrincipalRiskDetections/abc', 'appRisk'],
    ['/identityProtection/riskyUsers', 'risk'],
    ['/identityProtection/riskDetections', 'risk'],
    ['/identity/conditionalAccess/policies', 'conditionalAccess'],
    ['/security/alerts_v2', 'risk'],
    ['/roleManagement/directory/roleEligibilitySchedules', 'roleAssignments'],
    ['/directoryRoles', 'roleAssignments'],
    ['/directoryRoles/r1/members', 'roleAssignments'],
    ['/users/u1/transitiveMemberOf/microsoft.graph.directoryRole', 'roleAssignments'],
    ['/reports/authenticationMethods/userRegistrationDetails', 'mfaRegistration'],
    // The other reports are sign-in activity (servicePrincipalSignInActivities: AuditLog.Read.All, Reports Reader and up).
    ['/reports/servicePrincipalSignInActivities', 'signInLogs'],
    ['/identityGovernance/entitlementManagement/assignments', 'entitlement'],
    ['/users/u1/authentication/methods', 'authMethods'],
    ['/me/authentication/methods', 'authMethods'],
    ['/me/authentication', 'authMethods'],
    ['/groups/g1/members', 'directory'],
  ])('%s reads %s', (path, category) => {
    expect(reads(path)).toEqual(hard(category));
  });

  it('reads the path case-insensitively, decoded, with any trailing slashes removed', () => {
    expect(reads('/AUDITLOGS/SIGNINS')).toEqual(hard('signInLogs'));
    expect(reads('/auditLogs%2FsignIns')).toEqual(hard('signInLogs'));
    expect(reads('/auditLogs/signIns/')).toEqual(hard('signInLogs'));
    // An app's accountEnabled is no person's account state; the same path with trailing slashes is the same collection.
    expect(reads('/servicePrincipals/?$select=accountEnabled')).toEqual(hard('directory'));
    expect(reads('/servicePrincipals//?$select=accountEnabled')).toEqual(hard('directory'));
  });

  it('keeps a path whose escapes do not decode, and still reads it by its rule', () => {
    expect(reads('/auditLogs/signIns/%E0%A4%A')).toEqual(hard('signInLogs'));
    expect(reads('/users?$select=%E0%A4%A')).toEqual(hard('directory'));
  });

  // The rules name the resource a path starts from: the same words further down a path (a user's own
  // security/informationProtection, sensitivity labels, not risk) are not that resource.
  it.each([
    '/users/u1/auditLogs/signIns', '/users/u1/auditLogs/directoryAudits', '/users/u1/identityProtection/riskyServicePrincipals',
    '/users/u1/identityProtection/riskyUsers', '/users/u1/identity/conditionalAccess/policies',
    '/users/u1/security/informationProtection/sensitivityLabels', '/users/u1/roleManagement/directory',
    '/users/u1/directoryRoles', '/users/u1/reports/authenticationMethods/x', '/users/u1/reports/x',
    '/users/u1/identityGovernance/accessReviews', '/groups/g1/users/u1/authentication/methods', '/users/u1/me/authentication',
  ])('%s is read by its root, as directory data', (path) => {
    expect(reads(path)).toEqual(hard('directory'));
  });

  it('an id of one character or many, never a slash, between users and authentication', () => {
    expect(reads('/users/a/authentication/methods')).toEqual(hard('authMethods'));
    expect(reads('/users/u1/manager/authentication/methods')).toEqual(hard('directory'));
    // `authentication` as a whole segment: authenticationMethods is something else.
    expect(reads('/users/u1/authenticationX')).toEqual(hard('directory'));
  });
});

describe('properties a Graph request names', () => {
  it('selected restricted properties are the only reason their category is read (user resource, Microsoft\'s user and signInActivity pages)', () => {
    expect(reads('/users?$select=id,displayName,accountEnabled,signInActivity,lastPasswordChangeDateTime')).toEqual([
      { category: 'directory', selectOnly: [] },
      { category: 'accountState', selectOnly: ['accountEnabled'] },
      { category: 'account', selectOnly: ['signInActivity', 'lastPasswordChangeDateTime'] },
    ]);
    expect(reads('/users?$select=id,displayName')).toEqual(hard('directory'));
  });

  it('one selected property alone, the first one, or one with spaces around it is still seen', () => {
    expect(reads('/users/u1?$select=accountEnabled')).toEqual([{ category: 'directory', selectOnly: [] }, { category: 'accountState', selectOnly: ['accountEnabled'] }]);
    expect(reads('/users?$select=signInActivity,id')).toEqual([{ category: 'directory', selectOnly: [] }, { category: 'account', selectOnly: ['signInActivity'] }]);
    expect(reads('/users?$select=id,%20signInActivity%20')).toEqual([{ category: 'directory', selectOnly: [] }, { category: 'account', selectOnly: ['signInActivity'] }]);
    // Property and option names in any case (OData's system query options are case-insensitive in Graph).
    expect(reads('/users?$SELECT=ACCOUNTENABLED')).toEqual([{ category: 'directory', selectOnly: [] }, { category: 'accountState', selectOnly: ['ACCOUNTENABLED'] }]);
    expect(reads('/users?%24select=accountEnabled')).toEqual([{ category: 'directory', selectOnly: [] }, { category: 'accountState', selectOnly: ['accountEnabled'] }]);
  });

  it('a device\'s last sign-in (device resource: approximateLastSignInDateTime) is device activity, on a device path too', () => {
    expect(reads('/devices?$select=id,approximateLastSignInDateTime')).toEqual([
      { category: 'directory', selectOnly: [] }, { category: 'deviceActivity', selectOnly: ['approximateLastSignInDateTime'] },
    ]);
    expect(reads('/devices?$filter=approximateLastSignInDateTime le 2026-01-01T00:00:00Z')).toEqual(hard('directory', 'deviceActivity'));
  });

  // accountEnabled is a person's account state on users only; on an app or a device it says whether that
  // app or device may sign in (servicePrincipal / application / device resources). The other restricted
  // properties count whatever the object is.
  it.each([
    '/servicePrincipals', '/servicePrincipals/sp1', '/applications/a1', '/devices', '/devices/d1',
    '/servicePrincipals(appId=\'00000003-0000-0000-c000-000000000000\')', '/applications(appId=\'x\')', '/devices(deviceId=\'x\')',
    '/groups/g1/members/microsoft.graph.servicePrincipal', '/groups/g1/members/microsoft.graph.application', '/groups/g1/members/microsoft.graph.device',
    '/users/u1/registeredDevices', '/users/u1/ownedDevices',
  ])('%s: accountEnabled selected or filtered is the object\'s own, not a person\'s account state', (path) => {
    expect(reads(`${path}?$select=id,accountEnabled`)).toEqual(hard('directory'));
    expect(reads(`${path}?$filter=accountEnabled eq true`)).toEqual(hard('directory'));
    expect(reads(`${path}?$select=id,signInActivity,lastPasswordChangeDateTime,approximateLastSignInDateTime`)).toEqual([
      { category: 'directory', selectOnly: [] },
      { category: 'account', selectOnly: ['signInActivity', 'lastPasswordChangeDateTime'] },
      { category: 'deviceActivity', selectOnly: ['approximateLastSignInDateTime'] },
    ]);
  });

  it.each([
    // People below an app, a device or a cast: owners, registered users, a nested navigation.
    '/servicePrincipals/sp1/owners', '/applications/a1/owners', '/devices/d1/registeredUsers',
    '/groups/g1/members/microsoft.graph.device/d1/registeredOwners', '/users/u1/registeredDevices/d1/registeredUsers',
    '/groups/g1/servicePrincipals/sp1', '/users/u1/applications(appId=\'x\')', '/users/u1/devices',
  ])('%s is none of the app or device paths (by its root or its last segment): accountEnabled there is a person\'s account state', (path) => {
    expect(reads(`${path}?$select=id,accountEnabled`)).toEqual([{ category: 'directory', selectOnly: [] }, { category: 'accountState', selectOnly: ['accountEnabled'] }]);
  });

  it.each([
    ['$filter', 'accountEnabled eq false', 'accountState'],
    ['$filter', 'signInActivity/lastSignInDateTime le 2026-01-01T00:00:00Z', 'account'],
    ['$orderby', 'lastPasswordChangeDateTime desc', 'account'],
    ['$expand', 'manager($select=id,accountEnabled)', 'accountState'],
    ['$search', '"signInActivity:x"', 'account'],
    ['%24filter', 'accountEnabled%20eq%20false', 'accountState'],
  ])('a property named in %s (%s) is read by the request itself: its category cannot be avoided', (key, value, category) => {
    expect(reads(`/users?${key}=${value}&$select=id`)).toEqual(hard('directory', category));
  });

  it('form-encoded spaces (+) are spaces; a property name inside a longer word is not that property', () => {
    expect(reads('/users?$filter=accountEnabled+eq+false')).toEqual(hard('directory', 'accountState'));
    expect(reads('/users?$filter=startswith(displayName,\'xaccountenabled\')')).toEqual(hard('directory'));
    expect(reads('/users?$filter=displayName eq \'a\'&$orderby=displayName')).toEqual(hard('directory'));
  });

  it('each option is read on its own, not run together with the next one', () => {
    // Device resource: approximateLastSignInDateTime supports $orderby; accountEnabled there is the device's own.
    expect(reads('/devices?$filter=accountEnabled eq true&$orderby=approximateLastSignInDateTime desc')).toEqual(hard('directory', 'deviceActivity'));
  });

  it('an expansion on an app or a device path can name people\'s properties: then accountEnabled is read as account state', () => {
    expect(reads('/servicePrincipals/sp1?$expand=owners($select=id,accountEnabled)')).toEqual(hard('directory', 'accountState'));
    expect(reads('/devices/d1?$expand=registeredOwners($select=accountEnabled)')).toEqual(hard('directory', 'accountState'));
    // The option's name encoded (%24expand is $expand, as Graph reads it) is the same expansion.
    expect(reads('/servicePrincipals/sp1?%24expand=owners(%24select%3Did,accountEnabled)')).toEqual(hard('directory', 'accountState'));
    // An expansion with no restricted property leaves the app's own accountEnabled filter alone.
    expect(reads('/servicePrincipals?$filter=accountEnabled eq true&$expand=owners($select=id)')).toEqual(hard('directory', 'accountState'));
  });

  it('a property both selected and filtered is read by the filter: nothing to strip', () => {
    expect(reads('/users?$select=id,accountEnabled&$filter=accountEnabled eq false')).toEqual(hard('directory', 'accountState'));
    expect(reads('/users?$filter=accountEnabled eq false&$select=id,accountEnabled')).toEqual(hard('directory', 'accountState'));
  });

  it('a parameter with no value, empty parameters and unknown options change nothing', () => {
    expect(reads('/users?$count&&$select=accountEnabled&$top=5')).toEqual([{ category: 'directory', selectOnly: [] }, { category: 'accountState', selectOnly: ['accountEnabled'] }]);
    expect(reads('/users?=accountEnabled')).toEqual(hard('directory'));
    // A parameter whose name only begins like an option is not that option (nor does it replace it).
    expect(reads('/users?$select=accountEnabled&$selectx')).toEqual([{ category: 'directory', selectOnly: [] }, { category: 'accountState', selectOnly: ['accountEnabled'] }]);
    expect(reads('/users?$filter=accountEnabled eq false&$filterx')).toEqual(hard('directory', 'accountState'));
  });
});

describe('KQL text', () => {
  it('what a KQL query reads is read by its text: nothing can be stripped from it', () => {
    expect(kqlReads({ text: 'EntraUsers | project AccountEnabled' })).toEqual(hard('directory', 'accountState'));
    expect(kqlReads({ text: 'SigninLogs | take 1' })).toEqual(hard('signInLogs'));
    expect(kqlReads({ text: 'print 1' })).toEqual([]);
  });
});

// Queries that read every table read every category of the log store (union-operator.md: "a set of tables specified with a
// wildcard"; search-operator.md and find-operator.md: without `in`, every table). A wildcard leg or a `search` the check
// misses reads tables no category names: `union (print x=1 | project x), Audit*` runs in the embedded engine and returned
// AuditLogs' rows with no category read before this check looked past the parentheses.
describe('KQL that reads every table', () => {
  const EVERY = ['account', 'accountState', 'appRisk', 'auditLogs', 'directory', 'mfaRegistration', 'risk', 'roleAssignments', 'signInLogs'];
  const categories = (text: string) => kqlReads({ text }).map((e) => e.category).sort();

  it.each([
    'union (print x=1 | project x), Audit*',
    'SigninLogs | union Audit*',
    'union kind=outer withsource=T (SigninLogs | take 1), *',
    'union (SigninLogs | summarize arg_max(TimeGenerated, *) by UserId), Audit*',
    'union SigninLogs, AuditLogs | join (union Audit*) on CorrelationId',
  ])('a union with a wildcard leg outside parentheses: %s', (text) => {
    expect(categories(text)).toEqual(EVERY);
  });

  it.each([
    ['union SigninLogs, AuditLogs | project x = 2 * 3', ['auditLogs', 'signInLogs']],
    ['let t = union SigninLogs, AuditLogs; print x = 2 * 3', ['auditLogs', 'signInLogs']],
    ['SigninLogs | join (union AuditLogs) on CorrelationId | summarize arg_max(TimeGenerated, *)', ['auditLogs', 'signInLogs']],
    ['union (SigninLogs | summarize arg_max(TimeGenerated, *) by UserId), AuditLogs', ['auditLogs', 'signInLogs']],
  ])('a `*` that is no union leg (arithmetic, after the union\'s own pipe or parentheses, inside a leg\'s query): %s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it.each([
    'let x = 1; search "karita"',
    'let t = search "karita"; t',
    'SigninLogs | join (search "karita") on UserId',
    'let f = () { find "karita" }; f()',
    'print 1;\n  search "karita"',
    'search in (Sign*) "karita"',
    'print 1 | search in (Audit*) "karita"',
    'print 1 | search kind=case_sensitive in (Audit*) "karita"',
    // Whitespace is free between tokens: none after the pipe, several before `in`, around `=`.
    'print 1 |search in (Audit*) "karita"',
    'print 1 | search  in (Audit*) "karita"',
    'print 1 | search kind = case_sensitive in (Audit*) "karita"',
    'print 1 | search kind=case_sensitive  in (Audit*) "karita"',
    'print 1 | find "karita"',
  ])('search or find where a tabular expression starts (or a piped form the syntax refuses): %j', (text) => {
    expect(categories(text)).toEqual(EVERY);
  });

  // search-operator.md: "[T |] search …", T "the tabular data source to be searched over".
  it.each([
    'SigninLogs | search "karita"',
    'SigninLogs\n| search "karita"',
    'SigninLogs |search kind=case_sensitive "karita"',
    'SigninLogs | search "in"',
  ])('a piped search reads its input only: %j', (text) => {
    expect(categories(text)).toEqual(['signInLogs']);
  });

  // Kusto's string.md: '…' and "…" with backslash escapes, verbatim @'…' and @"…", multi-line ```…``` and ~~~…~~~.
  it.each([
    'union (SigninLogs | where x == "("), Audit*',
    'union (SigninLogs | where x == \'(\'), Audit*',
    'union (SigninLogs | where x == @"C:\\" or y == "("), Audit*',
    'union (SigninLogs | where x == @\'C:\\\' or y == \'(\'), Audit*',
    'union (SigninLogs | where x == ```a (```), Audit*',
    'union (SigninLogs | where x == ~~~a (~~~), Audit*',
    'union (SigninLogs // (\n| take 1), Audit*',
    'print a = ```x```; search "y" | extend b = ```z```',
    'print a = ~~~x~~~; search "y" | extend b = ~~~z~~~',
  ])('a parenthesis or an operator in a string or a comment neither hides nor closes one: %j', (text) => {
    expect(categories(text)).toEqual(EVERY);
  });

  it.each([
    'SigninLogs | where Status has "| search x"',
    'SigninLogs | where Status has \'| search x\'',
    'SigninLogs | where Status has "say \\"| search\\" now"',
    'SigninLogs | where Status has \'say \\\'| search\\\' now\'',
    'SigninLogs | where x == "union *"',
    'SigninLogs // | search x\n| take 1',
    'SigninLogs | extend searched = 1, finder = 2',
    // A literal stays a token: a word right after one starts no tabular expression.
    'SigninLogs | where Status == "x"search',
  ])('a string, a comment or a longer word is no operator: %j', (text) => {
    expect(categories(text)).toEqual(['signInLogs']);
  });
});

describe('a planned query: derived and declared reads together', () => {
  const graph = (path: string, declared?: string[]): PlannedQuery => ({ source: 'graph', id: 'g', method: 'GET', path, ...(declared ? { reads: declared as never } : {}) });
  const kql = (text: string, declared?: string[]): PlannedQuery => ({ source: 'kql', id: 'k', text, ...(declared ? { reads: declared as never } : {}) });

  it('a Graph request is read by its path, a KQL query by its text', () => {
    expect(derivedReads(graph('/users?$select=accountEnabled'))).toEqual([{ category: 'directory', selectOnly: [] }, { category: 'accountState', selectOnly: ['accountEnabled'] }]);
    expect(derivedReads(kql('AuditLogs | take 1'))).toEqual(hard('auditLogs'));
    // A KQL text that looks like a Graph path is still KQL (and the reverse).
    expect(derivedReads(kql('/auditLogs/signIns'))).toEqual([]);
    expect(derivedReads(graph('/users/SigninLogs'))).toEqual(hard('directory'));
  });

  it('a declared category the query does not show is added as unavoidable; one it shows keeps the derived evidence', () => {
    expect(queryReads(graph('/users?$select=id,accountEnabled', ['directory', 'accountState', 'risk']))).toEqual([
      { category: 'directory', selectOnly: [] }, { category: 'accountState', selectOnly: ['accountEnabled'] }, { category: 'risk', selectOnly: [] },
    ]);
    expect(queryReads(kql('SigninLogs', ['signInLogs', 'auditLogs']))).toEqual(hard('signInLogs', 'auditLogs'));
    expect(queryReads(graph('/users'))).toEqual(hard('directory'));
  });
});
