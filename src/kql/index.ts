/** Public surface of the embedded KQL engine (see README.md). */
export { compileKql, isCompiled } from './compile/compile-kql';
export type { CompiledKql, CompileOptions, CompileResult } from './compile/compile-kql';
export { analyzeKql, warmKqlParser, DEFAULT_SCHEMA } from './language/analyze';
export type { KqlSchema } from './language/analyze';
export { LOG_TABLE_SCHEMAS, SNAPSHOT_TABLE_SCHEMAS } from './language/table-schemas';
export { createEmbeddedEngine, EmbeddedKqlEngine } from './engine/embedded-engine';
export type { EmbeddedEngineOptions, EmbeddedQueryResult } from './engine/embedded-engine';
export { loadDemoTenantTables } from './store/load-demo';
export type { LoadCounts, SignIns } from './store/load-demo';
export { writeTable, TableWriter } from './store/table-writer';
export { kqlString } from './literal';
export { runKqlCommand } from './cli/kql-command';
export type { KqlCommandIo } from './cli/kql-command';
export { startAdxEndpoint } from './server/adx-endpoint';
export type { AdxEndpoint, AdxEndpointOptions } from './server/adx-endpoint';
export { EA, diag } from './diagnostics';
export type { KqlDiagnostic } from './diagnostics';
