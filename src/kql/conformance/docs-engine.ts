/** The engine settings the documentation suite runs with: no tables, a fixed clock. */
import type { KqlSchema } from '../language/analyze';

/** The docs examples build their own data: the schema serves no tables. */
export const DOCS_SCHEMA: KqlSchema = { database: 'Docs', tables: {} };

/** A fixed `now()`, so a run is repeatable (clock-dependent examples are not compared). */
export const DOCS_ANCHOR = '2025-01-01T00:00:00Z';
