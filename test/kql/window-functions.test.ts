/** prev / next / row_rank_min (prev-function.md, next-function.md, row-rank-min-function.md) over serialized rows. */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';
import { rowWindowSession } from '../../src/kql/udf/window-session';

describe('window scalar functions', () => {
  it('row_rank_min gives equal terms the smallest row number (the page\'s first example)', async () => {
    const q = `datatable (Airport:string, Airline:string, Departures:long)
      ["SEA", "LH", 3, "SEA", "LY", 100, "SEA", "UA", 3, "SEA", "BA", 2, "SEA", "EL", 3]
      | sort by Departures asc
      | extend Rank=row_rank_min(Departures)
      | project Departures, Rank`;
    // The page lists LH, UA, EL for the three 3s (sort is not stable): the ranks do not depend on it.
    expect(await rows(q)).toEqual([[2, 1], [3, 2], [3, 2], [3, 2], [100, 5]]);
  });

  it('row_rank_min restarts where the restart condition holds (the page\'s second example)', async () => {
    const q = `datatable(Category:string, Item:string, Value:int)
      ["A", "item1", 10, "A","item2", 10, "A", "item3", 5, "A", "item4", 20, "B", "item2", 5, "B", "item1", 7]
      | sort by Category asc, Value asc
      | extend rank = row_rank_min(Value, Category != prev(Category))
      | project Category, Value, rank`;
    expect(await rows(q)).toEqual([['A', 5, 1], ['A', 10, 2], ['A', 10, 2], ['A', 20, 4], ['B', 5, 1], ['B', 7, 2]]);
  });

  it('prev and next with offset and default; a string prev before the first row is empty', async () => {
    const q = 'range x from 1 to 5 step 1 | extend s = tostring(x) | extend p = prev(x), n = next(x, 2, -1), ps = prev(s)';
    expect(await rows(q)).toEqual([
      [1, '1', null, 3, ''],
      [2, '2', 1, 4, '1'],
      [3, '3', 2, 5, '2'],
      [4, '4', 3, -1, '3'],
      [5, '5', 4, -1, '4'],
    ]);
  });

  it('refuses a window function over rows that are not serialized, as Kusto does', async () => {
    await expect(rows('range x from 1 to 3 step 1 | summarize by x | extend p = prev(x)')).rejects.toThrow(/serialized/);
  });

  it('row_window_session: the page\'s example (1h from the first, 5m between neighbours, restart on a new ID)', async () => {
    const q = `datatable (ID:string, Timestamp:datetime) [
        "1", datetime(2024-04-11 10:00:00), "2", datetime(2024-04-11 10:18:00), "1", datetime(2024-04-11 11:00:00),
        "3", datetime(2024-04-11 11:30:00), "2", datetime(2024-04-11 13:30:00), "2", datetime(2024-04-11 10:16:00)]
      | sort by ID asc, Timestamp asc
      | extend SessionStarted = row_window_session(Timestamp, 1h, 5m, ID != prev(ID))
      | project ID, SessionStarted`;
    expect(await rows(q)).toEqual([
      ['1', '2024-04-11T10:00:00.000Z'],
      ['1', '2024-04-11T11:00:00.000Z'],
      ['2', '2024-04-11T10:16:00.000Z'],
      ['2', '2024-04-11T10:16:00.000Z'],
      ['2', '2024-04-11T13:30:00.000Z'],
      ['3', '2024-04-11T11:30:00.000Z'],
    ]);
  });

  it('row_window_session model: distance from the first, between neighbours, a null value', () => {
    const m = 60_000_000;
    // 0, 4, 8 (neighbours < 5m) stay in one session until 60 >= 0 + 60; 70 is 10 after 60; null gives null and restarts.
    const values = [0, 4 * m, 8 * m, 12 * m, 60 * m, 70 * m, null, 71 * m];
    expect(JSON.parse(rowWindowSession(JSON.stringify(values), JSON.stringify(values.map(() => false)), BigInt(60 * m), BigInt(5 * m))!)).toEqual([0, 0, 0, 0, 60 * m, 70 * m, null, 71 * m]);
  });

  it('a window call inside a nested query is computed over that query\'s rows', async () => {
    const q = 'range x from 1 to 3 step 1 | extend y = toscalar(range a from 1 to 3 step 1 | extend p = prev(a) | summarize sum(p)), q = prev(x)';
    expect(await rows(q)).toEqual([[1, 3, null], [2, 3, 1], [3, 3, 2]]);
  });
});
