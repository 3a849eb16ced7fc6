/**
 * Every log table the KQL engine serves is read under at least one data category, so a new table
 * can never be queried past the policy (an unknown table would read "nothing" and pass).
 */
import { describe, expect, it } from 'vitest';
import { LOG_TABLE_SCHEMAS, SNAPSHOT_TABLE_SCHEMAS, intervalKqlTables } from '../../src/kql';
import { kqlReads } from '../../src/policy/data-reads';

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

  it('Graph activity needs both sign-in and audit log access; provisioning is an audit log', () => {
    expect(kqlReads({ text: 'MicrosoftGraphActivityLogs | take 1' }).map((r) => r.category).sort()).toEqual(['auditLogs', 'signInLogs']);
    expect(kqlReads({ text: 'AADProvisioningLogs | take 1' }).map((r) => r.category)).toEqual(['auditLogs']);
    expect(kqlReads({ text: 'EntraIdSignInEvents | take 1' }).map((r) => r.category)).toEqual(['signInLogs']);
  });
});
