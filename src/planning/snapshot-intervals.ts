/**
 * The snapshot tables' validity intervals (`<Table>Intervals`, a year store: see
 * src/kql/engine/interval-tables.ts) that report.* reads when the KQL source serves all of them
 * (`KqlRunner.servesTables`); otherwise it reads the per-day snapshot tables.
 */
export const SNAPSHOT_INTERVAL_TABLES = [
  'AppRoleAssignmentsIntervals', 'AppRolesIntervals', 'EntraGroupMembershipIntervals', 'EntraGroupsIntervals', 'EntraUsersIntervals',
] as const;
