import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSignIns } from '../generator/sign-ins/stream';
import type { GeneratedTenantModel, TenantInfo } from '../model';
import { COLLECTION_FILES, GENERATOR_VERSION, MANIFEST_FILE, NON_INTERACTIVE_SIGN_INS_FILE, SIGN_INS_FILE, TENANT_FILE } from './files';
import { writeJsonValues } from './json-writer';

/** What a data folder's manifest records. */
export interface Manifest {
  readonly generatorVersion: number;
  readonly tenant: TenantInfo;
  readonly signIns: number;
  readonly nonInteractiveSignIns: number;
}

/** `tenant.json` exactly as cli-contract.md lists it. */
export function tenantJson(tenant: TenantInfo): string {
  const { tenantId, domain, anchorTime, seed, users, days } = tenant;
  return `${JSON.stringify({ tenantId, domain, anchorTime, seed, users, days }, null, 2)}\n`;
}

/**
 * Writes a generated tenant into `dataDir`: one JSON array file per collection, the sign-ins as
 * NDJSON (streamed from the generator), then `tenant.json` and the manifest last — a folder
 * without a manifest is incomplete.
 */
export async function persistTenant(model: GeneratedTenantModel, dataDir: string): Promise<Manifest> {
  await mkdir(dataDir, { recursive: true });
  await rm(path.join(dataDir, MANIFEST_FILE), { force: true });
  for (const [key, file] of COLLECTION_FILES) await writeJsonValues(path.join(dataDir, file), model[key], 'array');
  const signIns = await writeJsonValues(path.join(dataDir, SIGN_INS_FILE), generateSignIns(model, { interactive: true }), 'ndjson');
  const nonInteractive = await writeJsonValues(path.join(dataDir, NON_INTERACTIVE_SIGN_INS_FILE), generateSignIns(model, { interactive: false }), 'ndjson');
  await writeFile(path.join(dataDir, TENANT_FILE), tenantJson(model.tenant));
  const manifest: Manifest = { generatorVersion: GENERATOR_VERSION, tenant: model.tenant, signIns, nonInteractiveSignIns: nonInteractive };
  await writeFile(path.join(dataDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The manifest of a complete data folder, or null (missing, unreadable or another generator version). */
export async function readManifest(dataDir: string): Promise<Manifest | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(dataDir, MANIFEST_FILE), 'utf8')) as Manifest;
    return manifest.generatorVersion === GENERATOR_VERSION ? manifest : null;
  } catch {
    return null;
  }
}

/** Reads a persisted tenant (without sign-ins, which stay on disk as NDJSON). */
export async function loadTenantModel(dataDir: string): Promise<GeneratedTenantModel> {
  const tenant = JSON.parse(await readFile(path.join(dataDir, TENANT_FILE), 'utf8')) as TenantInfo;
  const model: Record<string, unknown> = { tenant };
  for (const [key, file] of COLLECTION_FILES) model[key] = JSON.parse(await readFile(path.join(dataDir, file), 'utf8')) as unknown;
  return model as unknown as GeneratedTenantModel;
}
