/**
 * Every example question of `shared/spec/questions.md`'s intent tables, read from the spec itself
 * (a suite the product's definition wrote, not us): each is understood as the intent of its row.
 * Two rows give forms, not questions (kql.run, graph.get); an example that points at an object named
 * before ("who changed it this week") is asked after a question that named one, as a person would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConversationContext } from '../../src/understanding';
import { INTENT_NAMES, understand } from '../../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from './fixtures/demo-gazetteer';

const SPEC = path.resolve(__dirname, '../../../shared/spec/questions.md');
const FORMS_NOT_QUESTIONS = new Set(['kql.run', 'graph.get']);
const finance = { kind: 'group', id: 'g1', displayName: 'Finance Department' } as const;
/** After "tell me more about the Finance Department group": what "it" points at. */
const AFTER_A_GROUP: ConversationContext = { lastQuestion: 'Tell me more about the Finance Department group', lastIntent: 'group.details', lastSlots: { group: 'Finance Department' }, groups: [finance] };
const POINTS_BACK = /\b(it|this app|these apps|her|him|them)\b/i;

function specExamples(): [string, string][] {
  const out: [string, string][] = [];
  for (const line of readFileSync(SPEC, 'utf8').split('\n')) {
    const row = /^\| `([a-zA-Z.]+)` \| [^|]* \| ([^|]+) \|/.exec(line);
    if (row === null || !(INTENT_NAMES as readonly string[]).includes(row[1]!) || FORMS_NOT_QUESTIONS.has(row[1]!)) continue;
    for (const example of row[2]!.split(' · ').map((e) => e.trim()).filter((e) => e !== '')) out.push([row[1]!, example]);
  }
  return out;
}

describe('questions.md\'s examples', () => {
  const examples = specExamples();

  it('are read from the spec (every intent row but the two forms)', () => {
    expect(examples.length).toBeGreaterThan(100);
    expect(new Set(examples.map(([intent]) => intent)).size).toBeGreaterThan(50);
  });

  it.each(examples)('%s: %s', (intent, example) => {
    const context = POINTS_BACK.test(example) ? AFTER_A_GROUP : {};
    expect(understand(example, context, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW }).name).toBe(intent);
  });
});
