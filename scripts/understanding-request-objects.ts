/**
 * The check of a request's object (`src/understanding/classifier/request-object.ts`) on its own, on tune data only: for
 * every question of the real-world tune part and the project's tune questions (never the frozen split, never the
 * project's held-out part), whether the check would send it to `unknown`, whatever the topic rules and the classifier
 * do. Out-of-scope questions it takes show how far it carries to topics no rule lists; in-scope ones are the families'
 * questions it would refuse. `npx tsx scripts/understanding-request-objects.ts [--sources=F-SMSFAQ,F-KERBFAQ] [--list]`
 */
import { analyse } from '../src/understanding/analysis/analyse';
import { resolveVagueRefs } from '../src/understanding/context/resolve-refs';
import { modelVocabulary } from '../src/understanding/classifier/model';
import { requestObject, unreadRequestObject } from '../src/understanding/classifier/request-object';
import { nameIndexFor } from '../src/understanding/understand';
import { DEMO_GAZETTEER, DEMO_NOW } from '../test/understanding/fixtures/demo-gazetteer';
import { loadQuestionSet } from '../test/understanding/question-set';
import { loadRealWorldSet } from '../test/understanding/real-world/real-world-set';

const only = new Set((process.argv.find((a) => a.startsWith('--sources='))?.slice(10) ?? '').split(',').filter((s) => s !== ''));
const names = nameIndexFor(DEMO_GAZETTEER);
const vocabulary = modelVocabulary();
const cases: { question: string; label: string; source: string }[] = [];
for (const c of loadRealWorldSet()) if (c.split === 'tune') cases.push({ question: c.question, label: c.label, source: c.source.replace(/ \*$/, '') });
if (only.size === 0) for (const c of loadQuestionSet(DEMO_GAZETTEER)) if (c.split === 'tune' && c.chain === undefined) cases.push({ question: c.question, label: c.intent, source: 'project' });
const count = { in: 0, inObject: 0, inRefused: 0, oos: 0, oosObject: 0, oosRefused: 0 };
for (const c of cases) {
  if (only.size > 0 && !only.has(c.source)) continue;
  if (c.label === 'change.refused' || c.label === 'help') continue;
  const a = resolveVagueRefs(analyse(c.question, { names, vocabulary, now: DEMO_NOW }), {});
  const oos = c.label === 'unknown';
  const hasObject = requestObject(a.stream) !== undefined;
  const topic = unreadRequestObject(a, false);
  if (oos) { count.oos += 1; if (hasObject) count.oosObject += 1; if (topic !== undefined) count.oosRefused += 1; }
  else { count.in += 1; if (hasObject) count.inObject += 1; if (topic !== undefined) count.inRefused += 1; }
  if (topic !== undefined && process.argv.includes('--list')) console.log(`${oos ? 'out ' : 'IN  '} [${topic}] ${c.question} [${c.source}]`);
}
const pct = (x: number, n: number): string => (n === 0 ? '—' : `${((100 * x) / n).toFixed(1)} %`);
console.log(`out of scope: ${count.oos}, worded as a request for an object ${count.oosObject}, taken by the check ${count.oosRefused} (${pct(count.oosRefused, count.oosObject)} of those, ${pct(count.oosRefused, count.oos)} of all)`);
console.log(`in scope: ${count.in}, worded as a request for an object ${count.inObject}, refused by the check ${count.inRefused} (${pct(count.inRefused, count.in)})`);
