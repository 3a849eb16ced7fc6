/** KQL's scalar type names and how the embedded engine stores each in DuckDB. */
export type KqlType = 'string' | 'long' | 'int' | 'real' | 'bool' | 'datetime' | 'timespan' | 'dynamic' | 'guid' | 'decimal';

const KNOWN: ReadonlySet<string> = new Set(['string', 'long', 'int', 'real', 'bool', 'datetime', 'timespan', 'dynamic', 'guid', 'decimal']);

/** Maps a Kusto.Language type name to a KQL type; unknown/tabular/error types read as dynamic. */
export function asKqlType(name: string): KqlType {
  if (KNOWN.has(name)) return name as KqlType;
  if (name === 'double') return 'real';
  if (name === 'boolean') return 'bool';
  if (name === 'date') return 'datetime';
  if (name === 'time') return 'timespan';
  if (name === 'uniqueid') return 'guid';
  return 'dynamic';
}

/**
 * DuckDB storage per KQL type. Timespans are BIGINT microseconds (exact arithmetic, cheap
 * comparisons), dynamic values are JSON, guids are text.
 */
export const DUCKDB_TYPE: Readonly<Record<KqlType, string>> = {
  string: 'VARCHAR',
  long: 'BIGINT',
  int: 'INTEGER',
  real: 'DOUBLE',
  bool: 'BOOLEAN',
  datetime: 'TIMESTAMP',
  timespan: 'BIGINT',
  dynamic: 'JSON',
  guid: 'VARCHAR',
  decimal: 'DOUBLE',
};

export function isNumeric(t: KqlType): boolean {
  return t === 'long' || t === 'int' || t === 'real' || t === 'decimal';
}
