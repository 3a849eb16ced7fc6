import type { DataCategory, GraphRequest } from './query-plan';

/** Extra settings of one planned Graph GET. */
export interface GetOptions {
  readonly maxRows?: number;
  readonly allowNotFound?: boolean;
  /** Adds `ConsistencyLevel: eventual`, which Graph needs for advanced directory queries. */
  readonly eventual?: boolean;
  /** The data categories the request reads (see query-plan.ts). */
  readonly reads?: readonly DataCategory[];
  /** `false` keeps the read out of the shared read cache; `true` marks a name lookup (GraphRequest.shared). */
  readonly shared?: boolean;
}

/** One planned Graph GET, named `id` so the answer builder can find its rows. */
export function get(id: string, path: string, options: GetOptions = {}): GraphRequest {
  return {
    source: 'graph', id, method: 'GET', path,
    ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
    ...(options.allowNotFound ? { allowNotFound: true } : {}),
    ...(options.eventual ? { headers: { ConsistencyLevel: 'eventual' } } : {}),
    ...(options.reads ? { reads: options.reads } : {}),
    ...(options.shared === undefined ? {} : { shared: options.shared }),
  };
}

/** Splits values into chunks of `size`: Graph caps the number of values in one `in (...)` filter. */
export function chunks<T>(values: readonly T[], size = 15): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** The distinct non-empty strings of a list, in first-seen order. */
export function distinct(values: readonly unknown[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}
