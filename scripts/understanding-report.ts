/**
 * Measures the understanding stage on the question set of test/understanding/questions:
 * per-intent accuracy, slot accuracy, confusions and parse time, on the held-out part (and the
 * tune part with --tune, --all for both; --failures lists the misses of the part shown).
 * Then the real-world set's figures: its frozen first-seen test third next to its tune part
 * (--real-failures lists the tune part's misses; the test part's are never listed).
 * Run: npx tsx scripts/understanding-report.ts [--tune|--all] [--failures] [--real-failures]
 */
import { understand } from '../src/understanding';
import { evaluate } from '../test/understanding/evaluate';
import { DEMO_GAZETTEER, DEMO_NOW } from '../test/understanding/fixtures/demo-gazetteer';
import { loadQuestionSet } from '../test/understanding/question-set';
import { evaluateRealWorld, loadRealWorldSet } from '../test/understanding/real-world/real-world-set';

const args = new Set(process.argv.slice(2));
const part = args.has('--all') ? 'all' : args.has('--tune') ? 'tune' : 'heldout';
const all = loadQuestionSet(DEMO_GAZETTEER);
const cases = all.filter((c) => part === 'all' || c.split === part);
const e = evaluate(cases, DEMO_GAZETTEER, DEMO_NOW);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
console.log(`Question set: ${all.length} questions (${all.filter((c) => c.split === 'tune').length} tune, ${all.filter((c) => c.split === 'heldout').length} held out). Showing: ${part} (${cases.length}).\n`);
console.log('intent'.padEnd(34), 'right/total', 'accuracy');
for (const [intent, { right, total }] of [...e.perIntent.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  console.log(intent.padEnd(34), `${right}/${total}`.padStart(11), pct(right / total).padStart(8));
}
console.log(`\nintent accuracy: ${pct(e.intentAccuracy)}   slot accuracy: ${pct(e.slotAccuracy)}   questions with all slots right: ${pct(e.slotExactRate)}`);
console.log('\nconfusions (expected → got):');
for (const [k, n] of [...e.confusions.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${n}× ${k}`);
if (args.has('--failures')) {
  console.log('\nfailures:');
  for (const r of e.results) {
    if (r.intentOk && r.wrongSlots.length === 0) continue;
    console.log(`  ${r.case.where} "${r.case.question}" → ${r.got.name}${r.intentOk ? '' : ` (expected ${r.case.intent})`}${r.wrongSlots.length ? `; ${r.wrongSlots.join('; ')}` : ''}`);
  }
}

// The real-world set (issue 16): questions written outside the project, with a frozen test
// third never tuned on. --real-failures lists the misses of the tune part only.
const realWorld = loadRealWorldSet();
console.log(`\nReal-world questions (test/understanding/real-world): ${realWorld.length} (${realWorld.filter((c) => c.split === 'test').length} frozen first-seen test, ${realWorld.filter((c) => c.split === 'tune').length} tune).`);
console.log('part'.padEnd(22), 'in-scope  intent  family   slots   out-of-scope→unknown  (answered with data)  changes→change.refused');
for (const split of ['test', 'tune'] as const) {
  const f = evaluateRealWorld(realWorld.filter((c) => c.split === split), DEMO_GAZETTEER, DEMO_NOW);
  console.log(
    (split === 'test' ? 'first-seen (frozen)' : 'tune').padEnd(22), String(f.inScope).padStart(8), pct(f.intentAccuracy).padStart(7), pct(f.familyAccuracy).padStart(7),
    pct(f.slotAccuracy).padStart(7), `${pct(f.outOfScopeRefused)} of ${f.outOfScope}`.padStart(21), pct(f.outOfScopeAnsweredWithData).padStart(20), `${pct(f.changesRefused)} of ${f.changes}`.padStart(23),
  );
  console.log(''.padEnd(22), `  of which ${f.builtInScope} ask an intent that is built: intent ${pct(f.builtIntentAccuracy)}`);
  if (split === 'tune' && args.has('--real-failures')) {
    for (const r of f.results) {
      if (r.intentOk && r.wrongSlots.length === 0) continue;
      console.log(`  ${r.case.where} "${r.case.question}" → ${r.got.name}${r.intentOk ? '' : ` (expected ${r.case.label})`}${r.wrongSlots.length ? `; ${r.wrongSlots.join('; ')}` : ''}`);
    }
  }
}

// parse time: every question of the whole set, 20 rounds after a warm-up round. Wall time
// suffers from other processes on a shared machine; CPU time (process.cpuUsage) does not.
const wall: number[] = [];
const cpu: number[] = [];
for (let round = 0; round < 21; round += 1) {
  for (const c of all) {
    const c0 = process.cpuUsage();
    const t = process.hrtime.bigint();
    understand(c.question, c.context, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const used = process.cpuUsage(c0);
    if (round > 0) { wall.push(ms); cpu.push((used.user + used.system) / 1000); }
  }
}
const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): string => s[Math.min(s.length - 1, Math.floor(p * s.length))]!.toFixed(3);
  return `median ${q(0.5)} ms, p90 ${q(0.9)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms`;
};
console.log(`\nparse time over ${wall.length} parses (${all.length} questions × 20):`);
console.log(`  wall: ${stats(wall)}`);
console.log(`  cpu:  ${stats(cpu)}`);
