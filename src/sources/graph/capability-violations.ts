/** What a request can do outside Microsoft's documented support for its API: one tagged value each. */

export type CapabilityViolation =
  | { readonly kind: 'unknownPath'; readonly api: undefined; readonly method: string; readonly path: string; readonly version: string }
  | { readonly kind: 'notInAppOnly'; readonly api: string }
  | { readonly kind: 'unsupportedCast'; readonly api: string; readonly cast: string }
  | { readonly kind: 'unsupportedParameter'; readonly api: string; readonly parameter: string }
  | { readonly kind: 'unsupportedFilter'; readonly api: string; readonly property: string; readonly operator: string }
  | { readonly kind: 'unsupportedOrderBy'; readonly api: string; readonly property: string }
  | { readonly kind: 'advancedQueryWithoutHeaders'; readonly api: string; readonly reason: string; readonly missing: readonly ('ConsistencyLevel' | '$count')[] }
  | { readonly kind: 'expandWithAdvancedQuery'; readonly api: string }
  | { readonly kind: 'topOutOfRange'; readonly api: string; readonly top: string; readonly max: number | undefined }
  | { readonly kind: 'undocumentedButKept'; readonly api: string; readonly what: string; readonly reason: string; readonly fallback: string };

export type ViolationKind = CapabilityViolation['kind'];

const MESSAGES: { readonly [K in ViolationKind]: (v: Extract<CapabilityViolation, { kind: K }>) => string } = {
  unknownPath: (v) => `${v.method} /${v.version}${v.path}: not an API in the capability table`,
  notInAppOnly: (v) => `${v.api}: application permissions are not supported (delegated only)`,
  unsupportedCast: (v) => `${v.api}: OData cast ${v.cast} is not documented`,
  unsupportedParameter: (v) => `${v.api}: query parameter ${v.parameter} is not documented`,
  unsupportedFilter: (v) => (v.property === '*' ? `${v.api}: not() is not supported in $filter` : `${v.api}: $filter ${v.operator} on ${v.property} is not documented`),
  unsupportedOrderBy: (v) => `${v.api}: $orderby ${v.property} is not documented`,
  advancedQueryWithoutHeaders: (v) => `${v.api}: advanced query (${v.reason}) without ${v.missing.join(' and ')}`,
  expandWithAdvancedQuery: (v) => `${v.api}: $expand is not supported with advanced queries`,
  topOutOfRange: (v) => `${v.api}: $top=${v.top} outside 1..${v.max ?? '∞'}`,
  undocumentedButKept: (v) => `${v.api}: undocumented but kept: ${v.what}`,
};

export function violationMessage(v: CapabilityViolation): string {
  return (MESSAGES[v.kind] as (x: CapabilityViolation) => string)(v);
}
