/**
 * The modules `npm run test:mutation` mutates, each with the test files that must kill its
 * mutants. A module runs alone (one Stryker run, concurrency 1) so the 2-core machine stays
 * usable; the narrowed test list keeps each mutant's run to the tests that matter.
 *
 * `zeroSurvivors`: modules that guard people and data directly; any surviving mutant there is a
 * bug in the tests unless TESTING.md lists it as equivalent.
 */
export const MODULES = {
  policy: {
    mutate: ['src/policy/**/*.ts'],
    testFiles: ['test/policy/policy-units.test.ts'],
    zeroSurvivors: true,
  },
  'activity-guard': {
    mutate: ['src/bot/activity-guard.ts'],
    testFiles: ['test/bot/activity-guard.test.ts'],
    zeroSurvivors: true,
  },
  server: {
    mutate: ['src/bot/server.ts'],
    testFiles: ['test/bot/server.test.ts'],
    zeroSurvivors: false,
  },
  audit: {
    mutate: ['src/audit/**/*.ts'],
    testFiles: ['test/audit/audit-record.test.ts', 'test/audit/audit-file.test.ts', 'test/audit/app-insights.test.ts', 'test/audit/audit-units.test.ts', 'test/audit/app-insights-units.test.ts', 'test/audit/app-insights-missing.test.ts'],
    zeroSurvivors: false,
  },
  odata: {
    mutate: ['src/sources/graph/odata.ts'],
    testFiles: ['test/graph-client/odata.test.ts', 'test/graph-client/odata-units.test.ts'],
    zeroSurvivors: true,
  },
  'kql-literal': {
    mutate: ['src/kql/literal.ts'],
    testFiles: ['test/kql/literal.test.ts', 'test/kql/literal-units.test.ts'],
    zeroSurvivors: true,
  },
  'read-only': {
    mutate: ['src/kql/language/read-only.ts'],
    testFiles: ['test/kql/read-only-units.test.ts'],
    zeroSurvivors: true,
  },
  'card-text': {
    mutate: ['src/cards/text.ts'],
    testFiles: ['test/cards/text.test.ts', 'test/cards/hostile-text.test.ts'],
    zeroSurvivors: false,
  },
};
