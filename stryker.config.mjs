/* global process */
// @ts-check
/**
 * StrykerJS configuration for `npm run test:mutation` (scripts/mutation.mjs). One module per run:
 * MUTATION_MODULE names an entry of test/mutation/modules.mjs. Stryker 9.6 is the newest release
 * that runs on Node 20 (Stryker 10 needs Node 22); its vitest runner drives vitest 4.
 */
import { MODULES } from './test/mutation/modules.mjs';

const name = process.env.MUTATION_MODULE ?? '';
const module = MODULES[name];
if (!module) throw new Error(`MUTATION_MODULE must be one of: ${Object.keys(MODULES).join(', ')}`);
// Read by vitest.mutation.config.mts in the test-runner processes (they inherit the environment).
process.env.MUTATION_TESTS = JSON.stringify(module.testFiles);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: module.mutate,
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  incrementalFile: `test/mutation/incremental/${name}.json`,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  thresholds: { high: 95, low: 85, break: null },
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['/.data', '/dist', '/reports', '/bench/results', '/coverage', '/test-results', '/appPackage/build', '/test/mutation/incremental', '/.stryker-tmp'],
  cleanTempDir: 'always',
};
