import type { GraphRequest } from '../query-plan';
import type { GraphResult } from '../../sources/result-set';
import type { DirectoryRef, EntityKind } from '../entities';
import { withQueryOption } from '../lookup-reads';

/** Runs one Graph GET; the pipeline passes the Graph source's `execute`. */
export type GraphLookup = (request: GraphRequest) => Promise<GraphResult>;

/** How to find one kind of object from what a person typed. */
export interface EntitySpec {
  readonly kind: EntityKind;
  /** Requests to try in order; the first that returns rows wins. */
  requests(text: string): readonly GraphRequest[];
  toRef(row: Record<string, unknown>): DirectoryRef;
  /** Names a row can be called by, for ranking (display name first). */
  names(row: Record<string, unknown>): readonly string[];
  /**
   * Keeps the rows a request returned that match `text`, for APIs whose documented filters
   * cannot ask for a prefix (the filtering then happens here, after a documented shape).
   */
  keep?(row: Record<string, unknown>, text: string): boolean;
}

export type Resolution =
  | { readonly outcome: 'found'; readonly ref: DirectoryRef; /** The row as the lookup returned it (with any expanded relationship). */ readonly row?: Readonly<Record<string, unknown>> }
  | { readonly outcome: 'ambiguous'; readonly candidates: readonly DirectoryRef[] }
  | { readonly outcome: 'notFound' };

export interface ResolveTrace {
  readonly requests: GraphRequest[];
}

/** A name as compared: NFKC, lower case, single spaces. */
export const norm = (s: string): string => s.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/**
 * Picks among candidate rows: an exact name match wins if it is the only one; otherwise a single
 * candidate wins; otherwise it is ambiguous.
 */
export function rank(spec: EntitySpec, text: string, rows: readonly Record<string, unknown>[]): Resolution {
  if (rows.length === 0) return { outcome: 'notFound' };
  const wanted = norm(text);
  const exactFirst = rows.filter((r) => norm(spec.names(r)[0] ?? '') === wanted);
  const found = (row: Record<string, unknown>): Resolution => ({ outcome: 'found', ref: spec.toRef(row), row });
  if (exactFirst.length === 1) return found(exactFirst[0]!);
  const exactAny = rows.filter((r) => spec.names(r).some((n) => norm(n) === wanted));
  if (exactAny.length === 1) return found(exactAny[0]!);
  if (rows.length === 1) return found(rows[0]!);
  const pool = exactAny.length > 1 ? exactAny : rows;
  return { outcome: 'ambiguous', candidates: pool.slice(0, 10).map((r) => spec.toRef(r)) };
}

/**
 * Sends the spec's requests together (one round trip, where trying them one after another cost one
 * per request that found nothing) and ranks the first non-empty result in the spec's order. A
 * failure counts where it stands in that order: it is thrown unless an earlier request found rows.
 * `expand`: a relationship every request also asks for (`$expand`, src/planning/lookup-reads.ts).
 */
export async function resolveEntity(
  spec: EntitySpec,
  text: string,
  lookup: GraphLookup,
  trace: ResolveTrace,
  expand?: string,
): Promise<Resolution> {
  const requests = spec.requests(text).map((r) => (expand === undefined ? r : { ...r, path: withQueryOption(r.path, '$expand', expand) }));
  trace.requests.push(...requests);
  const settled = await Promise.allSettled(requests.map((request) => lookup(request)));
  for (const result of settled) {
    if (result.status === 'rejected') throw result.reason;
    const rows = spec.keep ? result.value.rows.filter((r) => spec.keep!(r, text)) : result.value.rows;
    if (rows.length > 0) return rank(spec, text, rows);
  }
  return { outcome: 'notFound' };
}
