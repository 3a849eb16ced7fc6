export { generateSnapshotHistory, HISTORY_VERSION } from './history';
export type { SnapshotHistory, SnapshotRow, SnapshotTables } from './history';
export type { DiscrepancyKind, SalesforceDiscrepancy } from './salesforce-export';
export { snapshotDates } from './snapshot-dates';
