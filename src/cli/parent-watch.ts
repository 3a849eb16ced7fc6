/**
 * `npm start` runs `sh -c "node bin/entra-ask.js serve"`; on SIGTERM npm signals the shell, the
 * shell exits and node is left orphaned, still listening on its port (seen with npm 11 and dash).
 * Under npm (`npm_lifecycle_event` set), `serve` watches its parent and stops when it is gone.
 */

/** Calls `onGone` once when this process's parent changes (it exited); returns a stop function. */
export function watchParent(onGone: () => void, intervalMs = 1000): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onGone();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
