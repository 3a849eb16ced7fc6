import { describe, expect, it } from 'vitest';
import { DEMO_GAZETTEER, DEMO_NOW } from '../fixtures/demo-gazetteer';
import { readPins, realWorldTunePins } from '../pins';
import { drawTestSplit, evaluateRealWorld, frozenQuestions, loadRealWorldSet, readFrozenSplit, readRealWorldLines } from './real-world-set';

/**
 * The real-world question set (issue 16): its frozen first-seen split stays frozen, and the
 * figures measured on it do not fall back below what was reached (floors, not targets: the
 * issue's targets are 95 % family, 92 % slots, 90 % out-of-scope, 95 % changes; see README.md).
 */
describe('real-world questions', () => {
  it('has at least 300 questions, each with a source, and a frozen test third drawn by the recorded seed', () => {
    const lines = readRealWorldLines();
    expect(lines.length).toBeGreaterThanOrEqual(300);
    for (const l of lines) expect(l.source, l.where).not.toBe('');
    const frozen = readFrozenSplit();
    expect(frozen.questions).toHaveLength(101);
    const questions = new Set(lines.map((l) => l.question));
    for (const q of frozen.questions) expect(questions.has(q), q).toBe(true);
    // The split was drawn from the first 303 questions as they stood; it is not redrawn.
    expect(drawTestSplit(lines.slice(0, 303).map((l) => l.question), frozen.seed)).toEqual(frozen.questions);
    // Questions added later come after the first 303 lines (so the draw above is unchanged) and are all in the split.
    const later = new Set(lines.slice(303).map((l) => l.question));
    for (const q of frozenQuestions(frozen).slice(frozen.questions.length)) expect(later.has(q), q).toBe(true);
  });

  it('first-seen figures stay at or above what was reached', () => {
    const f = evaluateRealWorld(loadRealWorldSet().filter((c) => c.split === 'test'), DEMO_GAZETTEER, DEMO_NOW);
    // reached (212 questions, sixth round, with a third batch of 52 added before it was run): changes 96.8 % of 31, out of
    // scope 68.4 % of 95, with data 31.6 %, family 94.2 %, intent 88.4 %, slots 86.3 %; seventh round: out of scope 71.6 %,
    // with data 28.4 %, the rest unchanged; ninth round (the learnt open set, classifier/product-question.ts): out of scope
    // 88.4 %, with data 11.6 %, the rest unchanged; tenth round (the check of a request's object,
    // classifier/request-object.ts): out of scope 89.5 %, with data 10.5 %, the rest unchanged. The monitoring FAQ batch (how the
    // product and its logs work) is still mostly answered with data, and the new batch's in-scope questions (bare commands
    // such as "Get user", garbled doc questions) lower intent and slots: the targets (95 % family, 92 % slots, 90 %
    // out of scope, none with data) are not met on the split. The floors leave a question or two of room, since a retrain
    // moves questions near a boundary. Batch 37's third (33 questions: settings, role definitions, cross-tenant and device
    // policies of Steampipe's table examples, ROADTools queries), added on 2026-12-08 before any was run, lowered the split as
    // first seen (8289daf, the code before its rules: out of scope 81.0 % of 116, with data 19.0 %, family 90.8 %, intent
    // 85.7 %, slots 83.3 %, changes 96.8 %). The same session fitted the learnt gate to convergence at the threshold
    // cross-validation on the tune part chose (0.7; scripts/open-set-data.ts), so that retrains no longer flip questions at
    // random; on the first 212 questions it took out of scope 87.4 → 90.5 %, with data 12.6 → 9.5 %, family 94.2 → 91.9 %,
    // intent 88.4 → 86.0 % (four out-of-scope questions more refused, two in-scope ones). Batch 38's third (33 questions:
    // tool-help prompts, blog titles, KQL query titles), added the same day before any was run, first seen on the code of
    // its branch (245 questions with it, before batch 37's): changes 94.1 %, out of scope 88.1 %, family 92.2 %, intent
    // 85.3 %, slots 76.2 %. Both merged, the gate retrained on every tune question (278): family 86.8 % of 114, intent
    // 80.7 %, slots 73.6 %, out of scope 86.2 % of 130, with data 13.8 %, changes 94.1 % of 34; the floors are those figures
    // less a question. Batch 39's third (25 questions: GitHub issues of Entra and Graph tooling, Microsoft Q&A titles, the MFA
    // reporting article's questions), added on 2026-12-08 before any was run, lowered the split as first seen (a691de6, main's
    // code at ac1bfce; 303 questions): family 84.9 % of 126, intent 78.6 %, slots 69.2 %, out of scope 85.0 % of 140, with data
    // 15.0 %, changes 91.9 % of 37; the floors are those figures less a question.
    expect(f.changesRefused).toBeGreaterThanOrEqual(0.89);
    expect(f.outOfScopeRefused).toBeGreaterThanOrEqual(0.84);
    expect(f.outOfScopeAnsweredWithData).toBeLessThanOrEqual(0.16);
    expect(f.familyAccuracy).toBeGreaterThanOrEqual(0.84);
    expect(f.intentAccuracy).toBeGreaterThanOrEqual(0.77);
    expect(f.slotAccuracy).toBeGreaterThanOrEqual(0.68);
  });

  it('understands every pinned question of the tune part as questions.tsv labels it (pins.json realWorldTune; the frozen split is never pinned)', () => {
    const pinned = readPins().realWorldTune ?? {};
    const frozen = new Set(frozenQuestions(readFrozenSplit()));
    expect(Object.keys(pinned).filter((q) => frozen.has(q))).toEqual([]);
    expect(Object.keys(pinned).length).toBeGreaterThanOrEqual(0.8 * loadRealWorldSet().filter((c) => c.split === 'tune').length);
    const now = realWorldTunePins(DEMO_GAZETTEER, DEMO_NOW);
    const regressions = Object.entries(pinned).filter(([q, p]) => now[q] !== p && !(p === 'intent' && now[q] === 'exact')).map(([q, p]) => `${JSON.stringify(q)}: pinned ${p}, now ${now[q] ?? 'wrong intent'}`);
    expect(regressions, `${regressions.length} pinned real-world question(s) regressed; if intended, run \`npm run pin:understanding\` and review what it lists.\n${regressions.join('\n')}`).toEqual([]);
  });
});
