import { encodeQueryValue, odataPathSegment } from '../sources/graph/odata';

/**
 * Builds a Graph path with OData query options. Values are already-built OData expressions
 * (literals come from `odataString`); this only URL-encodes them with the Graph layer's one
 * encoder, so the shown query can be pasted into Graph Explorer.
 */
export type QueryOptions = Readonly<Record<`$${string}`, string | number | boolean | undefined>>;

export function graphPath(path: string, options: QueryOptions = {}): string {
  const parts = Object.entries(options)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeQueryValue(String(v))}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
}

/** A path segment from a value (an id or a UPN): never lets it add segments or a query. */
export function segment(value: string): string {
  return odataPathSegment(value);
}

/** Entitlement management's root (access packages, assignments, requests). */
export const EM_BASE = '/identityGovernance/entitlementManagement';
