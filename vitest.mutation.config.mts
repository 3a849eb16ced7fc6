import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

/**
 * The vitest configuration Stryker runs (stryker.config.mjs): the repository's, narrowed to the
 * test files of one module (MUTATION_TESTS, a JSON list of globs, set by stryker.config.mjs).
 * The narrowing is done here and not with Stryker's `testFiles` option, which in Stryker 9.6
 * activates static mutants after the module has loaded, so they are reported as survived
 * (stryker-mutator/stryker-js#6144). The repository's `projects` (suite / timing) are dropped:
 * each project has its own `include`, so with them the narrowing was ignored and every mutant's
 * dry run ran the whole suite.
 */
const tests = JSON.parse(process.env.MUTATION_TESTS ?? '[]') as string[];
if (tests.length === 0) throw new Error('MUTATION_TESTS is not set: run through `npm run test:mutation`.');

const test = { ...base.test, include: tests };
delete test.projects;

export default defineConfig({ ...base, test });
