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
    const w = coerce(size, 'timespan');
    const origin = at ? coerce(at, 'timespan') : '0';
    return { sql: `CAST(floor((${value.sql} - ${origin}) / ${w}) * ${w} + ${origin} AS BIGINT)`, type: 'timespan' };
  }
  const t = value.type === 'long' || value.type === 'int' ? value.type : 'real';
  const s = asNumber(size);
  const origin = at ? asNumber(at) : '0';
  return { sql: `CAST(floor((${asNumber(value)} - ${origin}) / ${s}) * ${s} + ${origin} AS ${t === 'real' ? 'DOUBLE' : 'BIGINT'})`, type: t === 'int' ? 'long' : t };
}

/** The period start of `startof…`/`endof…`; weeks start on Sunday. */
function startOf(c: Call, unit: 'day' | 'week' | 'month' | 'year'): string {
  if (unit === 'week') return `CAST(CAST(${dt(c, 0)} AS DATE) - CAST(dayofweek(${dt(c, 0)}) AS INTEGER) AS TIMESTAMP)`;
  return `date_trunc('${unit}', ${dt(c, 0)})`;
}

/** The optional whole-period offset of `startof…`/`endof…`. */
function offset(c: Call): string {
  return c.count > 1 ? `CAST(${asNumber(c.arg(1), 'long')} AS INTEGER)` : '0';
}

/**
 * `datetime_diff(part, a, b)`: how many period boundaries lie between b and a (weeks start on
 * Sunday). Nanoseconds are below this engine's microsecond resolution: refused.
 */
function datetimeDiff(c: Call): SqlExpr {
  const p = part(c, 0);
  const a = dt(c, 1);
  const b = dt(c, 2);
  if (c.literalString(0)?.toLowerCase() === 'nanosecond') return c.fail('nanosecond: datetimes are kept to the microsecond here');
  if (p === 'week') {
    const sunday = (d: string) => `(CAST(${d} AS DATE) - CAST(dayofweek(${d}) AS INTEGER))`;
    return { sql: `CAST((${sunday(a)} - ${sunday(b)}) // 7 AS BIGINT)`, type: 'long' };
  }
  return { sql: `date_diff('${p}', ${b}, ${a})`, type: 'long' };
}

/**
 * `datetime_local_to_utc(local, tz)`. A local time skipped by a daylight-saving jump takes the
 * offset after the jump (Kusto: 02:00 in Brussels on 2022-03-27 → 00:00 UTC); ICU takes the one
 * before, so the result is moved back by what the round trip adds.
 */
function localToUtc(c: Call): SqlExpr {
  const tz = c.str(1);
  const local = dt(c, 0);
  const u = `timezone('UTC', timezone(${tz}, ${local}))`;
  return out(`(${u} - (timezone(${tz}, timezone('UTC', ${u})) - ${local}))`);
}

/** ISO-8601 text, or the other layouts Kusto reads (`MM-dd-yyyy`, `MM/dd/yyyy HH:mm:ss`, RFC 822). */
function datetimeFromText(text: string): string {
  const formats = ['%m-%d-%Y', '%m/%d/%Y', '%m/%d/%Y %H:%M:%S', '%m/%d/%Y %H:%M', '%a, %d %b %Y %H:%M:%S GMT', '%d %b %Y %H:%M:%S GMT'];
  return `coalesce(TRY_CAST(${text} AS TIMESTAMP), try_strptime(${text}, [${formats.map((f) => `'${f}'`).join(', ')}]))`;
}

