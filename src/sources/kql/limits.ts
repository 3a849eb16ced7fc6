/**
 * What every executor applies before and around a query: the read-only check (the same one the
 * embedded engine runs, so a remote cluster or workspace never sees a command, a cross-cluster
 * reference or an outbound plugin) and the default time limit.
 */
import { readOnlyProblems } from '../../kql/language/read-only';
import { KqlError } from './executor';
import { assertKqlBounds } from './bounds';

/** Server-side time limit of one query unless the executor is configured otherwise. */
export const DEFAULT_KQL_TIMEOUT_MS = 30_000;

/** Rejects anything but a read-only query of the configured database (EA001, EA005–EA007). */
export function assertReadOnlyKql(text: string): void {
  assertKqlBounds(text);
  const problems = readOnlyProblems(text);
  if (problems.length > 0) throw KqlError.fromDiagnostics(problems);
}
