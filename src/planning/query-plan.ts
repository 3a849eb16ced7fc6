/**
 * The value the planning stage produces: the exact requests that will answer an intent.
 * Every request is shown to the person ("Show query"), so it is kept in the form a person could
 * re-run: a Graph URL, or KQL text.
 *
 * Every query declares the kinds of tenant data it reads (`reads`, see data-category.ts): the
 * policy checks each against the person asking, and a query reading something they may not see
 * does not run (src/policy/data-gate.ts).
 */
import type { DataCategory } from './data-category';

export type { DataCategory } from './data-category';

export interface GraphRequest {
  readonly source: 'graph';
  /** A name the answer builder uses to find this request's result. */
  readonly id: string;
  readonly method: 'GET';
  /** Path and query relative to the Graph version root, e.g. `/groups/{id}/owners?$select=id`. */
  readonly path: string;
  /** The Graph version: v1.0 unless an answer needs what only beta has (default `v1.0`). */
  readonly version?: 'v1.0' | 'beta';
  readonly headers?: Readonly<Record<string, string>>;
  /** Follow @odata.nextLink up to this many rows (default: one page). */
  readonly maxRows?: number;
  /** A 404 is an expected outcome (e.g. "not a risky user"), not an error. */
  readonly allowNotFound?: boolean;
  /**
   * The data categories this request reads (the path, and the properties it selects, filters or
   * expands). Checked against the asker before it runs; what the path shows is checked too.
   */
  readonly reads?: readonly DataCategory[];
  /**
   * For a shape Graph answers in practice but does not document (`undocumentedButKept` in the
   * capability table): the documented request to send instead when Graph answers 400. Its result
   * stands in for this one (same id, `fellBackFrom` set); the answer keeps the rows it needs.
   */
  readonly onBadRequest?: GraphRequest;
  /**
   * `false` keeps this read out of the process's shared read cache (pipeline/directory-cache.ts),
   * which otherwise answers a repeat of it within its TTL; `true` says so explicitly (name lookups).
   */
  readonly shared?: boolean;
}

export interface KqlQuery {
  readonly source: 'kql';
  readonly id: string;
  readonly database?: string;
  readonly text: string;
  readonly maxRows?: number;
  /**
   * Time left for this query (ms), when less than the executor's own limit: set by the per-person
   * admission (pipeline/kql-admission.ts) so a wait in the queue counts inside the answer's budget.
   */
  readonly timeoutMs?: number;
  /** The data categories the query reads (its tables and columns). */
  readonly reads?: readonly DataCategory[];
}

export type PlannedQuery = GraphRequest | KqlQuery;

export interface QueryPlan {
  readonly queries: readonly PlannedQuery[];
  /** Why this source was chosen, said to the person ("Graph keeps 30 days; used the log store"). */
  readonly sourceNote?: string;
}

/**
 * The JSON form of a query shown in `--json` output and in cards. `reusedSeconds`: the answer took
 * this query's rows from the shared read cache (pipeline/directory-cache.ts), read that many
 * seconds earlier for another question, instead of running it now.
 */
export type ShownQuery =
  | { readonly source: 'graph'; readonly method: 'GET'; readonly url: string; readonly reusedSeconds?: number }
  | { readonly source: 'kql'; readonly database: string; readonly text: string; readonly reusedSeconds?: number };
