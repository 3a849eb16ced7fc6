/**
 * The family contract: every query a plan makes declares the data categories it reads (`reads`),
 * and what it declares covers what the query itself reads (its Graph path and properties, its KQL
 * tables and columns, src/policy/data-reads.ts). Every intent's example question is asked as the
 * Global Administrator (so every plan runs in full) and every planned query is checked.
 */
import { afterAll, beforeAll, describe, expect, it, inject, vi } from 'vitest';
import type { PlannedQuery, QueryPlan } from '../../src/planning/query-plan';
import type * as DataGateModule from '../../src/policy/data-gate';
import { PERSONAS } from '../../src/demo/personas';
import { readSettings } from '../../src/config/settings';
import { createRuntime, type Runtime } from '../../src/runtime/create-runtime';
import { INTENT_EXAMPLES } from '../../src/families/registry';
import { INTENT_NAMES } from '../../src/understanding/intent';
import { derivedReads } from '../../src/policy/data-reads';

/** Every plan the gate saw (vi.mock is hoisted above the imports). */
const planned: PlannedQuery[] = vi.hoisted(() => []);

vi.mock('../../src/policy/data-gate', async (original) => {
  const m = await original<typeof DataGateModule>();
  return { ...m, gatePlan: (plan: QueryPlan, gate: Parameters<typeof m.gatePlan>[1]) => { planned.push(...plan.queries); return m.gatePlan(plan, gate); } };
});

let runtime: Runtime;
beforeAll(async () => {
  runtime = await createRuntime(readSettings({ ENTRA_ASK_DATA: inject('demoDataDir'), AUDIT_LOG: 'off' }), { log: () => undefined, quiet: true });
}, 120_000);
afterAll(async () => { await runtime?.close(); });

describe('every planned query declares what it reads', () => {
  it('for every intent\'s example question', async () => {
    const asker = runtime.askerFor(PERSONAS.patti.upn)!;
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const name of INTENT_NAMES) {
      if (name === 'help' || name === 'unknown') continue;
      planned.length = 0;
      const out = await runtime.pipeline.ask({ question: INTENT_EXAMPLES[name], asker, context: {}, channel: 'test' });
      expect(out.intent.name, INTENT_EXAMPLES[name]).toBe(name);
      for (const q of planned) {
        seen.add(name);
        if (!q.reads || q.reads.length === 0) { problems.push(`${name} ${q.id}: declares nothing`); continue; }
        // A raw query declares its raw category; what it reads depends on the text typed (checked by the gate).
        if (name === 'kql.run' || name === 'graph.get') { if (!q.reads.includes(name === 'kql.run' ? 'rawKql' : 'rawGraph')) problems.push(`${name}: not declared raw`); continue; }
        for (const e of derivedReads(q)) {
          if (!q.reads.includes(e.category)) problems.push(`${name} ${q.id}: reads ${e.category} but declares ${q.reads.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Every answerable intent planned at least one query (intents not answerable yet plan none).
    expect(seen.size).toBeGreaterThan(50);
  }, 300_000);
});
