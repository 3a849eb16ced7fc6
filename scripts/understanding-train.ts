/**
 * Rebuilds the intent classifier from the paraphrase templates and writes
 * src/understanding/classifier/model.json. Run: npx tsx scripts/understanding-train.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../src/understanding/classifier/build';
import { UNDERSTANDING_DIR, understandingSourceHash } from './understanding-source-hash';

const started = Date.now();
const model = { ...buildModel(), sourceHash: understandingSourceHash() };
const file = join(UNDERSTANDING_DIR, 'classifier', 'model.json');
writeFileSync(file, `${JSON.stringify(model)}\n`);
console.log(`trained on ${model.trainedOn} paraphrases, ${Object.keys(model.weights).length} features, ${model.labels.length} intents in ${Date.now() - started} ms -> ${file}`);
