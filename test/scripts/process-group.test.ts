/**
 * `npm run playground` stops every process it started (issue 20: after SIGINT the Playground server,
 * a grandchild under npx, kept listening on all interfaces). scripts/process-group.mjs starts each
 * child in its own process group and stops the group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types
import { spawnGroup, stopGroups } from '../../scripts/process-group.mjs';

/** Running (a killed process whose parent is gone may linger as a zombie until init reaps it). */
function alive(pid: number): boolean {
  try { process.kill(pid, 0); } catch { return false; }
  try { return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
}

/** A child shell whose own child (the "server") sleeps; resolves with both. */
async function withGrandchild(start: (cmd: string, args: string[], o: object) => ChildProcess): Promise<{ child: ChildProcess; grandchild: number }> {
  const child = start('sh', ['-c', 'sleep 300 & echo $!; wait'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const grandchild = await new Promise<number>((resolve) => child.stdout!.once('data', (b: Buffer) => resolve(Number(String(b).trim()))));
  return { child, grandchild };
}

describe('process groups for the playground script', () => {
  it('a plain kill of the child leaves its own child running (the defect)', async () => {
    const { child, grandchild } = await withGrandchild((c, a, o) => spawn(c, a, { ...o, detached: true }));
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    expect(alive(grandchild)).toBe(true);
    process.kill(-child.pid!, 'SIGKILL'); // clean up what the plain kill left
  });

  it('stopGroups stops the child and its children, and waits for them', async () => {
    const { child, grandchild } = await withGrandchild((c, a, o) => spawnGroup(c, a, o) as ChildProcess);
    const started = Date.now();
    await stopGroups([child], 5000);
    expect(child.exitCode !== null || child.signalCode !== null).toBe(true);
    for (let i = 0; i < 20 && alive(grandchild); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(grandchild)).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000); // SIGTERM was enough: no SIGKILL wait
  });
});
