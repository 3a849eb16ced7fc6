/** Kusto's documented limits, and the engine's own memory bound: a clear coded error, never a dead process. */
import { afterAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../src/kql/engine/embedded-engine';
import type { EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';

/**
 * The caps are checked on an engine of their own whose process bound is out of the way: this
 * process is a test worker that earlier test files may have grown close to the engine's default
 * 1,800 MB (a CI run stopped the 1,048,576-element datetime range there). The bound itself is
 * tested below and in memory-limit.test.ts.
 */
let capsEngine: Promise<EmbeddedKqlEngine> | undefined;
async function rows(kql: string): Promise<readonly (readonly unknown[])[]> {
  capsEngine ??= createEmbeddedEngine({ dbPath: ':memory:', schema: { database: 'D', tables: {} }, maxProcessMb: 64_000, skipWarmUp: true });
  return (await (await capsEngine).query(kql)).rows;
}
afterAll(async () => { await (await capsEngine)?.close(); });

describe('documented limits', () => {
  it.each<[string, unknown[][]]>([
    // range-function.md: at most 1,048,576 elements
    ['print n = array_length(range(1, 2000000))', [[1048576]]],
    ['print n = array_length(range(datetime(2000-01-01), datetime(2100-01-01), 1s))', [[1048576]]],
    // make-list-aggregation-function.md: at most maxSize elements; 128 for the deprecated makelist
    ['range x from 1 to 300 step 1 | summarize a = array_length(make_list(x, 5)), b = array_length(makelist(x)), c = array_length(make_list(x))', [[5, 128, 300]]],
    // mv-expand-operator.md: limit N rows per input row
    ['print d = dynamic([1, 2, 3]) | mv-expand d limit 1', [[1]]],
  ])('%s', async (kql, expected) => {
    expect(await rows(kql)).toEqual(expected);
  });

  it('stops a query that needs more memory than allowed with EA201', async () => {
    const engine = await createEmbeddedEngine({ dbPath: ':memory:', schema: { database: 'D', tables: {} }, memoryLimit: '20MB', skipWarmUp: true });
    const run = engine.query('range x from 1 to 3000000 step 1 | summarize l = make_list(strcat("item-", x)) | project n = array_length(l)');
    await expect(run).rejects.toMatchObject({ code: 'EA201' });
    await engine.close();
  }, 60_000);

  it('stops a query whose memory outside DuckDB\'s buffer manager takes the process past maxProcessMb, and the next query still runs', async () => {
    const base = process.memoryUsage.rss() / 1_048_576;
    // DuckDB's own limit out of the way: only the process bound can stop this query.
    const engine = await createEmbeddedEngine({ dbPath: ':memory:', schema: { database: 'D', tables: {} }, memoryLimit: '8GB', maxProcessMb: Math.round(base + 300), skipWarmUp: true });
    const run = engine.query('range x from 1 to 20000000 step 1 | summarize by s = strcat(tostring(x), "-", strrep("x", 64)) | count');
    await expect(run).rejects.toMatchObject({ code: 'EA201', message: expect.stringMatching(/the process reached \d+ MB \(limit \d+ MB\)/) });
    // Memory the allocator kept from the stopped query is not this query's growth.
    expect((await engine.query('print n = 1')).rows).toEqual([[1]]);
    await engine.close();
  }, 60_000);
});
