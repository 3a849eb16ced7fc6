import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['test/setup/quiet-dep0111.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Every test must make at least one assertion (test/setup/has-assertions.ts).
    setupFiles: ['test/setup/has-assertions.ts'],
  },
});
