/** A result column of any KQL source: its name and KQL type. */
export interface KqlColumn {
  readonly name: string;
  /** KQL type name: string, long, int, real, bool, datetime, timespan, dynamic, guid, decimal. */
  readonly type: string;
}
