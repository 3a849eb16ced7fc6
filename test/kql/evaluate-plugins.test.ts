/**
 * `evaluate` plugins that compute over the query's own rows, checked against their pages:
 * bag_unpack (columns found in the data, or given by an output schema) and rows_near.
 */
import { describe, expect, it } from 'vitest';
import { table, refused } from './helpers';

const PEOPLE = 'datatable(d:dynamic)[dynamic({"Name": "John", "Age":20}), dynamic({ "Name": "Dave", "Height": 170, "Age":40}), dynamic({"Name": "Jasmine", "Age":30})]';

describe('bag_unpack (bag-unpack-plugin.md)', () => {
  it('makes one column per slot, sorted by name, typed by the slot values; a missing slot is null', async () => {
    expect(await table(`${PEOPLE} | evaluate bag_unpack(d)`)).toEqual({
      columns: ['Age:long', 'Height:long', 'Name:string'],
      rows: [[20, null, 'John'], [40, 170, 'Dave'], [30, null, 'Jasmine']],
    });
  });

  it('adds the prefix to every column', async () => {
    expect((await table(`${PEOPLE} | evaluate bag_unpack(d, 'Property_')`)).columns).toEqual(['Property_Age:long', 'Property_Height:long', 'Property_Name:string']);
  });

  it('resolves a clash with an input column as columnsConflict says', async () => {
    const t = 'datatable(Name:string, d:dynamic)["Old_name", dynamic({"Name": "John", "Age":20}), "Old_name", dynamic({"Age":40})]';
    expect(await table(`${t} | evaluate bag_unpack(d, columnsConflict='replace_source')`)).toEqual({ columns: ['Name:string', 'Age:long'], rows: [['John', 20], ['', 40]] });
    expect(await table(`${t} | evaluate bag_unpack(d, columnsConflict='keep_source')`)).toEqual({ columns: ['Name:string', 'Age:long'], rows: [['Old_name', 20], ['Old_name', 40]] });
    expect(await refused(`${t} | evaluate bag_unpack(d)`)).toBe('EA104');
  });

  it('slot types over many bags of a few shapes: objects, arrays, whole and real numbers, null-only slots', async () => {
    // The rule of the page's first example: a slot is typed when all its non-null values share a type, else dynamic.
    const q = 'datatable(d:dynamic)[dynamic({"a": 1, "b": "x", "c": {"z": 1}, "n": null, "t": true}), dynamic({"a": 2.5, "b": "y", "n": null, "t": false}), dynamic({"a": 3, "b": "z", "c": [1], "t": true}), dynamic({"a": 4, "b": "w", "c": {"z": 2}, "t": true})] | evaluate bag_unpack(d)';
    const out = await table(q);
    expect(out.columns).toEqual(['a:dynamic', 'b:string', 'c:dynamic', 'n:dynamic', 't:bool']);
    expect(out.rows.map((r) => r[1])).toEqual(['x', 'y', 'z', 'w']);
    expect(out.rows.map((r) => r[4])).toEqual([true, false, true, true]);
  });

  it('reads every slot, whatever its key holds, keys that differ only by case apart, and nothing from a bag that is not an object', async () => {
    // Keys with a quote, a dot, a space and non-ASCII letters; a missing key, a JSON null, an array row, a null row.
    const odd = 'datatable(d:dynamic)[dynamic({"a\\"b": 1, "x.y": "p", "Größe k": [1, 2]}), dynamic({"x.y": "q", "a\\"b": null}), dynamic([1, 2]), dynamic(null)] | evaluate bag_unpack(d)';
    expect(await table(odd)).toEqual({
      columns: ['Größe k:dynamic', 'a"b:long', 'x.y:string'],
      rows: [[[1, 2], 1, 'p'], [null, null, 'q'], [null, null, ''], [null, null, '']],
    });
    // "Name" and "name" are two slots (DuckDB's STRUCT fields would take them as one).
    const cased = 'datatable(d:dynamic)[dynamic({"Name": "A", "name": "b", "n": 1}), dynamic({"name": "c", "n": 2})] | evaluate bag_unpack(d)';
    expect(await table(cased)).toEqual({ columns: ['Name:string', 'n:long', 'name:string'], rows: [['A', 1, 'b'], ['', 2, 'c']] });
  });

  it('a slot whose values differ in type is dynamic', async () => {
    expect(await table('datatable(d:dynamic)[dynamic({"a": 1}), dynamic({"a": "x"})] | evaluate bag_unpack(d)')).toEqual({ columns: ['a:dynamic'], rows: [[1], ['x']] });
  });

  it('an output schema gives the columns and their types; * keeps the input columns', async () => {
    const q = 'datatable(d:dynamic, Description: string)[dynamic({"Name": "John", "Age":20, "height":180}), "Student", dynamic({"Name": "Dave", "Age":40, "height":160}), "Teacher"] | evaluate bag_unpack(d) : (*, Name:string, Age:long)';
    expect(await table(q)).toEqual({ columns: ['Description:string', 'Name:string', 'Age:long'], rows: [['Student', 'John', 20], ['Teacher', 'Dave', 40]] });
  });

  it('without an output schema, later operators see the columns found in the data (the query is bound again with them)', async () => {
    expect(await table(`${PEOPLE} | evaluate bag_unpack(d) | project Name, Height`)).toEqual({ columns: ['Name:string', 'Height:long'], rows: [['John', null], ['Dave', 170], ['Jasmine', null]] });
    expect(await table(`${PEOPLE} | evaluate bag_unpack(d) | where Age > 25 | extend h = column_ifexists('Height', 0), w = column_ifexists('Weight', -1) | project Name, h, w`)).toEqual({ columns: ['Name:string', 'h:long', 'w:long'], rows: [['Dave', 170, -1], ['Jasmine', null, -1]] });
    const t = 'datatable(Name:string, d:dynamic)["Old_name", dynamic({"Name": "John", "Age":20}), "Old_name", dynamic({"Age":40})]';
    expect((await table(`${t} | evaluate bag_unpack(d, columnsConflict='replace_source') | project Name`)).rows).toEqual([['John'], ['']]);
    expect((await table(`${t} | evaluate bag_unpack(d, columnsConflict='keep_source') | project Name`)).rows).toEqual([['Old_name'], ['Old_name']]);
    // Then a pivot without a schema, whose columns come from the data as well (corpus 163).
    expect(await table(`${PEOPLE} | evaluate bag_unpack(d) | extend Tall = iff(isnull(Height), 'no', 'yes') | evaluate pivot(Tall, count(), Name) | sort by Name asc`)).toEqual({
      columns: ['Name:string', 'no:long', 'yes:long'],
      rows: [['Dave', 0, 1], ['Jasmine', 1, 0], ['John', 1, 0]],
    });
  });
});

