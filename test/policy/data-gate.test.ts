/**
 * The data gate's parts on their own: what a query reads (from the query itself), the per-category
 * exceptions in policy.json, and what the gate does to a plan and to an answer.
 */
import { describe, expect, it } from 'vitest';
import stored from '../../src/policy/policy.json';
import type { Answer } from '../../src/answers/answer';
import { graphReads, kqlReads } from '../../src/policy/data-reads';
import { dataGate, gatePlan, redactAnswer } from '../../src/policy/data-gate';
import { DEFAULT_POLICY, parsePolicy } from '../../src/policy/policy';
import type { AskerFacts } from '../../src/policy/asker-facts';

const cats = (path: string) => graphReads({ path }).map((e) => e.category).sort();

describe('what a query reads', () => {
  it('by Graph path', () => {
    expect(cats('/auditLogs/signIns?$top=5')).toEqual(['signInLogs']);
    expect(cats('/auditLogs/directoryAudits')).toEqual(['auditLogs']);
    expect(cats('/identityProtection/riskyUsers/abc')).toEqual(['risk']);
    expect(cats('/identityProtection/riskyServicePrincipals/abc')).toEqual(['appRisk']);
    expect(cats('/roleManagement/directory/roleAssignments?$filter=principalId%20eq%20%27x%27')).toEqual(['roleAssignments']);
    expect(cats('/users/x/transitiveMemberOf/microsoft.graph.directoryRole')).toEqual(['roleAssignments']);
    expect(cats('/reports/authenticationMethods/userRegistrationDetails/x')).toEqual(['mfaRegistration']);
    expect(cats('/users/x/authentication/methods')).toEqual(['authMethods']);
    expect(cats('/identityGovernance/entitlementManagement/accessPackages')).toEqual(['entitlement']);
    expect(cats('/groups/x/members?$select=id')).toEqual(['directory']);
  });

  it('by properties: selected ones can be left out, filtered ones cannot', () => {
    expect(graphReads({ path: '/users?$select=id,accountEnabled,signInActivity' })).toEqual([
      { category: 'directory', selectOnly: [] },
      { category: 'accountState', selectOnly: ['accountEnabled'] },
      { category: 'account', selectOnly: ['signInActivity'] },
    ]);
    expect(graphReads({ path: '/users?$filter=accountEnabled%20eq%20false&$select=id' })).toContainEqual({ category: 'accountState', selectOnly: [] });
    expect(graphReads({ path: '/users?$filter=signInActivity/lastSignInDateTime%20le%202026-01-01T00:00:00Z' })).toContainEqual({ category: 'account', selectOnly: [] });
    // An app's or a device's accountEnabled is not a person's account state.
    expect(cats('/servicePrincipals?$select=id,accountEnabled')).toEqual(['directory']);
    expect(cats('/users/x/registeredDevices?$select=id,accountEnabled,approximateLastSignInDateTime')).toEqual(['deviceActivity', 'directory']);
  });

  it('KQL by tables, columns and every-table operators', () => {
    const k = (text: string) => kqlReads({ text }).map((e) => e.category).sort();
    expect(k('SigninLogs | take 1')).toEqual(['signInLogs']);
    expect(k('AuditLogs | join (AADRiskyUsers) on $left.x == $right.y')).toEqual(['auditLogs', 'risk']);
    expect(k('EntraUsers | project AccountEnabled')).toEqual(['accountState', 'directory']);
    expect(k('union * | take 1')).toContain('risk');
    expect(k('search "karita"')).toContain('auditLogs');
  });
});

describe('per-category exceptions in policy.json', () => {
  it('risk, app risk and privileged reports extend to no exception', () => {
    for (const c of ['risk', 'appRisk', 'privileged']) expect(DEFAULT_POLICY.categories[c]!.exceptions, c).toEqual([]);
    expect(DEFAULT_POLICY.categories['auditLogs']!.exceptions).toEqual(['self']);
  });

  it('refuses an intent exception its category does not allow, and an unknown category', () => {
    const doc = JSON.parse(JSON.stringify(stored)) as { categories: Record<string, Record<string, unknown>>; intents: Record<string, Record<string, unknown>> };
    doc.intents['riskyUser.details'] = { category: 'risk', self: 'user' };
    expect(() => parsePolicy(doc)).toThrow(/self exception is not one category risk allows/);
    const b = JSON.parse(JSON.stringify(stored)) as typeof doc;
    b.categories['madeUp'] = { title: 'x', needs: ['Global Reader'], roles: ['Global Reader'] };
    expect(() => parsePolicy(b)).toThrow(/not a data category/);
  });
});

const member: AskerFacts = { objectId: 'me', userType: 'Member', activeRoles: [], eligibleRoles: [], ownedGroupIds: [], directReportIds: ['report'] };

describe('the gate', () => {
  it('self opens sign-ins and MFA registration but never risk', () => {
    const g = dataGate(DEFAULT_POLICY, 'signIns.troubleshoot', member, { user: { kind: 'user', id: 'me', displayName: 'Me' } });
    expect(g.exceptions).toEqual(['self']);
    expect(['signInLogs', 'mfaRegistration', 'accountState', 'account'].every((c) => g.allows(c))).toBe(true);
    expect(g.allows('risk')).toBe(false);
    expect(g.allows('nonsense')).toBe(false);
  });

  it('a manager reads account details of a report, not the audit log', () => {
    const g = dataGate(DEFAULT_POLICY, 'user.passwordChange', member, { user: { kind: 'user', id: 'report', displayName: 'R' } });
    expect(g.allows('account')).toBe(true);
    expect(g.allows('auditLogs')).toBe(false);
  });

  it('strips selected properties, withholds the rest, and the answer says so without the columns', () => {
    const g = dataGate(DEFAULT_POLICY, 'users.search', member, {});
    const gated = gatePlan({ queries: [
      { source: 'graph', id: 'users', method: 'GET', path: '/users?$select=id,displayName,accountEnabled&$top=5', reads: ['directory', 'accountState'] },
      { source: 'graph', id: 'risk', method: 'GET', path: '/identityProtection/riskyUsers' },
    ] }, g);
    expect(gated.plan.queries.map((q) => q.source === 'graph' && q.path)).toEqual(['/users?$select=id,displayName&$top=5']);
    expect(gated.plan.queries[0]!.reads).toEqual(['directory']);
    expect(gated.withheld).toEqual([{ id: 'risk', categories: ['risk'] }]);
    expect(gated.placeholders.get('risk')).toMatchObject({ rows: [] });
    const answer: Answer = { kind: 'table', title: 't', summary: 's', columns: ['displayName', 'accountEnabled'], columnTitles: ['Name', 'Enabled'], rows: [['A', null]], facts: [{ title: 'Account enabled', value: 'Yes' }], followUps: [] };
    const red = redactAnswer(answer, [gated], DEFAULT_POLICY);
    expect(red.columns).toEqual(['displayName']);
    expect(red.columnTitles).toEqual(['Name']);
    expect(red.rows).toEqual([['A']]);
    expect(red.facts).toEqual([]);
    expect(red.notShown).toEqual(['risk', 'accountState']);
    expect(red.sections?.at(-1)?.title).toBe('Not shown');
  });
});
