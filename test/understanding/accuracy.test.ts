import { describe, expect, it } from 'vitest';
import { INTENT_NAMES } from '../../src/understanding';
import { evaluate } from './evaluate';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';
import { contextFreeness, pinKeys, readPins } from './pins';
import { loadQuestionSet } from './question-set';

const all = loadQuestionSet(DEMO_GAZETTEER);
const heldOut = all.filter((c) => c.split === 'heldout');
const keys = pinKeys(all);
const { pins, contextFree } = readPins();
const REGENERATE = 'If the change is intended (a retrain, new questions), regenerate the pins with `npm run pin:understanding` and review what it lists.';

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

describe('each question the model gets right stays right (test/understanding/pins.json)', () => {
  it('every pin names a question of the set', () => {
    const known = new Set(keys);
    const stale = [...Object.keys(pins), ...contextFree].filter((k) => !known.has(k));
    expect(stale, `pins for questions that are no longer in the set. ${REGENERATE}`).toEqual([]);
  });

  it('pins most of the set (the pins file is not empty or stale)', () => {
    expect(Object.keys(pins).length).toBeGreaterThanOrEqual(0.9 * all.length);
    expect(contextFree.length).toBeGreaterThanOrEqual(0.9 * all.filter((c) => c.chain === undefined).length);
  });

  it('understands every pinned question with the intent (and, pinned exact, every slot) questions/*.tsv expects', () => {
    const e = evaluate(all, DEMO_GAZETTEER, DEMO_NOW);
    const regressions: string[] = [];
    e.results.forEach((r, i) => {
      const pin = pins[keys[i]!];
      if (pin === undefined) return;
      if (!r.intentOk) regressions.push(`${r.case.where} ${JSON.stringify(r.case.question)}: intent ${r.case.intent} → ${r.got.name}`);
      else if (pin === 'exact' && r.wrongSlots.length > 0) regressions.push(`${r.case.where} ${JSON.stringify(r.case.question)}: ${r.wrongSlots.join('; ')}`);
    });
    expect(regressions, `${regressions.length} pinned question(s) regressed. ${REGENERATE}\n${regressions.join('\n')}`).toEqual([]);
  });

  it('understands each fresh question after a busy conversation as it does alone: no window, subject or intent is carried over', () => {
    const free = new Set(contextFree);
    const leaks: string[] = [];
    all.forEach((c, i) => {
      if (!free.has(keys[i]!)) return;
      const r = contextFreeness(c, DEMO_GAZETTEER, DEMO_NOW);
      if (!r.same) leaks.push(`${c.where} ${JSON.stringify(c.question)}: alone ${JSON.stringify(r.alone)}, after ${JSON.stringify(r.after)}`);
    });
    expect(leaks, `${leaks.length} fresh question(s) took something from the previous question. ${REGENERATE}\n${leaks.join('\n')}`).toEqual([]);
  });
});
