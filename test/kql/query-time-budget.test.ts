/**
 * One time limit for a whole KQL query, as Kusto's request time-out: a data-dependent plugin
 * (`evaluate bag_unpack` without a schema, `pivot`) runs discovery queries before the query itself,
 * and every statement gets only what is left of the limit. Each statement had the whole limit of
 * its own: corpus 163 (two discoveries and the query) ran 54 s under a 30 s limit.
 */
import { describe, expect, it } from 'vitest';
import { createEmbeddedEngine } from '../../src/kql/engine/embedded-engine';
import { KqlError } from '../../src/kql/errors';
import { diag } from '../../src/kql/diagnostics';

const BAGS = 'datatable(d:dynamic)[dynamic({"a": 1}), dynamic({"b": "x"})] | evaluate bag_unpack(d)';

describe('the time limit of a query', () => {
  it('gives each statement only what is left of it, and names the whole limit when it runs out', async () => {
    const engine = await createEmbeddedEngine({ dbPath: ':memory:', timeoutMs: 3_000 });
    try {
      // The first parse loads Kusto.Language; warmed here, compiling again with the slots found is quick.
      await engine.query(BAGS);
      const given: number[] = [];
      const run = engine.runSql.bind(engine);
      // Each statement takes 1,000 ms of the 3,000: the discovery, then the query with what is left.
      engine.runSql = async (sql, parameters, exact, timeoutMs) => {
        given.push(timeoutMs ?? Infinity);
        await new Promise((r) => setTimeout(r, 1_000));
        return run(sql, parameters, exact, timeoutMs);
      };
      const r = await engine.query(BAGS);
      expect(r.columns.map((c) => c.name)).toEqual(['a', 'b']);
      expect(given).toHaveLength(2);
      expect(given[0]!).toBeLessThanOrEqual(3_000);
      expect(given[1]!).toBeLessThanOrEqual(3_000 - 1_000);

      // Statements of 1,800 ms cannot both fit: the second is given what is left and stopped at it, as
      // the engine's own interrupt stops a statement; the error names the query's limit, not what was left.
      engine.runSql = async (sql, parameters, exact, timeoutMs) => {
        const ms = timeoutMs ?? Infinity;
        await new Promise((r) => setTimeout(r, Math.min(1_800, ms)));
        if (ms < 1_800) throw new KqlError(diag('timeout', 0, 0, `${Math.round(ms)} ms`));
        return run(sql, parameters, exact, timeoutMs);
      };
      const e = await engine.query(`${BAGS} | extend k = 1`).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(KqlError);
      expect((e as KqlError).code).toBe('EA501');
      expect((e as KqlError).message).toContain('3000 ms');
    } finally {
      await engine.close();
    }
  });
});
