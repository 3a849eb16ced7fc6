/** Datetime and timespan functions. Datetimes are TIMESTAMP (UTC); timespans are BIGINT µs. */
import type { Call, FunctionHandler } from './call';
import { asDatetime, asNumber, coerce, isoText } from './coerce';
import type { SqlExpr } from '../context';

const dt = (c: Call, i: number): string => asDatetime(c.arg(i));
const out = (sql: string): SqlExpr => ({ sql, type: 'datetime' });

/** `bin(value, size)`: datetimes align to 1970-01-01, numbers to 0. */
export function binSql(value: SqlExpr, size: SqlExpr, at?: SqlExpr): SqlExpr {
  if (value.type === 'datetime') {
    // Integer arithmetic on epoch microseconds: vectorises better than time_bucket with a parameter width.
    const w = coerce(size, 'timespan');
    const us = at ? `(epoch_us(${value.sql}) - epoch_us(${asDatetime(at)}))` : `epoch_us(${value.sql})`;
    const base = at ? ` + epoch_us(${asDatetime(at)})` : '';
    return out(`make_timestamp(${us} - ((${us} % ${w}) + ${w}) % ${w}${base})`);
  }
  if (value.type === 'timespan') {
    return { sql: `CAST(floor(${value.sql} / ${size.sql}) * ${size.sql} AS BIGINT)`, type: 'timespan' };
  }
  const t = value.type === 'long' || value.type === 'int' ? value.type : 'real';
  const s = asNumber(size);
  const origin = at ? asNumber(at) : '0';
  return { sql: `CAST(floor((${asNumber(value)} - ${origin}) / ${s}) * ${s} + ${origin} AS ${t === 'real' ? 'DOUBLE' : 'BIGINT'})`, type: t === 'int' ? 'long' : t };
}

const DATEPARTS: Readonly<Record<string, string>> = {
  year: 'year', quarter: 'quarter', month: 'month', week: 'week', day: 'day', hour: 'hour', minute: 'minute',
  second: 'second', millisecond: 'millisecond', microsecond: 'microsecond', nanosecond: 'microsecond',
};

function part(c: Call, i: number): string {
  const p = c.literalString(i)?.toLowerCase();
  const mapped = p ? DATEPARTS[p] : undefined;
  if (!mapped) return c.fail('the date part must be a literal such as "day"');
  return mapped;
}

/** .NET-style format → strftime. */
export function strftimeFormat(fmt: string): string {
  const map: readonly (readonly [RegExp, string])[] = [
    [/yyyy/g, '%Y'], [/yy/g, '%y'], [/MM/g, '%m'], [/dd/g, '%d'], [/HH/g, '%H'], [/hh/g, '%I'],
    [/mm/g, '%M'], [/ss/g, '%S'], [/fffffff|ffffff|fffff|ffff/g, '%f'], [/fff|ff|f/g, '%g'], [/tt/g, '%p'],
  ];
  let s = fmt.replace(/%/g, '%%');
  for (const [re, rep] of map) s = s.replace(re, rep);
  return s.replace(/(?<!%)\bM\b/g, '%-m').replace(/(?<!%)\bd\b/g, '%-d').replace(/(?<!%)\bH\b/g, '%-H');
}

