import type { FilterNode } from './filter-ast';
import { parseFilter } from './filter-parser';
import { FilterSyntaxError } from './filter-lexer';
import type { SearchExpression } from './search';
import { parseSearch } from './search';
import type { ExpandItem } from './expand';
import { parseExpand } from './expand';
import type { ErrorDialect } from '../errors';
import { graphErrors } from '../errors';

/** One `$orderby` key. */
export interface OrderKey {
  readonly property: string;
  readonly desc: boolean;
}

/** The OData system query options of one request, parsed but not yet checked against a resource. */
export interface QueryOptions {
  readonly filter?: FilterNode;
  /** A `$filter` syntax problem, reported by the resource (its error dialect) when it validates. */
  readonly filterError?: string;
  readonly select?: readonly string[];
  readonly expand?: readonly ExpandItem[];
  readonly orderBy?: readonly OrderKey[];
  /** The raw `$top` text (checked against the resource's maximum later). */
  readonly top?: string;
  readonly skip?: string;
  readonly skipToken?: string;
  /** `$deltatoken` of a delta link (only the `/delta` functions accept it). */
  readonly deltaToken?: string;
  readonly count: boolean;
  readonly search?: SearchExpression;
  /** `ConsistencyLevel: eventual` was sent. */
  readonly eventual: boolean;
}

const KNOWN = new Set(['$filter', '$select', '$expand', '$orderby', '$top', '$skip', '$skiptoken', '$deltatoken', '$count', '$search', '$format']);

/** Parses the query string; throws `GraphError` for malformed options (a bad `$filter` is kept in `filterError`). */
export function parseQueryOptions(params: URLSearchParams, eventual: boolean, dialect: ErrorDialect): QueryOptions {
  for (const name of params.keys()) {
    if (name.startsWith('$') && !KNOWN.has(name.toLowerCase())) throw graphErrors.badQueryOption(name);
  }
  const get = (n: string): string | undefined => {
    for (const [k, v] of params) if (k.toLowerCase() === n) return v;
    return undefined;
  };
  const filterText = get('$filter');
  let filter: FilterNode | undefined;
  let filterError: string | undefined;
  if (filterText !== undefined) {
    try {
      filter = parseFilter(filterText);
    } catch (e) {
      if (!(e instanceof FilterSyntaxError)) throw e;
      filterError = e.message;
    }
  }
  const countText = get('$count');
  if (countText !== undefined && countText !== 'true' && countText !== 'false') {
    throw graphErrors.badBatch(`Invalid value '${countText}' for $count.`);
  }
  const searchText = get('$search');
  const selectText = get('$select');
  const expandText = get('$expand');
  const orderText = get('$orderby');
  return {
    filter,
    filterError,
    select: selectText === undefined ? undefined : splitList(selectText),
    expand: expandText === undefined ? undefined : parseExpand(expandText, dialect),
    orderBy: orderText === undefined ? undefined : parseOrderBy(orderText),
    top: get('$top'),
    skip: get('$skip'),
    skipToken: get('$skiptoken'),
    deltaToken: get('$deltatoken'),
    count: countText === 'true',
    search: searchText === undefined ? undefined : parseSearch(searchText),
    eventual,
  };
}

const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function parseOrderBy(text: string): OrderKey[] {
  return splitList(text).map((part) => {
    const [property = '', dir = 'asc'] = part.split(/\s+/);
    return { property, desc: dir.toLowerCase() === 'desc' };
  });
}
