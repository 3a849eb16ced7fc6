/**
 * The one catalogue of the embedded engine's own diagnostic codes. Kusto.Language's syntax and
 * binding diagnostics keep their KSnnn codes; problems found after binding use EAnnn.
 */

/** A user-facing problem with a query, located in its text. Collected, never thrown. */
export interface KqlDiagnostic {
  /** `KSnnn` from Kusto.Language, or `EAnnn` from this engine (see {@link EA}). */
  readonly code: string;
  readonly message: string;
  /** Offset in the query text, and length of the offending part. */
  readonly start: number;
  readonly length: number;
}

export const EA = {
  managementCommand: { code: 'EA001', message: 'Management commands (starting with ".") are not allowed: only read-only queries run here.' },
  writeOperation: { code: 'EA002', message: 'Only read-only queries run here; this query would change data.' },
  unknownDatabase: { code: 'EA003', message: 'Unknown database.' },
  emptyQuery: { code: 'EA004', message: 'The query is empty.' },
  outsideData: { code: 'EA005', message: 'Only the configured log store can be queried: other clusters, databases, workspaces and external data are not allowed' },
  plugin: { code: 'EA006', message: 'This plugin is not allowed: only plugins that compute over the query\'s own rows run here' },
  assertFailed: { code: 'EA008', message: 'assert() has failed with message' },
  setStatement: { code: 'EA007', message: '`set` statements are not allowed: Entra Ask sets the row and time limits of every query.' },
  emptyName: { code: 'EA009', message: 'A name must be 1 to 1024 characters long (entity-names.md): [\'\'] names nothing' },
  unsupportedOperator: { code: 'EA101', message: 'The embedded engine does not support this operator yet' },
  unsupportedFunction: { code: 'EA102', message: 'The embedded engine does not support this function yet' },
  unsupportedExpression: { code: 'EA103', message: 'The embedded engine does not support this expression yet' },
  unsupportedArgument: { code: 'EA104', message: 'The embedded engine does not support this argument form' },
  memoryLimit: { code: 'EA201', message: 'The query needs more memory than the engine may use and was stopped' },
  resultTooLarge: { code: 'EA202', message: 'The result is larger than a query may return (Kusto\'s result truncation limits: 500,000 records, 64 MB); narrow it with where, summarize, take or project' },
  schemaMismatch: { code: 'EA105', message: 'Internal: compiled columns do not match the bound schema' },
  executionFailed: { code: 'EA500', message: 'The query failed while running' },
  timeout: { code: 'EA501', message: 'The query took too long and was stopped' },
  sourceUnavailable: { code: 'EA502', message: 'The KQL source is unavailable' },
  notConfigured: { code: 'EA503', message: 'No KQL source holding these tables is configured' },
  notSignedIn: { code: 'EA504', message: 'Delegated mode reads KQL with the asker\'s own sign-in, and none was given for this question' },
} as const;

export type EaName = keyof typeof EA;

/** Builds a diagnostic from the catalogue, with optional detail appended to the message. */
export function diag(name: EaName, start: number, length: number, detail?: string): KqlDiagnostic {
  const entry = EA[name];
  return { code: entry.code, message: detail ? `${entry.message}: ${detail}` : entry.message, start, length };
}
