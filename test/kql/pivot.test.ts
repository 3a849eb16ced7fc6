/**
 * `evaluate pivot` (pivot-plugin.md): the page's examples over StormEvents, rebuilt as datatables
 * holding rows whose totals are the page's outputs; column order = first appearance of the value
 * (the page's ARKANSAS | ARIZONA), empty cells 0 for count() and sum().
 */
import { describe, expect, it } from 'vitest';
import { refused, table } from './helpers';

const AR = `datatable(State:string, EventType:string, Source:string, DeathsDirect:long)[
  'ARKANSAS', 'Heavy Rain', 'Emergency Manager', 1,
  'ARKANSAS', 'Thunderstorm Wind', 'Emergency Manager', 1,
  'ARIZONA', 'Lightning', 'Newspaper', 1,
  'ARIZONA', 'Flash Flood', 'Trained Spotter', 2,
  'ARIZONA', 'Flash Flood', 'Broadcast Media', 3,
  'ARIZONA', 'Flash Flood', 'Newspaper', 1,
  'ARKANSAS', 'Strong Wind', 'Law Enforcement', 1,
  'ARKANSAS', 'Heat', 'Newspaper', 2,
  'ARKANSAS', 'Heat', 'Newspaper', 1]`;

const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('evaluate pivot', () => {
  it('pivot(State, sum(DeathsDirect)) groups by the other columns; a state a type has no row for is 0', async () => {
    const t = await table(`${AR} | project State, EventType, DeathsDirect | evaluate pivot(State, sum(DeathsDirect))`);
    expect(t.columns).toEqual(['EventType:string', 'ARKANSAS:long', 'ARIZONA:long']);
    expect(sorted(t.rows)).toEqual(sorted([['Heavy Rain', 1, 0], ['Thunderstorm Wind', 1, 0], ['Lightning', 0, 1], ['Flash Flood', 0, 6], ['Strong Wind', 1, 0], ['Heat', 3, 0]]));
  });

  it('with the group column named the result is the same; with two, one row per pair', async () => {
    const one = await table(`${AR} | project State, EventType, DeathsDirect | evaluate pivot(State, sum(DeathsDirect), EventType)`);
    expect(sorted(one.rows)).toEqual(sorted([['Heavy Rain', 1, 0], ['Thunderstorm Wind', 1, 0], ['Lightning', 0, 1], ['Flash Flood', 0, 6], ['Strong Wind', 1, 0], ['Heat', 3, 0]]));
    const two = await table(`${AR} | evaluate pivot(State, sum(DeathsDirect), EventType, Source)`);
    expect(two.columns).toEqual(['EventType:string', 'Source:string', 'ARKANSAS:long', 'ARIZONA:long']);
    expect(sorted(two.rows)).toEqual(sorted([
      ['Heavy Rain', 'Emergency Manager', 1, 0], ['Thunderstorm Wind', 'Emergency Manager', 1, 0], ['Lightning', 'Newspaper', 0, 1],
      ['Flash Flood', 'Trained Spotter', 0, 2], ['Flash Flood', 'Broadcast Media', 0, 3], ['Flash Flood', 'Newspaper', 0, 1],
      ['Strong Wind', 'Law Enforcement', 1, 0], ['Heat', 'Newspaper', 3, 0],
    ]));
  });

  it('pivot(State) counts rows, and a sort after it keeps the value columns', async () => {
    const t = await table(`datatable(State:string, EventType:string)['ALABAMA', 'Thunderstorm Wind', 'ALASKA', 'High Wind', 'ALABAMA', 'Thunderstorm Wind', 'ALASKA', 'Thunderstorm Wind'] | evaluate pivot(State) | sort by EventType asc`);
    expect(t).toEqual({ columns: ['EventType:string', 'ALABAMA:long', 'ALASKA:long'], rows: [['High Wind', 0, 1], ['Thunderstorm Wind', 2, 1]] });
  });

  it('an output schema names the value columns: one the data lacks is 0, one not named is left out', async () => {
    const t = await table(`datatable(State:string, EventType:string)['ALABAMA', 'Wind', 'ALASKA', 'Wind', 'TEXAS', 'Hail'] | evaluate pivot(State): (EventType:string, ALABAMA:long, ALASKA:long, IOWA:long)`);
    expect(t.columns).toEqual(['EventType:string', 'ALABAMA:long', 'ALASKA:long', 'IOWA:long']);
    expect(sorted(t.rows)).toEqual(sorted([['Wind', 1, 1, 0], ['Hail', 0, 0, 0]]));
  });

  it('refuses what it cannot answer as Kusto would, never a different table', async () => {
    // Empty cells of other aggregations are not shown by the page.
    expect(await refused(`datatable(S:string, E:string, D:long)['A', 'x', 1] | evaluate pivot(S, max(D))`)).toBe('EA104');
    // After a schema-less pivot, Kusto.Language knows only the group columns: extend would drop the value columns.
    expect(await refused(`datatable(S:string, E:string)['A', 'x'] | evaluate pivot(S) | extend n = 1`)).toBe('EA101');
    expect(await refused(`datatable(S:string, E:string)['', 'x'] | evaluate pivot(S)`)).toBe('EA104');
  });
});
