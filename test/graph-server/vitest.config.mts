import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Runs the Graph endpoint tests alone, without the repository's global demo-tenant setup they do
 * not need: `npx vitest run --config test/graph-server/vitest.config.mts`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/graph-server/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['test/setup/has-assertions.ts'],
  },
});