export const TIME_FUNCTIONS: Readonly<Record<string, FunctionHandler>> = {
  now: (c) => (c.count > 0 ? out(`(${c.ctx.now()} + to_microseconds(${coerce(c.arg(0), 'timespan')}))`) : out(c.ctx.now())),
  ago: (c) => out(`(${c.ctx.now()} - to_microseconds(${coerce(c.arg(0), 'timespan')}))`),
  bin: (c) => binSql(c.arg(0), c.arg(1)),
  floor: (c) => binSql(c.arg(0), c.arg(1)),
  bin_at: (c) => binSql(c.arg(0), c.arg(1), c.arg(2)),
  startofday: (c) => out(`date_trunc('day', ${dt(c, 0)})${c.count > 1 ? ` + to_days(CAST(${c.arg(1).sql} AS INTEGER))` : ''}`),
  endofday: (c) => out(`date_trunc('day', ${dt(c, 0)}) + INTERVAL 1 DAY - INTERVAL 1 MICROSECOND`),
  startofweek: (c) => out(`CAST(CAST(${dt(c, 0)} AS DATE) - CAST(dayofweek(${dt(c, 0)}) AS INTEGER) AS TIMESTAMP)`),
  startofmonth: (c) => out(`date_trunc('month', ${dt(c, 0)})${c.count > 1 ? ` + to_months(CAST(${c.arg(1).sql} AS INTEGER))` : ''}`),
  startofyear: (c) => out(`date_trunc('year', ${dt(c, 0)})`),
  endofmonth: (c) => out(`date_trunc('month', ${dt(c, 0)}) + INTERVAL 1 MONTH - INTERVAL 1 MICROSECOND`),
  todatetime: (c) => out(dt(c, 0)),
  make_datetime: (c) => {
    const n = (i: number): string => (i < c.count ? asNumber(c.arg(i)) : i < 3 ? '1' : '0');
    return out(`make_timestamp(CAST(${n(0)} AS BIGINT), CAST(${n(1)} AS BIGINT), CAST(${n(2)} AS BIGINT), CAST(${n(3)} AS BIGINT), CAST(${n(4)} AS BIGINT), ${n(5)})`);
  },
  datetime_diff: (c) => ({ sql: `date_diff('${part(c, 0)}', ${dt(c, 2)}, ${dt(c, 1)})`, type: 'long' }),
  datetime_add: (c) => out(`(${dt(c, 2)} + to_${part(c, 0)}s(CAST(${c.arg(1).sql} AS BIGINT)))`.replace("to_quarters(", 'to_months(3*')),
  datetime_part: (c) => ({ sql: `CAST(date_part('${part(c, 0)}', ${dt(c, 1)}) AS INTEGER)`, type: 'int' }),
  format_datetime: (c) => {
    const fmt = c.literalString(1);
    if (fmt === undefined) return c.fail('the format must be a literal string');
    return { sql: `coalesce(strftime(${dt(c, 0)}, ${c.ctx.param(strftimeFormat(fmt), 'VARCHAR')}), '')`, type: 'string' };
  },
  dayofweek: (c) => ({ sql: `CAST(dayofweek(${dt(c, 0)}) AS BIGINT) * 86400000000`, type: 'timespan' }),
  dayofmonth: (c) => ({ sql: `CAST(day(${dt(c, 0)}) AS INTEGER)`, type: 'int' }),
  dayofyear: (c) => ({ sql: `CAST(dayofyear(${dt(c, 0)}) AS INTEGER)`, type: 'int' }),
  hourofday: (c) => ({ sql: `CAST(hour(${dt(c, 0)}) AS INTEGER)`, type: 'int' }),
  getmonth: (c) => ({ sql: `CAST(month(${dt(c, 0)}) AS INTEGER)`, type: 'int' }),
  monthofyear: (c) => ({ sql: `CAST(month(${dt(c, 0)}) AS INTEGER)`, type: 'int' }),
  getyear: (c) => ({ sql: `CAST(year(${dt(c, 0)}) AS INTEGER)`, type: 'int' }),
  week_of_year: (c) => ({ sql: `CAST(weekofyear(${dt(c, 0)}) AS INTEGER)`, type: 'int' }),
  totimespan: (c) => ({ sql: coerce(c.arg(0), 'timespan'), type: 'timespan' }),
  make_timespan: (c) => ({ sql: `CAST((${asNumber(c.arg(0))} * 3600 + ${c.count > 1 ? asNumber(c.arg(1)) : '0'} * 60 + ${c.count > 2 ? asNumber(c.arg(2)) : '0'}) * 1000000 AS BIGINT)`, type: 'timespan' }),
  unixtime_seconds_todatetime: (c) => out(`to_timestamp(${asNumber(c.arg(0))})::TIMESTAMP`),
  unixtime_milliseconds_todatetime: (c) => out(`to_timestamp(${asNumber(c.arg(0))} / 1000)::TIMESTAMP`),
  datetime_utc_to_local: (c) => out(dt(c, 0)),
  datetime_local_to_utc: (c) => out(dt(c, 0)),
  ingestion_time: () => out('CAST(NULL AS TIMESTAMP)'),
  todatetime_text: (c) => ({ sql: isoText(dt(c, 0)), type: 'string' }),
};
