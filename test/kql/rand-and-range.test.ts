/** rand() as rand-function.md states it, and range() of datetimes spelled as before after its fast path. */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';

describe('rand()', () => {
  it('rand() is a real in [0.0, 1.0) and differs between rows', async () => {
    const out = (await rows('range x from 1 to 2000 step 1 | extend r = rand() | summarize mn = min(r), mx = max(r), d = dcount(r), t = take_any(gettype(r))')) as [[number, number, number, string]];
    const [[mn, mx, d, t]] = out;
    expect(t).toBe('real');
    expect(mn).toBeGreaterThanOrEqual(0);
    expect(mx).toBeLessThan(1);
    expect(d).toBeGreaterThan(1900);
  });

  it('rand(N) is a real chosen from {0.0, 1.0, ..., N - 1}', async () => {
    const out = (await rows('range x from 1 to 3000 step 1 | extend r = rand(3) | summarize c = count() by r | order by r asc | project r')) as number[][];
    expect(out).toEqual([[0], [1], [2]]);
  });

  it('one rand() per row: a column read twice has one value', async () => {
    expect(await rows('range x from 1 to 1000 step 1 | extend r = rand() | extend a = r, b = r | where a != b | count')).toEqual([[0]]);
  });
});

describe('range() of datetimes', () => {
  it('whole seconds and fractions keep the ISO spelling', async () => {
    expect(await rows('print r = range(datetime(2017-01-01 00:00:59), datetime(2017-01-01 00:01:00.5), 500ms)')).toEqual([
      [['2017-01-01T00:00:59Z', '2017-01-01T00:00:59.5Z', '2017-01-01T00:01:00Z', '2017-01-01T00:01:00.5Z']],
    ]);
  });

  it('empty, descending, default step and zero step as before', async () => {
    expect(await rows('print a = range(datetime(2020-01-02), datetime(2020-01-01), 1d), b = range(datetime(2020-01-03), datetime(2020-01-01), -1d), c = range(datetime(2020-01-01), datetime(2020-01-01 02:00)), d = range(datetime(2020-01-01), datetime(2020-01-02), 0s)')).toEqual([
      [[], ['2020-01-03T00:00:00Z', '2020-01-02T00:00:00Z', '2020-01-01T00:00:00Z'], ['2020-01-01T00:00:00Z', '2020-01-01T01:00:00Z', '2020-01-01T02:00:00Z'], null],
    ]);
  });
});
