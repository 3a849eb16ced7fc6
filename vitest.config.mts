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
/**
 * Files that replace modules (vi.mock) or change process.env: each in a fresh module graph. The
 * rest of the suite shares one module graph per worker (isolate: false), so Kusto.Language, DuckDB
 * and the demo tenant's modules load once per worker instead of once per file (import time 219 s
 * → 75 s of the suite's total).
 */
const ISOLATED = [
  'test/audit/app-insights-missing.test.ts',
  'test/audit/app-insights-units.test.ts',
  'test/audit/app-insights.test.ts',
  'test/bot/secrets.test.ts',
  'test/cli/ask.test.ts',
  'test/cli/llm-planner.test.ts',
  'test/families/declared-reads.test.ts',
  'test/graph-server/official-client.test.ts',
  'test/runtime/strict-examples.test.ts',
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
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts', 'src/**/*.test.ts'], exclude: [...EXCLUDE, ...TIMING, ...ISOLATED], isolate: false, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, exclude: EXCLUDE, maxWorkers: 2, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'timing', include: TIMING, exclude: EXCLUDE, maxWorkers: 1, sequence: { groupOrder: 2 } } },
    ],
  },
});
