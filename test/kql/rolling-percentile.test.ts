/**
 * evaluate rolling_percentile (rolling-percentile-plugin.md): the page's hourly values 1..240 with
 * a 3-day window over 1-day bins, with and without a dimension; a gap refused.
 */
import { describe, expect, it } from 'vitest';
import { fixtureEngine, refused } from './helpers';

async function rows(kql: string): Promise<string[]> {
  const r = await (await fixtureEngine()).query(kql);
  return r.rows.map((x) => [...x].map((v) => String(v)).join(' ')).sort();
}

const T = `let T = range idx from 0 to 24 * 10 - 1 step 1
| project Timestamp = datetime(2018-01-01) + 1h * idx, val = idx + 1
| extend EvenOrOdd = iff(val % 2 == 0, "Even", "Odd");`;

describe('rolling_percentile (rolling-percentile-plugin.md)', () => {
  it('the page example: the median of the day and the two before', async () => {
    const got = await rows(`${T} T | evaluate rolling_percentile(val, 50, Timestamp, 1d, 3) | project d = format_datetime(Timestamp, 'MM-dd'), rolling_3_percentile_val_50`);
    expect(got.slice(0, 5)).toEqual(['01-01 12', '01-02 24', '01-03 36', '01-04 60', '01-05 84']);
    expect(got).toHaveLength(10);
  });

  it('per dimension value (the page: Even 12, 24, 36, 60 …)', async () => {
    const got = await rows(`${T} T | evaluate rolling_percentile(val, 50, Timestamp, 1d, 3, EvenOrOdd) | where EvenOrOdd == "Even" | project d = format_datetime(Timestamp, 'MM-dd'), rolling_3_percentile_val_50`);
    expect(got.slice(0, 4)).toEqual(['01-01 12', '01-02 24', '01-03 36', '01-04 60']);
  });

  it('refuses a day without rows between the first and the last', async () => {
    expect(await refused(`${T} T | where Timestamp < datetime(2018-01-03) or Timestamp >= datetime(2018-01-04) | evaluate rolling_percentile(val, 50, Timestamp, 1d, 3)`)).toBe('EA104');
  });
});
