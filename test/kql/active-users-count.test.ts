/**
 * evaluate active_users_count (active-users-count-plugin.md): the page's example, and the
 * readings it pins down (lookback window (t − w, t], earlier appearances counted in a window
 * only, bins aligned to Start), with dimensions and bad arguments.
 */
import { describe, expect, it } from 'vitest';
import { columns, refused, rows } from './helpers';

const T = `datatable(User:string, Timestamp:datetime) [
  "B", datetime(2018-06-29), "B", datetime(2018-06-30), "A", datetime(2018-07-02), "B", datetime(2018-07-04),
  "B", datetime(2018-07-08), "A", datetime(2018-07-10), "A", datetime(2018-07-14), "A", datetime(2018-07-17),
  "A", datetime(2018-07-20), "B", datetime(2018-07-24)]`;

describe('active_users_count', () => {
  it('counts users active in at least 3 distinct days of the 8 days before each appearance, per week from Start (page example)', async () => {
    const q = `${T} | evaluate active_users_count(User, Timestamp, datetime(2018-07-01), datetime(2018-07-31), 8d, 1d, 3, 7d)`;
    expect(await columns(q)).toEqual(['Timestamp', 'dcount']);
    expect(await rows(q)).toEqual([
      ['2018-07-01T00:00:00.000Z', 1],
      ['2018-07-15T00:00:00.000Z', 1],
    ]);
  });

  it('includes the window start with a longer window (B on 7/8 then sees 6/30, 7/4, 7/8)', async () => {
    const q = `${T} | evaluate active_users_count(User, Timestamp, datetime(2018-07-01), datetime(2018-07-31), 9d, 1d, 3, 7d)`;
    expect(await rows(q)).toEqual([
      ['2018-07-01T00:00:00.000Z', 1],
      ['2018-07-08T00:00:00.000Z', 1],
      ['2018-07-15T00:00:00.000Z', 1],
    ]);
  });

  it('does not output bins before Start, and slices by a dimension', async () => {
    const q = `${T} | extend Team = iff(User == "A", "x", "y") | evaluate active_users_count(User, Timestamp, datetime(2018-06-25), datetime(2018-07-31), 8d, 1d, 2, 7d, Team)`;
    expect(await columns(q)).toEqual(['Timestamp', 'Team', 'dcount']);
    const r = await rows(q);
    expect(r).toContainEqual(['2018-06-25T00:00:00.000Z', 'y', 1]);
    expect(r.every((x) => String(x[0]) >= '2018-06-25')).toBe(true);
  });

  it('stops a query whose period is not positive', async () => {
    expect(await refused(`${T} | evaluate active_users_count(User, Timestamp, datetime(2018-07-01), datetime(2018-07-31), 8d, 0d, 3, 7d)`)).toBe('EA104');
  });
});