describe('rows_near (rows-near-plugin.md)', () => {
  it('keeps the rows within n rows of a row where the condition holds, in order', async () => {
    const q = 'datatable (Timestamp:datetime, Value:long, State:string)[datetime(2021-06-01), 1, "Success", datetime(2021-06-02), 4, "Success", datetime(2021-06-03), 3, "Success", datetime(2021-06-04), 11, "Success", datetime(2021-06-05), 15, "Success", datetime(2021-06-06), 2, "Success", datetime(2021-06-07), 19, "Error", datetime(2021-06-08), 12, "Success", datetime(2021-06-09), 7, "Success", datetime(2021-06-10), 9, "Success", datetime(2021-06-11), 4, "Success", datetime(2021-06-12), 1, "Success"] | sort by Timestamp asc';
    expect((await table(`${q} | evaluate rows_near(State == "Error", 2)`)).rows.map((r) => r[1])).toEqual([15, 2, 19, 12, 7]);
    expect((await table(`${q} | evaluate rows_near(State == "Error", 1, 3)`)).rows.map((r) => r[1])).toEqual([2, 19, 12, 7, 9]);
  });
});

describe('ipv4_lookup (ipv4-lookup-plugin.md)', () => {
  const DATA = 'let IP_Data = datatable(network:string, continent_code:string, country_iso_code:string) ["111.68.128.0/17", "AS", "JP", "5.8.0.0/19", "EU", "RU", "2.20.183.0/24", "EU", "GB"];';
  const IPS = "let IPs = datatable(ip:string) ['2.20.183.12', '5.8.1.2', '192.165.12.17'];";
  it('joins each address with the range that holds it; unmatched rows only when asked', async () => {
    // A lookup is a join: the page defines no row order (the docs runner compares such tables as sets too).
    const matched = await table(`${DATA} ${IPS} IPs | evaluate ipv4_lookup(IP_Data, ip, network)`);
    expect({ columns: matched.columns, rows: [...matched.rows].sort((a, b) => String(a[0]).localeCompare(String(b[0]))) }).toEqual({
      columns: ['ip:string', 'network:string', 'continent_code:string', 'country_iso_code:string'],
      rows: [['2.20.183.12', '2.20.183.0/24', 'EU', 'GB'], ['5.8.1.2', '5.8.0.0/19', 'EU', 'RU']],
    });
    const all = await table(`${DATA} ${IPS} IPs | evaluate ipv4_lookup(IP_Data, ip, network, return_unmatched = true)`);
    expect(all.rows).toContainEqual(['192.165.12.17', '', '', '']);
    expect(all.rows).toHaveLength(3);
  });

  it('extra keys must match too', async () => {
    const q = `${DATA} let IPs = datatable(ip:string, country_iso_code:string) ['2.20.183.12', 'GB', '5.8.1.2', 'XX']; IPs | evaluate ipv4_lookup(IP_Data, ip, network, country_iso_code)`;
    expect((await table(q)).rows.map((r) => r[0])).toEqual(['2.20.183.12']);
  });

  it('refuses an address in two ranges (which one Kusto keeps is not documented)', async () => {
    expect(await refused('let D = datatable(network:string, c:string) ["2.20.0.0/16", "a", "2.20.183.0/24", "b"]; datatable(ip:string) ["2.20.183.12"] | evaluate ipv4_lookup(D, ip, network)')).toBe('EA104');
  });
});
