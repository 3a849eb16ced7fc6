import { defineConfig } from 'vitest/config';

/**
 * Tests that measure time or a process's resources: run after the rest, one file at a time, so a
 * second worker does not slow them down (the load test's p95, the pacer's 1 s gap, process stops).
 */
const TIMING = [
  'test/load/**/*.test.ts',
  'test/kql/memory-limit.test.ts',
  'test/security/kql-bounds.test.ts',
  'test/graph-client/api-pacer.test.ts',
  'test/graph-client/retry.test.ts',
  'test/graph-client/credential-cache.test.ts',
  'test/graph-client/demo-endpoint.test.ts',
  'test/graph-server/realism.test.ts',
  'test/scripts/process-group.test.ts',
  'test/cli/parent-watch.test.ts',
  'test/pipeline/faults.test.ts',
  'test/bot/faults.test.ts',
  'test/bot/shared-state.test.ts',
  'test/demo/scale.test.ts',
  'test/audit/audit-record.test.ts',
];
const EXCLUDE = ['test/e2e/**', 'node_modules/**', 'dist/**'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every test must make at least one assertion (has-assertions.ts); restify's DEP0111 warning is
    // dropped in tests only (quiet-dep0111.ts).
    setupFiles: ['test/setup/quiet-dep0111.ts', 'test/setup/has-assertions.ts'],
    globalSetup: ['test/global-setup.ts'],
    projects: [
      // Vitest's default on a 2-core machine is one worker (cores - 1): the suite ran on one core.
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts', 'src/**/*.test.ts'], exclude: [...EXCLUDE, ...TIMING], maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timing', include: TIMING, exclude: EXCLUDE, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
