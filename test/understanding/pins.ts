/**
 * Per-question pins of the understanding stage: which questions of the measured set the current
 * model gets right (intent and every slot, or the intent only). The accuracy test fails when a
 * pinned question regresses, so a drop on one question is never absorbed by an average.
 *
 * The pins record only *which* questions pass; what they must be understood as is always the
 * question set's own expectation (questions/*.tsv), never the model's output.
 *
 * Regenerate after a retrain or after adding questions: `npm run pin:understanding`
 * (scripts/understanding-pin.ts). It prints the questions that lost a pin, so a regression is
 * a visible choice, not a silent one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ConversationContext, Gazetteer } from '../../src/understanding';
import { understand } from '../../src/understanding';
import type { CaseResult } from './evaluate';
import type { QuestionCase } from './question-set';
import { evaluateRealWorld, loadRealWorldSet } from './real-world/real-world-set';

export const PINS_FILE = join(__dirname, 'pins.json');

/** `exact`: intent and slots right; `intent`: the intent right, some slot not. */
export type Pin = 'exact' | 'intent';

export interface PinFile {
  readonly note: string;
  /** Questions by key (see pinKeys): what the model got right when the file was written. */
  readonly pins: Readonly<Record<string, Pin>>;
  /**
   * Keys of fresh questions (not in a follow-up chain) understood the same after a busy
   * conversation (BUSY_CONTEXT) as in a new one: nothing of the previous question leaks in.
   */
  readonly contextFree: readonly string[];
  /**
   * The real-world set's *tune* part (real-world/questions.tsv), by question text: which of its
   * questions the current code gets right. The frozen first-seen split is never pinned: pinning
   * would list which of its questions pass, and its misses are never listed (real-world/README.md);
   * it is guarded by the floors of real-world.test.ts.
   */
  readonly realWorldTune?: Readonly<Record<string, Pin>>;
}

/**
 * The conversation a fresh question is asked after: a previous question about Karita's failed
 * sign-ins over 30 days, with a group and an app on screen.
 */
export const BUSY_CONTEXT: ConversationContext = {
  lastIntent: 'signIns.failures',
  lastSlots: { user: 'Karita Ojala', window: { last: 'P30D' }, status: 'failure' },
  window: { last: 'P30D' },
  users: [{ kind: 'user', id: 'u1', displayName: 'Karita Ojala', key: 'karita@woodgrovebank.com' }],
  groups: [{ kind: 'group', id: 'g1', displayName: 'Finance Department' }],
  apps: [{ kind: 'app', id: 'a1', displayName: 'Salesforce' }],
};

/** How a fresh question reads after BUSY_CONTEXT, and whether that is what it reads alone. */
export function contextFreeness(c: QuestionCase, gazetteer: Gazetteer, now: Date): { same: boolean; alone: unknown; after: unknown } {
  const alone = understand(c.question, {}, { gazetteer, now });
  const after = understand(c.question, BUSY_CONTEXT, { gazetteer, now });
  const view = (i: typeof alone) => ({ name: i.name, slots: i.slots });
  return { same: isDeepStrictEqual(view(alone), view(after)), alone: view(alone), after: view(after) };
}

/**
 * A question's key: its file, the question before it in its follow-up chain (the context it is
 * asked in), and its text; `#2`, `#3` for repeats. Line numbers are not part of it, so adding
 * questions to a file keeps the other pins.
 */
export function pinKeys(cases: readonly QuestionCase[]): string[] {
  const seen = new Map<string, number>();
  let previous: QuestionCase | undefined;
  return cases.map((c) => {
    const file = c.where.slice(0, c.where.lastIndexOf(':'));
    const before = c.chain !== undefined && previous?.chain === c.chain ? previous.question : '';
    previous = c;
    const base = `${file} | ${before} | ${c.question}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} #${n}`;
  });
}

export function pinOf(r: Pick<CaseResult, 'intentOk' | 'wrongSlots'>): Pin | undefined {
  if (!r.intentOk) return undefined;
  return r.wrongSlots.length === 0 ? 'exact' : 'intent';
}

export function readPins(): PinFile {
  return JSON.parse(readFileSync(PINS_FILE, 'utf8')) as PinFile;
}

/** The real-world tune part's pins: each question's text and what the current code gets right of it. */
export function realWorldTunePins(gazetteer: Gazetteer, now: Date): Record<string, Pin> {
  const tune = loadRealWorldSet().filter((c) => c.split === 'tune');
  const out: Record<string, Pin> = {};
  for (const r of evaluateRealWorld(tune, gazetteer, now).results) {
    const pin = pinOf(r);
    if (pin !== undefined) out[r.case.question] = pin;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
