/**
 * `npm start` runs `sh -c "node bin/entra-ask.js serve"`; on SIGTERM npm signals the shell, the
 * shell exits and node is left orphaned, still listening on its port (seen with npm 11 and dash).
 * Under npm (`npm_lifecycle_event` set), `serve` watches its parent and stops when it is gone.
 *
 * The parent is read when this module loads (the command line imports it statically, before the
 * bot's start-up of several seconds): read when the watch starts, a parent that died during
 * start-up would already have been replaced by init, and the watch would wait for init forever.
 * Comparing against the parent at load, and not testing for init, keeps a container's
 * `CMD npm start` working, where npm is pid 1 and node's parent is pid 1 from the start.
 */

/** This process's parent when the command line started. */
export const PARENT_AT_START = process.ppid;

/**
 * Calls `onGone` once when this process's parent is no longer `parent` (it exited, before or
 * after the watch started); returns a stop function.
 */
export function watchParent(onGone: () => void, intervalMs = 1000, parent = PARENT_AT_START): () => void {
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onGone();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
