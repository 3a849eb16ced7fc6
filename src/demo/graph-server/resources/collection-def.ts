import type { GraphObject } from '../../model';
import type { ErrorDialect } from '../errors';
import type { FilterCapabilities } from '../odata/filter-capabilities';
import type { OrderKey } from '../odata/query-options';
import type { DataContext } from '../data/data-context';

/** Resolves one `$expand` property of a row: a single object, a list, or nothing. */
export type Expander = (row: GraphObject, ctx: DataContext) => GraphObject | readonly GraphObject[] | null;

/**
 * What Graph honours on one collection: page size and `$top` maximum, filterable properties and
 * operators, sortable properties, `$count` / `$search` rules, `$expand` properties, and the
 * properties returned without `$select`.
 */
export interface CollectionDef {
  /** The entity type without namespace, e.g. `user` (for messages and `@odata.type`). */
  readonly entityType: string;
  readonly dialect: ErrorDialect;
  readonly pageSize: number;
  readonly maxTop: number;
  readonly filter: FilterCapabilities;
  /** Sortable properties; `advanced` ones only with `ConsistencyLevel: eventual` and `$count=true`. */
  readonly orderBy: { readonly basic: readonly string[]; readonly advanced: readonly string[] };
  /** Directory objects: `$filter` with `$orderby`, `$search` and `$count` need an advanced query. */
  readonly advancedQueries: boolean;
  /** `$count=true`: needs `ConsistencyLevel: eventual`, always allowed, or not supported. */
  readonly count: 'eventual' | 'always' | 'none';
  /** Properties `$search` may name; empty when `$search` is not supported. */
  readonly search: readonly string[];
  readonly expand: Readonly<Record<string, Expander>>;
  /** Properties returned when there is no `$select` (Graph's default set for users). */
  readonly defaultSelect?: readonly string[];
  /** The order without `$orderby`. */
  readonly defaultOrder?: readonly OrderKey[];
  /** Query options this API does not take at all (signIns: only `$filter`, `$top`, `$skiptoken`, `$orderby`). */
  readonly rejectedOptions?: readonly ('$select' | '$expand' | '$count' | '$search')[];
  /** Any `$select` property is accepted (directoryObject collections mix users, groups, devices…). */
  readonly lenientSelect?: boolean;
  /** Properties that exist on the type even if no row carries them (accepted by `$select`). */
  readonly extraProperties?: readonly string[];
}
