/**
 * The parse_json page: todynamic() and toobject() are its deprecated aliases, and "If json is of
 * type dynamic, its value is used as-is". Kusto.Language declares their argument as string only;
 * the documentation wins for that argument, and for nothing else.
 */
import { describe, expect, it } from 'vitest';
import { refused, rows } from './helpers';

describe('todynamic() and toobject() of a dynamic value (parse_json page)', () => {
  it('uses a dynamic value as-is', async () => {
    expect(await rows('print d = todynamic(dynamic({"a":1}))')).toEqual([[{ a: 1 }]]);
    expect(await rows('print d = toobject(dynamic([1,2]))')).toEqual([[[1, 2]]]);
    expect(await rows('print d = todynamic(todynamic(\'{"b":2}\')).b')).toEqual([[2]]);
  });

  it('reads a string inside a dynamic as that string, not as JSON (as parse_json does)', async () => {
    // The page: a dynamic value is used as-is; only a string argument is parsed.
    expect(await rows('print d = todynamic(dynamic({"s":"{\\"x\\":1}"}).s)')).toEqual([['{"x":1}']]);
    expect(await rows('print t = gettype(todynamic(dynamic({"s":"{\\"x\\":1}"}).s))')).toEqual([['string']]);
  });

  it('runs the hunting pattern todynamic(parse_user_agent(...)) over the sign-in table', async () => {
    const r = await rows('SigninLogs | where isnotempty(UserAgent) | extend d = todynamic(parse_user_agent(UserAgent, "browser")) | project f = tostring(d.Browser.Family) | take 1');
    expect(r).toHaveLength(1);
    expect(typeof r[0]![0]).toBe('string');
  });

  it('still refuses what the page does not allow, and every other KS107', async () => {
    expect(await refused('print todynamic(1)')).toBe('KS107');
    expect(await refused('print toobject(datetime(2020-01-01))')).toBe('KS107');
    expect(await refused('print dayofweek("a")')).toBe('KS107');
    // A KS107 on a value that came through todynamic() is not the alias's own argument.
    expect(await refused('print x = todynamic(dynamic({"a":1})) | extend y = dayofweek(x)')).toBe('KS107');
  });
});

describe('isnull() / isnotnull() of dynamic values (isnull-function.md, dynamic.md)', () => {
  it('treats dynamic(null) and a JSON null as the null value', async () => {
    // dynamic.md: `dynamic(null)` represents the null value; isnull's table: parse_json("") is
    // null, parse_json("[]") and parse_json("{}") are not.
    expect(await rows('print isnull(dynamic(null)), isnull(parse_json("")), isnull(parse_json("[]")), isnull(parse_json("{}"))')).toEqual([[true, true, false, false]]);
    expect(await rows('print isnull(parse_json(\'{"c":null}\').c), isnull(dynamic({"x":1}).c), isnull(dynamic(0)), isnull(dynamic("n"))')).toEqual([[true, true, false, false]]);
    expect(await rows('print isnotnull(dynamic(null)), isnotnull(dynamic({"c":null}).c), isnotnull(dynamic([]))')).toEqual([[false, false, true]]);
    // isnotnull-function.md: notnull() is its deprecated alias, so it answers the same.
    expect(await rows('print notnull(dynamic(null)), notnull(dynamic({"c":null}).c), notnull(dynamic([])), notnull(int(null)), notnull(1)')).toEqual([[false, false, true, false, true]]);
  });
});
