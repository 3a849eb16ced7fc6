/**
 * The kinds of tenant data a planned query reads. Each name is a category of
 * `src/policy/policy.json` (checked when the policy loads), where the roles that may read it and
 * its self / owner / manager exceptions are written down. A planned query declares the categories
 * it reads (`reads`); the policy checks each one against the asker before the query runs.
 */
export const DATA_CATEGORIES = [
  'directory', 'account', 'accountState', 'deviceActivity', 'authMethods', 'mfaRegistration',
  'roleAssignments', 'signInLogs', 'auditLogs', 'risk', 'appRisk', 'conditionalAccess', 'privileged', 'entitlement',
  'rawKql', 'rawGraph',
] as const;

export type DataCategory = (typeof DATA_CATEGORIES)[number];

export function isDataCategory(name: string): name is DataCategory {
  return (DATA_CATEGORIES as readonly string[]).includes(name);
}
