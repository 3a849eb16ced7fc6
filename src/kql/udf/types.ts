/**
 * A scalar function the engine adds to DuckDB, written in TypeScript: for what SQL cannot say
 * exactly (Kusto's xxhash64, punycode, IPv6 arithmetic, …). Pure: no I/O, no state.
 */

/** DuckDB parameter and result types a UDF may use (dynamic values travel as JSON text, VARCHAR). */
export type UdfType = 'VARCHAR' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN';

/** The JavaScript value of each {@link UdfType} (DuckDB hands BIGINT over as bigint). */
export interface UdfValue {
  VARCHAR: string;
  BIGINT: bigint;
  DOUBLE: number;
  BOOLEAN: boolean;
}

/**
 * One function: `name` is its SQL name (always `kql_…`). DuckDB calls `fn` only with non-null
 * arguments (a null argument gives a null result); `fn` returns null for "no value" and must not
 * throw (the engine turns a throw into null as well, never into a failed query).
 */
export interface ScalarUdf {
  readonly name: string;
  readonly params: readonly UdfType[];
  readonly returns: UdfType;
  readonly fn: (...args: never[]) => unknown;
}

/** Declares a UDF with typed arguments. */
export function udf<const P extends readonly UdfType[], R extends UdfType>(
  name: `kql_${string}`,
  params: P,
  returns: R,
  fn: (...args: { [K in keyof P]: UdfValue[P[K] & UdfType] }) => UdfValue[R] | null,
): ScalarUdf {
  return { name, params, returns, fn: fn as unknown as (...args: never[]) => unknown };
}