/** Timespan text `[-][d.]hh:mm[:ss[.fffffff]]` → µs; other text → null. */
export function timespanFromText(text: string): string {
  const re = `'^(-?)(?:(\\d+)\\.)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,7}))?)?$'`;
  const g = (i: number) => `regexp_extract(${text}, ${re}, ${i})`;
  const n = (i: number) => `coalesce(TRY_CAST(NULLIF(${g(i)}, '') AS BIGINT), 0)`;
  const frac = `coalesce(TRY_CAST(NULLIF(rpad(${g(6)}, 7, '0'), '0000000') AS BIGINT), 0) // 10`;
  const abs = `((${n(2)} * 86400 + ${n(3)} * 3600 + ${n(4)} * 60 + ${n(5)}) * 1000000 + ${frac})`;
  return `CASE WHEN regexp_full_match(${text}, ${re.replace("'^", "'").replace("$'", "'")}) THEN (CASE WHEN ${g(1)} = '-' THEN -1 ELSE 1 END) * ${abs} END`;
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
  startofday: (c) => out(`${startOf(c, 'day')} + to_days(${offset(c)})`),
  startofweek: (c) => out(`${startOf(c, 'week')} + to_days(7 * ${offset(c)})`),
  startofmonth: (c) => out(`${startOf(c, 'month')} + to_months(${offset(c)})`),
  startofyear: (c) => out(`${startOf(c, 'year')} + to_years(${offset(c)})`),
  endofday: (c) => out(`${startOf(c, 'day')} + to_days(${offset(c)} + 1) - INTERVAL 1 MICROSECOND`),
  endofweek: (c) => out(`${startOf(c, 'week')} + to_days(7 * (${offset(c)} + 1)) - INTERVAL 1 MICROSECOND`),
  endofmonth: (c) => out(`${startOf(c, 'month')} + to_months(${offset(c)} + 1) - INTERVAL 1 MICROSECOND`),
  endofyear: (c) => out(`${startOf(c, 'year')} + to_years(${offset(c)} + 1) - INTERVAL 1 MICROSECOND`),
  todatetime: (c) => out(c.arg(0).type === 'string' ? datetimeFromText(c.arg(0).sql) : dt(c, 0)),
  make_datetime: (c) => {
    const n = (i: number): string => (i < c.count ? asNumber(c.arg(i)) : i < 3 ? '1' : '0');
    return out(`make_timestamp(CAST(${n(0)} AS BIGINT), CAST(${n(1)} AS BIGINT), CAST(${n(2)} AS BIGINT), CAST(${n(3)} AS BIGINT), CAST(${n(4)} AS BIGINT), ${n(5)})`);
  },
  datetime_diff: datetimeDiff,
  datetime_add: (c) => out(`(${dt(c, 2)} + to_${part(c, 0)}s(CAST(${c.arg(1).sql} AS BIGINT)))`.replace("to_quarters(", 'to_months(3*')),
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
  totimespan: (c) => ({ sql: c.arg(0).type === 'string' ? timespanFromText(c.arg(0).sql) : coerce(c.arg(0), 'timespan'), type: 'timespan' }),
  make_timespan: (c) => ({ sql: `CAST((${asNumber(c.arg(0))} * 3600 + ${c.count > 1 ? asNumber(c.arg(1)) : '0'} * 60 + ${c.count > 2 ? asNumber(c.arg(2)) : '0'}) * 1000000 AS BIGINT)`, type: 'timespan' }),
  // Epoch counts → microseconds (make_timestamp is UTC; to_timestamp would go through the session time zone).
  unixtime_seconds_todatetime: (c) => out(`make_timestamp(CAST(round(${asNumber(c.arg(0))} * 1000000) AS BIGINT))`),
  unixtime_milliseconds_todatetime: (c) => out(`make_timestamp(CAST(round(${asNumber(c.arg(0))} * 1000) AS BIGINT))`),
  unixtime_microseconds_todatetime: (c) => out(`make_timestamp(${asNumber(c.arg(0), 'long')})`),
  unixtime_nanoseconds_todatetime: (c) => out(`make_timestamp(${asNumber(c.arg(0), 'long')} // 1000)`),
  datetime_utc_to_local: (c) => out(`timezone(${c.str(1)}, timezone('UTC', ${dt(c, 0)}))`),
  datetime_local_to_utc: localToUtc,
  ingestion_time: () => out('CAST(NULL AS TIMESTAMP)'),
  todatetime_text: (c) => ({ sql: isoText(dt(c, 0)), type: 'string' }),
};
