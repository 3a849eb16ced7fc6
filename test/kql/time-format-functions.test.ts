/**
 * format_timespan and datetime_part (format-timespan-function.md, datetime-part-function.md), and
 * the literal digits those pages rely on: 7-digit datetime fractions and `time(d.hh:mm:ss.fffff)`.
 */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';

const one = async (expr: string): Promise<unknown> => ((await rows(`print r = ${expr}`)) as unknown[][])[0]![0];
const DT = 'datetime(2017-10-30 01:02:03.7654321)';

describe('format_timespan', () => {
  it.each<[string, string]>([
    ["format_timespan(time(29.09:00:05.12345), 'dd.hh:mm:ss:FF')", '29.09:00:05:12'],
    ["format_timespan(time(29.09:00:05.12345), 'ddd.h:mm:ss [fffffff]')", '029.9:00:05 [1234500]'],
    // The page's element table: F… is left out when zero, f… is not; FFFFFFF trims trailing zeros.
    ["format_timespan(time(15.13:45:30.05), 's.F')", '30.'],
    ["format_timespan(time(15.13:45:30.05), 's.f')", '30.0'],
    ["format_timespan(time(15.13:45:30.000115), 'FFFFFFF')", '000115'],
    ["format_timespan(time(15.01:09:30), 'd-H-m-ss')", '15-1-9-30'],
    ["format_timespan(timespan(null), 'dd')", ''],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });

  it('refuses a format element the page does not list', async () => {
    await expect(rows("print format_timespan(1h, 'yyyy')")).rejects.toMatchObject({ code: 'EA104' });
  });
});

describe('datetime_part', () => {
  it.each<[string, number]>([
    ['year', 2017], ['quarter', 4], ['month', 10], ['week_of_year', 44], ['day', 30], ['dayOfYear', 303],
    ['hour', 1], ['minute', 2], ['second', 3], ['millisecond', 765], ['microsecond', 765432],
  ])('%s', async (part, expected) => {
    expect(await one(`datetime_part("${part}", ${DT})`)).toBe(expected);
  });

  it('refuses nanosecond: the engine keeps datetimes to the microsecond', async () => {
    await expect(rows(`print datetime_part("nanosecond", ${DT})`)).rejects.toMatchObject({ code: 'EA104' });
  });
});

describe('literal digits', () => {
  it('keeps the microseconds of a 7-digit datetime literal', async () => {
    expect(await one(`tostring(${DT})`)).toBe('2017-10-30T01:02:03.765432Z');
  });

  it('reads time(d.hh:mm:ss.fffff), which Kusto.Language gives as 0', async () => {
    expect(await one('tostring(time(29.09:00:05.12345))')).toBe('29.09:00:05.1234500');
    expect(await one('tostring(time(0))')).toBe('00:00:00');
  });
});
