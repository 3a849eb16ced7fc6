/**
 * The demo Graph endpoint in a worker thread (`startGraphServerInWorker`): reads the tenant from
 * its data folder, serves it with `startGraphServer`, and answers the host's messages. Not imported
 * by anything: Node runs it as a worker's entry.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadTenantModel, readSignIns } from '../store';
import { startGraphServer } from './server';
import type { HostMessage, WorkerInit, WorkerMessage } from './worker-protocol';
import type { RequestLogEntry } from './types';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker-entry: not started as a worker thread');
  const init = workerData as WorkerInit;
  const counter = new Int32Array(init.counter);
  const post = (m: WorkerMessage): void => port.postMessage(m);
  try {
    const model = await loadTenantModel(init.dataDir);
    const server = await startGraphServer({
      model,
      signIns: () => readSignIns(init.signInsFile),
      ...(init.signInSnapshot ? { signInSnapshot: init.signInSnapshot } : {}),
      host: '127.0.0.1', port: 0,
      warmSignIns: init.warmSignIns,
      ...(init.realism ? { realism: init.realism } : {}),
      sharedCount: counter,
      ...(init.forwardRequests ? { onRequest: (entry: RequestLogEntry) => post({ type: 'request', entry }) } : {}),
    });
    port.on('message', (m: HostMessage) => {
      if (m.type === 'setFaults') server.setFaults(m.faults);
      else if (m.type === 'setRealism') server.setRealism(m.realism);
      else if (m.type === 'close') void server.close().then(() => { post({ type: 'closed' }); port.close(); });
    });
    post({ type: 'ready', url: server.url, origin: server.origin });
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.stack ?? err.message : String(err) });
    port.close();
  }
}

void main();
