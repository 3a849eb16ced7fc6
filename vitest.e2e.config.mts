import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the browser tests (test/e2e/), which the default config excludes. One file at
// a time (each starts its own bot, browser and maybe Playground), generous timeouts for 2-core machines.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    setupFiles: ['test/setup/quiet-dep0111.ts'],
    fileParallelism: false,
    globalSetup: ['test/global-setup.ts'],
  },
});
