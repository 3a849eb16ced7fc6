import type { GraphObject } from '../../model';
import type { DataContext } from '../data/data-context';
import type { QueryOptions } from '../odata/query-options';
import type { CollectionDef } from '../resources/collection-def';
import type { JsonResult, PageContext } from '../resources/collection-query';
import { contextWithSelect, knownProperties, runMemoryQuery, shapeRow } from '../resources/collection-query';
import { validateQuery } from '../resources/validate-query';
import { graphErrors } from '../errors';
import type { EntitySet, Navigation, RouteNode } from './route-types';
import type { RequestContext } from '../types';

/** One GET to resolve: path segments under the version root, the query, and where it was served. */
export interface GetRequest {
  readonly segments: readonly string[];
  readonly q: QueryOptions;
  readonly requestUrl: URL;
  /** e.g. `http://127.0.0.1:1234/v1.0` */
  readonly versionRoot: string;
  /** Who is calling (for the permission stage; not enforced yet). */
  readonly context?: RequestContext;
}

/** A listing function: rows of a collection, or an entity set's own query. */
type Lister = (q: QueryOptions, page: PageContext) => JsonResult;

/** Resolves a GET path through the route tree and answers it. Throws `GraphError` for what Graph rejects. */
export function handleGet(root: RouteNode, ctx: DataContext, req: GetRequest): JsonResult {
  let node: RouteNode = root;
  let i = 0;
  const path: string[] = [];
  while (node.kind === 'container') {
    const seg = req.segments[i];
    if (seg === undefined) throw graphErrors.segmentNotFound(path.join('/') || '/');
    const child: RouteNode | undefined = node.children[seg];
    if (!child) throw graphErrors.segmentNotFound(seg);
    path.push(seg);
    node = child;
    i++;
  }
  return resolveSet(node, ctx, req, i);
}

const meta = (req: GetRequest, name: string): string => `${req.versionRoot}/$metadata#${name}`;

function resolveSet(set: EntitySet, ctx: DataContext, req: GetRequest, i: number): JsonResult {
  const list: Lister = (q, page) => set.list(ctx, q, page);
  const key = req.segments[i];
  if (req.q.deltaToken !== undefined && key !== 'delta') throw graphErrors.badQueryOption('$deltatoken');
  if ((key === 'delta' || key === 'microsoft.graph.delta') && set.delta) {
    if (req.segments[i + 1] !== undefined) throw graphErrors.segmentNotFound(req.segments[i + 1] as string);
    return set.delta(ctx, req.q, { requestUrl: req.requestUrl, contextUrl: meta(req, set.contextName) });
  }
  if (key === undefined) return list(req.q, { requestUrl: req.requestUrl, contextUrl: meta(req, set.contextName) });
  if (key === '$count') return countOf(list, set.def, req);
  const entity = set.find(ctx, key);
  if (!entity) throw notFound(set.def, key);
  return resolveEntity(entity, set.def, set.navigations, set.contextName, ctx, req, i + 1);
}

function notFound(def: CollectionDef, key: string): Error {
  return def.dialect === 'directory' ? graphErrors.resourceNotFound(key) : graphErrors.serviceNotFound(def.entityType, key);
}

function resolveEntity(
  entity: GraphObject,
  def: CollectionDef,
  navigations: Readonly<Record<string, Navigation>>,
  contextName: string,
  ctx: DataContext,
  req: GetRequest,
  i: number,
): JsonResult {
  const seg = req.segments[i];
  if (seg === undefined) {
    validateQuery(def, { ...req.q, top: undefined, filter: undefined, orderBy: undefined }, knownProperties([entity]));
    const body = { '@odata.context': `${contextWithSelect(meta(req, contextName), req.q)}/$entity`, ...shapeRow(entity, def, req.q, ctx) };
    return { status: 200, body };
  }
  let nav: Navigation | undefined = navigations[seg];
  let j = i + 1;
  while (nav?.kind === 'container') {
    const next = req.segments[j];
    if (next === undefined) throw graphErrors.segmentNotFound(seg);
    nav = nav.children[next];
    j++;
  }
  if (!nav) throw graphErrors.segmentNotFound(req.segments[j - 1] ?? seg);
  if (nav.kind === 'single') {
    const target = nav.target(ctx, entity);
    if (!target) throw graphErrors.resourceNotFound(nav.name);
    return resolveEntity(target, nav.def, {}, nav.contextName, ctx, req, j);
  }
  return resolveNavigation(nav, entity, ctx, req, j);
}

function resolveNavigation(
  nav: Extract<Navigation, { kind: 'collection' }>,
  parent: GraphObject,
  ctx: DataContext,
  req: GetRequest,
  i: number,
): JsonResult {
  let rows = nav.rows(ctx, parent);
  let contextName = nav.contextName;
  let seg = req.segments[i];
  if (seg !== undefined && nav.castable && seg.startsWith('microsoft.graph.')) {
    const type = `#${seg}`;
    rows = rows.filter((r) => r['@odata.type'] === type);
    contextName = `${seg.slice('microsoft.graph.'.length)}s`;
    i++;
    seg = req.segments[i];
  }
  const list: Lister = (q, page) => runMemoryQuery(rows, nav.def, q, ctx, page);
  if (seg === undefined) return list(req.q, { requestUrl: req.requestUrl, contextUrl: meta(req, contextName) });
  if (seg === '$count') return countOf(list, nav.def, req);
  const child = rows.find((r) => r.id === seg);
  if (!child) throw notFound(nav.def, seg);
  if (req.segments[i + 1] !== undefined) throw graphErrors.segmentNotFound(req.segments[i + 1] as string);
  return resolveEntity(child, nav.def, {}, contextName, ctx, req, i + 1);
}

/** `/…/$count`: the number as text, with the same header rules as `$count=true`. */
function countOf(list: Lister, def: CollectionDef, req: GetRequest): JsonResult {
  if (def.count === 'none') throw graphErrors.segmentNotFound('$count');
  const r = list({ ...req.q, count: true, top: undefined, select: undefined }, { requestUrl: req.requestUrl, contextUrl: '' });
  const n = (r.body as { '@odata.count'?: number })['@odata.count'] ?? 0;
  return { status: 200, body: String(n) };
}
