/**
 * The demo endpoint reads only the rows a filter names by id (`users?$filter=id in (…)`): the same
 * rows, in the same order, as filtering every row, for any filter (issue 21: such a request read
 * all 10,000 users of the large tenant, 35–360 ms each).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphObject } from '../../src/demo/model';
import type { DataContext } from '../../src/demo/graph-server/data/data-context';
import { filterIds, runMemoryQuery } from '../../src/demo/graph-server/resources/collection-query';
import { usersDef } from '../../src/demo/graph-server/resources/directory-defs';
import { parseFilter } from '../../src/demo/graph-server/odata/filter-parser';
import { matchesFilter } from '../../src/demo/graph-server/odata/filter-eval';

const hex = (n: number) => n.toString(16).padStart(12, '0');
const ROWS: GraphObject[] = Array.from({ length: 300 }, (_, i) => ({
  id: `0000${i % 7}abc-0000-4000-8000-${hex(i)}`, displayName: `User ${i % 40}`, userPrincipalName: `u${i}@contoso.com`,
}));
// Two rows share an id, as a broken export might: both are kept, in collection order.
ROWS.push({ ...ROWS[5]!, displayName: 'User 5 twin' });

const ctx = {} as DataContext;
const idsServed = (filter: string) => {
  const r = runMemoryQuery(ROWS, usersDef, { filter: parseFilter(filter), count: false, eventual: false, top: '999' }, ctx, { requestUrl: new URL('http://x/v1.0/users'), contextUrl: '' });
  return ((r.body as { value: GraphObject[] }).value).map((u) => `${String(u.id)}|${String(u.displayName)}`);
};
const idsFiltered = (filter: string) => ROWS.filter((r) => matchesFilter(parseFilter(filter), r)).map((u) => `${String(u.id)}|${String(u.displayName)}`);

describe('demo endpoint: filters that name ids read only those rows', () => {
  it('names the ids of id eq / id in, under and / or, and nothing else', () => {
    expect(filterIds(parseFilter("id eq 'ABC'"))).toEqual(['abc']);
    expect(filterIds(parseFilter("id in ('a', 'B')"))).toEqual(['a', 'b']);
    expect(filterIds(parseFilter("startsWith(displayName,'U') and id eq 'a'"))).toEqual(['a']);
    expect(filterIds(parseFilter("id eq 'a' or id in ('b')"))).toEqual(['a', 'b']);
    expect(filterIds(parseFilter("id eq 'a' or displayName eq 'b'"))).toBeUndefined();
    expect(filterIds(parseFilter("displayName eq 'b'"))).toBeUndefined();
  });

  it('answers like filtering every row, for generated filters (case, unknown ids, duplicates, mixed clauses)', () => {
    const someId = fc.integer({ min: 0, max: ROWS.length - 1 }).chain((i) => fc.constantFrom(String(ROWS[i]!.id), String(ROWS[i]!.id).toUpperCase()));
    const anId = fc.oneof(someId, fc.constant('00000000-0000-4000-8000-000000000000'));
    const clause = fc.oneof(
      anId.map((id) => `id eq '${id}'`),
      fc.array(anId, { minLength: 1, maxLength: 15 }).map((ids) => `id in (${ids.map((x) => `'${x}'`).join(', ')})`),
      fc.integer({ min: 0, max: 45 }).map((n) => `startsWith(displayName,'User ${n}')`),
    );
    const filter = fc.oneof(clause, fc.tuple(clause, fc.constantFrom('and', 'or'), clause).map(([a, op, b]) => `${a} ${op} ${b}`));
    fc.assert(fc.property(filter, (f) => { expect(idsServed(f)).toEqual(idsFiltered(f)); }), { numRuns: 300 });
  });

  it('keeps rows that share an id, in collection order', () => {
    expect(idsServed(`id eq '${String(ROWS[5]!.id)}'`)).toEqual([`${String(ROWS[5]!.id)}|User 5`, `${String(ROWS[5]!.id)}|User 5 twin`]);
  });

  it('reads only the named rows: a 2-id filter looks at 2 display names, not every row\'s', () => {
    let reads = 0;
    const counted: GraphObject[] = ROWS.map((r) => {
      const { displayName, ...rest } = r;
      return Object.defineProperty({ ...rest }, 'displayName', { enumerable: true, get: () => { reads++; return displayName; } }) as GraphObject;
    });
    const filter = parseFilter(`startsWith(displayName,'User') and id in ('${String(ROWS[10]!.id)}', '${String(ROWS[20]!.id)}')`);
    const r = runMemoryQuery(counted, usersDef, { filter, select: ['id'], count: false, eventual: false, top: '999' }, ctx, { requestUrl: new URL('http://x/v1.0/users'), contextUrl: '' });
    expect(((r.body as { value: GraphObject[] }).value).map((u) => u.id)).toEqual([ROWS[10]!.id, ROWS[20]!.id]);
    expect(reads).toBe(2);
  });
});
