/**
 * make_set over millions of groups (corpus 169/170: make_set(ResultType) by CorrelationId, one
 * group per sign-in) must fit DuckDB's memory limit: values are gathered as themselves and made
 * JSON once per group. Here 300,000 groups under a 64 MB limit, which the former per-group
 * DISTINCT list of {value, JSON} pairs exceeded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../src/kql/engine/embedded-engine';
import type { EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import { compileKql, isCompiled } from '../../src/kql/compile/compile-kql';

let engine: EmbeddedKqlEngine;
beforeAll(async () => {
  engine = await createEmbeddedEngine({ dbPath: ':memory:', memoryLimit: '64MB', skipWarmUp: true, anchorTime: '2026-01-01T00:00:00Z' });
});
afterAll(async () => engine.close());

describe('make_set by a key with a group per row or two', () => {
  it('runs 300,000 groups under a 64 MB limit', async () => {
    const r = await engine.query('range i from 1 to 600000 step 1 | extend g = i / 2, v = tostring(i % 3) | summarize s = make_set(v) by g | where array_length(s) > 1 | count');
    // i = 2g and 2g + 1 give two different remainders of 3 for every g in 1 … 299,999; g = 0 has only i = 1, g = 300,000 only i = 600,000.
    expect(r.rows).toEqual([[299_999]]);
  }, 60_000);

  it('keeps the set sorted by value, per type, nulls left out', async () => {
    const r = await engine.query('datatable(g:long, s:string, n:long, t:datetime) [1,"b",3,datetime(2020-01-02), 1,"a",1,datetime(2020-01-01), 1,"b",3,datetime(null), 2,"",10,datetime(null)] | summarize make_set(s), make_set(n), make_set(t), make_set_if(n, n > 1), make_set(n, 1) by g | sort by g asc');
    expect(r.rows).toEqual([
      [1, ['a', 'b'], [1, 3], ['2020-01-01T00:00:00Z', '2020-01-02T00:00:00Z'], [3], [1]],
      [2, [''], [10], [], [10], [10]],
    ]);
  });

  it('leaves dynamic nulls out of make_list and make_set; make_list_with_nulls keeps them', async () => {
    // make-list-with-nulls-aggregation-function.md exists to keep the nulls make_list leaves out;
    // dynamic(null) is the null value (dynamic.md).
    const r = await engine.query('datatable(g:long, d:dynamic) [1,dynamic([1]), 1,dynamic({"a":1}), 1,dynamic(null), 1,dynamic([1]), 2,dynamic(null)] | summarize make_list(d), make_set(d), make_list_with_nulls(d) by g | sort by g asc');
    expect(r.rows).toEqual([
      [1, [[1], { a: 1 }, [1]], [1, { a: 1 }], [[1], { a: 1 }, null, [1]]],
      [2, [], [], [null]],
    ]);
  });

  it('makes a set of arrays\' elements, sorted, within a 64 MB limit for many repeated values', async () => {
    // make-set-aggregation-function.md: arrays give their elements. 200,000 rows of 4 distinct
    // bags in 10 groups: each group keeps its distinct values, not every row's.
    const r = await engine.query('range i from 1 to 200000 step 1 | extend g = i % 10, d = pack("city", strcat("c", i % 4), "pad", strrep("x", 300)) | summarize s = make_set(d) by g | summarize n = max(array_length(s))');
    expect(r.rows).toEqual([[2]]);
    const t = await engine.query('datatable(g:long, d:dynamic) [1,dynamic([1]), 1,dynamic({"a":1}), 1,dynamic(null), 1,dynamic([1, 2, [3]]), 3,dynamic(["b","a"]), 3,dynamic("a")] | summarize make_set(d) by g | sort by g asc');
    expect(t.rows).toEqual([
      [1, [1, 2, [3], { a: 1 }]],
      [3, ['a', 'b']],
    ]);
  }, 60_000);

  it('has_all / has_any of whole-number literals test constant patterns (corpus 169: has_all (0, 50199))', () => {
    const c = compileKql('SigninLogs | summarize r = make_set(ResultType) by CorrelationId | where r has_all (0, 50199)', { anchorTime: '2026-01-01T00:00:00Z' });
    expect(isCompiled(c) && !c.sql.includes('regexp_escape(')).toBe(true);
  });
});
