import { isDeepStrictEqual } from 'node:util';
import type { Gazetteer, Intent, IntentName } from '../../src/understanding';
import { understand } from '../../src/understanding';
import type { QuestionCase } from './question-set';

/** How one question went. */
export interface CaseResult {
  readonly case: QuestionCase;
  readonly got: Intent;
  readonly intentOk: boolean;
  /** Slots right, out of the union of expected and produced slot names. */
  readonly slotsRight: number;
  readonly slotsTotal: number;
  readonly wrongSlots: readonly string[];
}

export interface Evaluation {
  readonly results: readonly CaseResult[];
  readonly intentAccuracy: number;
  readonly slotAccuracy: number;
  /** Share of questions whose slots are exactly the expected ones. */
  readonly slotExactRate: number;
  readonly perIntent: ReadonlyMap<IntentName, { right: number; total: number }>;
  readonly confusions: ReadonlyMap<string, number>;
}

export function evaluateCase(c: QuestionCase, gazetteer: Gazetteer, now: Date): CaseResult {
  const got = understand(c.question, c.context, { gazetteer, now });
  const expected = c.slots as Record<string, unknown>;
  const actual = got.slots as Record<string, unknown>;
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  const wrongSlots: string[] = [];
  let right = 0;
  for (const k of keys) {
    if (isDeepStrictEqual(expected[k], actual[k])) right += 1;
    else wrongSlots.push(`${k}: expected ${JSON.stringify(expected[k])}, got ${JSON.stringify(actual[k])}`);
  }
  return { case: c, got, intentOk: got.name === c.intent, slotsRight: right, slotsTotal: keys.size, wrongSlots };
}

export function evaluate(cases: readonly QuestionCase[], gazetteer: Gazetteer, now: Date): Evaluation {
  const results = cases.map((c) => evaluateCase(c, gazetteer, now));
  const perIntent = new Map<IntentName, { right: number; total: number }>();
  const confusions = new Map<string, number>();
  for (const r of results) {
    const e = perIntent.get(r.case.intent) ?? { right: 0, total: 0 };
    perIntent.set(r.case.intent, { right: e.right + (r.intentOk ? 1 : 0), total: e.total + 1 });
    if (!r.intentOk) {
      const key = `${r.case.intent} → ${r.got.name}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
  }
  const slotsRight = results.reduce((s, r) => s + r.slotsRight, 0);
  const slotsTotal = results.reduce((s, r) => s + r.slotsTotal, 0);
  return {
    results,
    intentAccuracy: results.filter((r) => r.intentOk).length / results.length,
    slotAccuracy: slotsTotal === 0 ? 1 : slotsRight / slotsTotal,
    slotExactRate: results.filter((r) => r.wrongSlots.length === 0).length / results.length,
    perIntent,
    confusions,
  };
}
