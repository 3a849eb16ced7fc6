/** DuckDB result values → KQL's JSON values (cli-contract.md: ISO datetimes, JSON dynamics). */
import { DuckDBTimestampValue, DuckDBTypeId } from '@duckdb/node-api';
import type { DuckDBResultReader } from '@duckdb/node-api';
import type { KqlType } from '../language/kql-types';

/** A TIMESTAMP read exactly: microseconds since 1970-01-01 UTC. */
export interface Micros {
  readonly micros: bigint;
}

/** Replaces the JavaScript dates of TIMESTAMP columns (millisecond precision) by exact microseconds. */
export function keepMicroseconds(reader: DuckDBResultReader, rows: unknown[][]): void {
  const types = reader.columnTypes();
  const cols = types.flatMap((t, i) => (t.typeId === DuckDBTypeId.TIMESTAMP ? [i] : []));
  if (cols.length === 0) return;
  const exact = reader.getRows();
  rows.forEach((row, r) => {
    for (const i of cols) {
      const v = exact[r]?.[i];
      if (v instanceof DuckDBTimestampValue) row[i] = { micros: v.micros } satisfies Micros;
    }
  });
}

/** ISO text of exact microseconds: `2024-01-02T03:04:05.123Z`, or `.123456Z` when there are sub-milliseconds. */
export function microsIso(micros: bigint): string {
  const ms = micros / 1000n - (micros % 1000n < 0n ? 1n : 0n);
  const rest = Number(micros - ms * 1000n);
  const iso = new Date(Number(ms)).toISOString();
  return rest === 0 ? iso : `${iso.slice(0, -1)}${String(rest).padStart(3, '0')}Z`;
}

/** KQL timespan text `[-][d.]hh:mm:ss[.fffffff]` from microseconds. */
export function formatTimespan(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  let rest = Math.abs(micros);
  const days = Math.floor(rest / 86_400_000_000);
  rest -= days * 86_400_000_000;
  const h = Math.floor(rest / 3_600_000_000);
  rest -= h * 3_600_000_000;
  const m = Math.floor(rest / 60_000_000);
  rest -= m * 60_000_000;
  const s = Math.floor(rest / 1_000_000);
  const frac = rest - s * 1_000_000;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${sign}${days > 0 ? `${days}.` : ''}${two(h)}:${two(m)}:${two(s)}${frac > 0 ? `.${String(frac * 10).padStart(7, '0')}` : ''}`;
}

function toNumber(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number') return v;
  const n = Number(String(v));
  return Number.isNaN(n) ? null : n;
}

/** Converts one cell read with `getRowsJS()` to its KQL JSON form. */
export function toKqlValue(v: unknown, type: KqlType): unknown {
  if (v === null || v === undefined) return type === 'string' ? '' : null;
  switch (type) {
    case 'string':
    case 'guid':
      return String(v);
    case 'long':
    case 'int':
    case 'real':
    case 'decimal':
      return toNumber(v);
    case 'bool':
      return Boolean(v);
    case 'datetime':
      if (typeof v === 'object' && v !== null && 'micros' in v) return microsIso((v as Micros).micros);
      return v instanceof Date ? v.toISOString() : String(v);
    case 'timespan': {
      const n = toNumber(v);
      return n === null ? null : formatTimespan(n);
    }
    case 'dynamic':
      if (typeof v === 'string') {
        try {
          return JSON.parse(v) as unknown;
        } catch {
          return parseNonFiniteJson(v);
        }
      }
      return v;
  }
}

const NON_FINITE: Readonly<Record<string, number>> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/**
 * DuckDB writes a double's NaN and ±infinity into JSON as bare NaN / Infinity (series_divide by
 * zero gives +inf, as Kusto documents): read them as those numbers. Text that is still not JSON
 * stays a string.
 */
function parseNonFiniteJson(text: string): unknown {
  const marked = text.replace(/"(?:[^"\\]|\\.)*"|-?Infinity|NaN/g, (m) => (m.startsWith('"') ? m : `{"$nonFinite":"${m}"}`));
  try {
    return JSON.parse(marked, (_k, val: unknown) => {
      if (val && typeof val === 'object' && !Array.isArray(val)) {
        const keys = Object.keys(val);
        const tag = (val as Record<string, unknown>)['$nonFinite'];
        if (keys.length === 1 && typeof tag === 'string' && tag in NON_FINITE) return NON_FINITE[tag];
      }
      return val;
    }) as unknown;
  } catch {
    return text;
  }
}
