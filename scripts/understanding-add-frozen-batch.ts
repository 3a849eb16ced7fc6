/**
 * Appends a new batch of real-world questions to questions.tsv and freezes a seeded random third of it as
 * first-seen test questions (an `added` entry of frozen-test.json) before any of it is run:
 * `npx tsx scripts/understanding-add-frozen-batch.ts <batch.tsv> <seed> <note>`. The batch file holds `#source`
 * lines and labelled lines in questions.tsv's format; the third is `drawTestSplit` (a seeded shuffle, the first
 * third) over the batch's questions, the same draw as the original split's. Refuses a question already in the set.
 * Prints only counts: the draw is not to be looked at question by question.
 */
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawTestSplit, readFrozenSplit, readRealWorldLines } from '../test/understanding/real-world/real-world-set';

const [batchFile, seedText, note] = process.argv.slice(2);
if (batchFile === undefined || seedText === undefined || note === undefined) {
  console.error('usage: understanding-add-frozen-batch.ts <batch.tsv> <seed> <note>');
  process.exit(1);
}
const seed = Number(seedText);
const DIR = join(__dirname, '..', 'test', 'understanding', 'real-world');
const text = readFileSync(batchFile, 'utf8').replace(/\n*$/, '\n');
const questions = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => l.split('\t')[1] ?? '');
const existing = new Set(readRealWorldLines().map((l) => l.question));
if (questions.some((q) => q.trim() === '' || existing.has(q)) || new Set(questions).size !== questions.length) {
  console.error('a question is empty, repeated, or already in questions.tsv');
  process.exit(1);
}
const test = drawTestSplit(questions, seed);
appendFileSync(join(DIR, 'questions.tsv'), text);
const split = readFrozenSplit();
const added = [...(split.added ?? []), { at: new Date().toISOString(), seed, note, questions: test }];
writeFileSync(join(DIR, 'frozen-test.json'), `${JSON.stringify({ ...split, added }, null, 2)}\n`);
console.log(`${questions.length} questions appended; ${test.length} frozen (seed ${seed}), ${questions.length - test.length} tune.`);
