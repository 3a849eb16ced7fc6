/**
 * mv-expand of a column the rest of the chain reads only as `col.key` parses each element into a
 * STRUCT of those keys (compile/operators/expand.ts, read-later.ts keysReadLater). The answers must
 * equal the general path's: the same query with a bare reference to the column (which turns the
 * struct path off) gives the same rows, over generated arrays, bags, scalars and nulls.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKql, isCompiled } from '../../src/kql/compile/compile-kql';
import { kqlString } from '../../src/kql/literal';
import { rows } from './helpers';

const scalar = fc.oneof(fc.constantFrom('x', 'success', 'A b', '{"a":1}', ''), fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 2 }), fc.dictionary(fc.constantFrom('a', 'z'), scalar, { maxKeys: 2 }));
const element = fc.oneof({ weight: 4, arbitrary: fc.dictionary(fc.constantFrom('a', 'b', 'A', 'c'), value, { maxKeys: 3 }) }, { weight: 1, arbitrary: scalar });
const cell = fc.oneof({ weight: 5, arbitrary: fc.array(element, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'b', 'q'), value, { maxKeys: 3 }) }, { weight: 1, arbitrary: scalar });

function datatable(cells: readonly unknown[]): string {
  return `datatable(n:long, d:dynamic) [${cells.map((c, i) => `${i}, dynamic(${JSON.stringify(c)})`).join(', ')}]`;
}

function compiledSql(kql: string): string {
  const c = compileKql(kql, { anchorTime: '2026-01-01T00:00:00Z' });
  if (!isCompiled(c)) throw new Error(`did not compile: ${kql}`);
  return c.sql;
}

describe('mv-expand read only by keys', () => {
  it('answers as the general path does (fast-check, 80 tables)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.constantFrom('', 'kind=array ', 'bagexpansion=bag '), async (cells, kind) => {
        const tail = `| extend A = tostring(d.a), B = d['b'], C = isnull(d.c), T = gettype(d.a) | summarize k = count() by n, A, tostring(B), C, T | sort by n asc, A asc, B asc, C asc, T asc`;
        const fast = `${datatable(cells)} | mv-expand ${kind}d ${tail}`;
        const general = `${datatable(cells)} | mv-expand ${kind}d | where true or isnull(d) ${tail}`;
        expect(compiledSql(fast)).toContain('from_json(');
        expect(compiledSql(general)).not.toContain('from_json(');
        expect(await rows(fast)).toEqual(await rows(general));
      }),
      { numRuns: 80, seed: 20261207 },
    );
  }, 180_000);

  it('keeps with_itemindex, limit and nested keys', async () => {
    const t = datatable([[{ a: { x: 1 }, b: 'p' }, { a: { x: 2 } }, 'no'], { a: 5 }]);
    const q = `${t} | mv-expand with_itemindex=i d limit 2 | project n, i, x = toint(d.a.x), b = tostring(d['b'])`;
    expect(compiledSql(q)).toContain('from_json(');
    expect(await rows(q)).toEqual([
      [0, 0, 1, 'p'],
      [0, 1, 2, ''],
      [1, 0, null, ''],
    ]);
  });

  it('is used only when every read is col.key and the chain ends in an operator that keeps named columns', () => {
    const t = 'SigninLogs | mv-expand ConditionalAccessPolicies';
    const uses = (q: string): boolean => compiledSql(q).includes('from_json(');
    expect(uses(`${t} | extend r = tostring(ConditionalAccessPolicies.result) | summarize count() by r`)).toBe(true);
    expect(uses(`${t} | where ConditionalAccessPolicies['result'] == "success" | project n = ConditionalAccessPolicies.displayName`)).toBe(true);
    // The column returned whole, read whole, renamed, read by a key that is not a plain word, or
    // passed to an operator that is not followed: the general path.
    expect(uses(`${t} | extend r = tostring(ConditionalAccessPolicies.result)`)).toBe(false);
    expect(uses(`${t} | project ConditionalAccessPolicies`)).toBe(false);
    expect(uses(`${t} | extend r = tostring(ConditionalAccessPolicies) | summarize count() by r`)).toBe(false);
    expect(uses(`${t} | extend ConditionalAccessPolicies = 1 | summarize count() by ConditionalAccessPolicies`)).toBe(false);
    expect(uses(`${t} | extend r = tostring(ConditionalAccessPolicies['a b']) | summarize count() by r`)).toBe(false);
    expect(uses(`${t} | join kind=inner (SigninLogs | take 1) on Id | summarize count() by tostring(ConditionalAccessPolicies.result)`)).toBe(false);
    expect(uses(`${t} | extend p = pack_all() | summarize count() by tostring(ConditionalAccessPolicies.result)`)).toBe(false);
  });

  it('computes an expanded expression once per row', () => {
    // todynamic(text) written into each place the expansion reads it parsed the text five times.
    const sql = compiledSql('AADSignInEventsBeta | mv-expand p = todynamic(ConditionalAccessPolicies) | summarize count() by tostring(p.result)');
    expect(sql.split('TRY_CAST(').length - 1).toBe(1);
    const general = compiledSql('AADSignInEventsBeta | mv-expand p = todynamic(ConditionalAccessPolicies)');
    expect(general.split('TRY_CAST(').length - 1).toBe(1);
  });

  it('reads keys case-sensitively, as Kusto does', async () => {
    const t = datatable([[{ Result: 'a', result: 'b' }, { RESULT: 'c' }]]);
    const one = `${t} | mv-expand d | project r = tostring(d.result)`;
    expect(compiledSql(one)).toContain('from_json(');
    expect(await rows(one)).toEqual([['b'], ['']]);
    // Two keys that differ only by case cannot both be STRUCT fields: the general path.
    const two = `${t} | mv-expand d | project r = tostring(d.result), R = tostring(d.Result)`;
    expect(compiledSql(two)).not.toContain('from_json(');
    expect(await rows(two)).toEqual([['b', 'a'], ['', '']]);
  });

  it('leaves user text out of the SQL (keys are plain words; others take the general path)', () => {
    const key = 'x"; DROP TABLE SigninLogs; --';
    const sql = compiledSql(`SigninLogs | mv-expand ConditionalAccessPolicies | summarize count() by tostring(ConditionalAccessPolicies[${kqlString(key)}])`);
    expect(sql).not.toContain('DROP TABLE');
  });
});
