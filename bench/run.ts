/**
 * `npm run bench [-- options]`: generates (or reuses) the small and large demo tenants, runs the
 * suites of bench/suites.ts, writes bench/results/latest.json (plus a timestamped copy under
 * bench/results/runs/) and prints a table. See BENCHMARKS.md.
 *
 *   --quick                 a smaller stand-in for the large tenant (2,000 users, 5 days), fewer runs
 *   --only <id,…>           run only these suites (their results replace those ids in latest.json)
 *   --write-md              afterwards, regenerate the figures section of BENCHMARKS.md from latest.json
 *   --md-only               only regenerate BENCHMARKS.md's figures from latest.json; run nothing
 *   --small-dir, --large-dir <dir>    data folders (env BENCH_SMALL_DIR, BENCH_LARGE_DIR)
 *   --large-users, --large-days <n>   size of the large tenant (env BENCH_LARGE_USERS, BENCH_LARGE_DAYS)
 *   --list                  list the suite ids
 *
 * Env BENCH_NODE_FLAGS (e.g. `--cpu-prof --cpu-prof-dir=.data/prof`) is passed to the served bot's
 * Node process; BENCH_NO_BUILD=1 skips `npm run build`.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DEMO_OPTIONS } from '../src/demo/store';
import { machineInfo, type MachineInfo } from './machine';
import { writeBenchmarksMarkdown } from './markdown';
import { ROOT, stopServedBots } from './served';
import { SUITES } from './suites';
import { ensureTenant } from './tenants';
import type { BenchContext, BenchTenant, Measurement } from './types';

export interface RecordedMeasurement extends Measurement {
  /** Suite id of bench/suites.ts. */
  readonly suite: string;
  /** When it was measured (ISO). */
  readonly at: string;
  readonly quick: boolean;
  /**
   * `uptime`'s 1, 5 and 15-minute load averages when its suite started and ended (the machine is
   * shared: every figure carries the load it was taken under). Absent on figures recorded before.
   */
  readonly load?: { readonly start: readonly number[]; readonly end: readonly number[] };
  /** The tenants of the run that measured it (older figures kept in latest.json may differ from this run's). */
  readonly tenants?: { readonly small: BenchTenant; readonly large: BenchTenant };
}

export interface ResultsFile {
  readonly generatedAt: string;
  readonly machine: MachineInfo;
  readonly tenants: { readonly small: BenchTenant; readonly large: BenchTenant };
  readonly command: string;
  readonly measurements: readonly RecordedMeasurement[];
}

export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');
export const LATEST = path.join(RESULTS_DIR, 'latest.json');

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

function positive(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return n;
}

function fmt(x: number | undefined): string {
  if (x === undefined || x === null || Number.isNaN(x)) return '—';
  return Math.abs(x) >= 100 ? String(Math.round(x)) : String(x);
}

