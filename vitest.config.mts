import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every test must make at least one assertion (has-assertions.ts); restify's DEP0111 warning is
    // dropped in tests only (quiet-dep0111.ts).
    setupFiles: ['test/setup/quiet-dep0111.ts', 'test/setup/has-assertions.ts'],
    globalSetup: ['test/global-setup.ts'],
  },
});
