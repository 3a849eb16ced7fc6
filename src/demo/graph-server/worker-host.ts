/**
 * The demo Graph endpoint on its own thread. In one process the bot and the endpoint it calls
 * share one JavaScript thread, and under load half of that thread's time went to the endpoint and
 * to its end of the loopback HTTP (BENCHMARKS.md, "Throughput under 50 conversations"); a worker
 * gives the endpoint a core of its own. Same endpoint (`startGraphServer`), same `GraphServer`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FaultConfig } from './faults';
import type { RealismConfig } from './realism/realism';
import type { SignInSnapshot } from './signins/snapshot';
import type { GraphServer, RequestLogEntry } from './types';
import type { HostMessage, WorkerInit, WorkerMessage } from './worker-protocol';

export interface WorkerGraphServerOptions {
  /** The demo tenant's data folder (the worker reads the model from it). */
  readonly dataDir: string;
  readonly signInsFile: string;
  readonly signInSnapshot?: SignInSnapshot;
  readonly warmSignIns?: boolean;
  /** Plain data only (no `now` function): it is copied to the worker. */
  readonly realism?: RealismConfig;
  readonly onRequest?: (entry: RequestLogEntry) => void;
}

/**
 * The worker's entry: the compiled `worker-entry.js` next to this file, or, when running from the
 * TypeScript sources (tsx, vitest), `worker-entry.ts` required through tsx's CommonJS hook.
 */
function entry(): { code: string; eval: boolean } {
  const js = path.join(__dirname, 'worker-entry.js');
  if (existsSync(js)) return { code: js, eval: false };
  const ts = path.join(__dirname, 'worker-entry.ts');
  return { code: `require('tsx/cjs'); require(${JSON.stringify(ts)});`, eval: true };
}

/** Starts the endpoint in a worker thread; resolves when it listens on 127.0.0.1. */
export function startGraphServerInWorker(options: WorkerGraphServerOptions): Promise<GraphServer> {
  const counter = new SharedArrayBuffer(4);
  const init: WorkerInit = {
    dataDir: options.dataDir,
    signInsFile: options.signInsFile,
    ...(options.signInSnapshot ? { signInSnapshot: options.signInSnapshot } : {}),
    warmSignIns: options.warmSignIns ?? false,
    ...(options.realism ? { realism: options.realism } : {}),
    forwardRequests: options.onRequest !== undefined,
    counter,
  };
  const start = entry();
  const worker = new Worker(start.code, { workerData: init, eval: start.eval });
  const count = new Int32Array(counter);
  const send = (m: HostMessage): void => worker.postMessage(m);
  let closing: Promise<void> | undefined;
  return new Promise<GraphServer>((resolve, reject) => {
    let started = false;
    worker.on('error', (err) => {
      if (!started) reject(err);
      else console.error('graph-server worker: failed', err);
    });
    worker.on('exit', (code) => {
      if (!started) reject(new Error(`graph-server worker exited (${code}) before listening`));
    });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'request') options.onRequest?.(m.entry);
      else if (m.type === 'failed') reject(new Error(`graph-server worker: ${m.message}`));
      else if (m.type === 'ready') {
        started = true;
        resolve({
          url: m.url,
          origin: m.origin,
          setFaults: (faults: FaultConfig | undefined) => send({ type: 'setFaults', faults }),
          setRealism: (realism: RealismConfig | undefined) => send({ type: 'setRealism', realism }),
          requestCount: () => Atomics.load(count, 0),
          close: () => (closing ??= new Promise<void>((done) => {
            worker.once('exit', () => done());
            send({ type: 'close' });
          })),
        });
      }
    });
  });
}
