/**
 * buildschema() (buildschema-aggregation-function.md), the summarize defaults of an empty input
 * (summarize-operator.md, "Default values of aggregations"), several `*` aggregates in one
 * summarize, and reals inside dynamic literals. KQL in, rows out.
 */
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/kql/udf/build-schema';
import { columns, rows } from './helpers';

describe('buildschema()', () => {
  it('builds the page example: unions in first-seen order, arrays as `indexer` containers', async () => {
    const kql = `datatable(value: dynamic) [
      dynamic({"x":1, "y":3.5}),
      dynamic({"x":"somevalue", "z":[1, 2, 3]}),
      dynamic({"y":{"w":"zzz"}, "t":["aa", "bb"], "z":["foo"]})
    ] | summarize buildschema(value)`;
    expect(await columns(kql)).toEqual(['schema_value']);
    expect(await rows(kql)).toEqual([[{ x: ['long', 'string'], y: ['double', { w: 'string' }], z: { '`indexer`': ['long', 'string'] }, t: { '`indexer`': 'string' } }]]);
  });

  it('types each group, skips null rows, gives null for a group without values', async () => {
    const kql = `datatable(k:string, d:dynamic) ["a", dynamic({"b":true}), "a", dynamic(null), "a", dynamic({"b":2.0}), "b", dynamic(null)]
      | summarize s = buildschema(d) by k | order by k asc`;
    expect(await rows(kql)).toEqual([
      ['a', { b: ['bool', 'double'] }],
      ['b', null],
    ]);
  });

  it('reads a real written without a fraction as double, an integer as long', () => {
    expect(buildSchema('[1.0, 2, 1e3, -4]')).toBe('["double","long"]');
    expect(buildSchema('["x"]')).toBe('"string"');
  });

  it('merges containers at one place and keeps key order', () => {
    expect(buildSchema('[{"b":1,"a":{"c":"x"}}, {"a":{"d":2},"b":"y"}, {"2":1,"1":1}]')).toBe('{"b":["long","string"],"a":{"c":"string","d":"long"},"2":"long","1":"long"}');
    expect(buildSchema('[[1, [2, "x"]]]')).toBe('{"`indexer`":["long",{"`indexer`":["long","string"]}]}');
  });

  it('gives no schema where the page leaves it open (a null inside, an empty array) or no value', () => {
    expect(buildSchema('[{"a":null}]')).toBeNull();
    expect(buildSchema('[{"a":[]}]')).toBeNull();
    expect(buildSchema('[]')).toBeNull();
  });
});

describe('summarize over an empty input (summarize-operator.md defaults)', () => {
  it('gives 0 for sum/variance/stdev, NaN for avg, null for the others, one row', async () => {
    const kql = `datatable(x:long)[] | summarize any_x=take_any(x), arg_max_x=arg_max(x, *), arg_min_x=arg_min(x, *), avg(x),
      buildschema(todynamic(tostring(x))), max(x), min(x), stdev(x), sum(x), sumif(x, x > 0), variance(x)`;
    expect(await columns(kql)).toEqual(['any_x', 'arg_max_x', 'arg_min_x', 'avg_x', 'schema_x', 'max_x', 'min_x', 'stdev_x', 'sum_x', 'sumif_x', 'variance_x']);
    const [row] = await rows(kql);
    expect(row!.slice(0, 3)).toEqual([null, null, null]);
    expect(Number.isNaN(row![3])).toBe(true);
    expect(row!.slice(4)).toEqual([null, null, null, 0, 0, 0, 0]);
  });

  it('gives 0 for sum of a group whose values are all null, and keeps avg null there', async () => {
    expect(await rows('datatable(x:long, k:string)[1, "a", long(null), "b"] | summarize sum(x), avg(x) by k | order by k asc')).toEqual([
      ['a', 1, 1],
      ['b', 0, null],
    ]);
  });

  it('gives each of several arg_max(x, *) its own columns', async () => {
    const kql = 'datatable(x:long, y:string)[1, "a", 2, "b"] | summarize a = arg_max(x, *), b = arg_min(x, *)';
    expect(await columns(kql)).toEqual(['a', 'y', 'b', 'y1']);
    expect(await rows(kql)).toEqual([[2, 'b', 1, 'a']]);
  });
});

describe('dynamic literals keep reals', () => {
  it('types dynamic(1.0) as real and prints it with its fraction', async () => {
    expect(await rows('print gettype(dynamic(1.0)), gettype(dynamic([2])[0]), tostring(dynamic([1.0, -3.0, 2, {"a":-0.5}]))')).toEqual([['real', 'long', '[1.0,-3.0,2,{"a":-0.5}]']]);
  });
});
