/**
 * The question set against the generated demo tenant's names (src/demo/generator), instead of
 * the test fixture's: intent accuracy per split (slots differ: the fixture's people and apps are
 * not all in the generated tenant, so only intents are compared).
 * Run: npx tsx scripts/understanding-demo-tenant.ts
 */
import { generateTenant } from '../src/demo/generator';
import { buildGazetteer, understand } from '../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from '../test/understanding/fixtures/demo-gazetteer';
import { loadQuestionSet } from '../test/understanding/question-set';

const model = generateTenant({ seed: 7, anchorTime: DEMO_NOW.toISOString(), users: 500, days: 30 });
const gazetteer = buildGazetteer(model);
console.log(`demo tenant gazetteer: ${gazetteer.users.length} users, ${gazetteer.groups.length} groups, ${gazetteer.apps.length} apps, ${gazetteer.accessPackages.length} access packages`);
const all = loadQuestionSet(DEMO_GAZETTEER);
for (const split of ['tune', 'heldout'] as const) {
  const cases = all.filter((c) => c.split === split);
  const right = cases.filter((c) => understand(c.question, c.context, { gazetteer, now: DEMO_NOW }).name === c.intent).length;
  console.log(`${split}: intent accuracy ${((right / cases.length) * 100).toFixed(1)}% (${right}/${cases.length})`);
}
