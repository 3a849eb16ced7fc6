import type { PlannedQuery } from '../planning/query-plan';
import type { KqlColumn } from '../kql/columns';

/** The rows one query returned. Graph rows are objects as Graph returns them. */
export interface GraphResult {
  readonly source: 'graph';
  readonly query: PlannedQuery;
  readonly status: number;
  /** The `value` array of a collection, or `[body]` for a single entity; `[]` for an allowed 404. */
  readonly rows: readonly Record<string, unknown>[];
  /** True when paging stopped at the row cap before the end. */
  readonly truncated: boolean;
  /** `@odata.count` when asked for. */
  readonly count?: number;
  readonly elapsedMs: number;
  /** The planned path Graph refused with 400 when this is its `onBadRequest` fallback's result. */
  readonly fellBackFrom?: string;
  /** Answered from the shared read cache: how long ago (ms) the read was made. */
  readonly reusedAgeMs?: number;
  /**
   * Answered by a name's lookup (its `$expand`) or a request sent beside it, whose id this is, not
   * by a request of its own (src/pipeline/lookup-reads.ts).
   */
  readonly fromLookup?: string;
}

export type { KqlColumn } from '../kql/columns';

export interface KqlResult {
  readonly source: 'kql';
  readonly query: PlannedQuery;
  readonly columns: readonly KqlColumn[];
  readonly rows: readonly (readonly unknown[])[];
  readonly truncated: boolean;
  /** A `render` operator's chart hint, kept for the card. */
  readonly render?: string;
  readonly elapsedMs: number;
  /** Answered from the shared read cache: how long ago (ms) the query ran. */
  readonly reusedAgeMs?: number;
}

export type QueryResult = GraphResult | KqlResult;

/** Results keyed by the planned query's id. */
export type ResultSet = ReadonlyMap<string, QueryResult>;