export function table(ms: readonly Measurement[]): string {
  const rows = [['id', 'median', 'p95', 'p99', 'unit', 'runs', 'target', 'meets']];
  for (const m of ms) rows.push([m.id, fmt(m.median), fmt(m.p95), fmt(m.p99), m.unit, String(m.runs), m.target ?? '', m.meets === undefined ? '' : m.meets ? 'yes' : 'NO']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i >= 1 && i <= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      'write-md': { type: 'boolean', default: false },
      'md-only': { type: 'boolean', default: false },
      'small-dir': { type: 'string' },
      'large-dir': { type: 'string' },
      'large-users': { type: 'string' },
      'large-days': { type: 'string' },
      list: { type: 'boolean', default: false },
    },
  });
  if (values.list) {
    for (const s of SUITES) process.stdout.write(`${s.id}\n`);
    return 0;
  }
  if (values['md-only']) {
    writeBenchmarksMarkdown(JSON.parse(readFileSync(LATEST, 'utf8')) as ResultsFile);
    log('BENCHMARKS.md figures regenerated from bench/results/latest.json');
    return 0;
  }
  const quick = values.quick ?? false;
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only?.filter((id) => !SUITES.some((s) => s.id === id)) ?? [];
  if (unknown.length) throw new Error(`unknown suite(s) ${unknown.join(', ')}; known: ${SUITES.map((s) => s.id).join(', ')}`);
  const suites = SUITES.filter((s) => !only || only.includes(s.id));

  const smallSpec = {
    dataDir: values['small-dir'] ?? process.env.BENCH_SMALL_DIR ?? path.join(ROOT, '.data', 'bench-small'),
    users: DEFAULT_DEMO_OPTIONS.users, days: DEFAULT_DEMO_OPTIONS.days,
  };
  const largeSpec = {
    dataDir: values['large-dir'] ?? process.env.BENCH_LARGE_DIR ?? path.join(ROOT, '.data', quick ? 'bench-quick' : 'bench-large'),
    users: positive(values['large-users'] ?? process.env.BENCH_LARGE_USERS, 'large users') ?? (quick ? 2000 : 10_000),
    days: positive(values['large-days'] ?? process.env.BENCH_LARGE_DAYS, 'large days') ?? (quick ? 5 : 30),
  };
  const machineAtStart = machineInfo();
  log(`machine: ${machineAtStart.cores} cores (${machineAtStart.cpuModel}), ${machineAtStart.memoryGB} GB, Node ${machineAtStart.node}, load ${machineAtStart.loadAverage.join(' ')}`);
  const small = await ensureTenant(smallSpec, log);
  const large = await ensureTenant(largeSpec, log);
  const ctx: BenchContext = { small, large, quick, log };

  const measured: RecordedMeasurement[] = [];
  try {
    for (const suite of suites) {
      log(`── ${suite.id}`);
      const at = new Date().toISOString();
      const loadStart = machineInfo().loadAverage;
      log(`   load average at start: ${loadStart.join(' ')}`);
      try {
        const ms = await suite.run(ctx);
        const load = { start: loadStart, end: machineInfo().loadAverage };
        log(`   load average at end: ${load.end.join(' ')}`);
        for (const m of ms) measured.push({ ...m, suite: suite.id, at, quick, load, tenants: { small, large } });
        process.stderr.write(`${table(ms)}\n`);
      } catch (err) {
        log(`suite ${suite.id} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        measured.push({ id: suite.id, what: `suite ${suite.id}`, unit: '', median: Number.NaN, runs: 0, meets: false, notes: `failed: ${(err as Error).message}`, suite: suite.id, at, quick });
      }
    }
  } finally {
    await stopServedBots();
  }

  const end = machineInfo();
  const machine = { ...machineAtStart, loadAverage: [...machineAtStart.loadAverage, ...end.loadAverage.slice(0, 1)] };
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  const thisRun: ResultsFile = { generatedAt: new Date().toISOString(), machine, tenants: { small, large }, command, measurements: measured };
  mkdirSync(path.join(RESULTS_DIR, 'runs'), { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, 'runs', `${thisRun.generatedAt.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(thisRun, null, 2)}\n`);
  // latest.json: this run's measurements replace those of the same suites; others are kept.
  const previous = existsSync(LATEST) ? (JSON.parse(readFileSync(LATEST, 'utf8')) as ResultsFile) : undefined;
  const ran = new Set(suites.map((s) => s.id));
  const kept = (previous?.measurements ?? []).filter((m) => !ran.has(m.suite));
  const order = (m: RecordedMeasurement) => SUITES.findIndex((s) => s.id === m.suite);
  const latest: ResultsFile = { ...thisRun, measurements: [...kept, ...measured].sort((a, b) => order(a) - order(b)) };
  writeFileSync(LATEST, `${JSON.stringify(latest, null, 2)}\n`);
  process.stdout.write(`\n${table(measured)}\n\nresults: ${path.relative(process.cwd(), LATEST)}\n`);
  if (values['write-md']) {
    writeBenchmarksMarkdown(latest);
    log('BENCHMARKS.md figures regenerated');
  }
  return measured.some((m) => Number.isNaN(m.median)) ? 1 : 0;
}

if (require.main === module) {
  main().then((code) => { process.exitCode = code; }, (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
}
