/**
 * Cross-validation of the learnt open set (`src/understanding/classifier/product-question.ts`) on tune data only: the
 * real-world tune part's sources are dealt into K folds (a source's questions stay together, so a fold's FAQ is never
 * seen while training), the project's own tune questions too (by question). For each fold a model is trained on the
 * other folds and the fold is run through the whole parser with it. Prints, pooled over the folds, the real-world
 * figures with the gate off and with it at each threshold, and the project tune questions' in-scope refusals.
 * Run: npx tsx scripts/understanding-open-set-cv.ts [--l2=0.001] [--folds=5] [--hold=F-CONFAQ,F-PWPFAQ] [--words=0]
 *   [--domain=1] [--drop=oov,oovshare] [--list --at=0.8] [--misses]
 * (--hold: one extra fold made of exactly those sources, e.g. a new batch, reported on its own, never trained on in any
 * fold; --words=1 adds the question's stemmed words as features; --domain=1 trains only on questions within the gate;
 * --list / --misses print the pooled folds' in-scope questions refused and out-of-scope questions still answered.)
 */
import { createHash } from 'node:crypto';
import { productQuestionProbability } from '../src/understanding/classifier/product-question';
import { understand } from '../src/understanding';
import type { Intent } from '../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from '../test/understanding/fixtures/demo-gazetteer';
import { loadQuestionSet } from '../test/understanding/question-set';
import { familyOfLabel, loadRealWorldSet } from '../test/understanding/real-world/real-world-set';
import type { RealWorldCase } from '../test/understanding/real-world/real-world-set';
import { OPEN_SET_L2, OPEN_SET_THRESHOLD, OPEN_SET_WORDS, inScopeStems, openSetExamples, trainProductModel } from './open-set-data';

