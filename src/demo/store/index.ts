/** Persistence of the demo tenant: a data folder of JSON files and NDJSON sign-ins. */
export { DEFAULT_DEMO_OPTIONS, loadOrCreateDemoTenant, resetDemoTenant, resolveOptions } from './demo-tenant';
export type { DemoTenant } from './demo-tenant';
export { exportDemoTenant } from './export';
export { readSignIns } from './read-sign-ins';
export { loadTenantModel, persistTenant, readManifest } from './persist';
export type { Manifest } from './persist';
export { COLLECTION_FILES, NON_INTERACTIVE_SIGN_INS_FILE, SIGN_INS_FILE } from './files';
export { generateTenant, generateSignIns } from '../generator';
export type { GenerateOptions } from '../generator';
