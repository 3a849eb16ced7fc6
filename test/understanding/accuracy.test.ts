import { describe, expect, it } from 'vitest';
import { INTENT_NAMES } from '../../src/understanding';
import { evaluate } from './evaluate';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';
import { loadQuestionSet } from './question-set';

const all = loadQuestionSet(DEMO_GAZETTEER);
const heldOut = all.filter((c) => c.split === 'heldout');

describe('the measured question set', () => {
  it('has at least 400 questions, every intent in several wordings, and both splits', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    for (const intent of INTENT_NAMES) {
      expect(all.filter((c) => c.intent === intent).length, intent).toBeGreaterThanOrEqual(4);
    }
    expect(heldOut.length).toBeGreaterThanOrEqual(300);
    expect(all.filter((c) => c.split === 'tune').length).toBeGreaterThan(0);
    expect(all.filter((c) => c.chain !== undefined).length).toBeGreaterThanOrEqual(40);
  });

  it('is understood on the held-out part: ≥ 95 % intents, ≥ 90 % slots', () => {
    const e = evaluate(heldOut, DEMO_GAZETTEER, DEMO_NOW);
    const misses = e.results.filter((r) => !r.intentOk).map((r) => `${r.case.where}: ${r.case.intent} → ${r.got.name}`);
    expect(e.intentAccuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(e.slotAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
