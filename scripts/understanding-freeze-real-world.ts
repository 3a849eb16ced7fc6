/**
 * Draws the frozen test third of the real-world question set (test/understanding/real-world)
 * once, with a recorded seed, before any tuning on it. Refuses to run again: the split stays
 * frozen (new questions go into it by hand, and only before their results are looked at).
 * Run: npx tsx scripts/understanding-freeze-real-world.ts
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawTestSplit, readRealWorldLines } from '../test/understanding/real-world/real-world-set';

const FILE = join(__dirname, '..', 'test', 'understanding', 'real-world', 'frozen-test.json');
if (existsSync(FILE)) {
  console.error(`${FILE} exists: the split is frozen.`);
  process.exit(1);
}
const seed = 1620261206;
const lines = readRealWorldLines();
const test = drawTestSplit(lines.map((l) => l.question), seed);
writeFileSync(FILE, `${JSON.stringify({
  seed,
  frozenAt: new Date().toISOString(),
  note: 'Drawn once (seeded shuffle of questions.tsv as it stood, first third) before any tuning on the real-world set; never train or tune on these. Add questions here only before looking at their results.',
  questions: test,
}, null, 2)}\n`);
console.log(`${test.length} of ${lines.length} questions frozen as the test split.`);
