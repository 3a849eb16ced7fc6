/**
 * `range(start, stop [, step])`: a dynamic array, truncated at Kusto's documented maximum of
 * 1,048,576 (2^20) elements, so no query can build a huge array in memory.
 */
import type { SqlExpr } from '../context';
import type { Call } from './call';
import { asNumber, coerce, isoText, timespanText } from './coerce';

/** range-function.md: "The range function supports a maximum of 1,048,576 (2^20) results." */
export const RANGE_FUNCTION_MAX = 1_048_576;

/** `to_json([start + i * step for i in 0 .. n-1])`, n = floor((stop - start) / step) + 1 capped. */
function series(start: string, stop: string, step: string, element: (i: string) => string): string {
  const n = `LEAST(${RANGE_FUNCTION_MAX}, GREATEST(0, CAST(floor((${stop} - ${start}) / ${step}) AS BIGINT) + 1))`;
  return `CASE WHEN ${step} = 0 THEN NULL ELSE to_json(list_transform(range(0, ${n}), i -> ${element('i')})) END`;
}

export function rangeFn(c: Call): SqlExpr {
  const a = c.arg(0);
  if (a.type === 'datetime') {
    const start = `epoch_us(${a.sql})`;
    const stop = `epoch_us(${coerce(c.arg(1), 'datetime')})`;
    const step = c.count > 2 ? coerce(c.arg(2), 'timespan') : '3600000000';
    // DuckDB's own timestamp series (start evaluated once, not per element), its last element
    // chosen so there are at most RANGE_FUNCTION_MAX; whole seconds skip isoText's regular expression.
    const n = `LEAST(${RANGE_FUNCTION_MAX}, GREATEST(0, CAST(floor((${stop} - ${start}) / ${step}) AS BIGINT) + 1))`;
    const last = `make_timestamp(${start} + (${n} - 1) * ${step})`;
    const list = `generate_series(make_timestamp(${start}), ${last}, to_microseconds(${step}))`;
    const text = `list_transform(${list}, t -> CASE WHEN epoch_us(t) % 1000000 = 0 THEN strftime(t, '%Y-%m-%dT%H:%M:%SZ') ELSE ${isoText('t')} END)`;
    return { sql: `CASE WHEN ${step} = 0 THEN NULL WHEN ${n} = 0 THEN to_json([]::VARCHAR[]) ELSE to_json(${text}) END`, type: 'dynamic' };
  }
  if (a.type === 'timespan') {
    const start = a.sql;
    const stop = coerce(c.arg(1), 'timespan');
    const step = c.count > 2 ? coerce(c.arg(2), 'timespan') : '3600000000';
    return { sql: series(start, stop, step, (i) => timespanText(`(${start} + ${i} * ${step})`)), type: 'dynamic' };
  }
  const real = [0, 1, 2].some((i) => i < c.count && (c.arg(i).type === 'real' || c.arg(i).type === 'decimal'));
  const t = real ? 'real' : 'long';
  const start = asNumber(a, t);
  const stop = asNumber(c.arg(1), t);
  const step = c.count > 2 ? asNumber(c.arg(2), t) : '1';
  return { sql: series(start, stop, step, (i) => `${start} + ${i} * ${step}`), type: 'dynamic' };
}
