import type { GraphObject } from '../../model';
import type { CollectionDef } from './collection-def';
import type { QueryOptions } from '../odata/query-options';
import type { DataContext } from '../data/data-context';
import { validateQuery } from './validate-query';
import { matchesFilter } from '../odata/filter-eval';
import type { FilterNode, Literal } from '../odata/filter-ast';
import { matchesSearch } from '../odata/search';
import { selectProperties, sortRows } from '../odata/shape';
import { decodeSkipToken, nextLinkFor } from './paging';
import { defaultPropertiesOf } from './default-properties';

/** Where a page is served from: the request URL (for `@odata.nextLink`) and `@odata.context`. */
export interface PageContext {
  readonly requestUrl: URL;
  readonly contextUrl: string;
}

/** A JSON response body with the status to send. */
export interface JsonResult {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

const knownCache = new WeakMap<readonly GraphObject[], Set<string>>();
/** Every property name carried by some row (what `$select` accepts). */
export function knownProperties(rows: readonly GraphObject[]): Set<string> {
  let s = knownCache.get(rows);
  if (!s) {
    s = new Set(['id']);
    for (const r of rows) for (const k of Object.keys(r)) s.add(k);
    knownCache.set(rows, s);
  }
  return s;
}

const idCache = new WeakMap<readonly GraphObject[], Map<string, number[]>>();

/** Where each id (lower case) stands in `rows`, built once per rows array. */
function positionsById(rows: readonly GraphObject[]): Map<string, number[]> {
  let m = idCache.get(rows);
  if (!m) {
    m = new Map();
    rows.forEach((r, i) => {
      const key = typeof r.id === 'string' ? r.id.toLowerCase() : undefined;
      if (key === undefined) return;
      const at = m!.get(key);
      if (at) at.push(i);
      else m!.set(key, [i]);
    });
    idCache.set(rows, m);
  }
  return m;
}

/** The ids a filter restricts rows to (`id eq`, `id in`, under `and` / `or`), lower case; undefined when it does not. */
export function filterIds(node: FilterNode): string[] | undefined {
  const isId = (p: { readonly segments: readonly string[] }) => p.segments.length === 1 && p.segments[0] === 'id';
  const text = (l: Literal) => (l.kind === 'string' || l.kind === 'guid' ? l.value.toLowerCase() : undefined);
  switch (node.kind) {
    case 'compare': {
      const v = node.op === 'eq' && isId(node.property) ? text(node.value) : undefined;
      return v === undefined ? undefined : [v];
    }
    case 'in': {
      if (!isId(node.property)) return undefined;
      const vs = node.values.map(text);
      return vs.every((v): v is string => v !== undefined) ? vs : undefined;
    }
    case 'and':
      return filterIds(node.left) ?? filterIds(node.right);
    case 'or': {
      const l = filterIds(node.left);
      const r = l && filterIds(node.right);
      return l && r ? [...l, ...r] : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The rows a filter can match: those with the ids it names, in collection order, when it names
 * them (`users?$filter=id in (…)` reads 15 rows, not 10,000); every row otherwise. The filter is
 * still applied to each candidate, so the result is the same as filtering every row.
 */
function candidatesById(rows: readonly GraphObject[], filter: FilterNode): readonly GraphObject[] {
  if (rows.length < 64) return rows;
  const ids = filterIds(filter);
  if (ids === undefined) return rows;
  const positions = positionsById(rows);
  const at = [...new Set(ids.flatMap((id) => positions.get(id) ?? []))].sort((a, b) => a - b);
  return at.map((i) => rows[i] as GraphObject);
}

/** Applies `$expand` then `$select` (or the collection's default property set) to one row. */
export function shapeRow(row: GraphObject, def: CollectionDef, q: QueryOptions, ctx: DataContext): Record<string, unknown> {
  let out: Record<string, unknown> = row;
  const select = q.select ?? defaultPropertiesOf(row, def.defaultSelect);
  if (select) out = selectProperties(row, select);
  for (const e of q.expand ?? []) {
    const expander = def.expand[e.property];
    if (!expander) continue;
    const value = expander(row, ctx);
    const pick = (o: GraphObject): Record<string, unknown> => {
      const props = e.select ?? defaultPropertiesOf(o, undefined);
      return props ? selectProperties(o, props) : o;
    };
    out = { ...out, [e.property]: value === null ? null : Array.isArray(value) ? value.map(pick) : pick(value as GraphObject) };
  }
  return out;
}

/** `@odata.context`, with the `$select` list as Graph writes it. */
export function contextWithSelect(contextUrl: string, q: QueryOptions): string {
  return q.select ? `${contextUrl}(${q.select.join(',')})` : contextUrl;
}

/** The rows a query's pages are cut from, kept per rows array for its next pages. */
const matchedCache = new WeakMap<readonly GraphObject[], Map<string, readonly GraphObject[]>>();
/** Queries whose matched rows are kept per rows array (the most recent first pages). */
const MATCHED_KEPT = 8;

/**
 * Filter, search and order: the rows the query's pages are cut from. The first page computes them
 * and keeps them; a `$skiptoken` page of the same query over the same rows array (rows arrays are
 * never changed in place) reads them again instead of filtering and sorting every row once per page.
 */
function matchedRows(rows: readonly GraphObject[], q: QueryOptions, order: QueryOptions['orderBy'], nextPage: boolean): readonly GraphObject[] {
  const { filter, search } = q;
  if (!filter && !search && !order) return rows;
  const key = JSON.stringify([filter ?? null, search ?? null, order ?? null]);
  let kept = matchedCache.get(rows);
  const hit = nextPage ? kept?.get(key) : undefined;
  if (hit) return hit;
  let result: readonly GraphObject[] = rows;
  if (filter) result = candidatesById(rows, filter).filter((r) => matchesFilter(filter, r));
  if (search) result = result.filter((r) => matchesSearch(r, search));
  if (order) result = sortRows(result, order);
  if (!kept) matchedCache.set(rows, (kept = new Map()));
  kept.delete(key);
  kept.set(key, result);
  if (kept.size > MATCHED_KEPT) kept.delete(kept.keys().next().value as string);
  return result;
}

/** Runs a query over rows held in memory: filter, search, order, count, page, shape. */
export function runMemoryQuery(
  rows: readonly GraphObject[],
  def: CollectionDef,
  q: QueryOptions,
  ctx: DataContext,
  page: PageContext,
): JsonResult {
  const checked = validateQuery(def, q, () => knownProperties(rows));
  const { offset } = decodeSkipToken(q.skipToken, def.dialect);
  const result = matchedRows(rows, q, q.orderBy ?? def.defaultOrder, offset > 0);
  const slice = result.slice(offset, offset + checked.pageSize);
  const body: Record<string, unknown> = { '@odata.context': contextWithSelect(page.contextUrl, q) };
  if (q.count) body['@odata.count'] = result.length;
  if (offset + slice.length < result.length) {
    body['@odata.nextLink'] = nextLinkFor(page.requestUrl, { offset: offset + slice.length });
  }
  body['value'] = slice.map((r) => shapeRow(r, def, q, ctx));
  return { status: 200, body };
}
