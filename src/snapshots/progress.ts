/**
 * Export progress on stderr: a redrawn bar on a terminal, plain lines otherwise, nothing when
 * quiet (`--json`). Counts tables, rows and HTTP requests, with the request rate.
 */
export interface ProgressSink {
  /** A step started (e.g. "reading groups and memberships"). */
  step(text: string): void;
  /** A table finished: its rows, or `skipped` when an earlier run already wrote it. */
  table(name: string, rows: number, status: 'written' | 'skipped'): void;
  /** An HTTP request was made (called for every attempt). */
  request(): void;
  /** Clears the bar before the summary. */
  done(): void;
}

export interface ProgressOptions {
  readonly write: (text: string) => void;
  readonly tty: boolean;
  readonly quiet: boolean;
  readonly tables: number;
  readonly now?: () => number;
}

const WIDTH = 24;

export function createProgress(o: ProgressOptions): ProgressSink {
  const now = o.now ?? (() => performance.now());
  const started = now();
  let requests = 0;
  let rows = 0;
  let tablesDone = 0;
  let current = '';
  let lastDraw = 0;
  const rate = (): string => {
    const s = (now() - started) / 1000;
    return s > 0 ? `${(requests / s).toFixed(1)} req/s` : '';
  };
  const draw = (force = false): void => {
    if (o.quiet || !o.tty) return;
    const t = now();
    if (!force && t - lastDraw < 100) return;
    lastDraw = t;
    const filled = Math.round((tablesDone / o.tables) * WIDTH);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]`;
    o.write(`\r\x1b[2K${bar} ${tablesDone}/${o.tables} tables · ${rows.toLocaleString('en-US')} rows · ${requests} requests · ${rate()} · ${current}`);
  };
  const line = (text: string): void => {
    if (o.quiet) return;
    if (o.tty) o.write('\r\x1b[2K');
    o.write(`${text}\n`);
    draw(true);
  };
  return {
    step(text) {
      current = text;
      if (!o.tty) line(`${text}…`);
      else draw(true);
    },
    table(name, n, status) {
      tablesDone += 1;
      rows += status === 'written' ? n : 0;
      line(status === 'written'
        ? `${name}: ${n.toLocaleString('en-US')} rows (${tablesDone}/${o.tables} tables, ${requests} requests so far, ${rate()})`
        : `${name}: already exported for this date, kept (${tablesDone}/${o.tables} tables)`);
    },
    request() {
      requests += 1;
      draw();
    },
    done() {
      if (!o.quiet && o.tty) o.write('\r\x1b[2K');
    },
  };
}

/** A sink that says nothing (benchmarks, library use). */
export const SILENT_PROGRESS: ProgressSink = { step: () => {}, table: () => {}, request: () => {}, done: () => {} };
