/**
 * Conversions between KQL types as SQL: how a value of one KQL type reads as another, following
 * KQL's rules (strings are never null; dynamic values convert through their JSON text).
 */
import type { SqlExpr } from '../context';
import type { KqlType } from '../../language/kql-types';
import { isNumeric } from '../../language/kql-types';

/** ISO-8601 text of a TIMESTAMP the way KQL prints it: `2024-01-02T03:04:05.123Z`, zeros trimmed. */
export function isoText(sql: string): string {
  return `(regexp_replace(strftime(${sql}, '%Y-%m-%dT%H:%M:%S.%f'), '\\.?0+$', '') || 'Z')`;
}

/** KQL timespan text `[-][d.]hh:mm:ss[.fffffff]` from microseconds. */
export function timespanText(sql: string): string {
  const a = `abs(${sql})`;
  const days = `(${a} // 86400000000)`;
  const rest = `(${a} % 86400000000)`;
  const hms = `lpad(CAST(${rest} // 3600000000 AS VARCHAR), 2, '0') || ':' || lpad(CAST((${rest} // 60000000) % 60 AS VARCHAR), 2, '0') || ':' || lpad(CAST((${rest} // 1000000) % 60 AS VARCHAR), 2, '0')`;
  const frac = `CASE WHEN ${a} % 1000000 = 0 THEN '' ELSE '.' || lpad(CAST((${a} % 1000000) * 10 AS VARCHAR), 7, '0') END`;
  return `CASE WHEN ${sql} IS NULL THEN NULL ELSE (CASE WHEN ${sql} < 0 THEN '-' ELSE '' END) || (CASE WHEN ${days} > 0 THEN CAST(${days} AS VARCHAR) || '.' ELSE '' END) || ${hms} || ${frac} END`;
}

/** A dynamic value's scalar text: strings unquoted, other JSON as JSON text; NULL if missing. */
export function dynamicText(sql: string): string {
  return `json_extract_string(${sql}, '$')`;
}

/** `dynamicText` of an expression; a member access reads its text straight from the base JSON. */
function dynamicTextOf(e: SqlExpr): string {
  return e.json ? `json_extract_string(${e.json.base}, ${e.json.path})` : dynamicText(e.sql);
}

/** `tostring()` semantics: never null. */
export function asString(e: SqlExpr): string {
  return `coalesce(${rawString(e)}, '')`;
}

function rawString(e: SqlExpr): string {
  switch (e.type) {
    case 'string':
    case 'guid':
      return e.sql;
    case 'dynamic':
      return dynamicTextOf(e);
    case 'datetime':
      return isoText(e.sql);
    case 'timespan':
      return timespanText(e.sql);
    case 'bool':
      return `CASE WHEN ${e.sql} THEN 'true' WHEN NOT ${e.sql} THEN 'false' END`;
    default:
      return `CAST(${e.sql} AS VARCHAR)`;
  }
}

/** A value as dynamic (JSON). */
export function asDynamic(e: SqlExpr): string {
  switch (e.type) {
    case 'dynamic':
      return e.sql;
    case 'datetime':
      return `to_json(${isoText(e.sql)})`;
    case 'timespan':
      return `to_json(${timespanText(e.sql)})`;
    default:
      return `to_json(${e.sql})`;
  }
}

/** A value as a number of the given numeric type (NULL when not convertible). */
export function asNumber(e: SqlExpr, target: KqlType = 'real'): string {
  const sqlType = target === 'long' ? 'BIGINT' : target === 'int' ? 'INTEGER' : 'DOUBLE';
  if (isNumeric(e.type)) return e.type === target ? e.sql : `CAST(${e.sql} AS ${sqlType})`;
  if (e.type === 'bool') return `CAST(${e.sql} AS ${sqlType})`;
  if (e.type === 'timespan') return `CAST(${e.sql} * 10 AS ${sqlType})`;
  if (e.type === 'dynamic') return `TRY_CAST(${dynamicTextOf(e)} AS ${sqlType})`;
  if (e.type === 'datetime') return `CAST(epoch_us(${e.sql}) * 10 + 621355968000000000 AS ${sqlType})`;
  return `TRY_CAST(${e.sql} AS ${sqlType})`;
}

export function asDatetime(e: SqlExpr): string {
  if (e.type === 'datetime') return e.sql;
  if (e.type === 'dynamic') return `TRY_CAST(${dynamicTextOf(e)} AS TIMESTAMP)`;
  if (isNumeric(e.type)) return `make_timestamp(CAST((${e.sql} - 621355968000000000) / 10 AS BIGINT))`;
  return `TRY_CAST(${e.sql} AS TIMESTAMP)`;
}

export function asBool(e: SqlExpr): string {
  if (e.type === 'bool') return e.sql;
  if (e.type === 'dynamic') return `TRY_CAST(${dynamicTextOf(e)} AS BOOLEAN)`;
  if (isNumeric(e.type)) return `(${e.sql} <> 0)`;
  return `TRY_CAST(${e.sql} AS BOOLEAN)`;
}

export function asTimespan(e: SqlExpr): string {
  if (e.type === 'timespan') return e.sql;
  if (isNumeric(e.type)) return `CAST(${e.sql} / 10 AS BIGINT)`;
  return `NULL::BIGINT`;
}

/** Converts `e` to `target`, the type the binder says a context expects. */
export function coerce(e: SqlExpr, target: KqlType): string {
  if (e.type === target) return e.sql;
  switch (target) {
    case 'string':
    case 'guid':
      return asString(e);
    case 'dynamic':
      return asDynamic(e);
    case 'datetime':
      return asDatetime(e);
    case 'bool':
      return asBool(e);
    case 'timespan':
      return asTimespan(e);
    default:
      return asNumber(e, target);
  }
}

/**
 * The common type two compared operands convert to: dynamic takes the other side's type;
 * numbers widen to real.
 */
export function comparisonType(a: KqlType, b: KqlType): KqlType {
  if (a === b) return a;
  if (a === 'dynamic') return b;
  if (b === 'dynamic') return a;
  if (isNumeric(a) && isNumeric(b)) return 'real';
  if (a === 'guid' || b === 'guid') return 'string';
  if ((a === 'datetime' && b === 'string') || (b === 'datetime' && a === 'string')) return 'datetime';
  return a === 'string' || b === 'string' ? 'string' : a;
}
