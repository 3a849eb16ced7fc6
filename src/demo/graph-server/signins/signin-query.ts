import type { CollectionDef } from '../resources/collection-def';
import type { QueryOptions } from '../odata/query-options';
import type { JsonResult, PageContext } from '../resources/collection-query';
import { contextWithSelect } from '../resources/collection-query';
import { validateQuery } from '../resources/validate-query';
import { decodeSkipToken, nextLinkFor } from '../resources/paging';
import type { SignInStore } from './signin-store';
import { compile } from './signin-predicate';
import { planAt, planScan, planSize } from './signin-plan';

/**
 * Lists sign-ins from the columnar store: a scan plan (binary search on `createdDateTime`
 * bounds, or an index on user / app / IP), the compiled filter over it (newest first unless
 * `$orderby=createdDateTime asc`), objects built only for the page. `$skiptoken` is the scan step.
 */
export function runSignInQuery(store: SignInStore, def: CollectionDef, q: QueryOptions, page: PageContext): JsonResult {
  const checked = validateQuery(def, q, new Set(store.keys));
  const asc = q.orderBy?.[0]?.desc === false;
  const plan = planScan(store, q.filter);
  const test = q.filter ? compile(q.filter, store) : () => true;
  const start = q.skipToken === undefined ? 0 : decodeSkipToken(q.skipToken, def.dialect).offset;
  const n = planSize(plan);
  const hits: number[] = [];
  let next: number | undefined;
  for (let k = start; k < n; k++) {
    const pos = planAt(plan, k, asc);
    if (!test(pos)) continue;
    if (hits.length === checked.pageSize) {
      next = k;
      break;
    }
    hits.push(pos);
  }
  const body: Record<string, unknown> = { '@odata.context': contextWithSelect(page.contextUrl, q) };
  if (q.count) {
    let total = 0;
    for (let k = 0; k < n; k++) if (test(planAt(plan, k, true))) total++;
    body['@odata.count'] = total;
  }
  body['value'] = hits.map((pos) => store.objectAt(pos, q.select));
  if (next !== undefined) body['@odata.nextLink'] = nextLinkFor(page.requestUrl, { offset: next });
  return { status: 200, body };
}
