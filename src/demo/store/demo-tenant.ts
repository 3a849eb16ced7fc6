import path from 'node:path';
import { generateTenant } from '../generator/generate-tenant';
import type { GenerateOptions } from '../generator/context';
import type { GeneratedTenantModel } from '../model';
import { NON_INTERACTIVE_SIGN_INS_FILE, SIGN_INS_FILE } from './files';
import { withDataDirLock } from './lock';
import { loadTenantModel, persistTenant, readManifest } from './persist';

/** A demo tenant ready to use: the model in memory, the sign-ins on disk (NDJSON). */
export interface DemoTenant {
  readonly model: GeneratedTenantModel;
  readonly dataDir: string;
  /** Interactive sign-ins, NDJSON, oldest first (read with `readSignIns`). */
  readonly signInsFile: string;
  /** Non-interactive sign-ins, NDJSON, oldest first. */
  readonly nonInteractiveSignInsFile: string;
}

/** Defaults of a new demo tenant: seed 42, 500 users, 30 days, anchored at generation time. */
export const DEFAULT_DEMO_OPTIONS = { seed: 42, users: 500, days: 30 } as const;

/** Fills in defaults; the anchor defaults to now (whole seconds, UTC). */
export function resolveOptions(options: Partial<GenerateOptions> = {}): GenerateOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<GenerateOptions>;
  const anchor = defined.anchorTime ?? new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
  return { ...DEFAULT_DEMO_OPTIONS, ...defined, anchorTime: new Date(Date.parse(anchor)).toISOString() };
}

function demoTenant(model: GeneratedTenantModel, dataDir: string): DemoTenant {
  return {
    model, dataDir,
    signInsFile: path.join(dataDir, SIGN_INS_FILE),
    nonInteractiveSignInsFile: path.join(dataDir, NON_INTERACTIVE_SIGN_INS_FILE),
  };
}

/** Generates a tenant and writes it into `dataDir`, replacing whatever was there. */
export async function resetDemoTenant(dataDir: string, options: Partial<GenerateOptions> = {}): Promise<DemoTenant> {
  return withDataDirLock(dataDir, () => generateInto(dataDir, options));
}

async function generateInto(dataDir: string, options: Partial<GenerateOptions>): Promise<DemoTenant> {
  const model = generateTenant(resolveOptions(options));
  await persistTenant(model, dataDir);
  return demoTenant(model, dataDir);
}

/**
 * Loads the tenant persisted in `dataDir`; generates and persists one on first use, when the
 * folder is incomplete or from another generator version, or when an option given here
 * differs from the persisted tenant's. Concurrent callers on one folder generate it once.
 */
export async function loadOrCreateDemoTenant(dataDir: string, options: Partial<GenerateOptions> = {}): Promise<DemoTenant> {
  const manifest = await readManifest(dataDir);
  if (manifest && matches(manifest.tenant, options)) return demoTenant(await loadTenantModel(dataDir), dataDir);
  return withDataDirLock(dataDir, async () => {
    // Another process may have generated it while this one waited for the lock.
    const again = await readManifest(dataDir);
    if (again && matches(again.tenant, options)) return demoTenant(await loadTenantModel(dataDir), dataDir);
    return generateInto(dataDir, options);
  });
}

function matches(tenant: GenerateOptions, options: Partial<GenerateOptions>): boolean {
  if (options.seed !== undefined && options.seed !== tenant.seed) return false;
  if (options.users !== undefined && Math.max(60, Math.floor(options.users)) !== tenant.users) return false;
  if (options.days !== undefined && Math.max(1, Math.floor(options.days)) !== tenant.days) return false;
  if (options.anchorTime !== undefined && Date.parse(options.anchorTime) !== Date.parse(tenant.anchorTime)) return false;
  return true;
}
