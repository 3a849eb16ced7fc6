/**
 * `npm start` then SIGTERM left `serve` orphaned on its port: npm signals `sh -c`, the shell exits
 * without passing the signal on (reproduced with npm 11 and dash). A process started that way
 * notices its parent is gone and stops (src/cli/parent-watch.ts, used by `serve` under npm).
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function alive(pid: number): boolean {
  try { process.kill(pid, 0); } catch { return false; }
  try { return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
}

// node itself (with tsx's loader), not the tsx CLI, which would put a process of its own in between.
const NODE = `${JSON.stringify(process.execPath)} --import tsx`;
const WATCH = path.resolve(__dirname, '../../src/cli/parent-watch.ts');

describe('watchParent', () => {
  it('a node process under `sh -c` stops when the shell is killed, as npm does on SIGTERM', async () => {
    // The watch starts before the pid is printed: printed first, the test could kill the shell
    // before watchParent read its parent (seen once in CI under load), and node would watch init.
    const script = `const { watchParent } = require(${JSON.stringify(WATCH)}); const t = setInterval(() => {}, 1000); watchParent(() => { clearInterval(t); console.log('parent gone'); }, 100); console.log(process.pid);`;
    const shell = spawn('sh', ['-c', `${NODE} -e ${JSON.stringify(script)}; echo done`], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    let out = '';
    shell.stdout!.on('data', (b: Buffer) => { out += String(b); });
    for (let i = 0; i < 200 && !/^\d+\n/.test(out); i++) await new Promise((r) => setTimeout(r, 50));
    const node = Number(out.split('\n')[0]);
    expect(node).toBeGreaterThan(0);
    shell.kill('SIGTERM'); // the shell dies; node is not signalled
    for (let i = 0; i < 100 && alive(node); i++) await new Promise((r) => setTimeout(r, 50));
    const stopped = !alive(node);
    if (!stopped) process.kill(node, 'SIGKILL'); // never leave it behind
    expect(stopped).toBe(true);
  }, 30_000);

  it('a parent that dies while the process is still starting (before the watch begins) is noticed too', async () => {
    // The module is loaded (the parent recorded), the shell is killed, and only then does the
    // watch start: the old watch read its parent at that moment, found init, and never stopped.
    const script = `const { watchParent } = require(${JSON.stringify(WATCH)}); const t = setInterval(() => {}, 1000); console.log(process.pid); const wait = setInterval(() => { if (require('node:fs').existsSync(process.argv[1])) { clearInterval(wait); watchParent(() => { clearInterval(t); }, 100); } }, 50);`;
    const flag = path.join(tmpdir(), `parent-watch-${process.pid}-${Date.now()}`);
    const shell = spawn('sh', ['-c', `${NODE} -e ${JSON.stringify(script)} ${JSON.stringify(flag)}; echo done`], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    let out = '';
    shell.stdout!.on('data', (b: Buffer) => { out += String(b); });
    for (let i = 0; i < 200 && !/^\d+\n/.test(out); i++) await new Promise((r) => setTimeout(r, 50));
    const node = Number(out.split('\n')[0]);
    expect(node).toBeGreaterThan(0);
    shell.kill('SIGTERM');
    for (let i = 0; i < 100 && alive(Number(shell.pid)); i++) await new Promise((r) => setTimeout(r, 50));
    writeFileSync(flag, ''); // the shell is gone: now let the watch start
    try {
      for (let i = 0; i < 100 && alive(node); i++) await new Promise((r) => setTimeout(r, 50));
      const stopped = !alive(node);
      if (!stopped) process.kill(node, 'SIGKILL');
      expect(stopped).toBe(true);
    } finally {
      rmSync(flag, { force: true });
    }
  }, 30_000);
});
