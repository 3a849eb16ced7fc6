/**
 * evaluate sliding_window_counts (sliding-window-counts-plugin.md): the page's example (3-day
 * lookback over 1-day bins), and the forms the page leaves open refused.
 */
import { describe, expect, it } from 'vitest';
import { table, refused } from './helpers';

const T = `let T = datatable(UserId: string, Timestamp: datetime) [
 'Bob', datetime(2017-08-01), 'David', datetime(2017-08-01), 'David', datetime(2017-08-01), 'John', datetime(2017-08-01), 'Bob', datetime(2017-08-01),
 'Ananda', datetime(2017-08-02), 'Atul', datetime(2017-08-02), 'John', datetime(2017-08-02),
 'Ananda', datetime(2017-08-03), 'Atul', datetime(2017-08-03), 'Atul', datetime(2017-08-03), 'John', datetime(2017-08-03), 'Bob', datetime(2017-08-03),
 'Betsy', datetime(2017-08-04), 'Bob', datetime(2017-08-05)];`;

describe('sliding_window_counts (sliding-window-counts-plugin.md)', () => {
  it('the page example: counts and distinct counts over the bin and the two before', async () => {
    const t = await table(`${T} T | evaluate sliding_window_counts(UserId, Timestamp, datetime(2017 - 08 - 01), datetime(2017-08-07), 3d, 1d)`);
    expect(t.columns).toEqual(['Timestamp:datetime', 'Count:long', 'dcount:long']);
    expect(t.rows.map((r) => `${String(r[0]).slice(0, 10)} ${String(r[1])} ${String(r[2])}`).sort()).toEqual([
      '2017-08-01 5 3', '2017-08-02 8 5', '2017-08-03 13 5', '2017-08-04 9 5', '2017-08-05 7 5', '2017-08-06 2 2', '2017-08-07 1 1',
    ]);
    expect(await refused(`${T} T | evaluate sliding_window_counts(UserId, Timestamp, datetime(2017-08-01), datetime(2017-08-07), 3d, 1d) | take 1`)).toBe('EA101');
  });

  it('reads datetime(2017 - 08 - 01), spaces around the dashes, as the page does', async () => {
    expect((await table('print d = datetime(2017 - 08 - 01) == datetime(2017-08-01)')).rows).toEqual([[true]]);
  });

  it('refuses a record outside start .. end, an empty window, a lookback that is not a multiple of the bin', async () => {
    const run = (start: string, end: string, lookback: string) => refused(`${T} T | evaluate sliding_window_counts(UserId, Timestamp, datetime(${start}), datetime(${end}), ${lookback}, 1d)`);
    expect(await run('2017-08-02', '2017-08-07', '3d')).toBe('EA104');
    expect(await run('2017-08-01', '2017-08-09', '3d')).toBe('EA104');
    expect(await run('2017-08-01', '2017-08-07', '36h')).toBe('EA104');
  });
});
