/**
 * `materialize()` (materializefunction.md): "Captures the value of a tabular expression for the
 * duration of the query execution, so that it can be referenced multiple times by the query
 * without recalculation" — every use sees the same rows, even of a non-deterministic expression.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine, type EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';

let engine: EmbeddedKqlEngine;
beforeAll(async () => { engine = await createEmbeddedEngine({ dbPath: ':memory:', skipWarmUp: true }); }, 60_000);
afterAll(async () => { await engine?.close(); });

describe('materialize()', () => {
  it('gives every reference the same random values (the page\'s rand() example, joined with itself)', async () => {
    const q = 'let x = materialize(range i from 1 to 50 step 1 | extend r = rand()); x | join kind=inner x on i | summarize same = countif(r == r1), differ = countif(r != r1)';
    expect((await engine.query(q)).rows).toEqual([[50, 0]]);
  });

  it('without materialize the two references are computed apart (the contrast the page draws)', async () => {
    const q = 'let x = range i from 1 to 50 step 1 | extend r = rand(); x | join kind=inner x on i | summarize differ = countif(r != r1)';
    expect(Number((await engine.query(q)).rows[0]?.[0])).toBeGreaterThan(40);
  });

  it('computes a materialized let once in the SQL, however often it is used', async () => {
    const q = 'let x = materialize(range i from 1 to 5 step 1 | summarize n = count()); x | union x | union x';
    const r = await engine.query(q);
    expect(r.rows).toEqual([[5], [5], [5]]);
    expect(r.sql.match(/AS MATERIALIZED/g)).toHaveLength(1);
  });
});
