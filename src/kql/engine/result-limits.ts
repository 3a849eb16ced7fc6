/** Kusto's limits on what a query returns, checked on the rows of the embedded engine. */
import { diag } from '../diagnostics';
import { KqlError } from '../errors';

/**
 * Kusto's result truncation limits (query-limits.md, "Limit on result set size"): without a row
 * limit of its own, a query returning more than 500,000 records or 64 MB fails instead of
 * filling the process (E_QUERY_RESULT_SET_TOO_LARGE there, EA202 here).
 */
export const RESULT_MAX_RECORDS = 500_000;
export const RESULT_MAX_BYTES = 64 * 1024 * 1024;

/** Throws EA202 when rows returned without a caller's limit pass Kusto's result limits. */
export function assertResultSize(rows: readonly (readonly unknown[])[]): void {
  if (rows.length > RESULT_MAX_RECORDS) throw new KqlError(diag('resultTooLarge', 0, 0, `more than ${RESULT_MAX_RECORDS.toLocaleString('en-US')} records`));
  let bytes = 0;
  for (const row of rows) {
    for (const v of row) bytes += cellBytes(v);
    if (bytes > RESULT_MAX_BYTES) throw new KqlError(diag('resultTooLarge', 0, 0, `more than ${RESULT_MAX_BYTES / 1_048_576} MB`));
  }
}

/** A cell's size as sent: its text's UTF-16 length for strings and JSON, 8 bytes for other values. */
function cellBytes(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && !('micros' in v)) return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? 0 : x))?.length ?? 0;
  return 8;
}
