/**
 * Rebuilds the learnt open set (`src/understanding/classifier/product-question.ts`) from the tune data and writes
 * src/understanding/classifier/open-set-model.json. Run after retraining the intent model or adding tune questions:
 * npx tsx scripts/understanding-train-open-set.ts [--leave-out=SOURCE,SOURCE] (--leave-out: tune sources not trained on, e.g. a
 * batch whose effect on the gate is left to a later merge; the branch issue-16ab's model was trained with batch 38's sources
 * left out)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inScopeStems, objectStems, openSetExamples, trainProductModel } from './open-set-data';
import { UNDERSTANDING_DIR, openSetSourceHash } from './understanding-source-hash';

const started = Date.now();
const stems = inScopeStems();
const leaveOut = new Set((process.argv.find((a) => a.startsWith('--leave-out='))?.slice('--leave-out='.length) ?? '').split(',').filter((k) => k !== ''));
const examples = openSetExamples(stems).filter((e) => !leaveOut.has(e.source));
const model = { ...trainProductModel(examples, stems, { objectStems: objectStems() }), sourceHash: openSetSourceHash() };
const file = join(UNDERSTANDING_DIR, 'classifier', 'open-set-model.json');
writeFileSync(file, `${JSON.stringify(model)}\n`);
const product = examples.filter((e) => e.label === 'product').length;
console.log(`trained on ${examples.length} tune questions (${product} product, ${examples.length - product} records), ${Object.keys(model.weights).length} features, ${model.inScopeStems.length} in-scope stems, ${model.objectStems?.length ?? 0} object stems in ${Date.now() - started} ms -> ${file}`);
