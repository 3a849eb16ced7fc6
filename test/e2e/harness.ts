/**
 * What the browser tests share: Debian's chromium through playwright-core, the Microsoft 365
 * Agents Playground as a child process, free ports, an offline page, screenshots, and stopping
 * everything that was started (also when a test fails or the worker exits).
 */

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where screenshots go (git-ignored with the rest of test-results/). */
export const ARTIFACTS = path.resolve(process.cwd(), 'test-results', 'e2e');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** A folder under ARTIFACTS, created. */
export function artifactDir(name: string): string {
  const dir = path.join(ARTIFACTS, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Relative to the project, for failure messages. */
export function shown(file: string): string {
  return path.relative(process.cwd(), file);
}

export async function launchBrowser(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 120_000 });
  } catch (err) {
    throw new Error(`could not start chromium at ${CHROMIUM_PATH} (run \`node scripts/ensure-chromium.mjs\`, or set CHROMIUM_PATH): ${(err as Error).message}`);
  }
}

/**
 * A page that never leaves this machine: requests to anything but 127.0.0.1/localhost are
 * aborted (the Playground asks a CDN for Segoe UI web fonts; the system fonts are used instead).
 */
export async function offlinePage(context: BrowserContext): Promise<Page> {
  await context.route(/^(?!(https?|wss?):\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:|about:)/, (route) => route.abort());
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return page;
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const started = new Set<ChildProcess>();

/** Kills a child's whole process group (it was spawned detached, so it leads one). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, signal); } catch { /* already gone */ }
}

// If the worker exits without the tests' afterAll (a crash, a timeout), leave nothing behind.
process.once('exit', () => { for (const c of started) killGroup(c, 'SIGKILL'); });

/** Stops a child started here: SIGTERM to its process group, SIGKILL after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child, 'SIGTERM');
    const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
    if (!done) {
      killGroup(child, 'SIGKILL');
      await Promise.race([exited, sleep(graceMs)]);
    }
  }
  started.delete(child);
}

export interface Playground {
  /** http://127.0.0.1:<port>/ */
  readonly url: string;
  readonly port: number;
  readonly process: ChildProcess;
  /** Everything it printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

const PLAYGROUND_CLI = path.resolve(process.cwd(), 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');

/**
 * Starts the Agents Playground (`agentsplayground` of the `@microsoft/m365agentsplayground`
 * devDependency) pointed at `botEndpoint`, on a free port, telemetry off, no browser of its own.
 * It listens on all interfaces; we talk to it on 127.0.0.1. Resolves when it answers HTTP.
 */
export async function startPlayground(botEndpoint: string, timeoutMs = 120_000): Promise<Playground> {
  const wanted = await freePort();
  const child = spawn(process.execPath, [PLAYGROUND_CLI, '-p', String(wanted), '-e', botEndpoint, '-c', 'msteams', '--disable-telemetry'], {
    env: { ...process.env, BOT_ENDPOINT: botEndpoint, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  started.add(child);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  const stop = () => stopChild(child);
  const deadline = Date.now() + timeoutMs;
  let port: number | undefined;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the Agents Playground exited with code ${child.exitCode} before it listened:\n${out}`);
    }
    // "fallback to random if occupied": take the port it says it listens on.
    const m = /Listening on (\d+)/.exec(out);
    if (m) port = Number(m[1]);
    if (port !== undefined && (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false))) {
      const p = port;
      return { url: `http://127.0.0.1:${p}/`, port: p, process: child, output: () => out, stop };
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`the Agents Playground did not answer on 127.0.0.1 within ${timeoutMs / 1000} s:\n${out}`);
}

/** A readable failure: what was asked, each problem, what the page showed, and the screenshot. */
export class SeenError extends Error {
  constructor(what: string, problems: readonly string[], seen: string, screenshot: string) {
    super(`${what}\n${problems.map((p) => `  - ${p}`).join('\n')}\n  seen: ${seen.replace(/\s+/g, ' ').slice(0, 1500)}\n  screenshot: ${shown(screenshot)}`);
    this.name = 'SeenError';
  }
}
