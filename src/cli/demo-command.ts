import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSettings } from '../config/settings';
import { exportDemoTenant, loadOrCreateDemoTenant, resetDemoTenant } from '../demo/store';
import { dropDemoKqlStore } from '../runtime/kql-store';
import { ensureYearStore, removeYearStore } from '../demo/store/year-store';
import { UsageError, type CliIo } from './io';

const USAGE = 'usage: entra-ask demo reset [--seed N] [--anchor <ISO date-time>] [--users N] [--days N]\n       entra-ask demo export <dir>\n       entra-ask demo year [--days N] [--remove]';

function positiveInt(value: string | undefined, name: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}, got "${value}"`);
  return n;
}

function anchor(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(d.getTime())) throw new UsageError(`--anchor must be an ISO date-time like 2026-01-31T12:00:00Z, got "${value}"`);
  return d.toISOString();
}

export async function demoCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  const settings = readSettings(io.env, io.cwd);
  const progress = (line: string) => io.stderr(`${line}\n`);
  if (sub === 'reset') {
    let values;
    try {
      ({ values } = parseArgs({ args: rest, options: { seed: { type: 'string' }, anchor: { type: 'string' }, users: { type: 'string' }, days: { type: 'string' } } }));
    } catch (err) {
      throw new UsageError(`${(err as Error).message}\n${USAGE}`);
    }
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isSafeInteger(seed)) throw new UsageError(`--seed must be a whole number, got "${values.seed}"`);
    progress(`generating the demo tenant into ${settings.dataDir}…`);
    const tenant = await resetDemoTenant(settings.dataDir, {
      seed, anchorTime: anchor(values.anchor),
      users: positiveInt(values.users, 'users', 200_000), days: positiveInt(values.days, 'days', 365),
    });
    await dropDemoKqlStore(settings.dataDir);
    // A year of snapshots belongs to the tenant it was generated from.
    await removeYearStore(settings.dataDir);
    const t = tenant.model.tenant;
    io.stdout(`demo tenant ${t.domain} regenerated in ${settings.dataDir}: ${t.users} users, ${t.days} days, seed ${t.seed}, anchor ${t.anchorTime}\n`);
    return 0;
  }
  if (sub === 'export') {
    if (rest.length !== 1) throw new UsageError(`demo export needs one directory\n${USAGE}`);
    await loadOrCreateDemoTenant(settings.dataDir);
    const out = path.resolve(io.cwd, rest[0]!);
    const files = await exportDemoTenant(settings.dataDir, out);
    io.stdout(`wrote ${files.length} files to ${out}\n`);
    return 0;
  }
  if (sub === 'year') {
    let values;
    try {
      ({ values } = parseArgs({ args: rest, options: { days: { type: 'string' }, remove: { type: 'boolean', default: false } } }));
    } catch (err) {
      throw new UsageError(`${(err as Error).message}\n${USAGE}`);
    }
    if (values.remove) {
      await removeYearStore(settings.dataDir);
      io.stdout(`year of snapshots removed from ${settings.dataDir}: the snapshot tables show the demo history again\n`);
      return 0;
    }
    const days = positiveInt(values.days, 'days', 3660) ?? 365;
    const tenant = await loadOrCreateDemoTenant(settings.dataDir);
    progress(`generating ${days} daily snapshots of the demo tenant into ${settings.dataDir}…`);
    const s = await ensureYearStore(settings.dataDir, tenant.model, days);
    io.stdout(s
      ? `${s.days} daily snapshots written to ${s.dir}: ${(s.bytes / 1e6).toFixed(2)} MB, generated in ${Math.round(s.generateMs)} ms, written in ${Math.round(s.writeMs)} ms\n`
      : `the data folder already holds ${days} daily snapshots of this tenant\n`);
    return 0;
  }
  throw new UsageError(USAGE);
}
