/**
 * The `$filter` syntax tree: tagged, immutable nodes. Every consumer (validation, row
 * evaluation, the sign-in store's compiler) dispatches over `FilterNode['kind']` exhaustively.
 */

/** A literal value in a filter expression. */
export type Literal =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  /** `2026-01-01T00:00:00Z` written unquoted; `ms` is epoch milliseconds. */
  | { readonly kind: 'dateTime'; readonly text: string; readonly ms: number }
  /** An unquoted GUID, e.g. `assignedLicenses/any(x:x/skuId eq 00000000-...)`. */
  | { readonly kind: 'guid'; readonly value: string };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type StringFunction = 'startswith' | 'endswith' | 'contains';

/** A property path such as `status/errorCode`; inside a lambda the first segment may be its variable. */
export interface PropertyPath {
  readonly segments: readonly string[];
}

export type FilterNode =
  | { readonly kind: 'and'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly property: PropertyPath; readonly value: Literal }
  | { readonly kind: 'function'; readonly name: StringFunction; readonly property: PropertyPath; readonly value: Literal }
  | { readonly kind: 'in'; readonly property: PropertyPath; readonly values: readonly Literal[] }
  | {
      readonly kind: 'lambda';
      readonly quantifier: 'any' | 'all';
      readonly collection: PropertyPath;
      readonly variable: string;
      readonly body: FilterNode;
    };

export type FilterKind = FilterNode['kind'];

/** The JavaScript value a literal stands for (dates stay ISO strings; comparison handles them). */
export function literalValue(l: Literal): string | number | boolean | null {
  switch (l.kind) {
    case 'string':
      return l.value;
    case 'number':
      return l.value;
    case 'boolean':
      return l.value;
    case 'null':
      return null;
    case 'dateTime':
      return l.text;
    case 'guid':
      return l.value;
  }
}

export const pathText = (p: PropertyPath): string => p.segments.join('/');
