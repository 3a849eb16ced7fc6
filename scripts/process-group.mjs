/* global process, setTimeout, clearTimeout */
// Children that stop with their parent: each is started in its own process group, and stopping
// signals the whole group (SIGTERM, then SIGKILL after a grace period), so a child's own children
// — `npx agentsplayground` runs the Playground server as a grandchild — stop too.
import { spawn } from 'node:child_process';

/** spawn() in a new process group (detached), so the group can be signalled as one. */
export function spawnGroup(command, args, options = {}) {
  return spawn(command, args, { ...options, detached: true });
}

function signalGroup(child, signal) {
  if (child.pid === undefined) return;
  try { process.kill(-child.pid, signal); } catch { /* the group is gone */ }
}

/** SIGTERM to each child's group; SIGKILL to groups still alive after `graceMs`. Resolves when all have exited. */
export async function stopGroups(children, graceMs = 5000) {
  const alive = children.filter((c) => c.pid !== undefined && c.exitCode === null && c.signalCode === null);
  for (const c of alive) signalGroup(c, 'SIGTERM');
  await Promise.all(alive.map((c) => new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(c, 'SIGKILL'), graceMs);
    c.once('exit', () => { clearTimeout(timer); signalGroup(c, 'SIGKILL'); resolve(); });
    if (c.exitCode !== null || c.signalCode !== null) { clearTimeout(timer); resolve(); }
  })));
}
