/**
 * A column name an operator produces twice: Kusto.Language (Microsoft's binder) keeps both and
 * the operators after it see the later one as Name1. Two corpus queries stopped with an internal
 * EA105 here (AADInternals detection: `parse Issuer with … Issuer …`; application URI added:
 * `summarize TargetResources = make_bag(…), take_any(*)`).
 */
import { describe, expect, it } from 'vitest';
import { table } from './helpers';

describe('repeated column names', () => {
  it('parse into a column the input already has: the parsed value is Name1, the input column stays', async () => {
    const t = await table(`datatable(Issuer:dynamic, A:string)[dynamic(7), 'x://abc"z'] | parse A with * '://' Issuer '"' * | extend S = Issuer`);
    expect(t).toEqual({ columns: ['Issuer:dynamic', 'A:string', 'Issuer1:string', 'S:dynamic'], rows: [[7, 'x://abc"z', 'abc', 7]] });
  });

  it('parse-where into the column it parses: the typed capture is A1 and rows that do not match are dropped', async () => {
    const t = await table(`datatable(A:string)['n=42', 'n=x', 'nothing'] | parse-where A with 'n=' A:long | extend B = 1 | project A, A1`);
    expect(t).toEqual({ columns: ['A:string', 'A1:long'], rows: [['n=42', 42]] });
  });

  it('take_any(*) after an aggregate named like an input column: the input column comes back as Name1', async () => {
    const t = await table(`datatable(Id:string, T:dynamic, C:string)['a', dynamic({"x":1}), 'c'] | summarize T = make_bag(bag_pack(Id, T)), take_any(*) by C`);
    expect(t).toEqual({ columns: ['C:string', 'T:dynamic', 'Id:string', 'T1:dynamic'], rows: [['c', { a: { x: 1 } }, 'a', { x: 1 }]] });
  });

  it('an aggregate named like an input column after take_any(*): the aggregate is Name1', async () => {
    const t = await table(`datatable(Id:string, X:long, C:string)['a', 5, 'c', 'b', 5, 'c'] | summarize take_any(*), X = count() by C | project C, X, X1`);
    expect(t).toEqual({ columns: ['C:string', 'X:long', 'X1:long'], rows: [['c', 5, 2]] });
  });
});
