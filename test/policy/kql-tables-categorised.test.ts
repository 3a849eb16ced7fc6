/**
 * Every log table the KQL engine serves is read under at least one data category, so a new table
 * can never be queried past the policy (an unknown table would read "nothing" and pass).
 */
import { describe, expect, it } from 'vitest';
import { LOG_TABLE_SCHEMAS, SNAPSHOT_TABLE_SCHEMAS, intervalKqlTables } from '../../src/kql';
import { kqlReads } from '../../src/policy/data-reads';
import { dataGate } from '../../src/policy/data-gate';
import { DEFAULT_POLICY } from '../../src/policy/policy';
import type { AskerFacts } from '../../src/policy/asker-facts';

describe('KQL tables and data categories', () => {
  it.each([...Object.keys(LOG_TABLE_SCHEMAS), ...Object.keys(SNAPSHOT_TABLE_SCHEMAS).filter((t) => t !== 'salesforceAssignments')])('%s is read under a category', (table) => {
    expect(kqlReads({ text: `${table} | take 1` }).length).toBeGreaterThan(0);
  });

  // A year store's validity intervals (`EntraUsersIntervals`, …): `\bEntraUsers\b` does not match
  // them, so without their own rule they would read "nothing" and pass the policy.
  it.each(Object.keys(intervalKqlTables()))('%s (a year store\'s intervals) reads the directory', (table) => {
    expect(kqlReads({ text: `${table} | take 1` }).map((r) => r.category)).toEqual(['directory']);
  });

  it('an interval table\'s AccountEnabled is account state, as on the per-day table', () => {
    expect(kqlReads({ text: 'EntraUsersIntervals | project AccountEnabled' }).map((r) => r.category).sort()).toEqual(['accountState', 'directory']);
  });

  // The categories of src/policy/README.md's table: `risk` is identity risk (risky users, their risk events), `appRisk` the
  // risk of service principals, and IdentityInfo holds each user's assigned roles, account state, MFA registration, risk and last activity beside the directory data (its schema). A table read
  // under a wrong or empty category would pass the gate for someone without the role that reads it.
  it.each([
    ['AADRiskyUsers', ['risk']],
    ['AADUserRiskEvents', ['risk']],
    ['AADRiskyServicePrincipals', ['appRisk']],
    ['AADServicePrincipalRiskEvents', ['appRisk']],
    ['IdentityInfo', ['account', 'accountState', 'directory', 'mfaRegistration', 'risk', 'roleAssignments']],
    ['SigninLogs', ['signInLogs']],
    ['AuditLogs', ['auditLogs']],
    ['EntraUsers', ['directory']],
  ])('%s is read under exactly %j', (table, categories) => {
    expect(kqlReads({ text: `${table} | take 1` }).map((r) => r.category).sort()).toEqual(categories);
  });

  it('Graph activity needs both sign-in and audit log access; provisioning is an audit log', () => {
    expect(kqlReads({ text: 'MicrosoftGraphActivityLogs | take 1' }).map((r) => r.category).sort()).toEqual(['auditLogs', 'signInLogs']);
    expect(kqlReads({ text: 'AADProvisioningLogs | take 1' }).map((r) => r.category)).toEqual(['auditLogs']);
    expect(kqlReads({ text: 'EntraIdSignInEvents | take 1' }).map((r) => r.category)).toEqual(['signInLogs']);
  });

  // Operators that read every table (union-operator.md: `union [kind=…] [withsource=…] [isfuzzy=…] Tables`, a wildcard among
  // them; search-operator.md and find-operator.md without `in`): every log category, wherever they stand.
  it.each([
    'union * | take 1',
    'union withsource=SourceTable kind=outer * | take 1',
    'search "karita"',
    'find "karita"',
  ])('%s reads every category of the log store', (text) => {
    expect(kqlReads({ text }).map((r) => r.category).sort()).toEqual(['account', 'accountState', 'appRisk', 'auditLogs', 'directory', 'mfaRegistration', 'risk', 'roleAssignments', 'signInLogs']);
  });

  // search-operator.md: "[T |] search …": a piped search searches its input T only.
  it.each(['SigninLogs | search "karita"', 'SigninLogs |search "karita"'])('%s reads its input\'s category only', (text) => {
    expect(kqlReads({ text }).map((r) => r.category)).toEqual(['signInLogs']);
  });

  it('a snapshot table\'s last sign-in and password change are account details', () => {
    expect(kqlReads({ text: 'EntraUsers | project LastSignInDateTime' }).map((r) => r.category).sort()).toEqual(['account', 'directory']);
  });

  // With the shipped policy: raw KQL is open to Security Operator, MFA registration details are not (policy.json's
  // mfaRegistration roles), so a raw query over IdentityInfo (which holds IsMFARegistered) is not theirs to run (nor one
  // over every table, which reads audit logs too, also not a Security Operator's in policy.json).
  it('raw KQL over IdentityInfo needs every category its columns carry: not a Security Operator\'s, a Security Reader\'s', () => {
    const facts = (role: string): AskerFacts => ({ objectId: 'me', userType: 'Member', activeRoles: [role], eligibleRoles: [], ownedGroupIds: [], directReportIds: [] });
    const denied = (role: string, text: string) => {
      const gate = dataGate(DEFAULT_POLICY, 'kql.run', facts(role), {});
      return kqlReads({ text }).map((r) => r.category).filter((c) => !gate.allows(c)).sort();
    };
    expect(denied('Security Operator', 'IdentityInfo | take 10')).toEqual(['mfaRegistration']);
    expect(denied('Security Operator', 'union * | take 10')).toEqual(['auditLogs', 'mfaRegistration']);
    expect(denied('Security Operator', 'SigninLogs | take 10')).toEqual([]);
    expect(denied('Security Reader', 'IdentityInfo | take 10')).toEqual([]);
  });
});
