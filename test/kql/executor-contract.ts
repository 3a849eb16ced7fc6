/**
 * The one contract every KqlExecutor meets (embedded, ADX, Log Analytics). Runs as
 * `executorContract(name, setup)` from each implementation's test file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KqlExecutor } from '../../src/sources/kql/executor';
import { isKqlError } from '../../src/sources/kql/executor';
import type { KqlQuery } from '../../src/planning/query-plan';

const q = (text: string, maxRows?: number): KqlQuery => ({ source: 'kql', id: 'q', text, ...(maxRows !== undefined ? { maxRows } : {}) });

async function failure(executor: KqlExecutor, text: string): Promise<{ code: string; start?: number }> {
  try {
    await executor.execute(q(text));
  } catch (e) {
    if (isKqlError(e)) return { code: e.code, ...(e.start !== undefined ? { start: e.start } : {}) };
    throw e;
  }
  throw new Error(`expected ${text} to fail`);
}

export interface ContractOptions {
  /** The fixture tenant is loaded (tables hold its rows); false for live clusters. */
  readonly fixtureData: boolean;
}

export function executorContract(name: string, setup: () => Promise<KqlExecutor>, options: ContractOptions): void {
  describe(`KqlExecutor contract: ${name}`, () => {
    let executor: KqlExecutor;
    beforeAll(async () => {
      executor = await setup();
    });
    afterAll(async () => {
      await executor?.close();
    });

    it('returns KQL column names, types and JSON values', async () => {
      const r = await executor.execute(q("print n = 1, s = 'a', d = datetime(2024-01-01 10:00), b = true, j = dynamic({'k': [1, 'x']}), t = 90m, r = 2.5"));
      expect(r.columns).toEqual([
        { name: 'n', type: 'long' }, { name: 's', type: 'string' }, { name: 'd', type: 'datetime' }, { name: 'b', type: 'bool' },
        { name: 'j', type: 'dynamic' }, { name: 't', type: 'timespan' }, { name: 'r', type: 'real' },
      ]);
      expect(r.rows).toEqual([[1, 'a', '2024-01-01T10:00:00.000Z', true, { k: [1, 'x'] }, '01:30:00', 2.5]]);
      expect(r.source).toBe('kql');
    });

    it('caps rows at maxRows and says so', async () => {
      const r = await executor.execute(q('range x from 1 to 10 step 1', 3));
      expect(r.rows).toEqual([[1], [2], [3]]);
      expect(r.truncated).toBe(true);
    });

    it('follows KQL naming: count_ and Count', async () => {
      expect((await executor.execute(q('range x from 1 to 4 step 1 | summarize count()'))).columns.map((c) => c.name)).toEqual(['count_']);
      expect((await executor.execute(q('range x from 1 to 4 step 1 | count'))).rows).toEqual([[4]]);
    });

    it('reports syntax errors as KqlError with a KS code and position', async () => {
      const f = await failure(executor, 'range x from 1 to 4 step 1 | where x >');
      expect(f.code).toMatch(/^KS/);
      expect(typeof f.start).toBe('number');
    });

    it('reports unknown columns as KS142', async () => {
      expect((await failure(executor, 'range x from 1 to 4 step 1 | where y > 1')).code).toBe('KS142');
    });

    it('refuses management commands', async () => {
      expect((await failure(executor, '.drop table SigninLogs')).code).toBe('EA001');
    });

    it.skipIf(!options.fixtureData)('answers over the fixture tenant', async () => {
      const r = await executor.execute(q("SigninLogs | where ResultType != '0' | summarize failures = count() by UserPrincipalName | top 1 by failures | project ok = failures > 0"));
      expect(r.rows).toEqual([[true]]);
      const risky = await executor.execute(q("AADRiskyUsers | where RiskLevel in ('high', 'medium') | order by UserPrincipalName asc | project UserPrincipalName"));
      expect(risky.rows).toEqual([['user2@contoso.com'], ['user3@contoso.com']]);
      const joined = await executor.execute(q("datatable(k:string) ['a'] | join kind=leftouter (datatable(k:string, s:string) ['b', 'x']) on k | project s"));
      expect(joined.rows).toEqual([['']]);
    });
  });
}
