/**
 * `summarize arg_max(x, *)` / `take_any(*)` pack only the columns the rest of the chain can read
 * (compile/operators/read-later.ts): the answers stay those of the whole row, and the columns a
 * later `project` / `summarize` drops are not packed (the corpus' `arg_max(TimeGenerated, *) by
 * AppId` over millions of sign-ins ran out of memory packing every column of every row).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileKql, isCompiled } from '../../src/kql/compile/compile-kql';
import { rows } from './helpers';

const T = "datatable(k:string, v:long, tag:string, note:string, d:dynamic) ['a', 5, 'first', 'n1', dynamic({'x':1}), 'b', 2, 'min-b', 'n2', dynamic({'x':2}), 'a', 7, 'max-a', 'n3', dynamic({'x':3}), 'b', 9, 'max-b', 'n4', dynamic({'x':4})]";

beforeAll(async () => {
  await rows('print 1');
}, 120_000);

/** The fields packed in the compiled query's first struct_pack(…): k<i> is the i-th output column after the by columns. */
function packed(kql: string): string[] {
  const r = compileKql(kql, { anchorTime: '2026-01-01T00:00:00Z' });
  if (!isCompiled(r)) throw new Error(JSON.stringify(r.diagnostics));
  const m = /struct_pack\(([^)]*)\)/.exec(r.sql);
  return m ? m[1]!.split(', ').map((f) => f.split(' := ')[0]!) : [];
}

describe('arg_max(x, *) packs the columns read later', () => {
  it.each<[string, unknown[][]]>([
    [`${T} | summarize arg_max(v, *) by k | project k, tag | sort by k asc`, [['a', 'max-a'], ['b', 'max-b']]],
    [`${T} | summarize arg_min(v, *) by k | where v > 2 | project k, note`, [['a', 'n1']]],
    [`${T} | summarize arg_max(v, *) by k | extend n = strcat(note, '!') | project n | sort by n asc`, [['n3!'], ['n4!']]],
    [`${T} | summarize arg_max(v, *) by k | project-rename t2 = tag | sort by k asc | project t2`, [['max-a'], ['max-b']]],
    [`${T} | summarize take_any(*) by k | where k == 'b' | project k, isnotempty(tag)`, [['b', true]]],
    [`${T} | summarize arg_max(v, *), take_any(*) by k | project k | sort by k asc`, [['a'], ['b']]],
    // Nothing narrows these: every column is returned, as without the pruning.
    [`${T} | summarize arg_max(v, *) by k | sort by k asc`, [['a', 7, 'max-a', 'n3', { x: 3 }], ['b', 9, 'max-b', 'n4', { x: 4 }]]],
    [`${T} | summarize arg_max(v, *) by k | extend b = pack_all() | project n = tostring(b.note) | sort by n asc`, [['n3'], ['n4']]],
    [`${T} | summarize arg_max(v, *) by k | project k, column_ifexists('note', '') | sort by k asc`, [['a', 'n3'], ['b', 'n4']]],
  ])('%s', async (query, want) => {
    expect(await rows(query)).toEqual(want);
  });

  it('packs only the columns a later project names', () => {
    expect(packed(`${T} | summarize arg_max(v, *) by k | project k, tag`)).toEqual(['"k1"']);
    expect(packed(`${T} | summarize arg_max(v, *) by k | where note != '' | summarize count() by tag`)).toEqual(['"k1"', '"k2"']);
    expect(packed(`SigninLogs | summarize arg_max(TimeGenerated, *) by AppId | project AppDisplayName, TimeGenerated`)).toEqual(['"k0"', '"k3"']);
    // The same beside an aggregate of one column: only note (k2; k0 is v, k1 tag) is read.
    expect(packed(`${T} | summarize n = count(), arg_max(v, *) by k | project k, n, note`)).toEqual(['"k2"']);
  });

  it('packs every column when the result is returned or read as a whole', () => {
    const all = ['"k0"', '"k1"', '"k2"', '"k3"'];
    expect(packed(`${T} | summarize arg_max(v, *) by k`)).toEqual(all);
    expect(packed(`${T} | summarize arg_max(v, *) by k | where v > 1`)).toEqual(all);
    expect(packed(`${T} | summarize arg_max(v, *) by k | extend p = pack_all() | project p`)).toEqual(all);
    expect(packed(`${T} | summarize arg_max(v, *) by k | project-keep k, tag`)).toEqual(all);
    expect(packed(`let f = (x:long) { x + 1 }; ${T} | summarize arg_max(v, *) by k | project f(v)`)).toEqual(all);
    expect(packed(`let R = ${T} | summarize arg_max(v, *) by k; R | project k`)).toEqual(all);
  });
});
