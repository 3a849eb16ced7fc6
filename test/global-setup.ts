import path from 'node:path';
import { resetDemoTenant } from '../src/demo/store';
import { dropDemoKqlStore } from '../src/runtime/kql-store';

/** The demo tenant every integration test reads: small, fixed seed and anchor, generated once. */
export const TEST_TENANT = { seed: 7, anchorTime: '2026-11-20T12:00:00.000Z', users: 150, days: 10 } as const;

export default async function setup(project: { provide(key: 'demoDataDir', value: string): void }): Promise<void> {
  const dir = path.resolve(__dirname, '..', '.data', `test-tenant-${TEST_TENANT.seed}-${TEST_TENANT.users}-${TEST_TENANT.days}`);
  // Regenerated every run (a second or two) so a changed generator never leaves a stale tenant.
  await resetDemoTenant(dir, TEST_TENANT);
  await dropDemoKqlStore(dir);
  project.provide('demoDataDir', dir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoDataDir: string;
  }
}
