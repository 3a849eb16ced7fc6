/**
 * understanding: question → Intent (the deterministic parser) over the whole public question set
 * (test/understanding/questions, tune and held-out parts, with their conversation contexts) plus
 * the example questions of the help card. Target (performance.md): median < 0.5 ms, p99 < 5 ms.
 */
import { buildGazetteer, understand, type ConversationContext, type Gazetteer } from '../src/understanding';
import { INTENT_EXAMPLES, QUESTION_FAMILIES as INTENT_FAMILIES } from '../src/families/registry';
import { loadTenantModel } from '../src/demo/store';
import { DEMO_GAZETTEER, DEMO_NOW } from '../test/understanding/fixtures/demo-gazetteer';
import { loadQuestionSet } from '../test/understanding/question-set';
import { round, summarize } from './stats';
import type { BenchContext, Measurement } from './types';

interface Case { readonly question: string; readonly context: ConversationContext }

function questionCases(): Case[] {
  const set = loadQuestionSet(DEMO_GAZETTEER).map((c) => ({ question: c.question, context: c.context }));
  const examples = [...Object.values(INTENT_EXAMPLES), ...INTENT_FAMILIES.flatMap((f) => f.examples)]
    .filter((q): q is string => typeof q === 'string')
    .map((question) => ({ question, context: {} }));
  return [...set, ...examples];
}

/** Parses every case `rounds` times after one warm-up round; wall time per parse (and CPU time). */
function measure(cases: readonly Case[], gazetteer: Gazetteer, now: Date, rounds: number): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r <= rounds; r += 1) {
    for (const c of cases) {
      const c0 = process.cpuUsage();
      const t = process.hrtime.bigint();
      understand(c.question, c.context, { gazetteer, now });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      const used = process.cpuUsage(c0);
      if (r > 0) { wall.push(ms); cpu.push((used.user + used.system) / 1000); }
    }
  }
  return { wall, cpu };
}

function toMeasurement(id: string, what: string, cases: number, rounds: number, m: { wall: number[]; cpu: number[] }, notes: string): Measurement {
  const s = summarize(m.wall);
  const c = summarize(m.cpu);
  return {
    id, what, unit: 'ms',
    median: round(s.median), p95: round(s.p95), p99: round(s.p99), runs: s.runs,
    target: 'median < 0.5 ms, p99 < 5 ms',
    meets: s.median < 0.5 && s.p99 < 5,
    notes: `${notes}; CPU time per parse (immune to other processes): median ${round(c.median)} ms, p99 ${round(c.p99)} ms`,
    extra: { questions: cases, rounds, max: round(s.max), mean: round(s.mean), cpuMedian: round(c.median), cpuP99: round(c.p99) },
  };
}

export async function understandingSuite(ctx: BenchContext): Promise<Measurement[]> {
  const cases = questionCases();
  const rounds = ctx.quick ? 5 : 20;
  ctx.log(`understanding: ${cases.length} questions × ${rounds} rounds (demo gazetteer)`);
  const out = [toMeasurement('understanding', 'question → Intent, public question set + help examples, demo gazetteer', cases.length, rounds,
    measure(cases, DEMO_GAZETTEER, DEMO_NOW, rounds), 'wall time per parse, in-process, after a warm-up round')];
  // The same questions with the names of the large tenant (its users, groups, apps) to look up.
  const model = await loadTenantModel(ctx.large.dataDir);
  const gazetteer = buildGazetteer(model);
  const now = new Date(model.tenant.anchorTime);
  ctx.log(`understanding: again with the large tenant's gazetteer (${model.users.length} users)`);
  out.push(toMeasurement('understanding.largeGazetteer', `question → Intent, same questions, gazetteer of the large tenant (${ctx.large.users} users)`, cases.length, rounds,
    measure(cases, gazetteer, now, rounds), 'as above; name lookups over every user, group and app of the large tenant'));
  return out;
}
