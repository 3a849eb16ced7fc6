/**
 * Cold start and scale of the understanding stage: first-question time, and name-index build and
 * parse times with a large tenant (10,000 users, 2,000 groups, 1,000 apps).
 * Run: npx tsx scripts/understanding-scale.ts
 */
import { performance } from 'node:perf_hooks';
import type { Gazetteer } from '../src/understanding';
import { createNameIndex, understand } from '../src/understanding';
import { DEMO_GAZETTEER, DEMO_NOW } from '../test/understanding/fixtures/demo-gazetteer';

const t0 = performance.now();
understand('who owns the Finance Department group?', {}, { gazetteer: DEMO_GAZETTEER, now: DEMO_NOW });
console.log(`first question (model, vocabulary, word list, demo name index): ${(performance.now() - t0).toFixed(1)} ms`);

const FIRST = ['Ada', 'Bjorn', 'Chen', 'Dalia', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kemal', 'Lena', 'Mats', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tara'];
const LAST = ['Abbott', 'Brandt', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Gallo', 'Hoang', 'Ibarra', 'Jansen', 'Kovacs', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quist', 'Rossi', 'Sato', 'Tanaka'];
const large: Gazetteer = {
  ...DEMO_GAZETTEER,
  users: [...DEMO_GAZETTEER.users, ...Array.from({ length: 10_000 }, (_, i) => {
    const given = FIRST[i % 20]!;
    const surname = `${LAST[Math.floor(i / 20) % 20]!}${Math.floor(i / 400) || ''}`;
    return { displayName: `${given} ${surname}`, upn: `${given}.${surname}.${i}@woodgrovebank.com`.toLowerCase(), givenName: given, surname };
  })],
  groups: [...DEMO_GAZETTEER.groups, ...Array.from({ length: 2_000 }, (_, i) => `Project ${LAST[i % 20]} Team ${i}`)],
  apps: [...DEMO_GAZETTEER.apps, ...Array.from({ length: 1_000 }, (_, i) => `Line of business app ${i}`)],
};
const t1 = performance.now();
createNameIndex(large);
console.log(`name index for ${large.users.length} users, ${large.groups.length} groups, ${large.apps.length} apps: ${(performance.now() - t1).toFixed(0)} ms (once per gazetteer)`);

const questions = ['who ownz finanse department', 'sign-ins for karita for the past 48 hours', 'which groups is Priya in',
  'failed sign-ins for ada abbott this week', 'who is in Project Rossi Team 42', 'what roles does Sven Sato have', 'show risky users'];
const times: number[] = [];
for (let round = 0; round < 50; round += 1) {
  for (const q of questions) {
    const t = performance.now();
    understand(q, {}, { gazetteer: large, now: DEMO_NOW });
    if (round > 0) times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
console.log(`parse with the large tenant: median ${times[Math.floor(times.length / 2)]!.toFixed(3)} ms, p99 ${times[Math.floor(times.length * 0.99)]!.toFixed(3)} ms`);
console.log(JSON.stringify(understand('which groups is Priya in', {}, { gazetteer: large, now: DEMO_NOW })).slice(0, 300));
