/**
 * array_index_of with start/length/occurrence, bag functions with JSONPath keys, pack_all(true)
 * and bag_pack_columns: expected values from their pages (array-index-of-function.md,
 * bag-has-key/-set-key/-remove-keys-function.md, pack-all-function.md,
 * bag-pack-columns-function.md), with the edge cases they state.
 */
import { describe, expect, it } from 'vitest';
import { rows } from './helpers';

const one = async (expr: string): Promise<unknown> => ((await rows(`print r = ${expr}`)) as unknown[][])[0]![0];
const ARR = `dynamic(["this", "is", "an", "example", "an", "example"])`;

describe('array_index_of(a, v, start, length, occurrence)', () => {
  it.each<[string, number | null]>([
    [`array_index_of(${ARR}, "example", 1, 3)`, 3],
    [`array_index_of(${ARR}, "example", 1, 2)`, -1],
    [`array_index_of(${ARR}, "an", 1, -1, 2)`, 4],
    [`array_index_of(${ARR}, "an", 1, -1, 3)`, -1],
    [`array_index_of(${ARR}, "an", -3)`, 4],
    [`array_index_of(${ARR}, "is", -4)`, -1],
    // "Returns null for irrelevant inputs (occurrence < 0 or length < -1)."
    [`array_index_of(${ARR}, "an", 0, -1, -1)`, null],
    [`array_index_of(${ARR}, "an", 0, -2)`, null],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });
});

const BAG = `dynamic({'key1': 123, 'key2': {'prop1': 'abc', 'prop2': 'xyz'}, 'key3': [100, 200]})`;

describe('bag functions with JSONPath keys', () => {
  it.each<[string, unknown]>([
    [`bag_has_key(${BAG}, '$.key2.prop1')`, true],
    [`bag_has_key(${BAG}, "$['key2'].prop3")`, false],
    [`bag_has_key(${BAG}, '$.key1.x')`, false],
    [`bag_remove_keys(${BAG}, dynamic(['$.key2.prop1', 'key3']))`, { key1: 123, key2: { prop2: 'xyz' } }],
    [`bag_set_key(dynamic({'key1': 123}), '$.key2.prop1', 'abc')`, { key1: 123, key2: { prop1: 'abc' } }],
    [`bag_set_key(${BAG}, '$.key2.prop1', 1)`, { key1: 123, key2: { prop1: 1, prop2: 'xyz' }, key3: [100, 200] }],
    // "If the input bag isn't a property-bag, a null value is returned."
    [`bag_set_key(parse_json('[1]'), '$.a.b', 1)`, null],
  ])('%s', async (expr, expected) => {
    expect(await one(expr)).toEqual(expected);
  });

  it('refuses array indexing in a key, which the pages say is not supported', async () => {
    await expect(rows(`print bag_has_key(${BAG}, '$.key3[0]')`)).rejects.toMatchObject({ code: 'EA104' });
  });
});

describe('pack_all(true) and bag_pack_columns', () => {
  it('leaves out null and empty columns and packs only the input row', async () => {
    const r = await rows(`datatable(S:string, T:string, N:long) ['a', '', 1, '', 'b', long(null)] | extend P = pack_all(), Q = pack_all(true)`);
    expect(r.map((x) => x.slice(3))).toEqual([
      [{ S: 'a', T: '', N: 1 }, { S: 'a', N: 1 }],
      [{ S: '', T: 'b', N: null }, { T: 'b' }],
    ]);
  });

  it('bag_pack_columns names each property after its column', async () => {
    const r = await rows(`datatable(Id: string, Value: string, Other: long) ["A", "val_a", 1] | extend Packed = bag_pack_columns(Id, Value)`);
    expect(r[0]![3]).toEqual({ Id: 'A', Value: 'val_a' });
  });
});

describe('array_sort_asc / array_sort_desc over several arrays (array-sort-asc-function.md)', () => {
  it('sorts the first array and reorders the others to match, one column each when unnamed', async () => {
    const r = await rows('let array1 = dynamic([1,3,4,5,2]); let array2 = dynamic(["a","b","c","d","e"]); print array_sort_asc(array1, array2)');
    expect(r).toEqual([[[1, 2, 3, 4, 5], ['a', 'e', 'b', 'c', 'd']]]);
    const d = await rows('let array1 = dynamic([1,3,4,5,2]); let array2 = dynamic(["a","b","c","d","e"]); print array_sort_desc(array1, array2)');
    expect(d).toEqual([[[5, 4, 3, 2, 1], ['d', 'c', 'b', 'e', 'a']]]);
  });

  it('gives null for an array whose length differs from the first, and one array of arrays when named or indexed', async () => {
    expect(await one('array_sort_asc(dynamic([2, 1]), dynamic(["x"]))')).toEqual([[1, 2], null]);
    expect(await one('array_sort_asc(dynamic([2, null, 1]), dynamic([1, 2, 3]), false)[1]')).toEqual([2, 3, 1]);
  });
});
