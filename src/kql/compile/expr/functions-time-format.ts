/**
 * format_timespan (format-timespan-function.md) and datetime_part (datetime-part-function.md).
 * format_timespan reads its literal format at compile time: d…dddddddd, h/hh/H/HH, m/mm, s/ss,
 * f…fffffff, F…FFFFFFF and the page's delimiters (space / - : , . _ [ ]); the parts are those of
 * the absolute value, as .NET's custom TimeSpan formats write them.
 */
import type { Call, FunctionHandler } from './call';
import type { SqlExpr } from '../context';
import { asDatetime, coerce } from './coerce';

const DELIMITERS = new Set([' ', '/', '-', ':', ',', '.', '_', '[', ']']);

function formatTimespan(c: Call): SqlExpr {
  const fmt = c.literalString(1);
  if (fmt === undefined) return c.fail('the format must be a literal string');
  const us = `abs(${coerce(c.arg(0), 'timespan')})`;
  const days = `(${us} // 86400000000)`;
  const hours = `((${us} // 3600000000) % 24)`;
  const minutes = `((${us} // 60000000) % 60)`;
  const seconds = `((${us} // 1000000) % 60)`;
  const fraction = `lpad(CAST((${us} % 1000000) * 10 AS VARCHAR), 7, '0')`;
  const num = (v: string, width: number) => (width > 1 ? `lpad(CAST(${v} AS VARCHAR), ${width}, '0')` : `CAST(${v} AS VARCHAR)`);
  const parts: string[] = [];
  for (let i = 0; i < fmt.length; ) {
    const ch = fmt[i]!;
    let n = 1;
    while (fmt[i + n] === ch) n++;
    if (DELIMITERS.has(ch)) parts.push(c.ctx.param(ch.repeat(n), 'VARCHAR'));
    else if (ch === 'd' && n <= 8) parts.push(num(days, n));
    else if ((ch === 'h' || ch === 'H') && n <= 2) parts.push(num(hours, n));
    else if (ch === 'm' && n <= 2) parts.push(num(minutes, n));
    else if (ch === 's' && n <= 2) parts.push(num(seconds, n));
    else if (ch === 'f' && n <= 7) parts.push(`substr(${fraction}, 1, ${n})`);
    else if (ch === 'F' && n <= 7) parts.push(`rtrim(substr(${fraction}, 1, ${n}), '0')`);
    else return c.fail(`format element '${ch.repeat(n)}'`);
    i += n;
  }
  const text = parts.length > 0 ? parts.join(' || ') : `''`;
  return { sql: `CASE WHEN ${us} IS NULL THEN '' ELSE ${text} END`, type: 'string' };
}

/** Kusto's date parts; DuckDB's millisecond/microsecond parts include the seconds, so the fraction is taken apart here. */
const PARTS: Readonly<Record<string, (t: string) => string>> = {
  year: (t) => `year(${t})`,
  quarter: (t) => `quarter(${t})`,
  month: (t) => `month(${t})`,
  week_of_year: (t) => `weekofyear(${t})`,
  day: (t) => `day(${t})`,
  dayofyear: (t) => `dayofyear(${t})`,
  hour: (t) => `hour(${t})`,
  minute: (t) => `minute(${t})`,
  second: (t) => `second(${t})`,
  millisecond: (t) => `(microsecond(${t}) % 1000000) // 1000`,
  microsecond: (t) => `microsecond(${t}) % 1000000`,
};

function datetimePart(c: Call): SqlExpr {
  const name = c.literalString(0)?.toLowerCase();
  if (name === 'nanosecond') return c.fail('nanosecond: datetimes are kept to the microsecond here');
  const f = name === undefined ? undefined : PARTS[name];
  if (!f) return c.fail('the date part must be a literal such as "day"');
  return { sql: `CAST(${f(asDatetime(c.arg(1)))} AS INTEGER)`, type: 'int' };
}

export const TIME_FORMAT_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  format_timespan: formatTimespan,
  datetime_part: datetimePart,
};
