/**
 * Kusto's result truncation limits (query-limits.md, "Limit on result set size"): a query run
 * without a row limit of its own returns at most 500,000 records and 64 MB, and fails past them
 * (EA202 here) instead of filling the process. A caller's maxRows truncates instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../src/kql/engine/embedded-engine';
import type { EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';

let engine: EmbeddedKqlEngine;
beforeAll(async () => {
  engine = await createEmbeddedEngine({ dbPath: ':memory:', skipWarmUp: true, anchorTime: '2026-01-01T00:00:00Z' });
});
afterAll(async () => engine.close());

async function code(text: string): Promise<string> {
  try {
    await engine.query(text);
    return 'ran';
  } catch (e) {
    return String((e as { code?: string }).code);
  }
}

describe('result truncation limits', () => {
  it('returns 500,000 records and refuses 500,001', async () => {
    expect((await engine.query('range i from 1 to 500000 step 1')).rows).toHaveLength(500_000);
    expect(await code('range i from 1 to 500001 step 1')).toBe('EA202');
  }, 60_000);

  it('refuses more than 64 MB in fewer records', async () => {
    // 1,000 rows of 70,000 characters: 70 MB.
    expect(await code('range i from 1 to 1000 step 1 | extend s = strrep("x", 70000)')).toBe('EA202');
    expect((await engine.query('range i from 1 to 900 step 1 | extend s = strrep("x", 70000) | count')).rows).toEqual([[900]]);
  }, 60_000);

  it('truncates to a caller\'s own row limit instead', async () => {
    const r = await engine.query('range i from 1 to 600000 step 1', { maxRows: 10 });
    expect(r.rows).toHaveLength(10);
    expect(r.truncated).toBe(true);
  }, 60_000);

  it('says which limit stopped the query', async () => {
    await expect(engine.query('range i from 1 to 500001 step 1')).rejects.toThrow(/500,000 records/);
  }, 60_000);
});
