import { parseArgs } from 'node:util';
import { readSettings } from '../config/settings';
import { startGraphServer } from '../demo/graph-server';
import type { GraphServer } from '../demo/graph-server';
import { loadOrCreateDemoTenant } from '../demo/store';
import { createGraphSource, graphConfigFromEnv } from '../sources/graph';
import { adxSnapshotSink, parseAdxTarget } from '../snapshots/adx';
import { ExportFailedError, exportSnapshot, localSnapshotSink, SnapshotDateError, SnapshotExistsError } from '../snapshots/export';
import type { SnapshotSink } from '../snapshots/export';
import { createProgress } from '../snapshots/progress';
import { EXPORT_TABLES, isSnapshotDate } from '../snapshots/tables';
import { UsageError, type CliIo } from './io';

const USAGE = 'usage: entra-ask export [--to embedded | --to adx:<cluster-url>/<database>] [--date YYYY-MM-DD] [--groups delta|batched] [--json]';

/** Graph client tuning for a long export: patient with throttling, a generous overall budget. */
export const EXPORT_GRAPH_OPTIONS = { timeoutMs: 60_000, maxRetries: 8, baseDelayMs: 500, maxDelayMs: 60_000, budgetMs: 3_600_000 } as const;

/** `entra-ask export`: the tenant's users, groups, memberships, apps, app roles and assignments as a snapshot. */
export async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { to: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' }, groups: { type: 'string' } },
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  if (values.date !== undefined && !isSnapshotDate(values.date)) throw new UsageError(`--date must be a calendar date like 2026-03-13, got "${values.date}"`);
  const groupsMode = values.groups ?? 'delta';
  if (groupsMode !== 'delta' && groupsMode !== 'batched') throw new UsageError(`--groups must be delta or batched, got "${groupsMode}"`);
  const to = values.to ?? 'embedded';
  const adx = to.startsWith('adx:') ? parseAdxTarget(to.slice(4)) : undefined;
  if (to !== 'embedded' && !adx) throw new UsageError(`--to must be "embedded" or "adx:<cluster-url>/<database>", got "${to}"\n${USAGE}`);
  const settings = readSettings(io.env, io.cwd);
  const json = values.json === true;

  let server: GraphServer | undefined;
  let baseConfig = settings.tenantMode === 'live' ? graphConfigFromEnv(io.env) : undefined;
  let today = new Date().toISOString().slice(0, 10);
  if (!baseConfig) {
    const demo = await loadOrCreateDemoTenant(settings.dataDir);
    today = demo.model.tenant.anchorTime.slice(0, 10);
    const given = io.env['GRAPH_BASE_URL']?.trim();
    if (given) baseConfig = { mode: 'demo', baseUrl: given };
    else {
      server = await startGraphServer({ model: demo.model, host: '127.0.0.1', port: 0 });
      baseConfig = { mode: 'demo', baseUrl: server.url };
    }
  }
  const date = values.date ?? today;
  let requests = 0;
  const progress = createProgress({ write: io.stderr, tty: io.stderrIsTTY === true, quiet: json, tables: EXPORT_TABLES.length });
  const graph = createGraphSource(baseConfig, {
    ...EXPORT_GRAPH_OPTIONS,
    onHttp: () => {
      requests += 1;
      progress.request();
    },
  });
  let sink: SnapshotSink;
  try {
    sink = adx ? await adxSnapshotSink({ ...adx, dataDir: settings.dataDir, env: io.env }) : localSnapshotSink(settings.dataDir);
  } catch (err) {
    await server?.close();
    throw err;
  }
  try {
    const summary = await exportSnapshot({ graph, requests: () => requests, sink, date, sourceDay: today, progress, groupsMode });
    if (json) io.stdout(`${JSON.stringify(summary)}\n`);
    else {
      const written = summary.tables.filter((t) => t.status === 'written').map((t) => `${t.table} ${t.rows.toLocaleString('en-US')}`);
      const kept = summary.tables.filter((t) => t.status === 'skipped').map((t) => t.table);
      io.stdout(
        `snapshot ${summary.snapshotDate} exported to ${summary.store}: ${summary.rows.toLocaleString('en-US')} rows in ${summary.requests} Graph requests, ${(summary.elapsedMs / 1000).toFixed(1)} s\n` +
          `  written: ${written.join(', ') || 'none'}\n` +
          (kept.length > 0 ? `  resumed: kept from an earlier run: ${kept.join(', ')}\n` : ''),
      );
    }
    return 0;
  } catch (err) {
    if (err instanceof SnapshotExistsError || err instanceof SnapshotDateError || err instanceof ExportFailedError) {
      if (json) io.stdout(`${JSON.stringify({ error: err.name, message: err.message, requests })}\n`);
      io.stderr(`entra-ask export: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await sink.close?.();
    await server?.close();
  }
}
