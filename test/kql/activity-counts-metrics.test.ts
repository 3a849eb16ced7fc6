/**
 * evaluate activity_counts_metrics (activity-counts-metrics-plugin.md): the page's daily example,
 * and the forms the page leaves open refused.
 */
import { describe, expect, it } from 'vitest';
import { table, refused } from './helpers';

const T = `let T = datatable(UserId:string, Timestamp:datetime) [
'A', datetime(2017-08-01), 'D', datetime(2017-08-01), 'J', datetime(2017-08-01), 'B', datetime(2017-08-01),
'C', datetime(2017-08-02), 'T', datetime(2017-08-02), 'J', datetime(2017-08-02),
'H', datetime(2017-08-03), 'T', datetime(2017-08-03), 'T', datetime(2017-08-03), 'J', datetime(2017-08-03), 'B', datetime(2017-08-03), 'S', datetime(2017-08-03),
'S', datetime(2017-08-04)];`;

describe('activity_counts_metrics (activity-counts-metrics-plugin.md)', () => {
  it('the page example: count, dcount, new_dcount, aggregated_dcount per day', async () => {
    const t = await table(`${T} T | evaluate activity_counts_metrics(UserId, Timestamp, datetime(2017-08-01), datetime(2017-08-04), 1d) | extend Timestamp = format_datetime(Timestamp, 'yyyy-MM-dd') | order by Timestamp asc`);
    expect(t.columns).toEqual(['Timestamp:string', 'count:long', 'dcount:long', 'new_dcount:long', 'aggregated_dcount:long']);
    expect(t.rows).toEqual([
      ['2017-08-01', 4, 4, 4, 4], ['2017-08-02', 3, 3, 2, 6], ['2017-08-03', 6, 5, 2, 8], ['2017-08-04', 1, 1, 0, 8],
    ]);
  });

  it('refuses a record outside start .. end and a window without records', async () => {
    const run = (start: string, end: string) => refused(`${T} T | evaluate activity_counts_metrics(UserId, Timestamp, datetime(${start}), datetime(${end}), 1d)`);
    expect(await run('2017-08-02', '2017-08-04')).toBe('EA104');
    expect(await run('2017-08-01', '2017-08-06')).toBe('EA104');
  });

  it('a dimension slices every metric: one slice gives the page\'s figures; two slices count apart', async () => {
    const one = await table(`${T} T | extend Tenant = 'contoso' | evaluate activity_counts_metrics(UserId, Timestamp, datetime(2017-08-01), datetime(2017-08-04), 1d, Tenant) | extend Timestamp = format_datetime(Timestamp, 'yyyy-MM-dd') | order by Timestamp asc`);
    expect(one.columns).toEqual(['Timestamp:string', 'Tenant:string', 'count:long', 'dcount:long', 'new_dcount:long', 'aggregated_dcount:long']);
    expect(one.rows).toEqual([
      ['2017-08-01', 'contoso', 4, 4, 4, 4], ['2017-08-02', 'contoso', 3, 3, 2, 6], ['2017-08-03', 'contoso', 6, 5, 2, 8], ['2017-08-04', 'contoso', 1, 1, 0, 8],
    ]);
    // By hand from the page's definitions, per slice: A in x on both days (twice on the 2nd); D then E in y.
    const two = await table(`datatable(UserId:string, Ts:datetime, Kind:string) ['A', datetime(2017-08-01), 'x', 'D', datetime(2017-08-01), 'y', 'A', datetime(2017-08-02), 'x', 'E', datetime(2017-08-02), 'y', 'A', datetime(2017-08-02), 'x']
      | evaluate activity_counts_metrics(UserId, Ts, datetime(2017-08-01), datetime(2017-08-02), 1d, Kind) | extend Ts = format_datetime(Ts, 'yyyy-MM-dd') | order by Ts asc, Kind asc`);
    expect(two.rows).toEqual([
      ['2017-08-01', 'x', 1, 1, 1, 1], ['2017-08-01', 'y', 1, 1, 1, 1], ['2017-08-02', 'x', 2, 1, 0, 1], ['2017-08-02', 'y', 1, 1, 1, 2],
    ]);
  });

  it('with a dimension: no records give no slice and no row; a slice missing from a window is refused', async () => {
    expect((await table('datatable(UserId:string, Ts:datetime, Kind:string) [] | evaluate activity_counts_metrics(UserId, Ts, datetime(2017-08-01), datetime(2017-08-02), 1d, Kind)')).rows).toEqual([]);
    expect(await refused(`datatable(UserId:string, Ts:datetime, Kind:string) ['A', datetime(2017-08-01), 'x', 'D', datetime(2017-08-01), 'y', 'A', datetime(2017-08-02), 'x']
      | evaluate activity_counts_metrics(UserId, Ts, datetime(2017-08-01), datetime(2017-08-02), 1d, Kind)`)).toBe('EA104');
  });
});
