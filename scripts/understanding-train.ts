/**
 * Rebuilds the intent classifier from the paraphrase templates and writes
 * src/understanding/classifier/model.json. Run: npx tsx scripts/understanding-train.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../src/understanding/classifier/build';

const started = Date.now();
const model = buildModel();
const file = join(__dirname, '..', 'src', 'understanding', 'classifier', 'model.json');
writeFileSync(file, `${JSON.stringify(model)}\n`);
console.log(`trained on ${model.trainedOn} paraphrases, ${Object.keys(model.weights).length} features, ${model.labels.length} intents in ${Date.now() - started} ms -> ${file}`);
