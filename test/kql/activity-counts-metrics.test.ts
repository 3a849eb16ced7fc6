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
});
