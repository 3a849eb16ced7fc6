/**
 * Kusto keeps time in 100-ns ticks (scalar-data-types/timespan.md: `1tick` is 100 ns); the engine
 * keeps microseconds (DuckDB). A literal finer than a microsecond used to be rounded to it, so
 * `d - 1tick == d` was true, where Kusto says false: a wrong answer. Such a literal is now refused
 * with a typed "unsupported" error; whole microseconds (10tick, .0000010) still run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine, type EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';
import { KqlError } from '../../src/kql/errors';

let engine: EmbeddedKqlEngine;
beforeAll(async () => { engine = await createEmbeddedEngine({ dbPath: ':memory:', skipWarmUp: true }); }, 60_000);
afterAll(async () => { await engine?.close(); });

describe('timespans finer than a microsecond', () => {
  it.each([
    'print datetime(2026-01-01) - 1tick == datetime(2026-01-01)',
    'print x = 5tick',
    'print x = time(0.00:00:00.0000001)',
    'print x = 2tick * 5',
    // A plugin reading the literal's microseconds itself: a 1.5 µs bin used to run as 2 µs.
    'range t from datetime(2026-01-01) to datetime(2026-01-02) step 1h | extend v = 1 | evaluate rolling_percentile(v, 50, t, 15tick, 2)',
  ])('%s is refused, not rounded', async (q) => {
    const e = await engine.query(q).then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(KqlError);
    expect((e as KqlError).code).toBe('EA104');
    expect((e as KqlError).message).toMatch(/finer than a microsecond/);
  });

  it('whole microseconds still run: 10tick is 1 µs', async () => {
    const r = await engine.query('print a = tostring(10tick), b = tostring(time(0.00:00:00.0000010)), c = datetime(2026-01-01) - 10tick < datetime(2026-01-01)');
    expect(r.rows).toEqual([['00:00:00.0000010', '00:00:00.0000010', true]]);
  });
});
