import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTION_FILES, EXPORT_SIGN_INS_FILE, TENANT_FILE } from './files';
import { ndjsonToJsonArray, writeJsonValues } from './json-writer';
import { loadOrCreateDemoTenant } from './demo-tenant';
import { tenantJson } from './persist';

/**
 * `entra-ask demo export <dir>`: writes the tenant in `dataDir` (generated first if needed) as
 * the JSON files of cli-contract.md — each a JSON array, one object per line — plus
 * `userManagers.json`, `servicePrincipalSignInActivities.json`, `connectedOrganizations.json`.
 * `signIns.json` (interactive sign-ins) is streamed. Same seed and anchor, same bytes.
 * Returns the file names written.
 */
export async function exportDemoTenant(dataDir: string, outDir: string): Promise<string[]> {
  const tenant = await loadOrCreateDemoTenant(dataDir);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const [key, file] of COLLECTION_FILES) {
    await writeJsonValues(path.join(outDir, file), tenant.model[key], 'array');
    written.push(file);
  }
  await ndjsonToJsonArray(tenant.signInsFile, path.join(outDir, EXPORT_SIGN_INS_FILE));
  written.push(EXPORT_SIGN_INS_FILE);
  await writeFile(path.join(outDir, TENANT_FILE), tenantJson(tenant.model.tenant));
  written.push(TENANT_FILE);
  return written;
}
