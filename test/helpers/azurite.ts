import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Azurite's documented development account and key (public, the same on every machine). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  readonly port: number;
  readonly folder: string;
  readonly connectionString: string;
  /** The running emulator's process id (undefined while stopped). */
  readonly pid: number | undefined;
  /** Stops it (SIGTERM to its pid, so it flushes its metadata) and waits for the exit; the data stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port over the same folder. */
  start(): Promise<void>;
  /** Stops it and deletes its folder. */
  dispose(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Runs Azurite's blob service (the npm dev dependency) until it says where it listens. */
function launch(folder: string, port: number): Promise<{ child: ChildProcess; port: number }> {
  const main = path.resolve(__dirname, '..', '..', 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const child = spawn(process.execPath, [
    main, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', folder,
    '--silent', '--skipApiVersionCheck', '--disableTelemetry', '--disableProductStyleUrl',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`Azurite did not start in 30 s:\n${out}`)); }, 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => { out += c.toString(); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Azurite exited (${code}) before listening:\n${out}`)); });
  });
}

/** Azurite on 127.0.0.1, on a free port, over a new temporary folder. */
export async function startAzurite(): Promise<Azurite> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'entra-ask-azurite-'));
  let { child, port } = await launch(folder, 0);
  let running: ChildProcess | undefined = child;
  const stop = async () => {
    const c = running;
    running = undefined;
    if (!c?.pid) return;
    process.kill(c.pid, 'SIGTERM');
    await exited(c);
  };
  return {
    port,
    folder,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:${port}/${AZURITE_ACCOUNT};`,
    get pid() { return running?.pid; },
    stop,
    start: async () => {
      if (running) return;
      ({ child, port } = await launch(folder, port));
      running = child;
    },
    dispose: async () => {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
