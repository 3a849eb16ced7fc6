/**
 * Writes test/understanding/pins.json: which questions of the measured set the current model
 * understands exactly (intent and slots) or by intent only. Run after retraining the classifier
 * or adding questions: `npm run pin:understanding`. Also pins the real-world set's tune part (never
 * its frozen split). Lists the questions that lost or gained a pin
 * against the previous file; `--check` writes nothing and exits 1 when the file is not current.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { evaluate } from '../test/understanding/evaluate';
import { DEMO_GAZETTEER, DEMO_NOW } from '../test/understanding/fixtures/demo-gazetteer';
import { contextFreeness, PINS_FILE, pinKeys, pinOf, readPins, realWorldTunePins, type Pin, type PinFile } from '../test/understanding/pins';
import { loadQuestionSet } from '../test/understanding/question-set';

const cases = loadQuestionSet(DEMO_GAZETTEER);
const keys = pinKeys(cases);
const e = evaluate(cases, DEMO_GAZETTEER, DEMO_NOW);
const pins: Record<string, Pin> = {};
e.results.forEach((r, i) => {
  const pin = pinOf(r);
  if (pin !== undefined) pins[keys[i]!] = pin;
});
const contextFree = cases.flatMap((c, i) => (c.chain === undefined && contextFreeness(c, DEMO_GAZETTEER, DEMO_NOW).same ? [keys[i]!] : [])).sort();
const file: PinFile = {
  note: 'Written by `npm run pin:understanding` (scripts/understanding-pin.ts): the questions the current model understands (exact: intent and slots; intent: the intent only). Expected values come from questions/*.tsv, never from this file.',
  pins: Object.fromEntries(Object.entries(pins).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  contextFree,
  realWorldTune: realWorldTunePins(DEMO_GAZETTEER, DEMO_NOW),
};
const previous = existsSync(PINS_FILE) ? readPins() : undefined;
const old = previous?.pins ?? {};
const oldFree = new Set(previous?.contextFree ?? []);
const lostFree = [...oldFree].filter((k) => !contextFree.includes(k));
const gainedFree = contextFree.filter((k) => !oldFree.has(k));
const lost = Object.entries(old).filter(([k, p]) => pins[k] !== p && !(p === 'intent' && pins[k] === 'exact'));
const gained = Object.entries(pins).filter(([k, p]) => old[k] !== p && !(p === 'intent' && old[k] === 'exact'));
const count = (p: Pin) => Object.values(pins).filter((x) => x === p).length;
console.log(`${cases.length} questions: ${count('exact')} pinned exact, ${count('intent')} intent only, ${cases.length - count('exact') - count('intent')} not pinned (wrong intent).`);
for (const [k, p] of lost) console.log(`  lost ${p}${pins[k] ? ` (now ${pins[k]})` : ''}: ${k}`);
for (const [k, p] of gained) console.log(`  gained ${p}: ${k}`);
const oldReal = previous?.realWorldTune ?? {};
const real = file.realWorldTune ?? {};
const lostReal = Object.entries(oldReal).filter(([k, p]) => real[k] !== p && !(p === 'intent' && real[k] === 'exact'));
const gainedReal = Object.entries(real).filter(([k, p]) => oldReal[k] !== p && !(p === 'intent' && oldReal[k] === 'exact'));
console.log(`real-world tune part: ${Object.keys(real).length} questions pinned (${Object.values(real).filter((p) => p === 'exact').length} exact).`);
for (const [k, p] of lostReal) console.log(`  real-world lost ${p}${real[k] ? ` (now ${real[k]})` : ''}: ${k}`);
for (const [k, p] of gainedReal) console.log(`  real-world gained ${p}: ${k}`);
const fresh = cases.filter((c) => c.chain === undefined).length;
console.log(`${contextFree.length} of ${fresh} fresh questions read the same after a busy conversation.`);
for (const k of lostFree) console.log(`  now reads differently after a conversation: ${k}`);
for (const k of gainedFree) console.log(`  now context-free: ${k}`);
if (process.argv.includes('--check')) {
  const current = lost.length + gained.length + lostFree.length + gainedFree.length + lostReal.length + gainedReal.length === 0;
  process.exit(current && Object.keys(old).length === Object.keys(pins).length && Object.keys(oldReal).length === Object.keys(real).length ? 0 : 1);
}
writeFileSync(PINS_FILE, `${JSON.stringify(file, null, 2)}\n`);
console.log(`wrote ${PINS_FILE}`);
