/**
 * Long literals are 64-bit (scalar-data-types/long.md: "a signed 64-bit integer"): past 2^53 a
 * JavaScript double drops their last digits, so 9007199254740993 used to be compiled as
 * 9007199254740992 — equal to it, and not found by has_any. The SQL parameter now carries the
 * literal's own digits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedEngine, type EmbeddedKqlEngine } from '../../src/kql/engine/embedded-engine';

let engine: EmbeddedKqlEngine;
beforeAll(async () => { engine = await createEmbeddedEngine({ dbPath: ':memory:', skipWarmUp: true }); }, 60_000);
afterAll(async () => { await engine?.close(); });

describe('long literals beyond 2^53', () => {
  it('compare, convert to text and match as terms by their own digits', async () => {
    const r = await engine.query('print eq = 9007199254740993 == 9007199254740992, gt = 9007199254740993 > 9007199254740992, s = tostring(9007199254740993), neg = tostring(-9007199254740993), term = "x 9007199254740993" has_any (9007199254740993), other = "x 9007199254740992" has_any (9007199254740993)');
    expect(r.rows).toEqual([[false, true, '9007199254740993', '-9007199254740993', true, false]]);
  });

  it('the largest long minus one, as text', async () => {
    expect((await engine.query('print s = tostring(9223372036854775807 - 1)')).rows).toEqual([['9223372036854775806']]);
  });

  it('a filter on a big long keeps only the row with those digits', async () => {
    const q = 'datatable(id:long) [9007199254740992, 9007199254740993, 9007199254740994] | where id == 9007199254740993 | extend s = tostring(id) | project s';
    expect((await engine.query(q)).rows).toEqual([['9007199254740993']]);
  });
});