const arg = (name: string, fallback: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const L2 = Number(arg('l2', String(OPEN_SET_L2)));
const K = Number(arg('folds', '5'));
const HOLD = new Set(arg('hold', '').split(',').filter((s) => s !== ''));
const WORDS = arg('words', OPEN_SET_WORDS ? '1' : '0') === '1';
const DOMAIN_ONLY = arg('domain', '0') === '1';
/** Ablation: feature families left out (prefixes: f1, f2, oov, oovshare, len, p, self). */
const DROP = arg('drop', '').split(',').filter((x) => x !== '');
const THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

const bucket = (key: string): number => createHash('sha256').update(key).digest()[0]! % K;
const foldOf = (source: string, question: string): number => (HOLD.has(source) ? K : bucket(source === 'project' ? `q:${question}` : `s:${source}`));

const started = Date.now();
const stems = inScopeStems();
const examples = openSetExamples(stems);
const realWorld = loadRealWorldSet().filter((c) => c.split === 'tune');
const project = loadQuestionSet(DEMO_GAZETTEER).filter((c) => c.split === 'tune' && c.intent !== 'unknown' && c.intent !== 'help');
const options = { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW, openSet: null };
// The gate never takes what the change and raw-query recognisers took, nor the bot's help.
const BYPASS = new Set(['change.refused', 'kql.run', 'graph.get', 'help']);

interface Row { readonly c: RealWorldCase; readonly base: Intent; readonly p: number; readonly named: boolean; readonly fold: number }
const rows: Row[] = [];
const projectRows: { base: Intent; expected: string; p: number; named: boolean; fold: number }[] = [];
for (let fold = 0; fold <= K; fold += 1) {
  const held = (e: { source: string; question: string }): boolean => foldOf(e.source, e.question) === fold;
  const trainOn = examples.filter((e) => !held(e) && !HOLD.has(e.source) && (DOMAIN_ONLY ? e.within : true));
  const model = trainProductModel(trainOn, stems, { l2: L2, words: WORDS, drop: DROP });
  const exampleOf = new Map(examples.map((e) => [`${e.source}\t${e.question}`, e]));
  for (const c of realWorld) {
    const source = c.source.replace(/ \*$/, '');
    if (foldOf(source, c.question) !== fold) continue;
    const base = understand(c.question, {}, options);
    const e = exampleOf.get(`${source}\t${c.question}`);
    const a = e ?? { stream: [], flat: '', text: '' };
    rows.push({ c, base, p: e === undefined ? 0 : productQuestionProbability(a, model), named: e === undefined || !e.within, fold });
  }
  for (const c of project) {
    if (foldOf('project', c.question) !== fold || c.chain !== undefined) continue;
    const e = exampleOf.get(`project\t${c.question}`);
    if (e === undefined) continue;
    projectRows.push({ base: understand(c.question, {}, options), expected: c.intent, p: productQuestionProbability(e, model), named: !e.within, fold });
  }
}

const pct = (x: number, n: number): string => (n === 0 ? '—' : `${((100 * x) / n).toFixed(1)}%`);
const META = new Set(['unknown', 'change.refused', 'help']);
function report(title: string, rs: readonly Row[], prs: typeof projectRows): void {
  console.log(`\n${title}: ${rs.length} real-world tune questions, ${prs.length} project tune questions (l2 ${L2}, words ${WORDS ? 'on' : 'off'}${DROP.length > 0 ? `, without ${DROP.join(', ')}` : ''})`);
  console.log('threshold   oos→unknown   with data   changes   in-scope intent   family   in-scope refused   project in-scope refused');
  for (const t of [Infinity, ...THRESHOLDS]) {
    const got = (r: { base: Intent; p: number; named: boolean }): string => (BYPASS.has(r.base.name) || r.named || r.p < t ? r.base.name : 'unknown');
    const oos = rs.filter((r) => r.c.label === 'unknown');
    const ch = rs.filter((r) => r.c.label === 'change.refused');
    const ins = rs.filter((r) => !META.has(r.c.label));
    const pIns = prs.filter((r) => r.base.name === r.expected);
    console.log(
      (t === Infinity ? 'off' : String(t)).padEnd(10),
      `${pct(oos.filter((r) => got(r) === 'unknown').length, oos.length)} of ${oos.length}`.padStart(14),
      pct(oos.filter((r) => !META.has(got(r))).length, oos.length).padStart(10),
      pct(ch.filter((r) => got(r) === 'change.refused').length, ch.length).padStart(9),
      `${pct(ins.filter((r) => got(r) === r.c.label).length, ins.length)} of ${ins.length}`.padStart(17),
      pct(ins.filter((r) => familyOfLabel(got(r)) === familyOfLabel(r.c.label)).length, ins.length).padStart(8),
      pct(ins.filter((r) => got(r) === 'unknown').length, ins.length).padStart(18),
      `${prs.filter((r) => r.base.name === r.expected && got(r) === 'unknown').length} of ${pIns.length} right ones`.padStart(26),
    );
  }
}
report(`${K} folds by source, pooled`, rows.filter((r) => r.fold < K), projectRows);
// Each fold at the committed threshold: out of scope refused and in-scope refused (real-world; project tune questions).
console.log(`\nper fold at ${OPEN_SET_THRESHOLD}: fold  oos→unknown  in-scope refused  project in-scope refused`);
for (let fold = 0; fold < K; fold += 1) {
  const rs = rows.filter((r) => r.fold === fold);
  const prs = projectRows.filter((r) => r.fold === fold && r.base.name === r.expected);
  const got = (r: { base: Intent; p: number; named: boolean }): string => (BYPASS.has(r.base.name) || r.named || r.p < OPEN_SET_THRESHOLD ? r.base.name : 'unknown');
  const oos = rs.filter((r) => r.c.label === 'unknown');
  const ins = rs.filter((r) => !META.has(r.c.label));
  console.log(`  ${fold}  ${pct(oos.filter((r) => got(r) === 'unknown').length, oos.length)} of ${oos.length}  ${ins.filter((r) => got(r) === 'unknown').length} of ${ins.length}  ${prs.filter((r) => got(r) === 'unknown').length} of ${prs.length}`);
}
if (HOLD.size > 0) report(`held-out sources ${[...HOLD].join(', ')}`, rows.filter((r) => r.fold === K), []);
console.log(`\n${Date.now() - started} ms`);
if (process.argv.includes('--list')) {
  const t = Number(arg('at', '0.9'));
  for (const r of rows) if (!META.has(r.c.label) && !r.named && r.p >= t && !BYPASS.has(r.base.name)) console.log(`  refused ${r.p.toFixed(2)} [${r.c.source}] ${r.c.question}`);
  if (process.argv.includes('--misses')) {
    for (const r of rows) if (r.c.label === 'unknown' && !META.has(r.base.name) && (r.named || r.p < t)) console.log(`  miss ${r.named ? 'outside' : r.p.toFixed(2)} [${r.c.source}] ${r.c.question} → ${r.base.name}`);
  }
}
