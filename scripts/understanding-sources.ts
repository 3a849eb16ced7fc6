/**
 * The real-world tune part's figures for the questions of some sources only (a batch, or a fold held out while
 * deriving something): `npx tsx scripts/understanding-sources.ts F-CONFAQ,F-PWPFAQ [--failures] [--no-gate]` (--no-gate:
 * without the learnt open set of `classifier/product-question.ts`). The frozen split's
 * questions are never included, whatever their source.
 */
import { DEMO_GAZETTEER, DEMO_NOW } from '../test/understanding/fixtures/demo-gazetteer';
import { evaluateRealWorld, loadRealWorldSet } from '../test/understanding/real-world/real-world-set';

const [list = '', ...rest] = process.argv.slice(2);
const sources = new Set(list.split(',').map((s) => s.trim()).filter((s) => s !== ''));
const cases = loadRealWorldSet().filter((c) => c.split === 'tune' && sources.has(c.source.replace(/ \*$/, '')));
const f = evaluateRealWorld(cases, DEMO_GAZETTEER, DEMO_NOW, rest.includes('--no-gate') ? { openSet: null } : {});
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
console.log(`${cases.length} tune questions of ${[...sources].join(', ')}`);
console.log(`in-scope ${f.inScope}: intent ${pct(f.intentAccuracy)}, family ${pct(f.familyAccuracy)}, slots ${pct(f.slotAccuracy)}; out of scope → unknown ${pct(f.outOfScopeRefused)} of ${f.outOfScope} (answered with data ${pct(f.outOfScopeAnsweredWithData)}); changes → change.refused ${pct(f.changesRefused)} of ${f.changes}`);
if (rest.includes('--failures')) {
  for (const r of f.results) {
    if (r.intentOk && r.wrongSlots.length === 0) continue;
    console.log(`  ${r.case.where} "${r.case.question}" → ${r.got.name}${r.intentOk ? '' : ` (expected ${r.case.label})`}${r.wrongSlots.length ? `; ${r.wrongSlots.join('; ')}` : ''}`);
  }
}
