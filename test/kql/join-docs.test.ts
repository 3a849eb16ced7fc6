/**
 * join, lookup and union (src/kql/compile/operators/join.ts) on what their pages in Microsoft's KQL
 * reference state beyond the pages' own examples (those run one by one in
 * test/mutation/docs-join.mutation.ts): the join kinds' other names, `$left.a == $right.b` keys,
 * several conditions, lookup's kinds and key columns, union's kinds and withsource. Every expected
 * value follows from the cited page, not from our output. Written for issue 23's mutation module
 * kql-operators-join (TESTING.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { columns, refused, rows } from './helpers';

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

// join-innerunique.md's tables X and Y.
const XY = "let X = datatable(Key:string, Value1:long) ['a', 1, 'b', 2, 'b', 3, 'c', 4]; let Y = datatable(Key:string, Value2:long) ['b', 10, 'c', 20, 'c', 30, 'd', 40];";

// join-operator.md, Returns: "leftanti, anti, leftantisemi": all records from the left table that
// don't match; "rightanti, rightantisemi": all records from the right table that don't match;
// "leftsemi" / "rightsemi": the records of one side that match, with that side's columns only.
describe('join kinds and their other names (join-operator.md)', () => {
  it.each<[string, string[], unknown[][]]>([
    ['leftanti', ['Key', 'Value1'], [['a', 1]]],
    ['anti', ['Key', 'Value1'], [['a', 1]]],
    ['leftantisemi', ['Key', 'Value1'], [['a', 1]]],
    ['rightanti', ['Key', 'Value2'], [['d', 40]]],
    ['rightantisemi', ['Key', 'Value2'], [['d', 40]]],
    ['leftsemi', ['Key', 'Value1'], [['b', 2], ['b', 3], ['c', 4]]],
    ['rightsemi', ['Key', 'Value2'], [['b', 10], ['c', 20], ['c', 30]]],
  ])('kind=%s', async (kind, cols, expected) => {
    const q = `${XY} X | join kind=${kind} Y on Key | sort by Key asc, ${cols[1]} asc`;
    expect(await columns(q)).toEqual(cols);
    expect(await rows(q)).toEqual(expected);
  });
  it('kind=inner: every combination of matching rows, left columns then right ones (Key1)', async () => {
    const q = `${XY} X | join kind=inner Y on Key | sort by Value1 asc, Value2 asc`;
    expect(await columns(q)).toEqual(['Key', 'Value1', 'Key1', 'Value2']);
    expect(await rows(q)).toEqual([['b', 2, 'b', 10], ['b', 3, 'b', 10], ['c', 4, 'c', 20], ['c', 4, 'c', 30]]);
  });
  // rightouter / fullouter keep every right row, with empty left cells where nothing matched; a
  // `where` on a left column after the join then drops those rows (it filters the join's rows). Only
  // innerunique moves such a filter before the join (join-innerunique.md).
  it('a where on a left column after rightouter / fullouter filters the joined rows, not the left side first', async () => {
    expect(await rows(`${XY} X | join kind=rightouter Y on Key | where Value1 > 1 | sort by Value1 asc, Value2 asc`)).toEqual([['b', 2, 'b', 10], ['b', 3, 'b', 10], ['c', 4, 'c', 20], ['c', 4, 'c', 30]]);
    expect(await rows(`${XY} X | join kind=fullouter Y on Key | where Value1 > 1 | count`)).toEqual([[4]]);
  });
  it('kind=leftouter and fullouter: unmatched cells are empty (null for a number)', async () => {
    expect(await rows(`${XY} X | join kind=leftouter Y on Key | where Key == 'a'`)).toEqual([['a', 1, '', null]]);
    expect(await rows(`${XY} X | join kind=fullouter Y on Key | where Value2 == 40`)).toEqual([['', null, 'd', 40]]);
    expect(await rows(`${XY} X | join kind=rightouter Y on Key | where Value2 == 40`)).toEqual([['', null, 'd', 40]]);
  });
  // null-values.md: "The string data type doesn't support null values": an unmatched string cell
  // is the empty string for the operators after the join too.
  it('an unmatched string cell equals "" for a later where (leftouter, rightouter, fullouter)', async () => {
    expect(await rows(`${XY} X | join kind=leftouter Y on Key | where Key1 == "" | project Key, Value1`)).toEqual([['a', 1]]);
    expect(await rows(`${XY} X | join kind=rightouter Y on Key | where Key == "" | project Key1`)).toEqual([['d']]);
    expect(await rows(`${XY} X | join kind=fullouter Y on Key | where Key == "" or Key1 == "" | sort by Value1 asc | project Key, Key1`)).toEqual([['', 'd'], ['a', '']]);
  });
});

// join-operator.md, Conditions: "If the columns you want to match have the same name in both
// tables, use the syntax ON ColumnName. Otherwise, use the syntax ON $left.LeftColumn ==
// $right.RightColumn. To specify multiple conditions, you can either use the "and" keyword or
// separate them with commas. If you use commas, the conditions are evaluated using the "and" logical operator."
describe('join conditions (join-operator.md)', () => {
  it('$left.a == $right.b matches like on a column of both', async () => {
    const q = "datatable(id:long, a:string) [1, 'x', 2, 'y'] | join kind=inner (datatable(ref:long, b:string) [2, 'q', 3, 'r']) on $left.id == $right.ref";
    expect(await columns(q)).toEqual(['id', 'a', 'ref', 'b']);
    expect(await rows(q)).toEqual([[2, 'y', 2, 'q']]);
  });
  it('two conditions separated by a comma must both hold', async () => {
    const q = 'datatable(k:long, v:long) [1, 1, 1, 2, 2, 2] | join kind=inner (datatable(k:long, w:long) [1, 2, 1, 3, 2, 9]) on k, $left.v == $right.w';
    expect(await rows(q)).toEqual([[1, 2, 1, 2]]);
  });
  it('two conditions joined by the "and" keyword must both hold (was: refused)', async () => {
    const q = 'datatable(k:long, v:long) [1, 1, 1, 2, 2, 2] | join kind=inner (datatable(k:long, w:long) [1, 2, 1, 3, 2, 9]) on $left.k == $right.k and $left.v == $right.w';
    expect(await rows(q)).toEqual([[1, 2, 1, 2]]);
  });
  // join-innerunique.md: the left side is deduplicated on the join key; with two keys, on the pair.
  it('innerunique on two key columns keeps one left row per pair', async () => {
    const q = "datatable(a:long, b:string, v:long) [1, 'x', 10, 1, 'x', 11, 1, 'y', 20] | join (datatable(a:long, b:string, w:long) [1, 'x', 5, 1, 'y', 6]) on a, b | count";
    expect(await rows(q)).toEqual([[2]]);
  });
  it('two key columns by name', async () => {
    const q = "datatable(a:long, b:string, v:long) [1, 'x', 10, 1, 'y', 20] | join kind=inner (datatable(a:long, b:string, w:long) [1, 'y', 5, 2, 'x', 6]) on a, b";
    expect(await rows(q)).toEqual([[1, 'y', 20, 1, 'y', 5]]);
  });
  // "Cross-join: … a placeholder key is added to both tables and then used for the inner join".
  it('the cross join of the page: every left row with every right row', async () => {
    expect(await rows(`${XY} X | extend placeholder=1 | join kind=inner (Y | extend placeholder=1) on placeholder | count`)).toEqual([[16]]);
  });
});

// lookup-operator.md: "Only two kinds of lookup are supported, leftouter and inner, with leftouter
// being the default"; leftouter keeps a left row with no match, "the unmatched output cells contain
// nulls"; "If kind=inner is used, such rows are omitted"; "The result doesn't repeat columns from
// the $right table that are the basis for the join operation", for both rule kinds.
describe('lookup (lookup-operator.md)', () => {
  const F = 'let F = datatable(Row:string, Personal:string, Family:string) ["1", "Rowan", "Murphy", "2", "Ellis", "Turner", "6", "Nobody", "None"];';
  const D = 'let D = datatable(Personal:string, Family:string, Id:long) ["Rowan", "Murphy", 7, "Ellis", "Turner", 8];';
  it('leftouter by default: every left row, nulls where no match', async () => {
    const q = `${F} ${D} F | lookup D on Personal, Family | sort by Row asc`;
    expect(await columns(q)).toEqual(['Row', 'Personal', 'Family', 'Id']);
    expect(await rows(q)).toEqual([['1', 'Rowan', 'Murphy', 7], ['2', 'Ellis', 'Turner', 8], ['6', 'Nobody', 'None', null]]);
    expect(await rows(`${F} ${D} F | lookup kind=leftouter D on Personal, Family | count`)).toEqual([[3]]);
  });
  it('leftouter: an unmatched string cell is "" for a later where (null-values.md: strings have no null)', async () => {
    expect(await rows(`${F} ${D} F | lookup (D | extend Tag = "t") on Personal, Family | where Tag == "" | project Row`)).toEqual([['6']]);
  });
  it('kind=inner: the rows with no match are omitted', async () => {
    expect(await rows(`${F} ${D} F | lookup kind=inner D on Personal, Family | sort by Row asc`)).toEqual([['1', 'Rowan', 'Murphy', 7], ['2', 'Ellis', 'Turner', 8]]);
  });
  it('$left.Col1 == $right.Col2: the right key column is not repeated either', async () => {
    const q = `${F} ${D} F | lookup (D | project-rename Given = Personal) on $left.Personal == $right.Given, Family | sort by Row asc`;
    expect(await columns(q)).toEqual(['Row', 'Personal', 'Family', 'Id']);
    expect(await rows(q)).toEqual([['1', 'Rowan', 'Murphy', 7], ['2', 'Ellis', 'Turner', 8], ['6', 'Nobody', 'None', null]]);
  });
});

// union-operator.md: "kind: inner causes the result to have the subset of columns that are common
// to all of the input tables. outer causes the result to have all the columns that occur in any of
// the inputs. Cells that aren't defined by an input row are set to null. The default is outer";
// withsource "indicates which source table has contributed each row"; "A table with as many rows as
// there are in all the input tables".
describe('union (union-operator.md)', () => {
  const AB = 'let A = datatable(x:long, y:long) [1, 2]; let B = datatable(x:long, z:long) [3, 4, 5, 6];';
  it('outer (the default): every column, null where a table has none', async () => {
    const q = `${AB} union A, B | sort by x asc`;
    expect(await columns(q)).toEqual(['x', 'y', 'z']);
    expect(await rows(q)).toEqual([[1, 2, null], [3, null, 4], [5, null, 6]]);
    expect(await rows(`${AB} union kind=outer A, B | sort by x asc`)).toEqual([[1, 2, null], [3, null, 4], [5, null, 6]]);
  });
  it('inner: the columns common to all (was: every column, as outer)', async () => {
    const q = `${AB} union kind=inner A, B | sort by x asc`;
    expect(await columns(q)).toEqual(['x']);
    expect(await rows(q)).toEqual([[1], [3], [5]]);
  });
  it('inner: a column only some tables have is refused after it, not read as null (was: every column kept)', async () => {
    expect(await refused(`${AB} union kind=inner A, B | project y`)).not.toBe('ran');
    expect(await rows(`${AB} union kind=inner withsource=T A, B | sort by x asc`)).toEqual([['A', 1], ['B', 3], ['B', 5]]);
  });
  it('withsource names the table of each row', async () => {
    expect(await rows(`${AB} union withsource=T A, B | project T, x | sort by x asc`)).toEqual([['A', 1], ['B', 3], ['B', 5]]);
  });
  // The page numbers x_long1 "as a column named x_long already exists in the result schema": when
  // x_long itself has two types it becomes x_long_long and x_long_string, so no x_long exists and
  // x:long keeps the name x_long.
  it('x becomes x_long, not x_long1, when x_long is itself renamed by type', async () => {
    const q = "let V1 = view () { print x=1 }; let V2 = view () { print x=toint(2) }; let V3 = view () { print x_long=3 }; let V4 = view () { print x_long='s' }; union withsource=T V1, V2, V3, V4";
    expect(await columns(q)).toEqual(['T', 'x_long', 'x_int', 'x_long_long', 'x_long_string']);
    expect(await rows(q)).toHaveLength(4);
  });
  // "one column for each name and type occurrences … suffixed with a '_' followed by the origin
  // column type" only when a name "has multiple types": x:long and a column x_long are two columns,
  // each null where its table has no such column.
  it('a column named like name_type is not filled from name (was: x_long of A read A\'s x)', async () => {
    const q = 'let A = datatable(x:long)[1]; let B = datatable(x_long:long)[2]; union withsource=T A, B | sort by T asc';
    expect(await columns(q)).toEqual(['T', 'x', 'x_long']);
    expect(await rows(q)).toEqual([['A', 1, null], ['B', null, 2]]);
  });
  it('a string column missing from a table is empty, like any KQL string', async () => {
    expect(await rows('let A = datatable(x:long, s:string) [1, "a"]; let B = datatable(x:long) [2]; union A, B | sort by x asc')).toEqual([[1, 'a'], [2, '']]);
    expect(await rows('let A = datatable(x:long, s:string) [1, "a"]; let B = datatable(x:long) [2]; union A, B | where s == "" | project x')).toEqual([[2]]);
  });
  // as-operator.md: "The name given by `as` is used in the `withsource=` column of union"; its two
  // examples give a TableName column of 'T1' and 'T2'.
  it('withsource names a leg by the name `as` gave it (was: the leg\'s text, "(rangexfrom…")', async () => {
    const expected = [['T1', 1], ['T1', 2], ['T2', 1], ['T2', 2]];
    expect(await rows('union withsource=TableName (range x from 1 to 2 step 1 | as T1), (range x from 1 to 2 step 1 | as T2) | sort by TableName asc, x asc')).toEqual(expected);
    expect(await rows('range x from 1 to 2 step 1 | as T1 | union withsource=TableName (range x from 1 to 2 step 1 | as T2) | sort by TableName asc, x asc')).toEqual(expected);
  });
  // withsource "indicates which source table has contributed each row": the table's name, also when
  // it is written quoted (schema-entities/entity-names.md: `['entity-name']` for a name with a special character such as `-`).
  it('withsource gives a quoted table name as the name, not its source text', async () => {
    const q = "let ['my-view'] = view () { print x=1 }; let View_2 = view () { print x=2 }; union withsource=T ['my-view'], View_2 | sort by x asc";
    expect(await rows(q)).toEqual([['my-view', 1], ['View_2', 2]]);
  });
  // isfuzzy: "allows fuzzy resolution of union legs … If no resolutions were successful, the query
  // returns an error. The default is false."
  it('a leg naming no table is an error unless isfuzzy=true; with isfuzzy=true and no table at all, an error', async () => {
    const V = 'let View_1 = view () { print x=1 };';
    expect(await refused(`${V} union View_1, View_3`)).not.toBe('ran');
    expect(await refused(`${V} union isfuzzy=false View_1, View_3`)).not.toBe('ran');
    expect(await rows(`${V} union isfuzzy=true View_1, View_3 | count`)).toEqual([[1]]);
    expect(await refused('union isfuzzy=true View_3, View_4')).not.toBe('ran');
  });
  // "isfuzzy=true only applies to the union sources resolution phase. Once the set of source tables
  // is determined, possible additional query failures won't be suppressed." assert-function.md:
  // a false assert "fails the query", and its condition "can't be bound to row-context".
  it('isfuzzy=true does not suppress a failure other than a missing table', async () => {
    const V = 'let View_1 = view () { print x=1 };';
    expect(await refused(`${V} union isfuzzy=true View_1, (print x = 2 | where assert(1 > 2, "boom")) | count`)).not.toBe('ran');
    expect(await refused(`${V} union isfuzzy=true View_1, (print x = 2 | where assert(x > 0, "row")) | count`)).not.toBe('ran');
  });
  // "one column for each name and type occurrences": a leg repeating a name and type adds no
  // column; the page's renaming (x_long1, x_int, x_long) holds.
  it('a name and type seen in two legs is one column, also when renaming', async () => {
    const q = 'let View_1 = view () { print x=1 }; let View_2 = view () { print x=toint(2) }; let View_3 = view () { print x_long=3 }; union withsource=TableName View_1, View_2, View_3, View_1';
    expect(await columns(q)).toEqual(['TableName', 'x_long1', 'x_int', 'x_long']);
    const plain = q.replace('withsource=TableName ', '');
    expect(await columns(plain)).toEqual(['x_long1', 'x_int', 'x_long']);
    expect(await rows(plain)).toHaveLength(4);
  });
});
