/**
 * The served bot as a child process: `node bin/entra-ask.js serve` (the built command, as a user
 * runs it) on 127.0.0.1, so its memory is measured alone and its start-up from nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { askOnce, QUESTION_MIX, type MixQuestion } from './load-driver';

export const ROOT = path.resolve(__dirname, '..');

/** A free loopback port (the kernel's choice), for a child whose port must be known in advance. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface ServedBot {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly origin: string;
  readonly url: string;
  /** The child's stderr so far (progress and `answered …` lines). */
  readonly logs: string[];
  stop(): Promise<void>;
}

/** Children still running: killed if the harness itself exits first (an error, Ctrl-C). */
const live = new Set<ChildProcess>();
process.once('exit', () => { for (const c of live) c.kill('SIGKILL'); });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => { for (const c of live) c.kill('SIGKILL'); process.exit(130); });
}

/** Node flags for the child, e.g. `BENCH_NODE_FLAGS=--cpu-prof` to profile the served bot. */
function nodeFlags(): string[] {
  return (process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
}

/** Spawns `entra-ask serve` on `port` over `dataDir`; resolves once the process exists (not ready). */
export function spawnServe(dataDir: string, port: number, extraEnv: Record<string, string> = {}): ServedBot {
  const logs: string[] = [];
  const child = spawn(process.execPath, [...nodeFlags(), path.join(ROOT, 'bin', 'entra-ask.js'), 'serve', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, ENTRA_ASK_DATA: dataDir, HOST: '127.0.0.1', BOT_ID: '', ALLOWED_TENANTS: '', ...extraEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  let partial = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    partial += chunk;
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    logs.push(...lines);
    if (logs.length > 20_000) logs.splice(0, logs.length - 10_000);
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child, pid: child.pid ?? -1, origin, url: `${origin}/api/messages`, logs,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

/** Polls `/healthz` until it answers 200; rejects when the child exits or `timeoutMs` passes. */
export async function waitHealthy(bot: ServedBot, timeoutMs: number, intervalMs = 10): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (bot.child.exitCode !== null) throw new Error(`entra-ask serve exited (${bot.child.exitCode}): ${bot.logs.slice(-5).join(' | ')}`);
    try {
      const res = await fetch(`${bot.origin}/healthz`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`entra-ask serve was not healthy within ${timeoutMs} ms: ${bot.logs.slice(-5).join(' | ')}`);
}

/**
 * Asks every question of the mix until it answers well (the first sign-in and KQL questions wait
 * for their stores to be built): the served bot is then warm. Returns how long that took.
 */
export async function warmUp(bot: ServedBot, timeoutMs: number, log: (l: string) => void, mix: readonly MixQuestion[] = QUESTION_MIX): Promise<number> {
  const t0 = performance.now();
  const deadline = t0 + timeoutMs;
  for (const q of mix) {
    for (let attempt = 1; ; attempt += 1) {
      const r = await askOnce(bot.url, q, 'a:bench-warm-up', Math.max(1000, deadline - performance.now()));
      if (!r.error) break;
      if (performance.now() > deadline) throw new Error(`warm-up: "${q.text}" still fails after ${attempt} attempts: ${r.error}`);
      if (attempt === 1 || attempt % 10 === 0) log(`  warm-up: "${q.text}" → ${r.error}; trying again`);
      await new Promise((res) => setTimeout(res, 2000));
    }
  }
  return performance.now() - t0;
}

/** Resident set size and its peak, MB, of a process (Linux /proc; `ps` elsewhere). */
export function processMemoryMB(pid: number): { rss: number; peak?: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    const out = execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
    return { rss: Number(out.trim()) / 1024 };
  }
}

/** CPU time (user + system, ms) a process has used so far (Linux /proc; undefined elsewhere). */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12] = utime, stime (fields 14 and 15 of proc(5)), in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Builds `dist/` (the `entra-ask` command runs from it) once per harness run. */
let built = false;
export function ensureBuilt(log: (l: string) => void): void {
  if (built || process.env.BENCH_NO_BUILD === '1') return;
  log('building dist/ (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  built = true;
}

/** One warm served bot per data folder, shared by the e2e, memory and throughput suites of a run. */
const warm = new Map<string, Promise<ServedBot & { warmUpMs: number; readyMs: number }>>();

export function warmServedBot(dataDir: string, log: (l: string) => void, mix: readonly MixQuestion[] = QUESTION_MIX, extraEnv: Record<string, string> = {}): Promise<ServedBot & { warmUpMs: number; readyMs: number }> {
  // One warm bot per data folder and environment (the realistic-Graph bot is another process).
  const key = JSON.stringify([dataDir, extraEnv]);
  let bot = warm.get(key);
  if (!bot) {
    bot = (async () => {
      ensureBuilt(log);
      const t0 = performance.now();
      const served = spawnServe(dataDir, await freePort(), extraEnv);
      log(`served bot: pid ${served.pid} on ${served.origin} over ${dataDir}`);
      try {
        await waitHealthy(served, 30 * 60_000, 50);
        const readyMs = performance.now() - t0;
        log(`served bot: healthy after ${Math.round(readyMs)} ms; warming up (every question of the mix until it answers)…`);
        const warmUpMs = await warmUp(served, 60 * 60_000, log, mix);
        log(`served bot: warm after ${Math.round(warmUpMs)} ms more`);
        return Object.assign(served, { warmUpMs, readyMs });
      } catch (err) {
        await served.stop();
        throw err;
      }
    })();
    warm.set(key, bot);
    bot.catch(() => warm.delete(key));
  }
  return bot;
}

export async function stopServedBots(): Promise<void> {
  const bots = [...warm.values()];
  warm.clear();
  await Promise.all(bots.map((b) => b.then((x) => x.stop(), () => undefined)));
}
