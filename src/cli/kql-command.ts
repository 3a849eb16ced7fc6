import { readSettings } from '../config/settings';
import { loadOrCreateDemoTenant } from '../demo/store';
import { runKqlCommand } from '../kql/cli/kql-command';
import { ensureDemoTables } from '../runtime/kql-store';
import type { CliIo } from './io';

/** `entra-ask kql`: the embedded engine's command over the demo tenant's data folder. */
export async function kqlCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const settings = readSettings(io.env, io.cwd);
  return runKqlCommand(argv, {
    stdout: { write: (t) => io.stdout(t) },
    stderr: { write: (t) => io.stderr(t) },
    dataDir: settings.dataDir,
    readStdin: io.stdin,
    ensureDemoLoaded: async (engine) => {
      const demo = await loadOrCreateDemoTenant(settings.dataDir);
      engine.setAnchorTime(demo.model.tenant.anchorTime);
      await ensureDemoTables(engine, demo, (l) => io.stderr(`${l}\n`));
    },
  });
}
