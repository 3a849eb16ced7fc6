import { servedCorpusQueries } from './kql-corpus-queries';
import { compileKql } from '../src/kql/compile/compile-kql';
import { DEFAULT_SCHEMA } from '../src/kql/language/analyze';
const qs = servedCorpusQueries();
const opts = { schema: DEFAULT_SCHEMA, anchorTime: '2026-11-22T07:39:43Z' };
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const p95 = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length * 0.95)]!; };
for (let r = 0; r < 2; r++) for (const q of qs) compileKql(q.text, opts);
const wall: number[] = []; const cpu: number[] = [];
for (const q of qs) {
  const ws: number[] = []; const cs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage(); const t = performance.now(); compileKql(q.text, opts); ws.push(performance.now() - t); const c = process.cpuUsage(c0); cs.push((c.user + c.system) / 1e3);
  }
  wall.push(med(ws)); cpu.push(med(cs));
}
console.log(`queries ${qs.length}; wall median ${med(wall).toFixed(1)} p95 ${p95(wall).toFixed(1)}; cpu median ${med(cpu).toFixed(1)} p95 ${p95(cpu).toFixed(1)}`);
