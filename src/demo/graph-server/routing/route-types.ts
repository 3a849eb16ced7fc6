import type { GraphObject } from '../../model';
import type { CollectionDef } from '../resources/collection-def';
import type { DataContext } from '../data/data-context';
import type { QueryOptions } from '../odata/query-options';
import type { JsonResult, PageContext } from '../resources/collection-query';

/** A top-level (or nested) entity set: `/users`, `/auditLogs/signIns`, … */
export interface EntitySet {
  readonly kind: 'set';
  readonly def: CollectionDef;
  /** The name after `$metadata#`, e.g. `users` or `auditLogs/signIns`. */
  readonly contextName: string;
  list(ctx: DataContext, q: QueryOptions, page: PageContext): JsonResult;
  find(ctx: DataContext, key: string): GraphObject | undefined;
  /** The `delta` function (`/groups/delta`), where the set offers it. */
  readonly delta?: (ctx: DataContext, q: QueryOptions, page: PageContext) => JsonResult;
  readonly navigations: Readonly<Record<string, Navigation>>;
}

/** A relationship reached from one entity: a collection of rows, or a container of more segments. */
export type Navigation =
  | {
      readonly kind: 'collection';
      readonly def: CollectionDef;
      readonly contextName: string;
      readonly rows: (ctx: DataContext, parent: GraphObject) => readonly GraphObject[];
      /** Directory objects: a cast segment such as `microsoft.graph.group` narrows the result. */
      readonly castable?: boolean;
    }
  | {
      /** A single-valued relationship (`/users/{id}/manager`); 404 when absent. */
      readonly kind: 'single';
      readonly def: CollectionDef;
      readonly contextName: string;
      readonly name: string;
      readonly target: (ctx: DataContext, parent: GraphObject) => GraphObject | undefined;
    }
  | { readonly kind: 'container'; readonly children: Readonly<Record<string, Navigation>> };

/** The tree of path segments under `/v1.0`. */
export type RouteNode = EntitySet | { readonly kind: 'container'; readonly children: Readonly<Record<string, RouteNode>> };
