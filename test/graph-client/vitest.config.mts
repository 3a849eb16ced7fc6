import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Runs the Graph client tests alone, without the repository's global demo-tenant setup they do
 * not need: `npx vitest run --config test/graph-client/vitest.config.mts`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/graph-client/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    setupFiles: ['test/setup/has-assertions.ts'],
  },
});
