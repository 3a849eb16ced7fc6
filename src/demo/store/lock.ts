import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';

const LOCK_FILE = '.generating.lock';
const POLL_MS = 250;
/** Locks this process holds, by lock file: callers in the same process queue on the promise. */
const held = new Map<string, Promise<void>>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `work` while holding the data folder's generation lock, so that two processes (say
 * `entra-ask serve` and `entra-ask ask` on first use) never write one folder at the same time.
 * A lock left by a dead process is taken over. Waits as long as the holder is alive.
 */
export async function withDataDirLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  while (held.has(file)) await held.get(file);
  let release: () => void = () => undefined;
  held.set(file, new Promise<void>((resolve) => { release = resolve; }));
  let acquired = false;
  try {
    for (;;) {
      try {
        const handle = await open(file, 'wx');
        await handle.writeFile(String(process.pid));
        await handle.close();
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
        const valid = Number.isInteger(holder) && holder > 0;
        // An empty lock file is one being written right now, unless it is old.
        const fresh = !valid && Date.now() - ((await stat(file).catch(() => null))?.mtimeMs ?? 0) < 10_000;
        if (fresh || (valid && holder !== process.pid && alive(holder))) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        } else {
          // Left by a dead process (or by an earlier process with this pid): take it over.
          await rm(file, { force: true });
        }
      }
    }
    acquired = true;
    return await work();
  } finally {
    if (acquired) await rm(file, { force: true });
    held.delete(file);
    release();
  }
}
