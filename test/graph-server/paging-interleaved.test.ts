/**
 * Pages of different queries over the same collection, read interleaved: each `$skiptoken` page
 * continues its own query (the endpoint keeps a query's filtered and ordered rows for its next
 * pages; a page must never come from another query's rows). Expected rows come from the fixture
 * model, not from the endpoint.
 */
import { describe, expect, it } from 'vitest';
import { fixtureModel } from './fixture';
import { rows, useServer } from './harness';

const { get } = useServer();

type Row = Record<string, unknown>;
const ids = (rs: readonly Row[]) => rs.map((r) => String(r['id']));

async function interleaved(paths: readonly string[]): Promise<string[][]> {
  const next: (string | undefined)[] = [...paths];
  const got: string[][] = paths.map(() => []);
  while (next.some((n) => n !== undefined)) {
    for (let i = 0; i < next.length; i += 1) {
      const link = next[i];
      if (link === undefined) continue;
      const r = await get(link);
      expect(r.status, link).toBe(200);
      got[i]!.push(...ids(rows(r)));
      next[i] = r.body['@odata.nextLink'] as string | undefined;
    }
  }
  return got;
}

describe('interleaved paging', () => {
  it('each query\'s next pages continue its own filter, whatever was asked in between', async () => {
    const users = fixtureModel().users;
    const [enabled, disabled, all] = await interleaved([
      '/users?$filter=accountEnabled eq true&$top=3&$select=id',
      '/users?$filter=accountEnabled eq false&$top=2&$select=id',
      '/users?$top=4&$select=id',
    ]);
    const want = (pred: (u: Row) => boolean) => users.filter(pred).map((u) => String(u['id'])).sort();
    expect([...enabled!].sort()).toEqual(want((u) => u['accountEnabled'] === true));
    expect([...disabled!].sort()).toEqual(want((u) => u['accountEnabled'] === false));
    expect([...all!].sort()).toEqual(want(() => true));
    expect(disabled!.length).toBeGreaterThan(2); // more than one page, so the kept rows were read
  });

  it('a query asked again from its first page sees the same rows as the first time', async () => {
    const path = '/users?$filter=accountEnabled eq true&$top=3&$select=id';
    const [a] = await interleaved([path]);
    const [b, c] = await interleaved([path, '/users?$filter=accountEnabled eq false&$top=3&$select=id']);
    expect(b).toEqual(a);
    expect(new Set([...b!, ...c!]).size).toBe(b!.length + c!.length);
  });
});
