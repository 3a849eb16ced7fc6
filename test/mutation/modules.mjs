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
    // policy-units.test.ts loads the modules itself (a static mutant that throws fails its tests) and holds the KQL table
    // categories too (data-reads.ts KQL_TABLES); the *-units files test one source each with plain calls (no engine, no
    // runtime): authorize.ts / policy.ts, asker-facts.ts / shared-visibility.ts, data-reads.ts, data-gate.ts.
    testFiles: ['test/policy/policy-units.test.ts', 'test/policy/authorize-units.test.ts', 'test/policy/asker-facts-units.test.ts', 'test/policy/data-reads-units.test.ts', 'test/policy/data-gate-units.test.ts'],
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
  // The KQL compiler's string functions and operators, one module per file so that a run fits in
  // an hour on the shared machine: every test file a mutant reaches costs an engine start per
  // mutant (about 8 s at a load of 10). The documentation cases (docs-strings.mutation.ts) and
  // semantics*.test.ts / sql-parameters.test.ts can be added back on a quiet machine; the
  // reference-page tests below hold the pages' examples for the functions these files compile.
  'kql-strings-functions': {
    mutate: ['src/kql/compile/expr/functions-string.ts'],
    testFiles: ['test/kql/string-functions-docs.test.ts', 'test/kql/string-results-docs.test.ts', 'test/kql/string-extract-types-docs.test.ts'],
    zeroSurvivors: false,
  },
  'kql-strings-operators': {
    mutate: ['src/kql/compile/expr/string-ops.ts'],
    testFiles: ['test/kql/string-operators-docs.test.ts', 'test/kql/string-results-docs.test.ts', 'test/kql/string-operators-terms-docs.test.ts', 'test/kql/has-any-constant.test.ts'],
    zeroSurvivors: false,
  },
  // The KQL compiler's operators (basic.ts, summarize.ts, aggregates.ts: 963 mutants together),
  // one module per file so that a run fits in an hour on the shared machine. Every test file a
  // mutant reaches costs an engine start per mutant (about 8 s at a load of 10), so summarize and
  // basic (reached by nearly every query) run operators-docs.test.ts (and basic its own
  // basic-operators-docs.test.ts) only; docs-operators.mutation.ts
  // (the documentation cases) and semantics*.test.ts can be added back on a quiet machine.
  'kql-operators-summarize': {
    mutate: ['src/kql/compile/operators/summarize.ts'],
    // arg-max-read-later.test.ts: which columns arg_max(x, *) / take_any(*) pack (summarize passes them, issue-23j).
    // aggregates-edges-docs.test.ts: which input columns `*` leaves to take_any(*) beside by keys (columnsTakenAsTheyAre).
    testFiles: ['test/kql/operators-docs.test.ts', 'test/kql/summarize-widths-docs.test.ts', 'test/kql/summarize-docs.test.ts', 'test/kql/arg-max-read-later.test.ts', 'test/kql/aggregates-edges-docs.test.ts'],
    zeroSurvivors: false,
  },
  'kql-operators-aggregates': {
    mutate: ['src/kql/compile/operators/aggregates.ts'],
    testFiles: ['test/mutation/docs-operators.mutation.ts', 'test/kql/operators-docs.test.ts', 'test/kql/arg-min-max.test.ts', 'test/kql/aggregates-docs.test.ts', 'test/kql/buildschema.test.ts', 'test/kql/repeated-column-names.test.ts', 'test/kql/aggregates-edges-docs.test.ts', 'test/kql/make-set-groups.test.ts', 'test/kql/summarize-docs.test.ts'],
    zeroSurvivors: false,
  },
  'kql-operators-basic': {
    mutate: ['src/kql/compile/operators/basic.ts'],
    testFiles: ['test/kql/operators-docs.test.ts', 'test/kql/basic-operators-docs.test.ts'],
    zeroSurvivors: false,
  },
  // join.ts (join of every kind, lookup, union) and expand.ts (mv-expand, parse, parse-where):
  // the documentation examples of their pages, one test per example (docs-per-case.ts), and the
  // reference-page tests written for them.
  'kql-operators-join': {
    mutate: ['src/kql/compile/operators/join.ts'],
    testFiles: ['test/mutation/docs-join.mutation.ts', 'test/kql/join-docs.test.ts'],
    zeroSurvivors: false,
  },
  'kql-operators-expand': {
    mutate: ['src/kql/compile/operators/expand.ts'],
    testFiles: ['test/mutation/docs-expand.mutation.ts', 'test/kql/mv-expand-struct.test.ts', 'test/kql/expand-docs.test.ts'],
    zeroSurvivors: false,
  },
  'answer-totals': {
    // The counting answers: sign-in totals per person / IP / app and the IP ranking behind them.
    mutate: ['src/families/sign-ins/sign-in-summary.answer.ts', 'src/families/sign-ins/ip-ranking.ts'],
    testFiles: ['test/families/sign-in-summary.test.ts', 'test/families/sign-ins/sign-in-summary.test.ts', 'test/families/sign-ins/ip-ranking.test.ts', 'test/families/sign-ins/totals-units.test.ts'],
    zeroSurvivors: false,
  },
  'card-text': {
    mutate: ['src/cards/text.ts'],
    testFiles: ['test/cards/text.test.ts', 'test/cards/hostile-text.test.ts'],
    zeroSurvivors: false,
  },
};
