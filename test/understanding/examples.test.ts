import { describe, expect, it } from 'vitest';
import { INTENT_NAMES, suggestClosest, understand } from '../../src/understanding';
import { INTENT_EXAMPLES, QUESTION_FAMILIES as INTENT_FAMILIES } from '../../src/families/registry';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

describe('help examples', () => {
  it('has an example for every intent but unknown, and each is understood as its intent', () => {
    for (const name of INTENT_NAMES.filter((n) => n !== 'unknown')) {
      const example = INTENT_EXAMPLES[name];
      expect(example, name).toBeDefined();
      expect(understand(example!, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW }).name, example).toBe(name);
    }
  });

  it('groups every answerable intent into a family with examples that are understood', () => {
    const covered = new Set(INTENT_FAMILIES.flatMap((f) => f.intents));
    for (const name of INTENT_NAMES.filter((n) => n !== 'unknown' && n !== 'help' && n !== 'change.refused')) expect(covered, name).toContain(name);
    for (const family of INTENT_FAMILIES) {
      for (const q of family.examples) {
        expect(family.intents, q).toContain(understand(q, {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW }).name);
      }
    }
  });

  it('suggests the closest intents for a question it cannot place', () => {
    const closest = suggestClosest('sign in stuff for the boss');
    expect(closest).toHaveLength(3);
    expect(closest.some((n) => n.startsWith('signIns.'))).toBe(true);
  });
});
