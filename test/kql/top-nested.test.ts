/**
 * top-nested (top-nested-operator.md): the page's "latest events per id with other columns"
 * example, the top-N cut per parent group, asc, and the refusals (with others, a tie at the cut).
 */
import { describe, expect, it } from 'vitest';
import { table, refused } from './helpers';

const EVENTS = `datatable(id: string, timestamp: datetime, otherInformation: string)
["Barak", datetime(2015-01-01), "1", "Barak", datetime(2016-01-01), "2", "Barak", datetime(2017-01-20), "3",
 "Donald", datetime(2017-01-20), "4", "Donald", datetime(2017-01-18), "5", "Donald", datetime(2017-01-19), "6"]`;

const SALES = 'datatable(r:string, p:string, v:long) ["a","x",5, "a","y",1, "a","z",3, "b","x",2, "b","y",7, "c","x",1]';

describe('top-nested (top-nested-operator.md)', () => {
  it('the page example: the 2 latest events per id, with their other column', async () => {
    const t = await table(`${EVENTS} | top-nested of id by Ignore0=max(1), top-nested 2 of timestamp by Ignore1=max(timestamp), top-nested of otherInformation by Ignore2=max(1) | project-away Ignore0, Ignore1, Ignore2 | extend timestamp = tostring(timestamp)`);
    expect(t.columns).toEqual(['id:string', 'timestamp:string', 'otherInformation:string']);
    expect(t.rows.map((r) => r.join(' ')).sort()).toEqual([
      'Barak 2016-01-01T00:00:00Z 2', 'Barak 2017-01-20T00:00:00Z 3', 'Donald 2017-01-19T00:00:00Z 6', 'Donald 2017-01-20T00:00:00Z 4',
    ]);
  });

  it('keeps the top N per level within each kept parent; two columns per level', async () => {
    const t = await table(`${SALES} | top-nested 2 of r by total = sum(v), top-nested 1 of p by s = sum(v)`);
    expect(t.columns).toEqual(['r:string', 'total:long', 'p:string', 's:long']);
    expect(t.rows.map((r) => r.join(' ')).sort()).toEqual(['a 9 x 5', 'b 9 y 7']);
    const low = await table(`${SALES} | top-nested 1 of r by total = sum(v) asc`);
    expect(low.rows).toEqual([['c', 1]]);
  });

  it('refuses with others and a tie at the cut (the page does not say which group is kept)', async () => {
    expect(await refused(`${SALES} | top-nested 1 of r with others = "rest" by total = sum(v)`)).not.toBe('ran');
    expect(await refused(`${SALES} | top-nested 1 of r by total = sum(v)`)).toBe('EA104');
  });
});
