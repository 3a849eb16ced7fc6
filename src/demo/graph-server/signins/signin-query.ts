import type { CollectionDef } from '../resources/collection-def';
import type { QueryOptions } from '../odata/query-options';
import type { JsonResult, PageContext } from '../resources/collection-query';
import { contextWithSelect } from '../resources/collection-query';
import { validateQuery } from '../resources/validate-query';
import { decodeSkipToken, nextLinkFor } from '../resources/paging';
import type { SignInStore } from './signin-store';
import { compile, timeRange } from './signin-predicate';

/**
 * Lists sign-ins from the columnar store: binary search on `createdDateTime` bounds, a scan of
 * that range with the compiled filter (newest first unless `$orderby=createdDateTime asc`), and
 * objects built only for the page. The `$skiptoken` carries the scan position.
 */
export function runSignInQuery(store: SignInStore, def: CollectionDef, q: QueryOptions, page: PageContext): JsonResult {
  const known = new Set(store.keys);
  const checked = validateQuery(def, q, known);
  const asc = q.orderBy?.[0]?.desc === false;
  const { from, to } = timeRange(q.filter, store);
  const test = q.filter ? compile(q.filter, store) : () => true;
  const token = q.skipToken === undefined ? undefined : decodeSkipToken(q.skipToken, def.dialect).offset;
  // The cursor counts scanned positions from the scan's start, in scan direction.
  const span = to - from;
  const start = token ?? 0;
  const hits: number[] = [];
  let next: number | undefined;
  for (let k = start; k < span; k++) {
    const pos = asc ? from + k : to - 1 - k;
    if (!test(pos)) continue;
    if (hits.length === checked.pageSize) {
      next = k;
      break;
    }
    hits.push(pos);
  }
  const body: Record<string, unknown> = { '@odata.context': contextWithSelect(page.contextUrl, q) };
  if (q.count) {
    let n = 0;
    for (let pos = from; pos < to; pos++) if (test(pos)) n++;
    body['@odata.count'] = n;
  }
  body['value'] = hits.map((pos) => store.objectAt(pos, q.select));
  if (next !== undefined) body['@odata.nextLink'] = nextLinkFor(page.requestUrl, { offset: next });
  return { status: 200, body };
}
