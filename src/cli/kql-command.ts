import { createAuditSink } from '../audit';
import { readSettings } from '../config/settings';
import { loadOrCreateDemoTenant } from '../demo/store';
import { runKqlCommand } from '../kql/cli/kql-command';
import { openDemoKqlStore } from '../runtime/kql-store';
import { isKqlError } from '../sources/kql/executor';
import type { CliIo } from './io';

/** `entra-ask kql`: the embedded engine's command over the demo tenant's data folder. */
export async function kqlCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const settings = readSettings(io.env, io.cwd);
  // Raw KQL from the command line leaves the same audit record as a question (AUDIT_LOG).
  const audit = createAuditSink(settings, (l) => io.stderr(`${l}\n`));
  let tenantId = '';
  try {
    return await runKqlCommand(argv, {
      onQuery: (q) => audit.record({
        time: q.at.toISOString(), askerObjectId: null, tenantId, channel: 'cli', intent: 'kql.run',
        queries: [{ source: 'kql', database: q.database, text: q.text }], rowCount: q.rowCount, durationMs: q.elapsedMs,
        outcome: q.errorCode ? 'error' : 'table', errorCode: q.errorCode, authorization: null,
      }),
      stdout: { write: (t) => io.stdout(t) },
      stderr: { write: (t) => io.stderr(t) },
      dataDir: settings.dataDir,
      readStdin: io.stdin,
      // Read-only, so it works beside a running bot; loads the store first if needed.
      openEngine: async () => {
        const demo = await loadOrCreateDemoTenant(settings.dataDir);
        tenantId = demo.model.tenant.tenantId;
        return openDemoKqlStore(demo, (l) => io.stderr(`${l}\n`));
      },
    });
  } catch (err) {
    // The store could not be opened (busy loading elsewhere): say so, no stack.
    if (!isKqlError(err)) throw err;
    io.stderr(`entra-ask kql: ${err.code}: ${err.message}\n`);
    return 1;
  } finally {
    await audit.close();
  }
}

