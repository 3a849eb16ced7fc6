/** The shape of the documented facts per Graph API (see documented.ts). */

export type Mode = 'delegated' | 'application';

export interface DocumentedPermissions {
  /** Least privileged first; `null`: "Not supported." for this permission type. */
  readonly delegated: readonly string[] | null;
  readonly application: readonly string[] | null;
  /** Permissions the page says must be granted together (e.g. signIns' known issue). */
  readonly together?: readonly string[];
}

/** A shape the product keeps although the docs do not list it, and why. */
export interface UndocumentedButKept {
  readonly what: string;
  readonly reason: string;
  /** The documented shape to fall back to when Graph answers 400. */
  readonly fallback: string;
}

export interface DocumentedApi {
  readonly id: string;
  readonly method: 'GET';
  /** Path template under the version root; `{id}` is one key segment. */
  readonly path: string;
  readonly version: 'v1.0' | 'beta';
  /** The API reference page (file name under api-reference/<version>/api/, without `.md`). */
  readonly doc: string;
  /** The resource page whose property notes give the `$filter` operators (resources/<name>.md). */
  readonly resourceDoc?: string;
  /** Entity type of the returned objects, checked against the metadata. */
  readonly entityType: string;
  readonly collection: boolean;
  /** OData query parameters the page documents. */
  readonly queryParameters: readonly string[];
  /** `$filter` operators per property (see the header); absent: no `$filter`. */
  readonly filter?: Readonly<Record<string, string>>;
  /** Whether `not(…)` is allowed: never, always, or only as an advanced query. */
  readonly not?: 'never' | 'always' | 'advanced';
  /** `$orderby` properties: basic ones always, advanced ones only as advanced queries. */
  readonly orderBy?: { readonly basic: readonly string[]; readonly advanced: readonly string[] };
  /** Directory-object rules of the advanced-query page apply (see `ADVANCED_QUERY_RULES`). */
  readonly advancedQueries?: 'collection' | 'relationship';
  /** OData type casts allowed on this path and whether a cast needs an advanced query. */
  readonly casts?: { readonly types: readonly string[]; readonly needsAdvanced: boolean };
  readonly pageSize?: number;
  readonly topMax?: number;
  readonly permissions: DocumentedPermissions;
  /** Extra permission needed to see some properties (e.g. Conditional Access details). */
  readonly propertyPermissions?: Readonly<Record<string, DocumentedPermissions>>;
  readonly undocumentedButKept?: readonly UndocumentedButKept[];
  /** Where the docs are ambiguous or silent, said plainly. */
  readonly notes?: readonly string[];
  /**
   * Where each fact was read: `docs-contrib@<commit> <path>` for a page version read from the
   * repository, `learn.microsoft.com <page> (<date>)` for the published page.
   */
  readonly sources?: readonly string[];
}

