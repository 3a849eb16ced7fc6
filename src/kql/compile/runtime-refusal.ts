/**
 * A refusal only the data can reveal (e.g. an address in two ranges of an ipv4_lookup table):
 * the compiled SQL raises DuckDB's `error()` with this marker, and the engine turns the error into
 * EA104 (unsupported argument form) instead of a failure.
 */
export const RUNTIME_REFUSAL = 'KQL-UNSUPPORTED: ';
